import { Entity } from '@backstage/catalog-model';
import {
  GovernancePosture,
  assessRisk,
  governanceProfileSchema,
} from '@guardrails/plugin-governance-common';
import { screen } from '@testing-library/react';
import { GovernanceApi } from '../../api/GovernanceApi';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { GovernanceContent } from './GovernanceContent';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'crm-record-updater' },
  spec: { type: 'micro-app', owner: 'group:sales-ops', governance: {} },
};

const profile = governanceProfileSchema.parse({
  supportContact: 'sales-ops@acme.example',
  businessUnit: 'Sales',
  purpose: 'Applies account-review outcomes to customer records.',
  dataClassification: 'restricted',
  dataTypes: ['customer-data'],
  accessScope: 'cross-team',
  integrations: [
    { target: 'salesforce', access: 'admin', approvedConnector: true },
  ],
  executionEnvironment: 'company-cloud',
  operationalCriticality: 'sla-critical',
  allowedRegions: ['us-east-1'],
  retirementDate: '2027-12-31',
});

const governedPosture: GovernancePosture = {
  entityRef: 'component:default/crm-record-updater',
  owner: 'group:sales-ops',
  governed: true,
  validation: { valid: true, issues: [] },
  profile,
  risk: assessRisk(profile),
  policy: {
    packs: [{ id: 'guardrails-default', version: '1.0.0' }],
    passedRules: 23,
    allowed: false,
    findings: [
      {
        packId: 'guardrails-default',
        packVersion: '1.0.0',
        ruleId: 'sensitive-no-admin-iam',
        title: 'Sensitive apps may not request admin IAM',
        severity: 'deny',
        stage: 'deny',
        outcome: 'violation',
        message:
          'Sensitive apps cannot request admin permissions; found: salesforce (admin)',
        remediation: 'Request the narrowest scopes',
        waived: false,
        blocking: true,
      },
    ],
  },
  retirement: { date: '2027-12-31', daysLeft: 404 },
  lifecycle: { state: 'registered', registeredAt: '2026-11-22T10:00:00Z' },
  evaluatedAt: '2026-11-22T10:00:00Z',
};

const renderWith = (getPosture: GovernanceApi['getPosture']) =>
  renderWithGovernanceApi(<GovernanceContent />, { getPosture }, entity);

describe('GovernanceContent', () => {
  it('shows tier, score, classification, breakdown, controls and retirement', async () => {
    const getPosture = jest.fn().mockResolvedValue(governedPosture);
    await renderWith(getPosture);

    expect(getPosture).toHaveBeenCalledWith(
      'component:default/crm-record-updater',
    );
    expect(
      await screen.findByText('Tier 2 · Formal approval'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('risk-score')).toHaveTextContent('10 / 10');
    expect(screen.getAllByText('High risk').length).toBeGreaterThan(0);
    expect(screen.getAllByText('restricted').length).toBeGreaterThan(0);
    expect(screen.getByText('2027-12-31 (404 days left)')).toBeInTheDocument();
    expect(
      screen.getByText('spec.governance.integrations.0.access'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'admin access to salesforce is the most privileged integration',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Encryption at rest and in transit'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Reviewers: security, privacy, platform/),
    ).toBeInTheDocument();
  });

  it('lists the fields to fix when the profile is invalid', async () => {
    await renderWith(
      jest.fn().mockResolvedValue({
        ...governedPosture,
        profile: undefined,
        risk: undefined,
        validation: {
          valid: false,
          issues: [
            {
              field: 'spec.governance.dataClassification',
              message: 'Invalid option: expected one of "public"|"internal"',
            },
          ],
        },
      }),
    );
    expect(
      await screen.findByText(/The governance profile is invalid/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('spec.governance.dataClassification'),
    ).toBeInTheDocument();
  });

  it('explains how to govern an entity without a profile', async () => {
    await renderWith(
      jest.fn().mockResolvedValue({
        ...governedPosture,
        governed: false,
        risk: undefined,
      }),
    );
    expect(
      await screen.findByText('This entity is not governed yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the posture cannot be loaded', async () => {
    await renderWith(
      jest.fn().mockRejectedValue(new Error('backend unavailable')),
    );
    expect(
      (await screen.findAllByText(/backend unavailable/)).length,
    ).toBeGreaterThan(0);
  });
});
