import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { AttestationsCard, answersText } from './AttestationsCard';

const yes = {
  stillNeeded: true,
  ownerCorrect: true,
  classificationAccurate: true,
  secretsInApprovedStore: true,
  loggingInPlace: true,
  retentionRespected: true,
  notes: '',
};

describe('AttestationsCard', () => {
  it('summarises answers, naming every "no"', () => {
    expect(answersText(yes)).toBe('All confirmed.');
    expect(
      answersText({ ...yes, loggingInPlace: false, notes: 'Next sprint' }),
    ).toBe('Not confirmed: logging in place. Notes: Next sprint');
  });

  it('shows non-compliance, the overdue task and the history', async () => {
    await renderInTestApp(
      <AttestationsCard
        cadenceDays={90}
        compliance={{
          compliant: false,
          reasons: ['Attestation overdue since 2026-11-01 (every-90d-1)'],
        }}
        attestations={[
          {
            id: 'a2',
            entityRef: 'component:default/hr',
            ownerRef: 'group:default/people',
            campaign: 'every-90d-1',
            dueAt: '2026-11-01T00:00:00.000Z',
            status: 'open',
            createdAt: '2026-10-01T00:00:00.000Z',
            overdue: true,
          },
          {
            id: 'a1',
            entityRef: 'component:default/hr',
            ownerRef: 'group:default/people',
            campaign: 'every-90d-0',
            dueAt: '2026-08-01T00:00:00.000Z',
            status: 'completed',
            createdAt: '2026-07-01T00:00:00.000Z',
            completedAt: '2026-07-10T00:00:00.000Z',
            completedBy: 'user:default/ben',
            answers: yes,
            overdue: false,
          },
        ]}
      />,
    );
    expect(screen.getByTestId('compliance-status')).toHaveTextContent(
      'Non-compliant: Attestation overdue since 2026-11-01',
    );
    expect(
      screen.getByText('Next attestation due 2026-11-01 (overdue)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2026-07-10: attested by user:default/ben'),
    ).toBeInTheDocument();
    expect(screen.getByText('All confirmed.')).toBeInTheDocument();
  });
});
