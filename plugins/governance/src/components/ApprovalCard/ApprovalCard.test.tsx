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
import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApprovalRequest } from '@guardrails/plugin-governance-common';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { ApprovalCard } from './ApprovalCard';

const changesRequested: ApprovalRequest = {
  id: 'a1',
  entityRef: 'component:default/finance-expense-app',
  tier: 2,
  requiredRoles: ['security', 'privacy', 'platform'],
  awaitingRoles: [],
  delegates: {},
  status: 'changes-requested',
  reason: 'Tier 2 (Formal approval) needs security, privacy, platform.',
  materialHash: 'x',
  createdAt: '2026-11-22T10:00:00.000Z',
  decisions: [
    {
      role: 'security',
      decision: 'request-changes',
      comment: 'Name the data retention period',
      decidedBy: 'user:default/erin',
      decidedAt: '2026-11-22T11:00:00.000Z',
    },
  ],
};

describe('ApprovalCard', () => {
  it('shows the status, the roles still to decide, the SLA and each decision', async () => {
    await renderInTestApp(
      <ApprovalCard
        approval={{
          id: 'a1',
          entityRef: 'component:default/crm-record-updater',
          tier: 2,
          requiredRoles: ['security', 'privacy', 'platform'],
          awaitingRoles: ['privacy', 'platform'],
          delegates: { privacy: 'user:default/pia' },
          status: 'pending',
          reason: 'Tier 2 (Formal approval) needs security, privacy, platform.',
          materialHash: 'x',
          createdAt: '2026-11-22T10:00:00.000Z',
          dueAt: '2026-11-24T10:00:00.000Z',
          decisions: [
            {
              role: 'security',
              decision: 'approve',
              comment: 'Risk summary reviewed',
              decidedBy: 'user:default/erin',
              decidedAt: '2026-11-22T11:00:00.000Z',
            },
          ],
        }}
      />,
    );
    expect(screen.getByTestId('approval-status')).toHaveTextContent(
      'Pending review',
    );
    expect(
      screen.getByText(/Waiting on: privacy, platform/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Review due/)).toBeInTheDocument();
    expect(
      screen.getByText(/privacy review delegated to user:default\/pia/),
    ).toBeInTheDocument();
    expect(screen.getByText('user:default/erin')).toBeInTheDocument();
    expect(screen.getByText('Risk summary reviewed')).toBeInTheDocument();
  });

  it('lets an owner resubmit a changes-requested request with what changed, then reloads', async () => {
    const resubmitApproval = jest.fn().mockResolvedValue({
      ...changesRequested,
      id: 'a2',
      status: 'pending',
    });
    const onChange = jest.fn();
    await renderWithGovernanceApi(
      <ApprovalCard
        approval={changesRequested}
        owner="group:finance-ops"
        onChange={onChange}
      />,
      { resubmitApproval },
      undefined,
      {
        ownershipEntityRefs: [
          'user:default/carla',
          'group:default/finance-ops',
        ],
      },
    );
    expect(screen.getByTestId('approval-status')).toHaveTextContent(
      'Changes requested',
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Resubmit for approval' }),
    );
    const dialog = await screen.findByRole('dialog');
    const send = within(dialog).getByRole('button', { name: 'Resubmit' });
    expect(send).toBeDisabled();
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /What changed/ }),
      { target: { value: '  Retention set to 90 days ' } },
    );
    fireEvent.click(send);
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(resubmitApproval).toHaveBeenCalledWith('a1', {
      comment: 'Retention set to 90 days',
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it("shows the backend's refusal in the dialog and keeps the request", async () => {
    const onChange = jest.fn();
    await renderWithGovernanceApi(
      <ApprovalCard
        approval={changesRequested}
        owner="group:finance-ops"
        onChange={onChange}
      />,
      {
        resubmitApproval: jest
          .fn()
          .mockRejectedValue(
            new Error('Approval request a1 is no longer the latest request'),
          ),
      },
      undefined,
      { ownershipEntityRefs: ['group:default/finance-ops'] },
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Resubmit for approval' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /What changed/ }),
      { target: { value: 'Retention set' } },
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resubmit' }));
    expect(
      await within(dialog).findByText(/no longer the latest request/),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('offers no resubmit to someone who does not own the app', async () => {
    await renderWithGovernanceApi(
      <ApprovalCard approval={changesRequested} owner="group:finance-ops" />,
      {},
      undefined,
      {
        ownershipEntityRefs: [
          'user:default/erin',
          'group:default/security-team',
        ],
      },
    );
    expect(
      await screen.findByText(
        /the app's owners resubmit it once they are made/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Resubmit for approval' }),
    ).not.toBeInTheDocument();
  });

  it('shows a superseded request as superseded, with no resubmit', async () => {
    await renderWithGovernanceApi(
      <ApprovalCard
        approval={{
          ...changesRequested,
          status: 'superseded',
          supersededBy: 'a2',
        }}
        owner="group:finance-ops"
      />,
      {},
      undefined,
      { ownershipEntityRefs: ['group:default/finance-ops'] },
    );
    expect(screen.getByTestId('approval-status')).toHaveTextContent(
      /^Superseded$/,
    );
    expect(screen.getByText(/Replaced by request a2/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Resubmit for approval' }),
    ).not.toBeInTheDocument();
  });
});
