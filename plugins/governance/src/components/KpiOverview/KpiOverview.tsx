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
import { GovernanceKpiReport } from '../../api/GovernanceApi';
import { KpiCard } from './KpiCard';
import { goalsMetText, KPI_GROUPS } from './formatKpi';

/** Props of {@link KpiOverview}. */
export interface KpiOverviewProps {
  report: GovernanceKpiReport;
  /** Writes each definition out (the printed report has no tooltips). */
  showDefinitions?: boolean;
}

/** The KPIs grouped (velocity, approvals, coverage, ...), a card each. */
export const KpiOverview = ({ report, showDefinitions }: KpiOverviewProps) => {
  const known = new Set<string>(KPI_GROUPS.map(g => g.group));
  // Groups the backend adds later still show, after the known ones.
  const extra = [
    ...new Set(report.kpis.map(k => k.group).filter(g => !known.has(g))),
  ].map(group => ({ group, title: group }));
  const groups = [...KPI_GROUPS, ...extra]
    .map(g => ({ ...g, kpis: report.kpis.filter(k => k.group === g.group) }))
    .filter(g => g.kpis.length > 0);
  if (groups.length === 0) {
    return (
      <Typography variant="body2">
        No KPIs yet: they appear once the backend has governed apps to count.
      </Typography>
    );
  }
  return (
    <>
      {groups.map(({ group, title, kpis }) => (
        <Box
          component="section"
          key={group}
          mb={3}
          aria-label={`${title} KPIs`}
          data-testid={`kpi-group-${group}`}
        >
          <Typography variant="h6" component="h3" gutterBottom>
            {title}{' '}
            <Typography component="span" variant="body2" color="textSecondary">
              ({goalsMetText(kpis)})
            </Typography>
          </Typography>
          <Grid container spacing={2}>
            {kpis.map(kpi => (
              <Grid
                item
                xs={12}
                sm={6}
                md={4}
                lg={3}
                key={kpi.id}
                className="guardrails-kpi-cell"
              >
                <KpiCard
                  kpi={kpi}
                  currency={report.settings.currency}
                  showDefinition={showDefinitions}
                />
              </Grid>
            ))}
          </Grid>
        </Box>
      ))}
    </>
  );
};
