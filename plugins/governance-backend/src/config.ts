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
import {
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { ApprovalTier } from '@guardrails/plugin-governance-common';
import {
  GovernanceRoles,
  readGovernanceRoles,
  readRiskModelOptions,
} from '@guardrails/plugin-governance-node';

/** Review SLA per tier, in hours. */
export type ApprovalSlaHours = Record<Exclude<ApprovalTier, 0>, number>;

/** Hours reviewers have per tier unless `governance.approvals.slaHours` says otherwise. */
export const DEFAULT_APPROVAL_SLA_HOURS: ApprovalSlaHours = {
  1: 24,
  2: 48,
  3: 120,
};

/** The scheduled tasks of the governance backend, by config key. */
export type GovernanceTaskName =
  | 'sync'
  | 'approvalSla'
  | 'attestationCampaigns'
  | 'auditCheckpoints'
  | 'lifecycleSweep';

/** When each task runs unless `governance.schedules.<task>` says otherwise. */
export const DEFAULT_SCHEDULES: Record<
  GovernanceTaskName,
  SchedulerServiceTaskScheduleDefinition
> = {
  sync: {
    frequency: { minutes: 5 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 10 },
  },
  approvalSla: { frequency: { minutes: 30 }, timeout: { minutes: 5 } },
  attestationCampaigns: {
    frequency: { hours: 6 },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 30 },
  },
  auditCheckpoints: { frequency: { minutes: 15 }, timeout: { minutes: 5 } },
  lifecycleSweep: {
    frequency: { hours: 1 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 1 },
  },
};

/** Where the key that signs evidence and audit checkpoints comes from. */
export interface SigningKeyOptions {
  /** Ed25519 private key in PEM; without it a development key is used. */
  privateKey?: string;
  /** Names the configured key in signed bundles. */
  keyId: string;
  /** Where the development key is kept. */
  devKeyFile: string;
}

/**
 * An app's CI token: the subject of a Backstage external-access token
 * (`backend.auth.externalAccess`) and the apps it may act for.
 */
export interface CiTokenBinding {
  subject: string;
  /** Full entity refs, e.g. component:default/crm-record-updater. */
  entityRefs: string[];
}

/** Everything the governance backend reads from config, typed and defaulted. */
export interface GovernanceBackendOptions {
  exceptions: {
    /** Longest an exception may last, in days. */
    maxDays: number;
  };
  lifecycle: {
    /** Days without activity before an app is queued for retirement. */
    inactivityDays: number;
  };
  approvals: { slaHours: ApprovalSlaHours };
  attestations: {
    /** Days between owner attestations, per approval tier. */
    cadenceDays: Record<ApprovalTier, number>;
  };
  /** Who holds each governance role. */
  roles: GovernanceRoles;
  separationOfDuties: {
    /**
     * Owners never decide their own app's approvals or exceptions, one person
     * fills at most one role on a request, requesters never decide their own
     * exception.
     */
    enabled: boolean;
  };
  /** Service tokens of apps' CI, each bound to the apps it may act for. */
  ciTokens: CiTokenBinding[];
  signing: SigningKeyOptions;
  schedules: Record<GovernanceTaskName, SchedulerServiceTaskScheduleDefinition>;
}

function readSchedule(
  config: Config,
  task: GovernanceTaskName,
): SchedulerServiceTaskScheduleDefinition {
  const key = `governance.schedules.${task}`;
  return config.has(key)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(key),
      )
    : DEFAULT_SCHEDULES[task];
}

function readCiTokens(config: Config): CiTokenBinding[] {
  return (config.getOptionalConfigArray('governance.ciTokens') ?? []).map(
    (token, index) => ({
      subject: token.getString('subject'),
      entityRefs: token.getStringArray('entityRefs').map(ref => {
        try {
          return stringifyEntityRef(parseEntityRef(ref));
        } catch {
          throw new Error(
            `governance.ciTokens[${index}].entityRefs: "${ref}" is not an entity ref like component:default/my-app`,
          );
        }
      }),
    }),
  );
}

/**
 * Reads the governance backend's settings from config, with their defaults.
 * Roles and tier requirements come from the readers of
 * `@guardrails/plugin-governance-node`, which owns those keys.
 */
export function readGovernanceBackendConfig(
  config: Config,
): GovernanceBackendOptions {
  const sla = config.getOptionalConfig('governance.approvals.slaHours');
  const signing = config.getOptionalConfig('governance.signing');
  const tiers = readRiskModelOptions(config).tierRequirements;
  return {
    exceptions: {
      maxDays: config.getOptionalNumber('governance.exceptions.maxDays') ?? 14,
    },
    lifecycle: {
      inactivityDays:
        config.getOptionalNumber('governance.lifecycle.inactivityDays') ?? 90,
    },
    approvals: {
      slaHours: {
        1: sla?.getOptionalNumber('tier1') ?? DEFAULT_APPROVAL_SLA_HOURS[1],
        2: sla?.getOptionalNumber('tier2') ?? DEFAULT_APPROVAL_SLA_HOURS[2],
        3: sla?.getOptionalNumber('tier3') ?? DEFAULT_APPROVAL_SLA_HOURS[3],
      },
    },
    attestations: {
      cadenceDays: {
        0: tiers[0].attestationCadenceDays,
        1: tiers[1].attestationCadenceDays,
        2: tiers[2].attestationCadenceDays,
        3: tiers[3].attestationCadenceDays,
      },
    },
    roles: readGovernanceRoles(config),
    separationOfDuties: {
      enabled:
        config.getOptionalBoolean('governance.separationOfDuties.enabled') ??
        true,
    },
    ciTokens: readCiTokens(config),
    signing: {
      privateKey: signing?.getOptionalString('privateKey'),
      keyId: signing?.getOptionalString('keyId') ?? 'guardrails-evidence',
      devKeyFile:
        signing?.getOptionalString('devKeyFile') ??
        '../../.guardrails/signing-key.pem',
    },
    schedules: {
      sync: readSchedule(config, 'sync'),
      approvalSla: readSchedule(config, 'approvalSla'),
      attestationCampaigns: readSchedule(config, 'attestationCampaigns'),
      auditCheckpoints: readSchedule(config, 'auditCheckpoints'),
      lifecycleSweep: readSchedule(config, 'lifecycleSweep'),
    },
  };
}
