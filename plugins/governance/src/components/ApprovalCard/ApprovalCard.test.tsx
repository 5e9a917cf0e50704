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
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ApprovalCard } from './ApprovalCard';

describe('ApprovalCard', () => {
  it('shows the status, the roles still to decide, the SLA and each decision', async () => {
    await renderInTestApp(
      <ApprovalCard
        approval={{
          id: 'a1',
          entityRef: 'component:default/crm-record-updater',
          tier: 2,
          requiredRoles: ['security', 'privacy', 'platform'],
          awaitingRoles: ['privacy', 'platform'],
          delegates: { privacy: 'user:default/pia' },
          status: 'pending',
          reason: 'Tier 2 (Formal approval) needs security, privacy, platform.',
          materialHash: 'x',
          createdAt: '2026-11-22T10:00:00.000Z',
          dueAt: '2026-11-24T10:00:00.000Z',
          decisions: [
            {
              role: 'security',
              decision: 'approve',
              comment: 'Risk summary reviewed',
              decidedBy: 'user:default/erin',
              decidedAt: '2026-11-22T11:00:00.000Z',
            },
          ],
        }}
      />,
    );
    expect(screen.getByTestId('approval-status')).toHaveTextContent(
      'Pending review',
    );
    expect(
      screen.getByText(/Waiting on: privacy, platform/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Review due/)).toBeInTheDocument();
    expect(
      screen.getByText(/privacy review delegated to user:default\/pia/),
    ).toBeInTheDocument();
    expect(screen.getByText('user:default/erin')).toBeInTheDocument();
    expect(screen.getByText('Risk summary reviewed')).toBeInTheDocument();
  });
});
