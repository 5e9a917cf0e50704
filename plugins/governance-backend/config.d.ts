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
    /** The key that signs evidence bundles and audit checkpoints. */
    signing?: {
      /**
       * Ed25519 private key in PEM. Required in production; in development a
       * key is generated into devKeyFile, with a warning.
       * @visibility secret
       */
      privateKey?: string;
      /** Names the key in signed bundles. Default guardrails-evidence. */
      keyId?: string;
      /** Where the development key is kept. Default ../../.guardrails/signing-key.pem (git-ignored). */
      devKeyFile?: string;
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
     * When the background tasks run. Each runs on one backend instance at a
     * time (scope is always global); a task left out keeps its default.
     */
    schedules?: {
      /**
       * Registers and re-evaluates every governed app in the catalog.
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
       * Queues inactive or due apps for retirement and tells their owners.
       * Default: every hour, timeout 15 minutes, first run after 1 minute.
       */
      lifecycleSweep?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
  };
}
