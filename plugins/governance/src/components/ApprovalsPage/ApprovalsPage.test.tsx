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
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApprovalRequest } from '@guardrails/plugin-governance-common';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { ApprovalsContent, slaText } from './ApprovalsPage';

const request = (over: Partial<ApprovalRequest>): ApprovalRequest => ({
  id: 'r1',
  entityRef: 'component:default/crm-record-updater',
  tier: 2,
  requiredRoles: ['security', 'privacy'],
  status: 'pending',
  reason: 'Registered',
  materialHash: 'x',
  createdAt: '2026-11-20T10:00:00.000Z',
  dueAt: new Date(Date.now() + 5 * 3_600_000).toISOString(),
  decisions: [],
  delegates: {},
  awaitingRoles: ['security', 'privacy'],
  ...over,
});

describe('ApprovalsContent', () => {
  it('lists the requests waiting on the reviewer with tier and SLA', async () => {
    await renderWithGovernanceApi(<ApprovalsContent />, {
      getApprovalQueue: jest.fn().mockResolvedValue({
        items: [
          request({}),
          request({
            id: 'r2',
            entityRef: 'component:default/finance-expense-app',
            dueAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
          }),
        ],
        roles: ['security'],
      }),
    });
    expect(await screen.findByText('Waiting on you (2)')).toBeInTheDocument();
    expect(screen.getByText('Overdue by 3 h')).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'component:default/crm-record-updater',
      }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/crm-record-updater/governance',
    );
  });

  it('opens the review with the decision form for the reviewer role', async () => {
    const posture = {
      entityRef: 'component:default/crm-record-updater',
      title: 'CRM record updater',
      governed: true,
      validation: { valid: true, issues: [] },
      evaluatedAt: '2026-11-20T10:00:00.000Z',
      evidence: [],
    };
    const decideApproval = jest
      .fn()
      .mockResolvedValue(request({ status: 'pending' }));
    await renderWithGovernanceApi(<ApprovalsContent />, {
      getApprovalQueue: jest
        .fn()
        .mockResolvedValue({ items: [request({})], roles: ['security'] }),
      getPosture: jest.fn().mockResolvedValue(posture),
      decideApproval,
    });
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Review component:default/crm-record-updater',
      }),
    );
    const comment = await screen.findByRole('textbox', { name: /Comment/ });
    fireEvent.change(comment, { target: { value: 'Checked the scopes.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit decision' }));
    await waitFor(() =>
      expect(decideApproval).toHaveBeenCalledWith('r1', {
        role: 'security',
        decision: 'approve',
        comment: 'Checked the scopes.',
      }),
    );
    expect(await screen.findByText(/Recorded for/)).toBeInTheDocument();
  });

  it('marks a request the reviewer may not decide, and opens its review with the decision disabled and the reason beside it', async () => {
    const reason =
      'component:default/crm-record-updater is owned by group:default/sales-ops, which user:default/erin belongs to; owners do not decide on their own app (separation of duties)';
    await renderWithGovernanceApi(<ApprovalsContent />, {
      getApprovalQueue: jest.fn().mockResolvedValue({
        items: [
          request({ decidableByCaller: false, notDecidableReason: reason }),
          request({
            id: 'r2',
            entityRef: 'component:default/finance-expense-app',
            decidableByCaller: true,
          }),
        ],
        roles: ['security'],
      }),
      getPosture: jest.fn().mockResolvedValue({
        entityRef: 'component:default/crm-record-updater',
        governed: true,
        validation: { valid: true, issues: [] },
        evaluatedAt: '2026-11-20T10:00:00.000Z',
        evidence: [],
      }),
    });
    const note = await screen.findByTestId('not-decidable-r1');
    expect(note).toHaveTextContent('You may not decide');
    expect(note).toHaveAttribute('title', reason);
    expect(screen.queryByTestId('not-decidable-r2')).not.toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Review component:default/crm-record-updater',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    const submit = await within(dialog).findByRole('button', {
      name: 'Submit decision',
    });
    expect(submit).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: 'Delegate' }),
    ).toBeDisabled();
    expect(
      within(dialog).getByText(`You may not decide this request: ${reason}.`),
    ).toBeInTheDocument();
  });

  it('says so when nothing waits on the reviewer', async () => {
    await renderWithGovernanceApi(<ApprovalsContent />, {
      getApprovalQueue: jest.fn().mockResolvedValue({ items: [], roles: [] }),
    });
    expect(await screen.findByText('Nothing to review')).toBeInTheDocument();
    expect(screen.getByText(/You hold no reviewer role/)).toBeInTheDocument();
  });

  it('shows an error when the queue cannot load', async () => {
    await renderWithGovernanceApi(<ApprovalsContent />, {
      getApprovalQueue: jest.fn().mockRejectedValue(new Error('boom')),
    });
    expect(
      await screen.findByText(/Could not load the approval queue/),
    ).toBeInTheDocument();
  });

  it('writes SLA times in hours, then days', () => {
    const now = Date.parse('2026-11-20T00:00:00Z');
    expect(slaText('2026-11-20T05:00:00Z', now)).toBe('Due in 5 h');
    expect(slaText('2026-11-25T00:00:00Z', now)).toBe('Due in 5 days');
    expect(slaText(undefined, now)).toBe('No SLA');
  });
});
