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
import { GovernanceProfileInput } from '../profile/governanceProfileSchema';

/** A small, valid, low-risk profile for tests to vary. */
export const lowRiskProfile: GovernanceProfileInput = {
  supportContact: '#team-tools',
  businessUnit: 'Product',
  purpose: 'Posts standup notes to the team channel.',
  dataClassification: 'internal',
  accessScope: 'team',
  integrations: [{ target: 'slack', access: 'write', approvedConnector: true }],
  executionEnvironment: 'vendor-hosted',
  operationalCriticality: 'toy',
  allowedRegions: ['eu-west-1'],
  retirementDate: '2030-01-31',
};
