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
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import ReportIcon from '@material-ui/icons/InsertChartOutlined';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { governanceApiRef } from '../../api/GovernanceApi';
import { reportRouteRef } from '../../routes';
import { KpiOverview } from '../KpiOverview';
import { ProgramRoiCard } from '../ProgramRoiCard';

/**
 * The program's KPIs and ROI on the dashboard, loaded on their own so the
 * rest of the dashboard shows even when they cannot.
 */
export const DashboardKpis = () => {
  const api = useApi(governanceApiRef);
  const reportLink = useRouteRef(reportRouteRef)();
  const { value, loading, error } = useAsync(async () => api.getKpis(), [api]);
  let body;
  if (loading) {
    body = <Progress />;
  } else if (error || !value) {
    body = (
      <ResponseErrorPanel
        error={error ?? new Error('No answer')}
        title="Could not load the KPIs"
      />
    );
  } else {
    body = (
      <>
        <Typography variant="body2" color="textSecondary" paragraph>
          {value.month} so far, computed{' '}
          {new Date(value.generatedAt).toLocaleString()}. Hover or focus the
          info icon of a KPI for its definition.
        </Typography>
        <KpiOverview report={value} />
      </>
    );
  }
  return (
    <>
      <Grid item xs={12}>
        <InfoCard
          title="Program KPIs"
          subheader="Each against its goal, with 13 months of trend"
          action={
            <Box p={1} display="flex" alignItems="center" gridGap={4}>
              <ReportIcon fontSize="small" color="primary" aria-hidden />
              <Link to={reportLink}>Open the monthly report</Link>
            </Box>
          }
        >
          {body}
        </InfoCard>
      </Grid>
      {value && (
        <Grid item xs={12}>
          <ProgramRoiCard roi={value.roi} settings={value.settings} />
        </Grid>
      )}
    </>
  );
};
