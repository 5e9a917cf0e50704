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
export interface Config {
  /**
   * Settings of the Guardrails governance plugin read through this package.
   * The backend's own keys (approvals, signing, lifecycle, exceptions,
   * schedules) are declared by `@guardrails/plugin-governance-backend`.
   */
  governance?: {
    risk?: {
      /**
       * Points each profile value adds to the 0-10 risk score. Any key left
       * out keeps its default (see DEFAULT_RISK_WEIGHTS in
       * @guardrails/plugin-governance-common).
       */
      weights?: {
        /** Points per data classification: public, internal, confidential, restricted, regulated. Defaults 0, 1, 2, 3, 4. */
        dataClassification?: { [classification: string]: number };
        /** Points added for the most sensitive data type (pii, phi, financial, payment-card, credentials, corporate-intel, customer-data, employee-data). */
        dataTypes?: { [dataType: string]: number };
        /** Points per access scope: personal, team, cross-team, org-wide. Defaults 0, 0, 1, 2. */
        accessScope?: { [scope: string]: number };
        /** Points for the highest integration access: read, write, admin. Defaults 0, 1, 2. */
        integrationAccess?: { [access: string]: number };
        /** Points added once when any integration is not an approved connector. Default 1. */
        unapprovedConnector?: number;
        /** Points per execution environment: client-only, serverless, vendor-hosted, container, company-cloud. Defaults 0, 0, 1, 1, 1. */
        executionEnvironment?: { [environment: string]: number };
        /** Points per operational criticality: toy, productivity, sla-critical. Defaults 0, 1, 2. */
        operationalCriticality?: { [criticality: string]: number };
        /** Highest points one dimension may add: dataSensitivity 4, accessScope 2, integrationType 2, executionEnvironment 1, operationalCriticality 2. */
        dimensionCaps?: { [dimension: string]: number };
      };
    };
    /** Policy-as-code: CEL policy packs and an optional OPA server. */
    policies?: {
      /** Load the built-in default pack (the source articles' policies). Default true. */
      defaultPack?: boolean;
      /**
       * The organisation's own packs: YAML files or directories of them,
       * relative to the backend's working directory. A pack that does not load
       * stops the backend at start-up with a message naming file and rule.
       */
      packs?: string[];
      /**
       * Highest estimated worst-case cost of one CEL expression (nested list
       * macros multiply); more costly expressions are refused at load.
       * Default 1000000.
       */
      costLimit?: number;
      /** Facts the rules compare against, available as `org` in CEL. */
      organization?: {
        /** Registry prefixes container images must come from. Default none (every image is flagged). */
        approvedRegistries?: string[];
        /** Approved secret stores. Default vault, aws-secrets-manager, azure-key-vault, gcp-secret-manager. */
        approvedSecretStores?: string[];
        /** Regions apps may deploy to. Default empty: no restriction. */
        allowedRegions?: string[];
        /** Regions where regulated data may be kept. Default empty: no restriction. */
        sovereignRegions?: string[];
        /** Longest token lifetime allowed, in minutes. Default 60. */
        maxTokenLifetimeMinutes?: number;
      };
      /** Delegate a pack to an external OPA server (Rego) through its REST Data API. */
      opa?: {
        /** Default false. */
        enabled?: boolean;
        /** e.g. http://localhost:8181 */
        baseUrl?: string;
        /** Rule path under /v1/data returning a list of violations, e.g. guardrails/deny. */
        policyPath?: string;
        /** Pack id the findings are reported under. Default "opa". */
        packId?: string;
        /**
         * Stage of findings that do not state one: audit, warn or deny.
         * Default deny. OPA failures (an HTTP error, no answer in time, an
         * undefined rule, a result that is not a list) are reported as an
         * error finding in this stage, so with deny they block.
         */
        defaultStage?: string;
        /** Milliseconds to wait for OPA's answer before it counts as a failure. Default 5000. */
        timeoutMs?: number;
        /**
         * Bearer token for the OPA server.
         * @visibility secret
         */
        token?: string;
      };
    };
    /**
     * Who holds each governance role: lists of user or group entity refs,
     * e.g. group:default/security-team. Used by the governance permission
     * policy and by approval routing.
     */
    roles?: {
      /** Platform admins / Center of Enablement: exceptions, dry runs, quarantine, retirement. */
      admins?: string[];
      /** Auditors: read, verify and export the audit log. */
      auditors?: string[];
      /** Team leads or enablement reviewers (tier 1). */
      teamLeads?: string[];
      /** Security reviewers (tier 2 and up); they also decide on exceptions. */
      security?: string[];
      /** Privacy reviewers (tier 2 and up). */
      privacy?: string[];
      /** Platform reviewers (tier 2 and up). */
      platform?: string[];
      /** Executive sign-off (tier 3). */
      executive?: string[];
      /** Legal sign-off (tier 3). */
      legal?: string[];
    };
    /** Per approval tier settings. */
    tiers?: {
      [tier in 'tier0' | 'tier1' | 'tier2' | 'tier3']?: {
        /** Days between owner attestations. Defaults: tier0 180, tier1 90, tier2 90, tier3 30. */
        attestationCadenceDays?: number;
      };
    };
  };
}
