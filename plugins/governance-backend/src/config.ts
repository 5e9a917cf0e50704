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
  readPolicyOptions,
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
  | 'auditVerification'
  | 'dailySnapshot'
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
  auditVerification: {
    frequency: { minutes: 15 },
    timeout: { minutes: 10 },
    initialDelay: { seconds: 20 },
  },
  dailySnapshot: {
    frequency: { hours: 1 },
    timeout: { minutes: 5 },
    initialDelay: { minutes: 2 },
  },
  lifecycleSweep: {
    frequency: { hours: 1 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 1 },
  },
};

/** Where the keys that sign and verify evidence and audit checkpoints come from. */
export interface SigningKeyOptions {
  /** The active Ed25519 private key in PEM; without it a development key is used. */
  privateKey?: string;
  /** Names the active key in signed bundles. */
  keyId: string;
  /** Earlier keys, public halves only: they verify, never sign. */
  retiredKeys: Array<{ keyId: string; publicKey: string }>;
  /**
   * Why this setup counts as production (then a configured key is
   * required), or undefined in development.
   */
  productionLike?: string;
}

/** Where signed audit checkpoints are witnessed outside the database. */
export interface AuditOptions {
  witness?:
    | { kind: 'directory'; directory: string }
    | { kind: 'git'; url: string; branch: string };
  /** Minutes an event may stay uncovered by a witnessed checkpoint before verify warns. */
  uncoveredBoundMinutes: number;
}

function readAuditOptions(config: Config): AuditOptions {
  const audit = config.getOptionalConfig('governance.audit');
  const witness = audit?.getOptionalConfig('witness');
  const directory = witness?.getOptionalString('directory');
  const git = witness?.getOptionalConfig('git');
  if (directory && git) {
    throw new Error(
      'governance.audit.witness: configure either directory or git, not both',
    );
  }
  let witnessOptions: AuditOptions['witness'];
  if (directory) {
    witnessOptions = { kind: 'directory', directory };
  } else if (git) {
    witnessOptions = {
      kind: 'git',
      url: git.getString('url'),
      branch: git.getOptionalString('branch') ?? 'main',
    };
  }
  return {
    witness: witnessOptions,
    uncoveredBoundMinutes:
      audit?.getOptionalNumber('uncoveredBoundMinutes') ?? 15,
  };
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

/** A KPI's goal: the value should be at most or at least the target. */
export interface KpiGoalOption {
  direction: 'at-most' | 'at-least';
  target: number;
}

/** The program's KPIs and ROI (`governance.kpis`). */
export interface KpiOptions {
  currency: string;
  /** Loaded cost of one hour of the people an app serves. */
  loadedHourlyRate: number;
  /** Governance and platform overhead per app per year. */
  governanceCostPerApp: number;
  /** Days after which an app's value claim is stale. */
  valueClaimStaleDays: number;
  /** Goals by KPI id, over the articles' defaults. */
  goals: Record<string, KpiGoalOption>;
  monthlyReport: {
    /** Tell the governance admins on the first working day of the month. */
    enabled: boolean;
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
}

function readKpiOptions(config: Config): KpiOptions {
  const kpis = config.getOptionalConfig('governance.kpis');
  const nonNegative = (key: string, fallback: number) => {
    const value = kpis?.getOptionalNumber(key) ?? fallback;
    if (!(value >= 0)) {
      throw new Error(`governance.kpis.${key}: must be a number >= 0`);
    }
    return value;
  };
  const goals: Record<string, KpiGoalOption> = {};
  const goalsConfig = kpis?.getOptionalConfig('goals');
  for (const id of goalsConfig?.keys() ?? []) {
    const goal = goalsConfig!.getConfig(id);
    const direction = goal.getString('direction');
    if (direction !== 'at-most' && direction !== 'at-least') {
      throw new Error(
        `governance.kpis.goals.${id}.direction: must be at-most or at-least`,
      );
    }
    goals[id] = { direction, target: goal.getNumber('target') };
  }
  const report = kpis?.getOptionalConfig('monthlyReport');
  return {
    currency: kpis?.getOptionalString('currency') ?? 'USD',
    loadedHourlyRate: nonNegative('loadedHourlyRate', 70),
    governanceCostPerApp: nonNegative('governanceCostPerApp', 2500),
    valueClaimStaleDays: Math.round(nonNegative('valueClaimStaleDays', 180)),
    goals,
    monthlyReport: {
      enabled: report?.getOptionalBoolean('enabled') ?? true,
      schedule: report?.has('schedule')
        ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
            report.getConfig('schedule'),
          )
        : {
            frequency: { hours: 1 },
            timeout: { minutes: 5 },
            initialDelay: { minutes: 3 },
          },
    },
  };
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
  audit: AuditOptions;
  schedules: Record<GovernanceTaskName, SchedulerServiceTaskScheduleDefinition>;
  reconciliation: {
    /**
     * Re-evaluate an app as soon as the catalog announces a change to it,
     * besides the periodic reconciliation.
     */
    catalogEvents: boolean;
  };
  /**
   * The settings an evaluation reads (risk model, policy settings), as
   * configured: when they change, every app is evaluated again.
   */
  modelSettings: unknown;
  /** The program's KPIs and ROI. */
  kpis: KpiOptions;
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
 * Why the setup is production-like: NODE_ENV=production, a PostgreSQL
 * database, or an `auth.environment` other than development (Backstage's
 * default when unset is development).
 */
function productionLikeReason(config: Config): string | undefined {
  if (process.env.NODE_ENV === 'production') return 'NODE_ENV is production';
  if (config.getOptionalString('backend.database.client') === 'pg') {
    return 'the database is PostgreSQL (backend.database.client pg)';
  }
  const environment =
    config.getOptionalString('auth.environment') ?? 'development';
  if (environment !== 'development') {
    return `auth.environment is ${environment}`;
  }
  return undefined;
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
      retiredKeys: (signing?.getOptionalConfigArray('retiredKeys') ?? []).map(
        key => ({
          keyId: key.getString('keyId'),
          publicKey: key.getString('publicKey'),
        }),
      ),
      productionLike: productionLikeReason(config),
    },
    audit: readAuditOptions(config),
    schedules: {
      sync: readSchedule(config, 'sync'),
      approvalSla: readSchedule(config, 'approvalSla'),
      attestationCampaigns: readSchedule(config, 'attestationCampaigns'),
      auditCheckpoints: readSchedule(config, 'auditCheckpoints'),
      auditVerification: readSchedule(config, 'auditVerification'),
      dailySnapshot: readSchedule(config, 'dailySnapshot'),
      lifecycleSweep: readSchedule(config, 'lifecycleSweep'),
    },
    reconciliation: {
      catalogEvents:
        config.getOptionalBoolean('governance.reconciliation.catalogEvents') ??
        true,
    },
    modelSettings: {
      risk: readRiskModelOptions(config),
      policies: readPolicyOptions(config),
    },
    kpis: readKpiOptions(config),
  };
}
