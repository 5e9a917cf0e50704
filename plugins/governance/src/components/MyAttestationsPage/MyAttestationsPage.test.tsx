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
import { MyAttestationsContent } from './MyAttestationsPage';

const task = (id: string, dueAt: string, overdue: boolean) => ({
  id,
  entityRef: `component:default/${id}`,
  ownerRef: 'group:default/product-team',
  campaign: 'every-90d-1',
  dueAt,
  status: 'open' as const,
  createdAt: '2026-10-01T00:00:00.000Z',
  overdue,
});

describe('MyAttestationsContent', () => {
  it('lists open attestations, overdue first', async () => {
    await renderWithGovernanceApi(<MyAttestationsContent />, {
      getMyAttestations: jest
        .fn()
        .mockResolvedValue([
          task('later', '2027-02-01T00:00:00.000Z', false),
          task('late', '2026-11-01T00:00:00.000Z', true),
        ]),
    });
    expect(
      await screen.findByText('Open attestations (2)'),
    ).toBeInTheDocument();
    const apps = screen
      .getAllByText(/component:default\//)
      .map(e => e.textContent);
    expect(apps).toEqual(['component:default/late', 'component:default/later']);
    expect(screen.getByText('2026-11-01 (overdue)')).toBeInTheDocument();
  });

  it('says when there is nothing to attest', async () => {
    await renderWithGovernanceApi(<MyAttestationsContent />, {
      getMyAttestations: jest.fn().mockResolvedValue([]),
    });
    expect(await screen.findByText('Nothing to attest')).toBeInTheDocument();
  });
});
