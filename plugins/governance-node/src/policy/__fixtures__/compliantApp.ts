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
import { Entity } from '@backstage/catalog-model';
import {
  GovernanceProfileInput,
  assessRisk,
  governanceProfileSchema,
} from '@guardrails/plugin-governance-common';
import { OrganizationPolicySettings } from '../DefaultPolicyEngine';
import { PolicyInput } from '../PolicyEngine';

/** Organisation settings the tests evaluate against. */
export const testOrganization: OrganizationPolicySettings = {
  approvedRegistries: ['registry.acme.example'],
  approvedSecretStores: ['vault', 'aws-secrets-manager'],
  allowedRegions: ['eu-west-1', 'eu-sovereign'],
  sovereignRegions: ['eu-sovereign'],
  maxTokenLifetimeMinutes: 60,
};

/**
 * A restricted-data production app that satisfies every default rule, so
 * each rule applies and passes; tests change one thing to violate one rule.
 */
const compliantProfile: GovernanceProfileInput = {
  supportContact: 'sales-ops@acme.example',
  businessUnit: 'Sales',
  purpose: 'Applies account-review outcomes to customer records.',
  dataClassification: 'restricted',
  dataTypes: ['customer-data'],
  accessScope: 'cross-team',
  integrations: [
    {
      target: 'salesforce',
      access: 'write',
      approvedConnector: true,
      type: 'saas',
    },
    { target: 'app-db', access: 'write', type: 'database', owned: true },
  ],
  requestedScopes: ['crm:write'],
  executionEnvironment: 'company-cloud',
  operationalCriticality: 'sla-critical',
  allowedRegions: ['eu-sovereign'],
  cost: { profile: 'medium', monthlyBudget: 100 },
  requiredScans: ['sast', 'sca', 'sbom', 'secrets'],
  storage: [
    { kind: 'bucket', name: 'exports', public: false, encryptedAtRest: true },
  ],
  containerImages: ['registry.acme.example/crm-updater:1.4.0'],
  security: {
    secretsStore: 'vault',
    tokenLifetimeMinutes: 10,
    ciAuth: 'oidc',
    encryptionAtRest: true,
    encryptionInTransit: true,
    dlp: true,
  },
  operations: { telemetry: true, alertRules: true, rollbackToggle: true },
  agent: {
    autonomous: true,
    scopedIdentity: true,
    humanConfirmationForWrites: true,
  },
  retentionDays: 365,
  testDataRetentionDays: 7,
  privacyImpactAssessment: 'https://wiki.acme.example/pia/crm-updater',
  retirementDate: '2030-01-31',
  runbook: 'https://wiki.acme.example/runbooks/crm-updater',
};

export const productionEntity = (
  owner = 'group:default/sales-ops',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'crm-updater', namespace: 'default' },
  spec: { type: 'micro-app', lifecycle: 'production', owner },
});

/** Builds a policy input from a profile patch (fields set to undefined are removed). */
export function inputFor(
  patch: Partial<Record<keyof GovernanceProfileInput, unknown>> = {},
  entity: Entity = productionEntity(),
): PolicyInput {
  const raw: Record<string, unknown> = { ...compliantProfile, ...patch };
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) delete raw[key];
  }
  const profile = governanceProfileSchema.parse(raw);
  return { profile, entity, risk: assessRisk(profile) };
}
