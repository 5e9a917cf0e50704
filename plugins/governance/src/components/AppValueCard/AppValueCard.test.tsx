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
import { AppValue } from '../../api/GovernanceApi';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { AppValueCard } from './AppValueCard';

const entityRef = 'component:default/standup-notes-bot';

const claimed: AppValue = {
  entityRef,
  currency: 'USD',
  loadedHourlyRate: 70,
  governanceCostPerApp: 2500,
  hoursSavedPerWeek: 10,
  peopleServed: 5,
  annualBenefit: 36400,
  annualCost: 2500,
  netBenefit: 33900,
  claimedAt: '2026-05-01',
  stale: false,
  formula: 'net = hours saved/week x loaded rate x 52 - annual cost',
};

describe('AppValueCard', () => {
  it('shows the claimed hours, the cost and the net benefit with the formula', async () => {
    const getAppValue = jest.fn().mockResolvedValue(claimed);
    await renderWithGovernanceApi(<AppValueCard entityRef={entityRef} />, {
      getAppValue,
    });
    expect(
      await screen.findByText('10 h per week (claimed 2026-05-01)'),
    ).toBeInTheDocument();
    expect(getAppValue).toHaveBeenCalledWith(entityRef);
    expect(screen.getByText('$36,400')).toBeInTheDocument();
    expect(screen.getByTestId('app-net-benefit')).toHaveTextContent(
      'Net benefit per year$33,900',
    );
    expect(
      screen.getByText(/Formula: net = hours saved\/week x loaded rate x 52/),
    ).toHaveTextContent('at $70 per hour and $2,500 governance overhead');
    expect(screen.queryByTestId('value-claim-prompt')).not.toBeInTheDocument();
  });

  it('tells the owner how to add a missing claim', async () => {
    await renderWithGovernanceApi(<AppValueCard entityRef={entityRef} />, {
      getAppValue: jest.fn().mockResolvedValue({
        ...claimed,
        hoursSavedPerWeek: undefined,
        peopleServed: undefined,
        annualBenefit: undefined,
        netBenefit: undefined,
        claimedAt: undefined,
        monthlyCost: 40,
        monthlyCostSource: 'declared',
        monthlyBudget: 20,
        annualCost: 2980,
        stale: true,
      }),
    });
    const prompt = await screen.findByTestId('value-claim-prompt');
    expect(prompt).toHaveTextContent(
      'No value claim yet: this app is not counted in the program ROI.',
    );
    expect(prompt).toHaveTextContent(
      'The owner adds value.hoursSavedPerWeek and value.claimedAt',
    );
    expect(prompt).toHaveTextContent('hoursSavedPerWeek: 10');
    expect(
      screen.getByText('$40 per month (declared estimate)'),
    ).toBeInTheDocument();
    expect(screen.getByText('$20 — over budget')).toBeInTheDocument();
    expect(screen.getByTestId('app-net-benefit')).toHaveTextContent(
      'not known without a value claim',
    );
  });

  it('asks the owner to restate a stale claim', async () => {
    await renderWithGovernanceApi(<AppValueCard entityRef={entityRef} />, {
      getAppValue: jest.fn().mockResolvedValue({
        ...claimed,
        claimedAt: '2025-01-10',
        stale: true,
      }),
    });
    expect(await screen.findByTestId('value-claim-prompt')).toHaveTextContent(
      'The value claim of 2025-01-10 is stale',
    );
  });

  it('shows the error when the figures cannot load', async () => {
    await renderWithGovernanceApi(<AppValueCard entityRef={entityRef} />, {
      getAppValue: jest.fn().mockRejectedValue(new Error('forbidden')),
    });
    expect(
      await screen.findByText(/Could not load the value and cost/),
    ).toBeInTheDocument();
  });
});
