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
import {
  DEFAULT_RISK_WEIGHTS,
  RiskDimension,
  RiskWeights,
} from './riskWeights';
import { requiredControls } from './requiredControls';
import {
  ApprovalTier,
  Control,
  DEFAULT_TIER_REQUIREMENTS,
  ReviewerRole,
  TierRequirement,
} from './tierRequirements';

/** Low (0-3), Medium (4-7) or High (8-10). @public */
export type RiskLevel = 'low' | 'medium' | 'high';

/** One field's share of a dimension's points, and why. @public */
export interface RiskContribution {
  /** Dotted path of the profile field, e.g. `spec.governance.accessScope`. */
  field: string;
  value: string;
  points: number;
  reason: string;
}

/** The score of one dimension with the fields that made it. @public */
export interface DimensionScore {
  dimension: RiskDimension;
  label: string;
  points: number;
  maxPoints: number;
  contributions: RiskContribution[];
}

/** A control the app must have, and why it is required. @public */
export interface RequiredControl extends Control {
  reason: string;
}

/** The explainable outcome of the risk model for one profile. @public */
export interface RiskAssessment {
  /** 0-10. */
  score: number;
  level: RiskLevel;
  tier: ApprovalTier;
  tierName: string;
  /** Why the tier is what it is, including any rule that raised it. */
  tierReasons: string[];
  reviewers: ReviewerRole[];
  attestationCadenceDays: number;
  dimensions: DimensionScore[];
  requiredControls: RequiredControl[];
}

/** @public */
export interface AssessRiskOptions {
  weights?: RiskWeights;
  tierRequirements?: Record<ApprovalTier, TierRequirement>;
}

const field = (name: string) => `spec.governance.${name}`;
const ACCESS_ORDER = ['read', 'write', 'admin'] as const;

function scoreDataSensitivity(p: GovernanceProfile, w: RiskWeights) {
  const contributions: RiskContribution[] = [
    {
      field: field('dataClassification'),
      value: p.dataClassification,
      points: w.dataClassification[p.dataClassification],
      reason: `${p.dataClassification} data`,
    },
  ];
  const heaviest = [...p.dataTypes].sort(
    (a, b) => w.dataTypes[b] - w.dataTypes[a],
  )[0];
  if (heaviest && w.dataTypes[heaviest] > 0) {
    contributions.push({
      field: field('dataTypes'),
      value: p.dataTypes.join(', '),
      points: w.dataTypes[heaviest],
      reason: `handles ${heaviest} data (the most sensitive type declared)`,
    });
  }
  return contributions;
}

function scoreIntegrations(p: GovernanceProfile, w: RiskWeights) {
  if (p.integrations.length === 0) {
    return [
      {
        field: field('integrations'),
        value: 'none',
        points: 0,
        reason: 'no integrations with other systems',
      },
    ];
  }
  const highest = p.integrations.reduce((top, i) =>
    ACCESS_ORDER.indexOf(i.access) > ACCESS_ORDER.indexOf(top.access) ? i : top,
  );
  const contributions: RiskContribution[] = [
    {
      field: field(`integrations.${p.integrations.indexOf(highest)}.access`),
      value: `${highest.access} on ${highest.target}`,
      points: w.integrationAccess[highest.access],
      reason: `${highest.access} access to ${highest.target} is the most privileged integration`,
    },
  ];
  const unapproved = p.integrations.filter(i => !i.approvedConnector);
  if (unapproved.length > 0) {
    contributions.push({
      field: field('integrations.approvedConnector'),
      value: unapproved.map(i => i.target).join(', '),
      points: w.unapprovedConnector,
      reason: 'uses connectors outside the approved vendor catalog',
    });
  }
  return contributions;
}

const single = (
  name: keyof GovernanceProfile,
  value: string,
  points: number,
  reason: string,
) => [{ field: field(name), value, points, reason }];

/**
 * Scores a governance profile on the seeds' five risk dimensions, maps the
 * total to a 0-10 score, a Low/Medium/High level and an approval tier, and
 * lists the controls the tier and each dimension require.
 *
 * @public
 */
