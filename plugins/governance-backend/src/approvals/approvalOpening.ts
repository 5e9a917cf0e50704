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
  GovernanceProfile,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import { ApprovalSlaHours } from '../config';
import { NewApprovalRequest } from './ApprovalStore';
import { materialHashOf } from './materialHashOf';

const HOUR_MS = 3_600_000;

/** When a tier's reviewers are due, counted from `from`. */
export function reviewDueAt(
  slaHours: ApprovalSlaHours,
  tier: number,
  from: Date,
): Date {
  return new Date(from.getTime() + slaHours[tier as 1 | 2 | 3] * HOUR_MS);
}

/**
 * The approval request an evaluated profile calls for: approved
 * automatically at tier 0, otherwise pending on the tier's reviewers, each
 * with the reasons the risk model gives.
 */
export function approvalOpening(
  entityRef: string,
  profile: GovernanceProfile,
  risk: RiskAssessment,
  { slaHours, now }: { slaHours: ApprovalSlaHours; now: Date },
): NewApprovalRequest {
  const automatic = risk.tier === 0;
  return {
    entityRef,
    materialHash: materialHashOf(profile, risk),
    tier: risk.tier,
    requiredRoles: risk.reviewers,
    status: automatic ? 'auto-approved' : 'pending',
    reason: automatic
      ? `Approved automatically: tier 0 (self-service). ${risk.tierReasons.join(
          '; ',
        )}.`
      : `Tier ${risk.tier} (${risk.tierName}) needs ${risk.reviewers.join(
          ', ',
        )}. ${risk.tierReasons.join('; ')}.`,
    createdAt: now,
    dueAt: automatic ? undefined : reviewDueAt(slaHours, risk.tier, now),
  };
}
