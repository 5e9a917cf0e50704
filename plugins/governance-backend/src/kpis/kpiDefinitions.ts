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
import { KpiGoalOption } from '../config';
import { GovernanceKpi, KpiGoal } from './KpiService';

/** What a KPI is, apart from its values. */
export interface KpiDefinition {
  id: string;
  group: GovernanceKpi['group'];
  label: string;
  definition: string;
  unit: GovernanceKpi['unit'];
  /** Where the past months come from: dated facts, or the daily snapshots. */
  trendFrom: 'facts' | 'snapshots';
  /** The articles' goal, when they give one. */
  goal?: KpiGoalOption & { source: string };
}

const approveTier = (tier: number): KpiDefinition => ({
  id: `hours-to-approve-tier-${tier}`,
  group: 'approvals',
  label: `Hours to approve, tier ${tier}`,
  definition: `Mean hours from an approval request of a tier-${tier} app to its approval (automatic approvals count 0), over the requests approved in the month.`,
  unit: 'hours',
  trendFrom: 'facts',
  ...(tier === 0 && {
    goal: { direction: 'at-most', target: 24, source: 'article 003' },
  }),
});

/** Every KPI of the program, in the order the dashboard shows them. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    id: 'apps-created',
    group: 'velocity',
    label: 'Micro apps created',
    definition:
      'Apps registered with governance in the month (the template registered them or the sync found them).',
    unit: 'count',
    trendFrom: 'facts',
  },
  {
    id: 'hours-to-publish',
    group: 'velocity',
    label: 'Hours from request to publish',
    definition:
      "Mean hours from an app's registration (the request) to its first approval (published), over the apps approved in the month.",
    unit: 'hours',
    trendFrom: 'facts',
  },
  {
    id: 'hours-to-first-deploy',
    group: 'velocity',
    label: 'Hours to first deploy',
    definition:
      "Mean hours from an app's registration to the first deploy its CI reported, over the apps first deployed in the month.",
    unit: 'hours',
    trendFrom: 'facts',
  },
  approveTier(0),
  approveTier(1),
  approveTier(2),
  approveTier(3),
  {
    id: 'registered-share',
    group: 'coverage',
    label: 'Registered vs discovered',
    definition:
      'Registered apps / (registered apps + micro apps the sync discovered in the catalog without a governance profile); retired apps excluded.',
    unit: 'share',
    trendFrom: 'snapshots',
    goal: {
      direction: 'at-least',
      target: 0.95,
      source: 'article 003, within 6 months',
    },
  },
  {
    id: 'template-share',
    group: 'coverage',
    label: 'Built from templates',
    definition:
      'Share of registered apps (retired excluded) created from a pre-approved template (with provenance).',
    unit: 'share',
    trendFrom: 'snapshots',
  },
  {
    id: 'exception-share',
    group: 'exceptions',
    label: 'Apps needing a security exception',
    definition:
      'Share of registered apps (retired excluded) that were ever granted a manual security exception (waiver). Lower is better.',
    unit: 'share',
    trendFrom: 'snapshots',
  },
  {
    id: 'secrets-caught',
    group: 'security',
    label: 'Secrets caught',
    definition:
      "Template runs whose secret scan found a secret and blocked publishing, in the month (the scaffolder's check outcomes).",
    unit: 'count',
    trendFrom: 'facts',
  },
  {
    id: 'findings-per-app',
    group: 'security',
    label: 'Findings per app',
    definition:
      'Open policy findings (before exceptions) per registered app, retired excluded.',
    unit: 'count',
    trendFrom: 'snapshots',
  },
  {
    id: 'hours-to-remediate',
    group: 'security',
    label: 'Hours to remediate a failing check',
    definition:
      'Mean hours from when a policy finding was first seen on an app to when it was resolved, over the findings resolved in the month.',
    unit: 'hours',
    trendFrom: 'facts',
  },
  {
    id: 'incidents-per-100-apps',
    group: 'operations',
    label: 'Incidents per 100 apps',
    definition:
      'Incidents opened in the month x 100 / apps registered by the end of the month (retired excluded).',
    unit: 'per-100-apps',
    trendFrom: 'facts',
  },
  {
    id: 'hours-to-restore',
    group: 'operations',
    label: 'Mean time to restore',
    definition:
      'Mean hours from an incident opened to service restored, over the incidents restored in the month.',
    unit: 'hours',
    trendFrom: 'facts',
  },
  {
    id: 'logging-retention-share',
    group: 'operations',
    label: 'Logging and retention in place',
    definition:
      "Share of registered apps (retired excluded) whose owner's latest attestation confirms logging in place and retention respected.",
    unit: 'share',
    trendFrom: 'snapshots',
  },
  {
    id: 'cost-per-app',
    group: 'cost',
    label: 'Cost per app (monthly)',
    definition:
      "Mean monthly cost over the apps with a known cost: the cost the app's CI reported for the month, else (current month) the profile's declared monthly cost.",
    unit: 'currency',
    trendFrom: 'facts',
  },
  {
    id: 'over-budget-share',
    group: 'cost',
    label: 'Apps over budget',
    definition:
      'Share of apps with a declared monthly budget whose cost for the month (reported, else declared) exceeds it.',
    unit: 'share',
    trendFrom: 'facts',
  },
  {
    id: 'orphaned-apps',
    group: 'cost',
    label: 'Orphaned apps',
    definition:
      'Registered apps (retired excluded) without an owner, or whose owner does not exist in the catalog.',
    unit: 'count',
    trendFrom: 'snapshots',
    goal: { direction: 'at-most', target: 0, source: 'article 004' },
  },
  {
    id: 'roi-multiple',
    group: 'value',
    label: 'ROI multiple',
    definition:
      'Annual benefit / annual cost over the approved apps with a current value claim (see the program ROI formula).',
    unit: 'multiple',
    trendFrom: 'snapshots',
    goal: { direction: 'at-least', target: 1, source: 'article 000' },
  },
];

const UNIT_TEXT: Record<GovernanceKpi['unit'], (n: number) => string> = {
  count: n => `${n}`,
  share: n => `${Math.round(n * 1000) / 10}%`,
  hours: n => `${n} h`,
  currency: n => `${n}`,
  multiple: n => `${n}x`,
  'per-100-apps': n => `${n} per 100 apps`,
};

/** The goal in force: configured over the article's, with its text. */
export function goalOf(
  definition: KpiDefinition,
  configured: Record<string, KpiGoalOption>,
): KpiGoal | undefined {
  const goal = configured[definition.id] ?? definition.goal;
  if (!goal) return undefined;
  const words = goal.direction === 'at-most' ? 'at most' : 'at least';
  const source =
    configured[definition.id] === undefined && definition.goal
      ? definition.goal.source
      : 'configured';
  const target = UNIT_TEXT[definition.unit](goal.target);
  const text =
    definition.id === 'hours-to-approve-tier-0' && goal.direction === 'at-most'
      ? `under ${target} (${source})`
      : `${words} ${target} (${source})`;
  return { direction: goal.direction, target: goal.target, text };
}

/** met / not-met against the goal; no-goal and no-data otherwise. */
export function statusOf(
  value: number | undefined,
  goal: KpiGoal | undefined,
): GovernanceKpi['status'] {
  if (value === undefined) return 'no-data';
  if (!goal) return 'no-goal';
  const met =
    goal.direction === 'at-most' ? value <= goal.target : value >= goal.target;
  return met ? 'met' : 'not-met';
}
