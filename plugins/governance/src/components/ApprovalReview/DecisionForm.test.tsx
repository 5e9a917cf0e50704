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
import { screen } from '@testing-library/react';
import { ApprovalRequest } from '@guardrails/plugin-governance-common';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { DecisionForm } from './DecisionForm';

const request = {
  id: 'r1',
  entityRef: 'component:default/crm-record-updater',
  awaitingRoles: ['security'],
} as ApprovalRequest;

describe('DecisionForm', () => {
  it('disables every control for a user the permission framework refuses', async () => {
    await renderWithGovernanceApi(
      <DecisionForm
        request={request}
        roles={['security']}
        onDone={jest.fn()}
      />,
      {},
      undefined,
      { allowed: false },
    );
    expect(
      await screen.findByText('You may not decide on approval requests.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Submit decision' }),
    ).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delegate' })).toBeDisabled();
  });

  it('disables the decision and delegation, with the reason beside them, when the reviewer may not decide', async () => {
    const reason =
      'component:default/crm-record-updater is owned by group:default/sales-ops, which user:default/erin belongs to; owners do not decide on their own app (separation of duties)';
    const decideApproval = jest.fn();
    await renderWithGovernanceApi(
      <DecisionForm
        request={{
          ...request,
          decidableByCaller: false,
          notDecidableReason: reason,
        }}
        roles={['security']}
        onDone={jest.fn()}
      />,
      { decideApproval },
    );
    const submit = await screen.findByRole('button', {
      name: 'Submit decision',
    });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(
      `You may not decide this request: ${reason}.`,
    );
    expect(screen.getByRole('button', { name: 'Delegate' })).toBeDisabled();
    for (const decision of ['Approve', 'Request changes', 'Reject']) {
      expect(screen.getByRole('radio', { name: decision })).toBeDisabled();
    }
    expect(screen.getByRole('textbox', { name: /Comment/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Delegate to' })).toBeDisabled();
    expect(decideApproval).not.toHaveBeenCalled();
  });

  it('leaves the controls enabled when the queue says the reviewer may decide', async () => {
    await renderWithGovernanceApi(
      <DecisionForm
        request={{ ...request, decidableByCaller: true }}
        roles={['security']}
        onDone={jest.fn()}
      />,
      {},
    );
    expect(await screen.findByRole('radio', { name: 'Approve' })).toBeEnabled();
    expect(screen.queryByText(/You may not decide/)).not.toBeInTheDocument();
  });

  it('explains when the request waits on roles the user does not hold', async () => {
    await renderWithGovernanceApi(
      <DecisionForm request={request} roles={[]} onDone={jest.fn()} />,
      {},
    );
    expect(
      await screen.findByText(/waits on roles you do not hold \(security\)/),
    ).toBeInTheDocument();
  });
});
