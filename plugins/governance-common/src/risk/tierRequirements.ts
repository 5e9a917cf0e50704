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
/** Approval tiers: 0 self-service up to 3 executive or legal sign-off. @public */
export type ApprovalTier = 0 | 1 | 2 | 3;

/** Roles that review approval requests. @public */
export const REVIEWER_ROLES = [
  'team-lead',
  'security',
  'privacy',
  'platform',
  'executive',
  'legal',
] as const;

/** @public */
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];

/** A control an app must have in place. @public */
export interface Control {
  id: string;
  title: string;
}

/** What a tier asks of an app. @public */
export interface TierRequirement {
  tier: ApprovalTier;
  name: string;
  description: string;
  /** Roles that must approve; empty for automatic approval. */
  reviewers: ReviewerRole[];
  controls: Control[];
  /** Days between owner attestations. */
  attestationCadenceDays: number;
}

const control = (id: string, title: string): Control => ({ id, title });

/** Controls every governed app needs, whatever its tier. @public */
export const BASELINE_CONTROLS: Control[] = [
  control('registered-owner', 'Registered owner and support contact'),
  control('policy-checks', 'Automated policy checks at creation and on change'),
  control('secrets-manager', 'Secrets only in the approved secrets manager'),
  control('sso', 'Sign-in through company SSO'),
];

/**
 * The seeds' tiered approval model (article "Governance for DIY
 * Micro-Apps"), with the controls each tier adds on top of the tier below.
 *
 * @public
 */
export const DEFAULT_TIER_REQUIREMENTS: Record<ApprovalTier, TierRequirement> =
  {
    0: {
      tier: 0,
      name: 'Self-service',
      description:
        'Minimal risk: pre-approved templates and read-only integrations; approved automatically.',
      reviewers: [],
      controls: [],
      attestationCadenceDays: 180,
    },
    1: {
      tier: 1,
      name: 'Lightweight review',
      description:
        'Moderate risk: automated checks and one sign-off by a team lead or enablement reviewer within 24 hours.',
      reviewers: ['team-lead'],
      controls: [
        control('sca-scan', 'Software composition analysis in CI'),
        control(
          'central-logging',
          'Logs shipped to the central logging workspace',
        ),
      ],
      attestationCadenceDays: 90,
    },
    2: {
      tier: 2,
      name: 'Formal approval',
      description:
        'High risk: security, privacy and platform review, a documented risk assessment and a scheduled rollout.',
      reviewers: ['security', 'privacy', 'platform'],
      controls: [
        control('risk-assessment', 'Documented risk assessment'),
        control('sast-dast', 'Static and dynamic security testing'),
        control('sbom', 'SBOM for every build'),
        control('runbook-oncall', 'Runbook and on-call owner'),
        control('monitoring-alerting', 'Monitoring with alert rules'),
        control('short-lived-tokens', 'Tenant-scoped, short-lived tokens'),
      ],
      attestationCadenceDays: 90,
    },
    3: {
      tier: 3,
      name: 'Executive or legal sign-off',
      description:
        'Regulated data or organisation-wide blast radius: executive or legal sign-off on top of formal approval.',
      reviewers: ['security', 'privacy', 'platform', 'executive', 'legal'],
      controls: [
        control('privacy-impact-assessment', 'Privacy impact assessment'),
        control('incident-response-plan', 'Incident response plan'),
        control('data-residency', 'Data residency checks for regulated data'),
      ],
      attestationCadenceDays: 30,
    },
  };

/** Every control a tier requires: the baseline plus each tier up to it. @public */
export function controlsForTier(
  tier: ApprovalTier,
  requirements: Record<
    ApprovalTier,
    TierRequirement
  > = DEFAULT_TIER_REQUIREMENTS,
): Control[] {
  const controls = [...BASELINE_CONTROLS];
  for (let t = 0; t <= tier; t++) {
    controls.push(...requirements[t as ApprovalTier].controls);
  }
  return controls;
}
