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

/** A value per month (YYYY-MM); months without data are absent. */
export type MonthlyValues = Map<string, number>;

/** The KPIs whose past months come straight from dated facts. */
export interface KpiFactTrends {
  appsCreated: MonthlyValues;
  /** Mean hours to approval by tier, by month of approval. */
  hoursToApproveByTier: Map<number, MonthlyValues>;
  hoursToPublish: MonthlyValues;
  hoursToFirstDeploy: MonthlyValues;
  secretsCaught: MonthlyValues;
  hoursToRemediate: MonthlyValues;
  incidentsOpened: MonthlyValues;
  hoursToRestore: MonthlyValues;
  /** Apps not retired, by month of registration, all time. */
  appsRegistered: MonthlyValues;
  /** Mean reported monthly cost per app reporting. */
  costPerApp: MonthlyValues;
  /** Share of apps with a budget whose reported cost exceeds it. */
  overBudgetShare: MonthlyValues;
}

/** Today's figures of the KPIs that have no dated facts. */
export interface KpiCurrentFigures {
  /** Registered apps, retired excluded. */
  registered: number;
  /** Micro apps without a profile the latest sync saw; absent before it ran. */
  ungoverned?: number;
  fromTemplates: number;
  withExceptions: number;
  openFindings: number;
  loggingAndRetention: number;
  /** Apps per owner ref (undefined: no owner). */
  owners: Array<{ ownerRef?: string; apps: number }>;
  /** Current month, reported cost else the declared one. */
  costPerApp?: number;
  overBudgetShare?: number;
}

/** An approved app whose value claim is missing or stale. */
export interface MissingValueClaim {
  entityRef: string;
  ownerRef?: string;
  reason: 'missing' | 'stale';
  claimedAt?: string;
}

/** The sums behind the program's ROI. */
export interface RoiFigures {
  /** Approved apps with a current value claim. */
  deployedApps: number;
  hoursSavedPerWeek: number;
  /** Sum of the known monthly costs of those apps. */
  monthlyCosts: number;
  missing: MissingValueClaim[];
}

/** What one app declares and reports about its value and cost. */
export interface AppValueFacts {
  hoursSavedPerWeek?: number;
  peopleServed?: number;
  claimedAt?: string;
  monthlyBudget?: number;
  declaredMonthlyCost?: number;
  currency?: string;
  latestCost?: { month: string; amount: number };
}

/** Read-only aggregates behind the KPIs, and the monthly report's marker. */
export interface KpiStore {
  factTrends(since: Date): Promise<KpiFactTrends>;
  currentFigures(now: Date): Promise<KpiCurrentFigures>;
  /** Claims made before `staleBefore` (YYYY-MM-DD) are stale. */
  roiFigures(staleBefore: string, listLimit: number): Promise<RoiFigures>;
  /** The KPI values of the daily snapshots from `day` on, oldest first. */
  snapshotValues(
    day: string,
  ): Promise<Array<{ day: string; values: Record<string, number> }>>;
  appValueFacts(entityRef: string): Promise<AppValueFacts>;
  /** Marks the month's report as sent; false when it was already. */
  markMonthlyReport(
    month: string,
    at: Date,
    recipients: number,
  ): Promise<boolean>;
  /** Takes the mark back: the notification could not be sent. */
  unmarkMonthlyReport(month: string): Promise<void>;
}
