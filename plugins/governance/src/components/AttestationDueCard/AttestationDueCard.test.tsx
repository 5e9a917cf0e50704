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
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { AttestationDueCard } from './AttestationDueCard';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'where2eat' },
};

const posture = (attestations: object[]) => ({
  entityRef: 'component:default/where2eat',
  governed: true,
  validation: { valid: true, issues: [] },
  risk: { tier: 0, attestationCadenceDays: 180 },
  attestations,
  evaluatedAt: '2026-11-22T10:00:00Z',
});

describe('AttestationDueCard', () => {
  it('shows an overdue attestation with Attest now', async () => {
    await renderWithGovernanceApi(
      <AttestationDueCard />,
      {
        getPosture: jest.fn().mockResolvedValue(
          posture([
            {
              id: 'a1',
              status: 'open',
              dueAt: '2026-11-01T00:00:00Z',
              overdue: true,
            },
          ]),
        ),
      },
      entity,
    );
    expect(
      await screen.findByText('Overdue since 2026-11-01'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Attest now' })).toBeEnabled();
  });

  it('says nothing is due, with the cadence', async () => {
    await renderWithGovernanceApi(
      <AttestationDueCard />,
      { getPosture: jest.fn().mockResolvedValue(posture([])) },
      entity,
    );
    expect(
      await screen.findByText(/Nothing due. Owners attest every 180 days./),
    ).toBeInTheDocument();
  });
});
