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
  PolicyException,
  PolicyFinding,
} from '@guardrails/plugin-governance-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { ExceptionsCard, exceptionStateText } from './ExceptionsCard';

const exception = (overrides: Partial<PolicyException>): PolicyException => ({
  id: 'e1',
  entityRef: 'component:default/crm-record-updater',
  packId: 'guardrails-default',
  ruleId: 'sensitive-no-admin-iam',
  justification: 'Vendor has no scoped tokens yet.',
  compensatingControls: 'Writes logged to the SIEM.',
  requestedDays: 14,
  status: 'granted',
  requestedBy: 'user:default/ada',
  requestedAt: '2026-11-20T10:00:00.000Z',
  decidedBy: 'user:default/erin',
  decidedAt: '2026-11-20T12:00:00.000Z',
  expiresAt: '2026-11-27T12:00:00.000Z',
  active: true,
  ...overrides,
});

const finding: PolicyFinding = {
  packId: 'guardrails-default',
  packVersion: '1.0.0',
  ruleId: 'sensitive-no-admin-iam',
  title: 'Sensitive apps may not request admin IAM',
  severity: 'deny',
  stage: 'deny',
  outcome: 'violation',
  message: 'Admin access on crm.',
  remediation: 'Request narrower scopes.',
  waived: false,
  blocking: true,
};

const props = {
  entityRef: 'component:default/crm-record-updater',
  exceptions: [] as PolicyException[],
  findings: [finding],
  onChange: jest.fn(),
};

describe('ExceptionsCard', () => {
  it('disables requests and decisions the permission framework refuses', async () => {
    await renderWithGovernanceApi(
      <ExceptionsCard
        {...props}
        exceptions={[exception({ status: 'requested', active: false })]}
      />,
      {},
      undefined,
      { allowed: false },
    );
    expect(screen.getByRole('button', { name: 'Grant' })).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Request exception' }),
    ).toBeDisabled();
  });

  it('counts down the days of an active exception and names the other states', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(exceptionStateText(exception({}), now)).toBe(
      'Active, expires in 5 days (granted by user:default/erin)',
    );
    expect(exceptionStateText(exception({ active: false }), now)).toBe(
      'Expired 2026-11-27',
    );
    expect(
      exceptionStateText(
        exception({ status: 'requested', active: false }),
        now,
      ),
    ).toBe('Requested, waiting for a decision');
    expect(
      exceptionStateText(exception({ status: 'denied', active: false }), now),
    ).toBe('Denied by user:default/erin');
  });

  it('lists exceptions with justification and compensating controls', async () => {
    await renderWithGovernanceApi(
      <ExceptionsCard {...props} exceptions={[exception({})]} />,
      {},
    );
    expect(screen.getByText('1 active')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Vendor has no scoped tokens yet. Compensating controls: Writes logged to the SIEM.',
      ),
    ).toBeInTheDocument();
  });

  it('lets an owner request an exception for a finding', async () => {
    const requestException = jest.fn().mockResolvedValue(exception({}));
    const onChange = jest.fn();
    await renderWithGovernanceApi(
      <ExceptionsCard {...props} onChange={onChange} />,
      { requestException },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Request exception' }));
    fireEvent.change(
      screen.getByRole('textbox', { name: /Why the rule cannot be met/ }),
      { target: { value: 'The vendor ships scoped tokens in Q1.' } },
    );
    fireEvent.change(
      screen.getByRole('textbox', { name: /Compensating controls/ }),
      { target: { value: 'Writes logged to the SIEM.' } },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Request' }));
    await waitFor(() =>
      expect(requestException).toHaveBeenCalledWith({
        entityRef: props.entityRef,
        packId: 'guardrails-default',
        ruleId: 'sensitive-no-admin-iam',
        justification: 'The vendor ships scoped tokens in Q1.',
        compensatingControls: 'Writes logged to the SIEM.',
        requestedDays: 14,
      }),
    );
    expect(onChange).toHaveBeenCalled();
  });

  it('lets security grant a requested exception, and disables it for others', async () => {
    const decideException = jest.fn().mockResolvedValue(exception({}));
    const requested = exception({ status: 'requested', active: false });
    await renderWithGovernanceApi(
      <ExceptionsCard {...props} exceptions={[requested]} />,
      { decideException },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Grant' }));
    await waitFor(() =>
      expect(decideException).toHaveBeenCalledWith('e1', { decision: 'grant' }),
    );
  });
});
