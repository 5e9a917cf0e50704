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

/** A cost an app's CI reports for one month. */
export interface CostFact {
  month: string;
  amount: number;
  currency?: string;
}

/** An incident, keyed by the reporting system's id. */
export interface IncidentFact {
  id: string;
  openedAt: Date;
  restoredAt?: Date;
  severity?: string;
}

/** A deploy of an app. */
export interface DeployFact {
  at: Date;
  version?: string;
  environment?: string;
}

/** A stored outcome of a governance check of a template run. */
export interface CheckOutcomeRow {
  id: string;
  check: string;
  outcome: string;
  securityEvent: boolean;
  templateRef?: string;
  taskId?: string;
  userRef: string;
  /** What the audit event names: the template, else the user. */
  subjectRef: string;
  findings: number;
  rules: string[];
  recordedBy: string;
  recordedAt: Date;
}

/** Who reported facts, and when: kept on every row, as its audit event. */
export interface Reporter {
  by: string;
  at: Date;
}

/** Writes of the KPIs' facts; used inside a governance transaction. */
export interface KpiFactsStore {
  /** Whether the app is registered with governance. */
  isRegistered(entityRef: string): Promise<boolean>;
  /** The stored restoredAt of those of the given incidents that have one. */
  restoredAtOf(entityRef: string, ids: string[]): Promise<Map<string, Date>>;
  /** Inserts or replaces the costs of the given months. */
  recordCosts(
    entityRef: string,
    costs: CostFact[],
    by: Reporter,
  ): Promise<void>;
  /** Inserts or updates incidents; a missing restoredAt keeps the stored one. */
  recordIncidents(
    entityRef: string,
    incidents: IncidentFact[],
    by: Reporter,
  ): Promise<void>;
  /** Inserts deploys; a deploy at the same time updates the stored one. */
  recordDeploys(
    entityRef: string,
    deploys: DeployFact[],
    by: Reporter,
  ): Promise<void>;
  recordCheckOutcome(row: CheckOutcomeRow): Promise<void>;
}
