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
import { fireEvent, screen } from '@testing-library/react';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
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

  it('shows the overdue attestation, the task and the history', async () => {
    await renderWithGovernanceApi(
      <AttestationsCard
        entityRef="component:default/hr"
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
      {},
    );
    expect(screen.getByTestId('attestation-status')).toHaveTextContent(
      'Overdue: Attestation overdue since 2026-11-01',
    );
    expect(
      screen.getByText('Next attestation due 2026-11-01 (overdue)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2026-07-10: attested by user:default/ben'),
    ).toBeInTheDocument();
    expect(screen.getByText('All confirmed.')).toBeInTheDocument();
  });

  it('lets the owner attest with the form, asking notes for every "no"', async () => {
    const submitAttestation = jest.fn().mockResolvedValue({});
    const onChange = jest.fn();
    await renderWithGovernanceApi(
      <AttestationsCard
        entityRef="component:default/where2eat"
        onChange={onChange}
        attestations={[
          {
            id: 'a9',
            entityRef: 'component:default/where2eat',
            ownerRef: 'user:default/guest',
            campaign: 'every-180d-115',
            dueAt: '2027-03-03T00:00:00.000Z',
            status: 'open',
            createdAt: '2026-11-22T00:00:00.000Z',
            overdue: false,
          },
        ]}
      />,
      { submitAttestation },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Attest now' }));
    const yesFor = (question: string) =>
      fireEvent.click(
        screen
          .getByRole('radiogroup', { name: question })
          .querySelector('input[value="true"]')!,
      );
    [
      'Is the app still needed?',
      'Is the registered owner correct?',
      'Is the data classification still accurate?',
      'Are all secrets in the approved secrets store?',
      'Is the retention period respected?',
    ].forEach(yesFor);
    fireEvent.click(
      screen
        .getByRole('radiogroup', {
          name: 'Are logging and telemetry in place?',
        })
        .querySelector('input[value="false"]')!,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Submit attestation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'explain every answer that is "no"',
    );
    expect(submitAttestation).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Notes'), {
      target: { value: 'Telemetry next sprint' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Submit attestation' }));
    await screen.findByText('Attest now');
    expect(submitAttestation).toHaveBeenCalledWith('a9', {
      stillNeeded: true,
      ownerCorrect: true,
      classificationAccurate: true,
      secretsInApprovedStore: true,
      loggingInPlace: false,
      retentionRespected: true,
      notes: 'Telemetry next sprint',
    });
    expect(onChange).toHaveBeenCalled();
  });

  it('disables the form for users who may not attest', async () => {
    await renderWithGovernanceApi(
      <AttestationsCard
        entityRef="component:default/someone-elses-app"
        attestations={[
          {
            id: 'a9',
            entityRef: 'component:default/someone-elses-app',
            ownerRef: 'user:default/guest',
            campaign: 'c',
            dueAt: '2027-03-03T00:00:00.000Z',
            status: 'open',
            createdAt: '2026-11-22T00:00:00.000Z',
            overdue: false,
          },
        ]}
      />,
      {},
      undefined,
      { allowed: false },
    );
    expect(
      await screen.findByRole('button', { name: 'Attest now' }),
    ).toBeDisabled();
  });
});
