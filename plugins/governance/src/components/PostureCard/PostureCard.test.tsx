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
import { PostureCard } from './PostureCard';

describe('PostureCard', () => {
  it('shows standing, tier and score of the entity', async () => {
    const getPosture = jest.fn().mockResolvedValue({
      entityRef: 'component:default/standup-notes-bot',
      governed: true,
      validation: { valid: true, issues: [] },
      risk: { tier: 0, tierName: 'Self-service', score: 3, level: 'low' },
      retirement: { date: '2027-09-30', daysLeft: -3 },
      evaluatedAt: '2026-11-22T10:00:00Z',
    });
    await renderWithGovernanceApi(
      <PostureCard />,
      { getPosture },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'standup-notes-bot' },
      },
    );
    expect(
      await screen.findByText('Tier 0 · Self-service'),
    ).toBeInTheDocument();
    expect(screen.getByText('3 / 10')).toBeInTheDocument();
    // No approval request yet: the standing says so, apart from attestation.
    expect(screen.getByTestId('standing')).toHaveTextContent(
      'Awaiting approval',
    );
    expect(screen.getByText('No approval request yet')).toBeInTheDocument();
    expect(screen.getByText('Attestation: Up to date')).toBeInTheDocument();
    expect(screen.getByText('Low risk')).toBeInTheDocument();
    expect(
      screen.getByText('Retirement 2027-09-30 (3 days overdue)'),
    ).toBeInTheDocument();
  });
});
