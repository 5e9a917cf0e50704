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
import { GovernanceProfile } from '../profile/governanceProfileSchema';
import type { RequiredControl } from './assessRisk';
import {
  ApprovalTier,
  TierRequirement,
  controlsForTier,
} from './tierRequirements';

/**
 * The controls an app needs: those of its tier and the tiers below, plus
 * those each risk dimension asks for (e.g. DLP for sensitive data).
 */
export function requiredControls(
  profile: GovernanceProfile,
  tier: ApprovalTier,
  requirements: Record<ApprovalTier, TierRequirement>,
): RequiredControl[] {
  const controls: RequiredControl[] = controlsForTier(tier, requirements).map(
    c => ({
      ...c,
      reason: `required from tier ${tierOf(c.id, requirements)}`,
    }),
  );
  const add = (id: string, title: string, reason: string) => {
    if (!controls.some(c => c.id === id)) controls.push({ id, title, reason });
  };
  const sensitive = ['confidential', 'restricted', 'regulated'].includes(
    profile.dataClassification,
  );
  if (sensitive) {
    add(
      'encryption',
      'Encryption at rest and in transit',
      `${profile.dataClassification} data`,
    );
    add(
      'dlp',
      'Data loss prevention hooks',
      `${profile.dataClassification} data`,
    );
  }
  if (
    profile.accessScope === 'cross-team' ||
    profile.accessScope === 'org-wide'
  ) {
    add(
      'rbac-scim',
      'Role-based access with SCIM provisioning',
      `${profile.accessScope} access scope`,
    );
  }
  if (profile.integrations.some(i => i.access !== 'read')) {
    add(
      'scoped-tokens',
      'Scoped tokens through the API gateway',
      'writes to other systems',
    );
  }
  if (
    profile.executionEnvironment === 'container' ||
    profile.executionEnvironment === 'company-cloud'
  ) {
    add(
      'network-segmentation',
      'Network segmentation and runtime patching',
      `runs ${profile.executionEnvironment}`,
    );
  }
  if (profile.operationalCriticality === 'sla-critical') {
    add('runbook-oncall', 'Runbook and on-call owner', 'SLA-critical app');
    add(
      'monitoring-alerting',
      'Monitoring with alert rules',
      'SLA-critical app',
    );
  }
  return controls;
}

function tierOf(
  controlId: string,
  requirements: Record<ApprovalTier, TierRequirement>,
) {
  for (const t of [0, 1, 2, 3] as ApprovalTier[]) {
    if (requirements[t].controls.some(c => c.id === controlId)) return t;
  }
  return 0;
}
