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
  GovernancePosture,
  PromotionDecision,
} from '@guardrails/plugin-governance-common';

/**
 * May the app be promoted to production now? Approved (for its current
 * profile), no blocking finding, no overdue attestation, not quarantined
 * or retired.
 */
export function decidePromotion(posture: GovernancePosture): PromotionDecision {
  const reasons: string[] = [];
  if (!posture.governed) {
    reasons.push('The app has no governance profile');
  } else if (!posture.validation.valid) {
    reasons.push('The governance profile is invalid');
  }
  const approval = posture.approval;
  if (posture.governed && posture.validation.valid) {
    if (!approval) {
      reasons.push('The app has no approval request');
    } else if (approval.status === 'pending') {
      reasons.push(
        `Approval is pending: waiting on ${approval.awaitingRoles.join(', ')}`,
      );
    } else if (
      approval.status !== 'approved' &&
      approval.status !== 'auto-approved'
    ) {
      reasons.push(`Approval was ${approval.status}`);
    }
  }
  for (const finding of posture.policy?.findings.filter(f => f.blocking) ??
    []) {
    reasons.push(
      `Blocking policy finding: ${finding.title} (${finding.packId}/${finding.ruleId})`,
    );
  }
  for (const reason of posture.compliance?.reasons ?? []) {
    reasons.push(reason);
  }
  const state = posture.lifecycle?.state;
  if (state === 'quarantined' || state === 'retired') {
    reasons.push(`The app is ${state}`);
  }
  return {
    entityRef: posture.entityRef,
    allowed: reasons.length === 0,
    reasons,
  };
}
