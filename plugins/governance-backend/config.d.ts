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
import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /**
   * Settings of the Guardrails governance backend. Roles, risk weights, tier
   * requirements and policy packs are declared by
   * `@guardrails/plugin-governance-node`, which reads them.
   */
  governance?: {
    /** Approval requests by tier. */
    approvals?: {
      /** Hours reviewers have per tier. Defaults: tier1 24, tier2 48, tier3 120. */
      slaHours?: {
        tier1?: number;
        tier2?: number;
        tier3?: number;
      };
    };
    /**
     * Separation of duties, on unless turned off here: owners (users whose
     * ownership refs include the app's owner) never decide their own app's
     * approval or exception, one person fills at most one role on an
     * approval request, the requester of an exception never decides it, and
     * reviews are delegated only to users who are not the app's owners.
     */
    separationOfDuties?: {
      /** Default true. Turn off only for a single-person demo. */
      enabled?: boolean;
    };
    /**
     * Binds apps' CI tokens to the apps they act for. A CI pipeline calls the
     * promotion gate, reports activity and registers a fresh SBOM with a
     * Backstage static external-access token
     * (`backend.auth.externalAccess`, type `static`, with `accessRestrictions:
     * [{ plugin: governance }]`); the token's `subject` is listed here with
     * the apps it may speak for. A service caller not listed for the app it
     * names is refused (403), and service callers never decide anything.
     */
    ciTokens?: Array<{
      /** The `subject` of the static token, e.g. crm-record-updater-ci. */
      subject: string;
      /** The apps it may act for, e.g. component:default/crm-record-updater. */
      entityRefs: string[];
    }>;
    /**
     * The keyring that signs evidence bundles and audit checkpoints. The
     * active key signs; retired keys still verify what they signed; every
     * bundle names its key id. `GET /api/governance/keys` publishes them.
     */
    signing?: {
      /**
       * The active Ed25519 private key in PEM. Required when the setup is
       * production-like (NODE_ENV=production, a PostgreSQL database, or
       * auth.environment other than development); otherwise a development
       * key is generated once into the governance database, with a warning.
       * @visibility secret
       */
      privateKey?: string;
      /** Names the active key in signed bundles. Default guardrails-evidence. */
      keyId?: string;
      /**
       * Keys rotated out: their public halves (Ed25519, PEM) verify the
       * bundles and checkpoints they signed. Give each a distinct keyId.
       */
      retiredKeys?: Array<{
        /** The id the key signed under. */
        keyId: string;
        /** SubjectPublicKeyInfo PEM (openssl pkey -pubout). */
        publicKey: string;
      }>;
    };
    /** The audit log's witness and coverage bound. */
    audit?: {
      /**
       * Where every signed checkpoint is also published, outside the
       * database: a directory (write-once files; mount storage the database
       * operator cannot rewrite) or a git repository (a commit each, never
       * force-pushed; protect the branch on the git host). One of the two.
       */
      witness?: {
        /** A directory, e.g. /mnt/audit-witness. */
        directory?: string;
        git?: {
          /** Any URL git pushes to: https://..., ssh, file:// or a bare repository's path. */
          url: string;
          /** Default main. */
          branch?: string;
        };
      };
      /**
       * Minutes an event may stay uncovered by a witnessed checkpoint before
       * verify (and the dashboard) warns. Default 15.
       */
      uncoveredBoundMinutes?: number;
    };
    /** App lifecycle. */
    lifecycle?: {
      /**
       * Days without reported activity before an app is queued for
       * retirement and its owner told. Default 90.
       */
      inactivityDays?: number;
    };
    /** Exceptions (waivers) for one rule on one app. */
    exceptions?: {
      /** Longest an exception may last, in days. Default 14. */
      maxDays?: number;
    };
    /**
     * The governance program's KPIs and ROI (GET /kpis, the monthly report).
     */
    kpis?: {
      /** Currency of costs and ROI figures. Default USD. */
      currency?: string;
      /**
       * Loaded cost of one hour of the people an app serves, for the ROI
       * (hours saved per week x this x 52). Default 70.
       */
      loadedHourlyRate?: number;
      /**
       * Governance and platform overhead per app per year (support,
       * monitoring, policy enforcement), subtracted in the ROI. Default 2500.
       */
      governanceCostPerApp?: number;
      /**
       * Days after which an app's value claim (value.claimedAt in its
       * profile) is stale and listed for its owner to restate. Default 180.
       */
      valueClaimStaleDays?: number;
      /**
       * Goals by KPI id, replacing the articles' defaults or adding goals,
       * e.g. `exception-share: { direction: at-most, target: 0.1 }`.
       */
      goals?: {
        [kpiId: string]: {
          /** at-most (lower is better) or at-least. */
          direction: 'at-most' | 'at-least';
          target: number;
        };
      };
      /** The monthly report's notification to the governance admins. */
      monthlyReport?: {
        /**
         * Notify the governance admins on the first working day (Mon-Fri,
         * UTC) of each month, once, linking to /governance/report. Default true.
         */
        enabled?: boolean;
        /**
         * How often the task looks whether today is the day (it sends once
         * a month). Default: every hour, timeout 5 minutes, first run after 3 minutes.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
    /** How stored postures follow the catalog. */
    reconciliation?: {
      /**
       * Re-evaluate an app within seconds when the catalog processes a
       * change to its profile (events from the governance catalog module),
       * besides the periodic reconciliation. Default true.
       */
      catalogEvents?: boolean;
    };
    /**
     * When the background tasks run. Each runs on one backend instance at a
     * time (scope is always global); a task left out keeps its default.
     */
    schedules?: {
      /**
       * The reconciliation: pages through every governed app in the catalog
       * and evaluates those whose profile, policy packs or risk settings
       * changed (catalog change events usually got there first).
       * Default: every 5 minutes, timeout 10 minutes, first run after 10 seconds.
       */
      sync?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Reminds reviewers of approvals near their SLA and escalates late ones.
       * Default: every 30 minutes, timeout 5 minutes.
       */
      approvalSla?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Opens owner attestations, reminds and escalates overdue ones.
       * Default: every 6 hours, timeout 15 minutes, first run after 30 seconds.
       */
      attestationCampaigns?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Signs the tip of the audit log's hash chain.
       * Default: every 15 minutes, timeout 5 minutes.
       */
      auditCheckpoints?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Verifies the audit log and stores the result the dashboard shows.
       * Default: every 15 minutes, timeout 10 minutes, first run after 20 seconds.
       */
      auditVerification?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Records the day's headline figures for the dashboard's trends (kept
       * 13 months). Default: every hour (one row per day), first run after 2 minutes.
       */
      dailySnapshot?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Queues inactive or due apps for retirement and tells their owners.
       * Default: every hour, timeout 15 minutes, first run after 1 minute.
       */
      lifecycleSweep?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
