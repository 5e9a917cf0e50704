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
import { GovernanceKpiReport } from '../api/GovernanceApi';

const months = Array.from({ length: 13 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 5 + i, 1));
  return d.toISOString().slice(0, 7);
});

/** 13 months of values, oldest first, with the given latest value. */
const trendTo = (from: number, to: number) =>
  months.map((month, i) => ({
    month,
    value: Math.round((from + ((to - from) * i) / 12) * 10) / 10,
  }));

/**
 * A KPI report as GET /kpis answers it: one KPI of each status, and the
 * ROI of the seed articles' example (10 h/week at $70, $2,500 overhead).
 */
export const kpiReport: GovernanceKpiReport = {
  generatedAt: '2026-06-15T08:00:00Z',
  month: '2026-06',
  settings: {
    currency: 'USD',
    loadedHourlyRate: 70,
    governanceCostPerApp: 2500,
    valueClaimStaleDays: 180,
  },
  kpis: [
    {
      id: 'apps-created',
      group: 'velocity',
      label: 'Apps created',
      definition: 'Governed apps registered this month.',
      unit: 'count',
      value: 7,
      status: 'no-goal',
      trend: trendTo(2, 7),
    },
    {
      id: 'hours-to-approve-tier-0',
      group: 'approvals',
      label: 'Time to approve, tier 0',
      definition: 'Median hours from request to approval of tier 0 apps.',
      unit: 'hours',
      value: 30.25,
      goal: {
        direction: 'at-most',
        target: 24,
        text: 'under 24 h (article 003)',
      },
      status: 'not-met',
      trend: trendTo(50, 30.25),
    },
    {
      id: 'hours-to-approve-tier-1',
      group: 'approvals',
      label: 'Time to approve, tier 1',
      definition: 'Median hours from request to approval of tier 1 apps.',
      unit: 'hours',
      status: 'no-data',
      trend: months.map(month => ({ month })),
    },
    {
      id: 'registered-share',
      group: 'coverage',
      label: 'Registered apps',
      definition: 'Registered apps among all micro apps found in the catalog.',
      unit: 'share',
      value: 0.96,
      goal: { direction: 'at-least', target: 0.95, text: 'at least 95 %' },
      status: 'met',
      trend: trendTo(0.7, 0.96),
    },
    {
      id: 'roi-multiple',
      group: 'value',
      label: 'ROI multiple',
      definition: 'Annual benefit divided by annual cost.',
      unit: 'multiple',
      value: 14.56,
      status: 'no-goal',
      trend: trendTo(3, 14.56),
    },
  ],
  roi: {
    formula:
      'net = hours saved/week x loaded rate x 52 - governance cost per app, summed over deployed apps',
    deployedApps: 1,
    hoursSavedPerWeek: 10,
    annualBenefit: 36400,
    annualCost: 2500,
    netBenefit: 33900,
    multiple: 14.56,
    appsMissingValueClaim: [
      {
        entityRef: 'component:default/where2eat',
        ownerRef: 'user:default/guest',
        reason: 'missing',
      },
      {
        entityRef: 'component:default/hr-candidate-tracker',
        ownerRef: 'group:default/people-analytics',
        reason: 'stale',
        claimedAt: '2025-06-01T00:00:00Z',
      },
    ],
  },
};
