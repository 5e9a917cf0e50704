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
import { createHash } from 'node:crypto';
import {
  GovernanceProfile,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import canonicalize from 'canonicalize';

/**
 * Hash of everything a new approval is about: the whole validated profile
 * (every field of the schema, defaults applied), the tier and the reviewer
 * roles. Policy rules may read any field of the profile, so no field is
 * left out: any change that could move the score, the tier or a finding
 * opens a new request. The one exception is the value claim (hours saved,
 * people served), which feeds the ROI report only: an owner updating it
 * must not have to be approved again.
 */
export function materialHashOf(
  profile: GovernanceProfile,
  risk: Pick<RiskAssessment, 'tier' | 'reviewers'>,
): string {
  const { value: _valueClaim, ...reviewed } = profile;
  const material = {
    profile: reviewed,
    tier: risk.tier,
    reviewers: [...risk.reviewers].sort(),
  };
  return createHash('sha256')
    .update(canonicalize(material) ?? '')
    .digest('hex');
}
