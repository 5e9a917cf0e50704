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
import { LifecycleState } from './lifecycle';

/** A count per key, e.g. apps per tier. @public */
export type Counts<K extends string> = Partial<Record<K, number>>;

/** The platform team's overview of all governed apps. @public */
export interface GovernanceDashboard {
  generatedAt: string;
  apps: {
    /** Registered governed apps. */
    total: number;
    byTier: Counts<'0' | '1' | '2' | '3'>;
    byLifecycle: Counts<LifecycleState>;
    /** Registered by a template's governance:app:register step. */
    fromTemplates: number;
  };
  /** Catalog components of type micro-app with and without a profile. */
  coverage: { governed: number; ungoverned: number; ungovernedRefs: string[] };
  approvals: {
    pending: number;
    autoApproved: number;
    /** Median hours from request to the last approving decision. */
    medianHoursToApproval?: number;
    /** Approved by reviewers, counted in the median. */
    reviewed: number;
  };
  attestations: {
    completed: number;
    open: number;
    overdue: number;
    /** Completed or not yet due, as a share of all, 0-1. */
    complianceRate?: number;
  };
  exceptions: { active: number; requested: number };
  /** Planned retirements within the next 90 days, soonest first. */
  upcomingRetirements: Array<{
    entityRef: string;
    date: string;
    daysLeft: number;
  }>;
  /** The latest scheduled verification of the audit log. */
  audit: {
    valid: boolean;
    events: number;
    reason?: string;
    /** When the verification ran; absent before its first run. */
    verifiedAt?: string;
    /** The last event the verification vouched for. */
    verifiedUpTo?: number;
    /**
     * The newest checkpoint the witness holds (the newest signed one when
     * no witness is configured), with its age counted now.
     */
    newestWitnessed?: {
      seq: number;
      hash: string;
      signedAt: string;
      keyId?: string;
      ageSeconds: number;
    };
    /** Events no witnessed checkpoint covered when it was verified. */
    uncoveredEvents?: number;
    /** E.g. uncovered events older than the configured bound. */
    warnings?: string[];
  };
  /** The headline figures one point per day, oldest first, up to 13 months. */
  trends: DashboardTrendPoint[];
}

/** The dashboard's headline figures on one day. @public */
export interface DashboardTrendPoint {
  /** YYYY-MM-DD, UTC. */
  day: string;
  apps: number;
  byTier: Counts<'0' | '1' | '2' | '3'>;
  byLifecycle: Counts<LifecycleState>;
  /** Attestation compliance, 0-1. */
  complianceRate?: number;
  medianHoursToApproval?: number;
  activeExceptions: number;
  ungoverned: number;
}
