import { renderInTestApp } from '@backstage/test-utils';
import { PolicyException } from '@guardrails/plugin-governance-common';
import { screen } from '@testing-library/react';
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

describe('ExceptionsCard', () => {
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
    await renderInTestApp(<ExceptionsCard exceptions={[exception({})]} />);
    expect(screen.getByText('1 active')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Vendor has no scoped tokens yet. Compensating controls: Writes logged to the SIEM.',
      ),
    ).toBeInTheDocument();
  });
});
