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
import { lowRiskProfile } from '../__fixtures__/profiles';
import {
  GovernanceProfile,
  GovernanceProfileInput,
  governanceProfileSchema,
} from '../profile/governanceProfileSchema';
import { assessRisk } from './assessRisk';
import { resolveRiskWeights } from './riskWeights';

const profile = (
  overrides: Partial<GovernanceProfileInput> = {},
): GovernanceProfile =>
  governanceProfileSchema.parse({ ...lowRiskProfile, ...overrides });

describe('assessRisk', () => {
  it('scores the seed standup bot as low risk, self-service (tier 0)', () => {
    const risk = assessRisk(profile());
    expect(risk.score).toBe(3);
    expect(risk.level).toBe('low');
    expect(risk.tier).toBe(0);
    expect(risk.reviewers).toEqual([]);
    expect(risk.tierReasons[0]).toContain('score 3 is low risk');
  });

  it('explains which field added how much, and why', () => {
    const risk = assessRisk(profile());
    const byDimension = Object.fromEntries(
      risk.dimensions.map(d => [d.dimension, d]),
    );
    expect(byDimension.dataSensitivity.contributions).toEqual([
      {
        field: 'spec.governance.dataClassification',
        value: 'internal',
        points: 1,
        reason: 'internal data',
      },
    ]);
    expect(byDimension.integrationType.contributions[0]).toMatchObject({
      field: 'spec.governance.integrations.0.access',
      points: 1,
      reason: expect.stringContaining('write access to slack'),
    });
    expect(byDimension.executionEnvironment.points).toBe(1);
    const total = risk.dimensions.reduce((s, d) => s + d.points, 0);
    expect(total).toBe(risk.score);
  });

  it('scores the seed CRM updater as high risk needing formal review (tier 2)', () => {
    const risk = assessRisk(
      profile({
        dataClassification: 'restricted',
        dataTypes: ['customer-data'],
        accessScope: 'cross-team',
        integrations: [
          { target: 'salesforce', access: 'admin', approvedConnector: true },
        ],
        executionEnvironment: 'company-cloud',
        operationalCriticality: 'sla-critical',
      }),
    );
    expect(risk.score).toBe(10);
    expect(risk.level).toBe('high');
    expect(risk.tier).toBe(2);
    expect(risk.reviewers).toEqual(['security', 'privacy', 'platform']);
    expect(risk.requiredControls.map(c => c.id)).toEqual(
      expect.arrayContaining([
        'encryption',
        'dlp',
        'sast-dast',
        'runbook-oncall',
        'rbac-scim',
      ]),
    );
  });

  it('caps a dimension at its maximum', () => {
    const risk = assessRisk(
      profile({ dataClassification: 'regulated', dataTypes: ['phi'] }),
    );
    const data = risk.dimensions.find(d => d.dimension === 'dataSensitivity')!;
    expect(data.contributions.map(c => c.points)).toEqual([4, 2]);
    expect(data.points).toBe(4);
    expect(data.maxPoints).toBe(4);
  });

  it('raises regulated data to executive or legal sign-off (tier 3) whatever the score', () => {
    const risk = assessRisk(
      profile({
        dataClassification: 'regulated',
        integrations: [],
        executionEnvironment: 'client-only',
      }),
    );
    expect(risk.score).toBe(4);
    expect(risk.level).toBe('medium');
    expect(risk.tier).toBe(3);
    expect(risk.tierReasons).toContain(
      'regulated data requires executive or legal sign-off (tier 3)',
    );
    expect(risk.reviewers).toEqual(
      expect.arrayContaining(['executive', 'legal']),
    );
    expect(risk.attestationCadenceDays).toBe(30);
  });

  it('raises restricted data to at least tier 2', () => {
    const risk = assessRisk(
      profile({
        dataClassification: 'restricted',
        integrations: [],
        executionEnvironment: 'client-only',
      }),
    );
    expect(risk.level).toBe('low');
    expect(risk.tier).toBe(2);
  });

  it('treats an org-wide, SLA-critical app as org-wide blast radius (tier 3)', () => {
    const risk = assessRisk(
      profile({
        accessScope: 'org-wide',
        operationalCriticality: 'sla-critical',
      }),
    );
    expect(risk.tier).toBe(3);
  });

  it('adds a point for a connector outside the approved vendor catalog', () => {
    const approved = assessRisk(profile());
    const unapproved = assessRisk(
      profile({
        integrations: [
          { target: 'slack', access: 'read', approvedConnector: false },
        ],
      }),
    );
    const integration = unapproved.dimensions.find(
      d => d.dimension === 'integrationType',
    )!;
    expect(integration.contributions.map(c => c.reason)).toContain(
      'uses connectors outside the approved vendor catalog',
    );
    expect(unapproved.score).toBe(approved.score);
  });

  it('uses weights from configuration', () => {
    const weights = resolveRiskWeights({
      executionEnvironment: { 'vendor-hosted': 0 },
    });
    expect(weights.executionEnvironment.container).toBe(1);
    expect(assessRisk(profile(), { weights }).score).toBe(2);
  });

  it('maps scores to Low 0-3, Medium 4-7 and High 8-10', () => {
    const medium = assessRisk(profile({ accessScope: 'cross-team' }));
    expect([medium.score, medium.level, medium.tier]).toEqual([4, 'medium', 1]);
    const high = assessRisk(
      profile({
        dataClassification: 'confidential',
        dataTypes: ['financial'],
        accessScope: 'org-wide',
        operationalCriticality: 'productivity',
      }),
    );
    expect([high.score, high.level, high.tier]).toEqual([8, 'high', 2]);
  });
});
