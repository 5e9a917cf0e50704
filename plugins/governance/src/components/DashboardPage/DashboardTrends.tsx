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
import Grid from '@material-ui/core/Grid';
import { DashboardTrendPoint } from '@guardrails/plugin-governance-common';
import { TrendChart } from './TrendChart';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** The headline figures over the last 13 months, one chart per figure. */
export const DashboardTrends = ({
  points,
}: {
  points: DashboardTrendPoint[];
}) => (
  <>
    <Grid item xs={12} md={6}>
      <TrendChart
        title="Trend: governed and ungoverned apps"
        points={points}
        series={[
          { label: 'Governed apps', value: p => p.apps },
          { label: 'Ungoverned micro apps', value: p => p.ungoverned },
        ]}
      />
    </Grid>
    <Grid item xs={12} md={6}>
      <TrendChart
        title="Trend: attestation compliance"
        points={points}
        series={[{ label: 'Compliance', value: p => p.complianceRate }]}
        format={percent}
      />
    </Grid>
    <Grid item xs={12} md={6}>
      <TrendChart
        title="Trend: median hours to approval"
        points={points}
        series={[
          { label: 'Median hours', value: p => p.medianHoursToApproval },
        ]}
      />
    </Grid>
    <Grid item xs={12} md={6}>
      <TrendChart
        title="Trend: open exceptions and high-tier apps"
        points={points}
        series={[
          { label: 'Active exceptions', value: p => p.activeExceptions },
          {
            label: 'Tier 2-3 apps',
            value: p => (p.byTier['2'] ?? 0) + (p.byTier['3'] ?? 0),
          },
        ]}
      />
    </Grid>
  </>
);
