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
import { Entity } from '@backstage/catalog-model';
import {
  ApprovalRequest,
  GovernancePosture,
  assessRisk,
  governanceProfileSchema,
} from '@guardrails/plugin-governance-common';
import { fireEvent, screen, within } from '@testing-library/react';
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

const approval = (
  status: ApprovalRequest['status'],
  awaitingRoles: ApprovalRequest['awaitingRoles'] = [],
): ApprovalRequest => ({
  id: 'approval-1',
  entityRef: governedPosture.entityRef,
  tier: 2,
  requiredRoles: ['security', 'privacy', 'platform'],
  status,
  reason: 'First registration',
  materialHash: 'abc',
  createdAt: '2026-11-22T10:00:00Z',
  decisions: [],
  delegates: {},
  awaitingRoles,
});

const upToDate = { compliant: true, reasons: [] };
const overdue = {
  compliant: false,
  reasons: ['Attestation overdue since 2026-11-01 (every-90d-1)'],
};
const noFindings = { ...governedPosture.policy!, allowed: true, findings: [] };

/** The header card of the tab (Risk posture). */
const header = async () =>
  (await screen.findByText('Risk posture')).closest(
    '[class*="MuiCard-root"]',
  ) as HTMLElement;

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

  it('says the app is not evaluated yet, and checks again on request', async () => {
    const notYet = Object.assign(
      new Error(
        'component:default/crm-record-updater has not been evaluated yet; the governance sync evaluates it within 5 minutes',
      ),
      { name: 'ResponseError', statusCode: 404 },
    );
    const getPosture = jest
      .fn()
      .mockRejectedValueOnce(notYet)
      .mockResolvedValue(governedPosture);
    await renderWith(getPosture);

    expect(await screen.findByText('Not evaluated yet')).toBeInTheDocument();
    expect(
      screen.getByText(/evaluates it within 5 minutes/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(
      await screen.findByText('Tier 2 · Formal approval'),
    ).toBeInTheDocument();
  });

  describe('header: overall standing apart from attestation status', () => {
    it('says Blocked, not Compliant, for a blocked app whose attestation is up to date', async () => {
      await renderWith(
        jest.fn().mockResolvedValue({
          ...governedPosture,
          approval: approval('rejected'),
          compliance: upToDate,
        }),
      );
      const card = await header();
      expect(within(card).getByTestId('standing')).toHaveTextContent(
        /^Blocked$/,
      );
      expect(
        within(card).getByText('1 blocking policy finding; Approval rejected'),
      ).toBeInTheDocument();
      expect(within(card).getByTestId('attestation-summary')).toHaveTextContent(
        'Up to date',
      );
      expect(screen.queryByText(/^Compliant$/)).not.toBeInTheDocument();
      expect(screen.queryByText(/\bcompliant\b/i)).not.toBeInTheDocument();
    });

    it('says In good standing for an approved app with nothing open', async () => {
      await renderWith(
        jest.fn().mockResolvedValue({
          ...governedPosture,
          policy: noFindings,
          approval: approval('approved'),
          compliance: upToDate,
          lifecycle: { ...governedPosture.lifecycle!, state: 'approved' },
        }),
      );
      const card = await header();
      expect(within(card).getByTestId('standing')).toHaveTextContent(
        'In good standing',
      );
      expect(within(card).getByTestId('attestation-summary')).toHaveTextContent(
        'Up to date',
      );
    });

    it('shows an overdue attestation in both the standing and the attestation status', async () => {
      await renderWith(
        jest.fn().mockResolvedValue({
          ...governedPosture,
          policy: noFindings,
          approval: approval('approved'),
          compliance: overdue,
          lifecycle: { ...governedPosture.lifecycle!, state: 'approved' },
        }),
      );
      const card = await header();
      expect(within(card).getByTestId('standing')).toHaveTextContent(
        'Action needed',
      );
      expect(
        within(card).getByText(
          'Attestation overdue since 2026-11-01 (every-90d-1)',
        ),
      ).toBeInTheDocument();
      expect(within(card).getByTestId('attestation-summary')).toHaveTextContent(
        'Overdue',
      );
      expect(screen.getByTestId('attestation-status')).toHaveTextContent(
        'Overdue: Attestation overdue since 2026-11-01',
      );
    });

    it('says Awaiting approval while reviewers have not decided', async () => {
      await renderWith(
        jest.fn().mockResolvedValue({
          ...governedPosture,
          policy: noFindings,
          approval: approval('pending', ['security', 'privacy']),
          compliance: upToDate,
        }),
      );
      const card = await header();
      expect(within(card).getByTestId('standing')).toHaveTextContent(
        'Awaiting approval',
      );
      expect(
        within(card).getByText('Waiting on security, privacy'),
      ).toBeInTheDocument();
    });

    it('says Quarantined, with the reason, before anything else', async () => {
      await renderWith(
        jest.fn().mockResolvedValue({
          ...governedPosture,
          approval: approval('approved'),
          compliance: upToDate,
          lifecycle: {
            ...governedPosture.lifecycle!,
            state: 'quarantined',
            reason: 'Leaked credentials',
          },
        }),
      );
      const card = await header();
      expect(within(card).getByTestId('standing')).toHaveTextContent(
        'Quarantined',
      );
      expect(
        within(card).getByText(
          'Quarantined: Leaked credentials; 1 blocking policy finding',
        ),
      ).toBeInTheDocument();
    });
  });

  it("reloads after the owner resubmits and shows the app's new pending request", async () => {
    const getPosture = jest
      .fn()
      .mockResolvedValueOnce({
        ...governedPosture,
        approval: approval('changes-requested'),
      })
      .mockResolvedValue({
        ...governedPosture,
        approval: { ...approval('pending', ['security']), id: 'approval-2' },
      });
    const resubmitApproval = jest.fn().mockResolvedValue(approval('pending'));
    await renderWithGovernanceApi(
      <GovernanceContent />,
      { getPosture, resubmitApproval },
      entity,
      { ownershipEntityRefs: ['user:default/ada', 'group:default/sales-ops'] },
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Resubmit for approval' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /What changed/ }),
      { target: { value: 'Scopes narrowed to read and write' } },
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resubmit' }));
    expect(
      await screen.findByText('Pending review', {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(resubmitApproval).toHaveBeenCalledWith('approval-1', {
      comment: 'Scopes narrowed to read and write',
    });
    expect(getPosture).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/Waiting on: security/)).toBeInTheDocument();
  });
});
