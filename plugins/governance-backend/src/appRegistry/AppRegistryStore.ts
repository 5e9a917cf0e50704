import {
  LifecycleState,
  RiskLevel,
} from '@guardrails/plugin-governance-common';

/** One governed app as the registry keeps it. */
export interface RegisteredApp {
  entityRef: string;
  lifecycleState: LifecycleState;
  riskScore?: number;
  riskLevel?: RiskLevel;
  approvalTier?: number;
  dataClassification?: string;
  ownerRef?: string;
  profileHash?: string;
  registeredAt: Date;
  evaluatedAt: Date;
  lastActivityAt?: Date;
  lifecycleReason?: string;
  keepUntil?: Date;
  inactivityWarnedAt?: Date;
}

/** The latest evaluation of an app, as the posture service records it. */
export interface AppSnapshot {
  entityRef: string;
  riskScore: number;
  riskLevel: RiskLevel;
  approvalTier: number;
  dataClassification: string;
  ownerRef?: string;
  profileHash: string;
  evaluatedAt: Date;
}

/** Persistence of the app registry. */
export interface AppRegistryStore {
  /**
   * Records the latest snapshot of an app, registering it on first sight.
   * Keeps the registration time and lifecycle state of a known app.
   */
  recordSnapshot(snapshot: AppSnapshot): Promise<RegisteredApp>;
  getApp(entityRef: string): Promise<RegisteredApp | undefined>;
  /**
   * Compare-and-set of an app's lifecycle state: moves it to `next` only if
   * it is still in `expected`. False when another caller moved it first (or
   * the app is unknown); the caller re-reads and decides again.
   */
  transitionLifecycleState(
    entityRef: string,
    change: {
      expected: LifecycleState;
      next: LifecycleState;
      reason?: string;
      keepUntil?: Date;
    },
  ): Promise<boolean>;
  /** Records use of the app, which also ends an idle spell's warning. */
  recordActivity(entityRef: string, at: Date): Promise<boolean>;
  /** Marks the idle warning as sent; false when it was sent already. */
  markInactivityWarned(entityRef: string, at: Date): Promise<boolean>;
  listApps(): Promise<RegisteredApp[]>;
}
