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
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GovernancePosture } from '@guardrails/plugin-governance-common';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { LifecycleCard } from './LifecycleCard';

const posture = (state: string): GovernancePosture =>
  ({
    entityRef: 'component:default/where2eat',
    governed: true,
    lifecycle: {
      state,
      registeredAt: '2026-01-01T00:00:00.000Z',
      reason: 'No activity for 90 days',
      lastActivityAt: '2026-08-01T00:00:00.000Z',
    },
    retirement: { date: '2026-12-01', daysLeft: 8 },
  } as unknown as GovernancePosture);

describe('LifecycleCard', () => {
  it('disables the actions the permission framework refuses', async () => {
    await renderWithGovernanceApi(
      <LifecycleCard posture={posture('approved')} onChange={jest.fn()} />,
      {},
      undefined,
      { allowed: false },
    );
    expect(screen.getByRole('button', { name: 'Quarantine' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Retire' })).toBeDisabled();
  });

  it('shows state, activity and retirement countdown', async () => {
    await renderWithGovernanceApi(
      <LifecycleCard posture={posture('approved')} onChange={jest.fn()} />,
      {},
    );
    expect(screen.getByText('State: approved')).toBeInTheDocument();
    expect(screen.getByText('Last activity: 2026-08-01')).toBeInTheDocument();
    expect(
      screen.getByText('Retirement: 2026-12-01 (8 days left)'),
    ).toBeInTheDocument();
  });

  it('lets an owner keep an app queued for retirement, with a justification', async () => {
    const changeLifecycle = jest.fn().mockResolvedValue({ state: 'approved' });
    const onChange = jest.fn();
    await renderWithGovernanceApi(
      <LifecycleCard
        posture={posture('retirement-pending')}
        onChange={onChange}
      />,
      { changeLifecycle },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Justification/ }), {
      target: { value: 'Still used every Friday by the team.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(changeLifecycle).toHaveBeenCalledWith({
        entityRef: 'component:default/where2eat',
        action: 'keep',
        justification: 'Still used every Friday by the team.',
      }),
    );
    expect(onChange).toHaveBeenCalled();
  });
});
