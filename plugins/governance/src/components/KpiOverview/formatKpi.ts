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
import { GovernanceApiModels } from '@guardrails/plugin-governance-common';
import { GovernanceKpi } from '../../api/GovernanceApi';

type KpiUnit = GovernanceApiModels.KpiUnit;

const oneDecimal = (value: number) =>
  (Math.round(value * 10) / 10).toLocaleString('en-US');

/** An amount of money, whole units: "$33,900". */
export const formatMoney = (value: number, currency: string) => {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(value);
  } catch {
    // An unknown currency code still reads: "33,900 XYZ".
    return `${Math.round(value).toLocaleString('en-US')} ${currency}`;
  }
};

/** A KPI value as it reads, with its unit: "18.5 h", "96 %", "$212". */
export const formatKpiValue = (
  value: number | undefined,
  unit: KpiUnit,
  currency: string,
): string => {
  if (value === undefined) return 'No data yet';
  switch (unit) {
    case 'share':
      return `${Math.round(value * 100)} %`;
    case 'hours':
      return `${oneDecimal(value)} h`;
    case 'currency':
      return formatMoney(value, currency);
    case 'multiple':
      return `${oneDecimal(value)}×`;
    case 'per-100-apps':
      return `${oneDecimal(value)} per 100 apps`;
    default:
      return oneDecimal(value);
  }
};

/**
 * The KPI's standing against its goal in words, so it never depends on
 * colour: "Goal: under 24 h (article 003) — not met".
 */
export const kpiStatusText = (kpi: GovernanceKpi): string => {
  const goal = kpi.goal ? `Goal: ${kpi.goal.text}` : undefined;
  switch (kpi.status) {
    case 'met':
      return `${goal ?? 'Goal'} — met`;
    case 'not-met':
      return `${goal ?? 'Goal'} — not met`;
    case 'no-data':
      return goal ? `${goal} — no data yet` : 'No goal set; no data yet';
    default:
      return goal ? `${goal} — not assessed` : 'No goal set';
  }
};

/**
 * The trend in words, from the first to the latest month with data:
 * "Trend: 40 in 2025-06, 18.5 in 2026-06 (13 months)".
 */
export const kpiTrendText = (kpi: GovernanceKpi, currency: string) => {
  const known = kpi.trend.filter(p => p.value !== undefined);
  if (known.length === 0) return 'Trend: no data yet';
  const format = (v?: number) => formatKpiValue(v, kpi.unit, currency);
  const first = known[0];
  const last = known[known.length - 1];
  const months = `${kpi.trend.length} month${
    kpi.trend.length === 1 ? '' : 's'
  }`;
  if (first === last) {
    return `Trend: ${format(last.value)} in ${last.month} (${months})`;
  }
  return `Trend: ${format(first.value)} in ${first.month}, ${format(
    last.value,
  )} in ${last.month} (${months})`;
};

/** Display names of the KPI groups, in the order they are shown. */
export const KPI_GROUPS: Array<{
  group: GovernanceApiModels.KpiGroup;
  title: string;
}> = [
  { group: 'velocity', title: 'Velocity' },
  { group: 'approvals', title: 'Approvals' },
  { group: 'coverage', title: 'Coverage' },
  { group: 'exceptions', title: 'Exceptions' },
  { group: 'security', title: 'Security' },
  { group: 'operations', title: 'Operations' },
  { group: 'cost', title: 'Cost' },
  { group: 'value', title: 'Value' },
];

/** "2 of 3 goals met", for a group's heading. */
export const goalsMetText = (kpis: GovernanceKpi[]) => {
  const withGoal = kpis.filter(
    k => k.status === 'met' || k.status === 'not-met',
  );
  if (withGoal.length === 0) return 'no goals assessed';
  const met = withGoal.filter(k => k.status === 'met').length;
  return `${met} of ${withGoal.length} goal${
    withGoal.length === 1 ? '' : 's'
  } met`;
};
