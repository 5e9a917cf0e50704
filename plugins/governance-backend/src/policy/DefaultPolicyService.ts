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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EnforcementStage,
  formatProfileIssues,
  getRawGovernanceProfile,
  validateGovernanceProfile,
} from '@guardrails/plugin-governance-common';
import {
  PolicyEngine,
  PolicyPackError,
  RiskModelService,
  ruleKey,
} from '@guardrails/plugin-governance-node';
import { DryRunRequest, DryRunResult, PolicyService } from './PolicyService';

/** Options of {@link DefaultPolicyService}. */
export interface DefaultPolicyServiceOptions {
  catalog: CatalogService;
  riskModel: RiskModelService;
  policyEngine: PolicyEngine;
  now?: () => Date;
}

/** Evaluates profiles against the configured packs; runs dry runs over the catalog. */
export class DefaultPolicyService implements PolicyService {
  constructor(private readonly options: DefaultPolicyServiceOptions) {}

  listPacks() {
    return this.options.policyEngine.listPacks();
  }

  explainRule(ruleId: string, packId?: string) {
    const engine = this.options.policyEngine;
    const packIds = packId
      ? [packId]
      : engine
          .listPacks()
          .filter(p => p.rules.some(r => r.id === ruleId))
          .map(p => p.id);
    if (packIds.length > 1) {
      throw new InputError(
        `Rule ${ruleId} is in several packs (${packIds.join(
          ', ',
        )}); name the packId`,
      );
    }
    const rule = packIds[0]
      ? engine.describeRule(packIds[0], ruleId)
      : undefined;
    if (!rule) {
      throw new NotFoundError(
        `No rule ${
          packId ? `${packId}/` : ''
        }${ruleId} in the loaded policy packs`,
      );
    }
    return rule;
  }

  async evaluateProfile(rawProfile: unknown, entity?: Entity) {
    const result = validateGovernanceProfile(rawProfile, {
      now: this.options.now?.(),
    });
    if (!result.valid) {
      throw new InputError(
        `Invalid governance profile: ${formatProfileIssues(result.issues)}`,
      );
    }
    const risk = this.options.riskModel.assess(result.profile);
    const policy = await this.options.policyEngine.evaluate({
      profile: result.profile,
      entity,
      risk,
    });
    return { risk, policy };
  }

  async dryRun(
    request: DryRunRequest,
    { credentials }: { credentials: BackstageCredentials },
  ): Promise<DryRunResult> {
    const current = this.options.policyEngine;
    let proposed = current;
    if (request.packYaml) {
      try {
        proposed = current.withCandidatePack(request.packYaml);
      } catch (error) {
        if (error instanceof PolicyPackError)
          throw new InputError(error.message);
        throw error;
      }
    }
    const stageOverrides = new Map<string, EnforcementStage>(
      (request.stageOverrides ?? []).map(o => [
        ruleKey(o.packId, o.ruleId),
        o.stage,
      ]),
    );
    const known = new Set(
      proposed.listPacks().flatMap(p => p.rules.map(r => ruleKey(p.id, r.id))),
    );
    for (const key of stageOverrides.keys()) {
      if (!known.has(key)) {
        throw new InputError(
          `stageOverrides: no rule ${key} in the loaded packs`,
        );
      }
    }

    const { items } = await this.options.catalog.getEntities(
      {
        filter: { 'spec.governance.dataClassification': CATALOG_FILTER_EXISTS },
      },
      { credentials },
    );
    const result: DryRunResult = {
      evaluatedApps: 0,
      invalidProfiles: 0,
      counts: { newlyFailing: 0, stillFailing: 0, passing: 0 },
      newlyFailing: [],
    };
    for (const entity of items) {
      const validation = validateGovernanceProfile(
        getRawGovernanceProfile(entity),
        {
          now: this.options.now?.(),
        },
      );
      if (!validation.valid) {
        result.invalidProfiles++;
        continue;
      }
      result.evaluatedApps++;
      const input = {
        profile: validation.profile,
        entity,
        risk: this.options.riskModel.assess(validation.profile),
      };
      const before = await current.evaluate(input);
      const after = await proposed.evaluate(input, { stageOverrides });
      if (after.allowed) {
        result.counts.passing++;
      } else if (!before.allowed) {
        result.counts.stillFailing++;
      } else {
        result.counts.newlyFailing++;
        result.newlyFailing.push({
          entityRef: stringifyEntityRef(entity),
          title: entity.metadata.title ?? entity.metadata.name,
          owner: entity.spec?.owner as string | undefined,
          findings: after.findings.filter(f => f.blocking),
        });
      }
    }
    return result;
  }
}
