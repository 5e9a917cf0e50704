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
import { KpiCurrentFigures, KpiFactTrends } from './KpiStore';

/** KPI id to value; a KPI without data is absent. */
export type KpiValues = Record<string, number | undefined>;

const round = (value: number, digits = 2) =>
  Math.round(value * 10 ** digits) / 10 ** digits;
const ratio = (part: number, whole: number) =>
  whole > 0 ? round(part / whole, 4) : undefined;
const maybe = (value: number | undefined, digits = 2) =>
  value === undefined || Number.isNaN(value) ? undefined : round(value, digits);

/** Apps not retired that were registered by the end of each month. */
function appsByEndOf(trends: KpiFactTrends): (month: string) => number {
  const months = [...trends.appsRegistered.entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return month =>
    months
      .filter(([m]) => m <= month)
      .reduce((total, [, count]) => total + count, 0);
}

/** The values of the KPIs with dated facts, for one month. */
export function factValuesOf(trends: KpiFactTrends, month: string): KpiValues {
  const apps = appsByEndOf(trends)(month);
  const values: KpiValues = {
    'apps-created': trends.appsCreated.get(month) ?? 0,
    'hours-to-publish': maybe(trends.hoursToPublish.get(month)),
    'hours-to-first-deploy': maybe(trends.hoursToFirstDeploy.get(month)),
    'secrets-caught': trends.secretsCaught.get(month) ?? 0,
    'hours-to-remediate': maybe(trends.hoursToRemediate.get(month)),
    'incidents-per-100-apps': maybe(
      ratio((trends.incidentsOpened.get(month) ?? 0) * 100, apps),
    ),
    'hours-to-restore': maybe(trends.hoursToRestore.get(month)),
    'cost-per-app': maybe(trends.costPerApp.get(month)),
    'over-budget-share': maybe(trends.overBudgetShare.get(month), 4),
  };
  for (const tier of [0, 1, 2, 3]) {
    values[`hours-to-approve-tier-${tier}`] = maybe(
      trends.hoursToApproveByTier.get(tier)?.get(month),
    );
  }
  return values;
}

/** Today's values of every KPI but the ROI multiple. */
export function currentValuesOf(
  trends: KpiFactTrends,
  figures: KpiCurrentFigures,
  month: string,
  orphanedApps: number,
): KpiValues {
  const { registered } = figures;
  return {
    ...factValuesOf(trends, month),
    // Against today's apps, not those registered by the month's end.
    'incidents-per-100-apps': maybe(
      ratio((trends.incidentsOpened.get(month) ?? 0) * 100, registered),
    ),
    'cost-per-app': maybe(figures.costPerApp),
    'over-budget-share': maybe(figures.overBudgetShare, 4),
    'registered-share':
      figures.ungoverned === undefined
        ? undefined
        : ratio(registered, registered + figures.ungoverned),
    'template-share': ratio(figures.fromTemplates, registered),
    'exception-share': ratio(figures.withExceptions, registered),
    'findings-per-app': maybe(ratio(figures.openFindings, registered)),
    'logging-retention-share': ratio(figures.loggingAndRetention, registered),
    'orphaned-apps': orphanedApps,
  };
}
