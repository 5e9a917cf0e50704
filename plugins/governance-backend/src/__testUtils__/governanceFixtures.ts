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
import { mockCredentials } from '@backstage/backend-test-utils';
import { ciTokenHeader, scaffolderHeader } from './guardrailsPermissions';

// What the governance tests share about the example apps (examples/).

/** Tier 2, owned by sales-ops (ada). */
export const crm = 'component:default/crm-record-updater';

/** Tier 1, owned by people-analytics (ben). */
export const hr = 'component:default/hr-candidate-tracker';

/** The owner's request for an exception to a rule the CRM app breaks. */
export const crmExceptionRequest = {
  entityRef: crm,
  packId: 'guardrails-default',
  ruleId: 'sensitive-no-admin-iam',
  justification: 'The CRM vendor only offers an admin-scoped API key today',
  compensatingControls: 'Key rotated weekly, access logged',
  requestedDays: 7,
};

/** An owner's attestation answering yes to every question. */
export const allYesAnswers = {
  stillNeeded: true,
  ownerCorrect: true,
  classificationAccurate: true,
  secretsInApprovedStore: true,
  loggingInPlace: true,
  retentionRespected: true,
};

/**
 * Callers the registration path (registration and SBOM submission) refuses
 * with 403 for finance-expense-app: only the scaffolder for a user who may
 * own the app, or the CI token bound to it, may speak for it.
 */
export const callersRefusedRegistration: Array<[string, string]> = [
  [
    'a user without the scaffolder',
    mockCredentials.user.header('user:default/ada'),
  ],
  [
    'the scaffolder for a user who may not own the app',
    scaffolderHeader('user:default/ada'),
  ],
  ["another app's CI token", ciTokenHeader('other-app-ci')],
  ['a plugin on its own', mockCredentials.service.header()],
];
