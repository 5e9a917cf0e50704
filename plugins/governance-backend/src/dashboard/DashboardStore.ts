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
/** Counts of governed apps in the app registry. */
export interface AppCounts {
  total: number;
  byTier: Record<string, number>;
  byLifecycle: Record<string, number>;
  /** Apps registered by a template (with provenance). */
  fromTemplates: number;
}

/** Governed apps of one approval tier in one lifecycle state. */
export interface AppBreakdownRow {
  /** Undefined until the app's first evaluation. */
  tier?: number;
  lifecycleState: string;
  count: number;
}

/** Pending approval requests of one tier. */
export interface PendingApprovalCounts {
  tier: number;
  pending: number;
  /** Those whose review SLA (due time) has passed. */
  pastSla: number;
}

/**
 * Read-only aggregates over the governance tables, for the dashboard and
 * the metrics.
 */
export interface DashboardStore {
  appCounts(): Promise<AppCounts>;
  /** Apps per tier and lifecycle state, in one grouped count. */
  appBreakdown(): Promise<AppBreakdownRow[]>;
  /** Pending approval requests per tier, and those past their SLA at `now`. */
  pendingApprovals(now: Date): Promise<PendingApprovalCounts[]>;
  /**
   * Approved requests that reviewers decided, and the median hours from
   * request to the last decision.
   */
  approvalTimes(): Promise<{ reviewed: number; medianHours?: number }>;
  /** Approval requests per status. */
  approvalStatusCounts(): Promise<Record<string, number>>;
  attestationCounts(
    now: Date,
  ): Promise<{ completed: number; open: number; overdue: number }>;
  /** Exceptions in force at `now`, and requests awaiting a decision. */
  exceptionCounts(now: Date): Promise<{ active: number; requested: number }>;
  /** Apps whose planned retirement is on or before `day` (YYYY-MM-DD), soonest first. */
  retirementsUntil(
    day: string,
  ): Promise<Array<{ entityRef: string; date: string }>>;
}
