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
  AppProvenance,
  ApprovalRequest,
  GovernanceProfile,
  PolicyEvaluation,
  RiskAssessment,
} from '@guardrails/plugin-governance-common';
import { InTotoStatement } from '../signing/Signer';

/** What one version of an approval's evidence states. */
export interface ApprovalEvidenceInput {
  entityRef: string;
  profileHash: string;
  generatedAt: Date;
  version: number;
  /** The bundle this version replaces. */
  supersedes?: string;
  approval: ApprovalRequest;
  profile: GovernanceProfile;
  risk: RiskAssessment;
  /** The findings, with the waivers in force. */
  policy: PolicyEvaluation;
  /** The app's provenance records, oldest first. */
  provenance: AppProvenance[];
}

/** The in-toto statement of one version of an approval's evidence. */
export function approvalStatement(
  input: ApprovalEvidenceInput,
): InTotoStatement {
  const latest = input.provenance[input.provenance.length - 1];
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: input.entityRef, digest: { sha256: input.profileHash } }],
    predicateType: 'https://guardrails.dev/evidence/approval/v1',
    predicate: {
      entityRef: input.entityRef,
      generatedAt: input.generatedAt.toISOString(),
      version: input.version,
      ...(input.supersedes && { supersedes: input.supersedes }),
      approval: input.approval as unknown as Record<string, unknown>,
      profile: input.profile as unknown as Record<string, unknown>,
      risk: {
        score: input.risk.score,
        level: input.risk.level,
        tier: input.risk.tier,
        reasons: input.risk.tierReasons,
      },
      policy: input.policy as unknown as Record<string, unknown>,
      // How the app was made: the latest SBOM digest and secret scan are
      // what the approval relies on now; the history says who asserted
      // each record, since a CI token's word is not a user's.
      ...(latest && {
        provenance: {
          templateRef: latest.templateRef,
          repoUrl: latest.repoUrl,
          sbom: latest.sbom,
          secretScan: latest.secretScan,
        },
        provenanceHistory: input.provenance.map(record => ({
          assertedBy: record.registeredBy,
          actingService: record.actingService,
          assertedAt: record.registeredAt,
          templateRef: record.templateRef,
          taskId: record.taskId,
          repoUrl: record.repoUrl,
          sbom: record.sbom,
          secretScan: record.secretScan,
        })),
      }),
    },
  };
}