export function assessRisk(
  profile: GovernanceProfile,
  options: AssessRiskOptions = {},
): RiskAssessment {
  const w = options.weights ?? DEFAULT_RISK_WEIGHTS;
  const requirements = options.tierRequirements ?? DEFAULT_TIER_REQUIREMENTS;

  const raw: Record<
    RiskDimension,
    { label: string; contributions: RiskContribution[] }
  > = {
    dataSensitivity: {
      label: 'Data sensitivity',
      contributions: scoreDataSensitivity(profile, w),
    },
    accessScope: {
      label: 'Access scope',
      contributions: single(
        'accessScope',
        profile.accessScope,
        w.accessScope[profile.accessScope],
        `${profile.accessScope} access scope`,
      ),
    },
    integrationType: {
      label: 'Integration type',
      contributions: scoreIntegrations(profile, w),
    },
    executionEnvironment: {
      label: 'Execution environment',
      contributions: single(
        'executionEnvironment',
        profile.executionEnvironment,
        w.executionEnvironment[profile.executionEnvironment],
        `runs ${profile.executionEnvironment}`,
      ),
    },
    operationalCriticality: {
      label: 'Operational criticality',
      contributions: single(
        'operationalCriticality',
        profile.operationalCriticality,
        w.operationalCriticality[profile.operationalCriticality],
        `${profile.operationalCriticality} criticality`,
      ),
    },
  };

  const dimensions: DimensionScore[] = (
    Object.keys(raw) as RiskDimension[]
  ).map(dimension => {
    const sum = raw[dimension].contributions.reduce((s, c) => s + c.points, 0);
    const maxPoints = w.dimensionCaps[dimension];
    return {
      dimension,
      label: raw[dimension].label,
      points: Math.min(sum, maxPoints),
      maxPoints,
      contributions: raw[dimension].contributions,
    };
  });

  const score = Math.min(
    10,
    Math.max(
      0,
      dimensions.reduce((s, d) => s + d.points, 0),
    ),
  );
  const level = levelOf(score);
  const { tier, reasons } = decideTier(profile, score, level);
  const requirement = requirements[tier];

  return {
    score,
    level,
    tier,
    tierName: requirement.name,
    tierReasons: reasons,
    reviewers: requirement.reviewers,
    attestationCadenceDays: requirement.attestationCadenceDays,
    dimensions,
    requiredControls: requiredControls(profile, tier, requirements),
  };
}

/** Low 0-3, Medium 4-7, High 8-10, as in the seeds' scoring model. */
function levelOf(score: number): RiskLevel {
  if (score <= 3) return 'low';
  if (score <= 7) return 'medium';
  return 'high';
}

function decideTier(
  profile: GovernanceProfile,
  score: number,
  level: RiskLevel,
) {
  const byLevel: Record<RiskLevel, ApprovalTier> = {
    low: 0,
    medium: 1,
    high: 2,
  };
  let tier = byLevel[level];
  const reasons = [
    `score ${score} is ${level} risk, which maps to tier ${tier}`,
  ];
  // A rule that sets a floor at or above the current tier is listed even when
  // it does not raise it, so every reason behind the tier is visible.
  const raise = (to: ApprovalTier, why: string) => {
    if (to >= tier) {
      tier = to;
      reasons.push(why);
    }
  };
  const regulatedTypes = profile.dataTypes.filter(
    t => t === 'phi' || t === 'payment-card',
  );
  if (profile.dataClassification === 'regulated' || regulatedTypes.length > 0) {
    raise(3, 'regulated data requires executive or legal sign-off (tier 3)');
  }
  if (
    profile.accessScope === 'org-wide' &&
    profile.operationalCriticality === 'sla-critical'
  ) {
    raise(
      3,
      'an org-wide, SLA-critical app has an org-wide blast radius (tier 3)',
    );
  }
  if (profile.dataClassification === 'restricted') {
    raise(2, 'restricted data requires at least tier 2 approval');
  }
  if (profile.integrations.some(i => i.access === 'admin')) {
    raise(
      2,
      'admin access to another system requires at least tier 2 approval',
    );
  }
  return { tier, reasons };
}
