/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  GovernanceDashboard,
  LIFECYCLE_STATES,
} from '@guardrails/plugin-governance-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { governanceApiRef } from '../../api/GovernanceApi';
import { saveBlob } from '../saveBlob';
import { CountChart } from './CountChart';
import { DashboardAudit } from './DashboardAudit';
import { DashboardKpis } from './DashboardKpis';
import { DashboardTrends } from './DashboardTrends';

const percent = (share?: number) =>
  share === undefined ? 'n/a' : `${Math.round(share * 100)} %`;

/** One headline figure with its label. */
const Figure = ({
  label,
  value,
}: {
  label: string;
  value: string | number;
}) => (
  <Box mr={4} mb={2}>
    <Typography variant="h4" component="p">
      {value}
    </Typography>
    <Typography variant="body2" color="textSecondary">
      {label}
    </Typography>
  </Box>
);

/** The figures of the dashboard, once loaded. */
export const DashboardView = ({
  dashboard,
}: {
  dashboard: GovernanceDashboard;
}) => {
  const api = useApi(governanceApiRef);
  const [error, setError] = useState<Error>();
  const { apps, coverage, approvals, attestations, exceptions, audit } =
    dashboard;
  const download = async (what: 'registry' | 'audit') => {
    setError(undefined);
    try {
      saveBlob(await api.downloadCsv(what), `governance-${what}.csv`);
    } catch (e) {
      setError(e as Error);
    }
  };
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title="At a glance">
          <Box display="flex" flexWrap="wrap">
            <Figure label="Governed apps" value={apps.total} />
            <Figure label="Ungoverned micro apps" value={coverage.ungoverned} />
            <Figure
              label="Built from templates"
              value={`${apps.fromTemplates} (${percent(
                apps.total ? apps.fromTemplates / apps.total : undefined,
              )})`}
            />
            <Figure label="Waiting for approval" value={approvals.pending} />
            <Figure
              label="Median time to approval"
              value={
                approvals.medianHoursToApproval === undefined
                  ? 'n/a'
                  : `${approvals.medianHoursToApproval.toFixed(1)} h`
              }
            />
            <Figure
              label="Attestation compliance"
              value={percent(attestations.complianceRate)}
            />
            <Figure label="Overdue attestations" value={attestations.overdue} />
            <Figure label="Active exceptions" value={exceptions.active} />
          </Box>
        </InfoCard>
      </Grid>
      <DashboardKpis />
      <Grid item xs={12} md={6}>
        <CountChart
          title="Apps by tier"
          data={['0', '1', '2', '3'].map(tier => ({
            label: `Tier ${tier}`,
            count: apps.byTier[tier as '0'] ?? 0,
          }))}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <CountChart
          title="Apps by lifecycle state"
          data={LIFECYCLE_STATES.map(state => ({
            label: state,
            count: apps.byLifecycle[state] ?? 0,
          }))}
        />
      </Grid>
      <Grid item xs={12} md={6}>
        <CountChart
          title="Governed and ungoverned micro apps"
          data={[
            { label: 'governed', count: coverage.governed },
            { label: 'ungoverned', count: coverage.ungoverned },
          ]}
        />
        {coverage.ungovernedRefs.length > 0 && (
          <Typography variant="body2" style={{ marginTop: 8 }}>
            Without a profile: {coverage.ungovernedRefs.join(', ')}
          </Typography>
        )}
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Upcoming retirements (90 days)">
          {dashboard.upcomingRetirements.length === 0 ? (
            <Typography variant="body2">None planned.</Typography>
          ) : (
            <ul aria-label="Upcoming retirements">
              {dashboard.upcomingRetirements.map(r => (
                <li key={r.entityRef}>
                  {r.entityRef}: {r.date} (
                  {r.daysLeft < 0
                    ? `${-r.daysLeft} days overdue`
                    : `${r.daysLeft} days left`}
                  )
                </li>
              ))}
            </ul>
          )}
        </InfoCard>
      </Grid>
      <DashboardTrends points={dashboard.trends} />
      <Grid item xs={12}>
        <InfoCard title="Audit log and exports">
          <DashboardAudit audit={audit} />
          <Box display="flex" gridGap={8} mt={2} flexWrap="wrap">
            <Button variant="outlined" onClick={() => download('registry')}>
              Export registry (CSV)
            </Button>
            <Button variant="outlined" onClick={() => download('audit')}>
              Export audit events (CSV)
            </Button>
          </Box>
          {error && (
            <Alert severity="error" style={{ marginTop: 8 }}>
              {error.message}
            </Alert>
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
};

/** The governance dashboard's content: loads and shows the figures. */
export const DashboardContent = () => {
  const api = useApi(governanceApiRef);
  const { value, loading, error } = useAsyncRetry(
    () => api.getDashboard(),
    [api],
  );
  if (loading && !value) return <Progress />;
  if (error || !value) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the governance dashboard"
      />
    );
  }
  return <DashboardView dashboard={value} />;
};

/** The governance dashboard for the platform team. @public */
export const DashboardPage = () => (
  <Page themeId="tool">
    <Header
      title="Governance dashboard"
      subtitle="Every governed micro app at a glance"
    />
    <Content>
      <DashboardContent />
    </Content>
  </Page>
);
