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
import { EvidenceCard } from './EvidenceCard';

describe('EvidenceCard', () => {
  it('verifies a bundle on request and shows the result in words', async () => {
    const verifyEvidence = jest
      .fn()
      .mockResolvedValueOnce({ id: 'e1', valid: true, keyId: 'acme-2026' })
      .mockResolvedValueOnce({
        id: 'e1',
        valid: false,
        reason: 'signature verification failed',
      });
    await renderWithGovernanceApi(
      <EvidenceCard
        evidence={[
          {
            id: 'e1',
            entityRef: 'component:default/crm',
            approvalId: 'a1',
            version: 2,
            createdAt: '2026-11-22T10:00:00.000Z',
          },
        ]}
      />,
      { verifyEvidence },
    );
    expect(
      screen.getByText(/Approval evidence, version 2,/),
    ).toBeInTheDocument();
    expect(screen.getByText('Not checked yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(
      await screen.findByText('Signature valid (key acme-2026)'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(
      await screen.findByText(
        'Signature INVALID: signature verification failed',
      ),
    ).toBeInTheDocument();
    expect(verifyEvidence).toHaveBeenCalledWith('e1');
  });
});
