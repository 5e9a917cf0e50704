/** Counts of governed apps in the app registry. */
export interface AppCounts {
  total: number;
  byTier: Record<string, number>;
  byLifecycle: Record<string, number>;
  /** Apps registered by a template (with provenance). */
  fromTemplates: number;
}

/** Read-only aggregates over the governance tables, for the dashboard. */
export interface DashboardStore {
  appCounts(): Promise<AppCounts>;
  /** Hours from each reviewed, approved request to its last decision. */
  approvalHours(): Promise<number[]>;
  /** Approval requests per status. */
  approvalStatusCounts(): Promise<Record<string, number>>;
  attestationCounts(
    now: Date,
  ): Promise<{ completed: number; open: number; overdue: number }>;
  /** Exceptions in force at `now`, and requests awaiting a decision. */
  exceptionCounts(now: Date): Promise<{ active: number; requested: number }>;
}
