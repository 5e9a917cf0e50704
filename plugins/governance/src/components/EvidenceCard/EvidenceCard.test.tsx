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
            createdAt: '2026-11-22T10:00:00.000Z',
          },
        ]}
      />,
      { verifyEvidence },
    );
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
