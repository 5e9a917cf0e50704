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
import { screen, within } from '@testing-library/react';
import { kpiReport } from '../../__testUtils__/kpiReport';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { ProgramRoiCard } from './ProgramRoiCard';

describe('ProgramRoiCard', () => {
  it("shows the net benefit of the articles' example with its formula beside it", async () => {
    await renderWithGovernanceApi(
      <ProgramRoiCard roi={kpiReport.roi} settings={kpiReport.settings} />,
      {},
    );
    expect(screen.getByTestId('roi-net')).toHaveTextContent('$33,900');
    expect(
      screen.getByText(/net benefit per year \(14\.6× the cost\)/),
    ).toBeInTheDocument();
    const formula = screen.getByTestId('roi-formula');
    expect(formula).toHaveTextContent(
      'Formula: net = hours saved/week x loaded rate x 52 - governance cost per app, summed over deployed apps',
    );
    expect(formula).toHaveTextContent(
      '1 app with a current claim, 10 h saved per week at $70/h: benefit $36,400 − cost $2,500',
    );
  });

  it('lists the apps whose claim is missing or stale, linked to their pages and owners', async () => {
    await renderWithGovernanceApi(
      <ProgramRoiCard roi={kpiReport.roi} settings={kpiReport.settings} />,
      {},
    );
    const list = screen.getByRole('list', {
      name: 'Apps without a current value claim',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      /where2eat: no value claim \(owner .*guest\)/,
    );
    expect(items[1]).toHaveTextContent(
      /hr-candidate-tracker: claim of 2025-06-01 is older than 180 days/,
    );
    expect(
      within(items[0]).getByRole('link', { name: /where2eat/ }),
    ).toHaveAttribute('href', '/catalog/default/component/where2eat');
    expect(
      within(items[1]).getByRole('link', { name: /people-analytics/ }),
    ).toHaveAttribute('href', '/catalog/default/group/people-analytics');
    expect(screen.getByText(/Owners: add/)).toHaveTextContent(
      'Owners: add value.hoursSavedPerWeek and value.claimedAt under spec.governance',
    );
  });

  it('says there is no figure yet when no app has a current claim', async () => {
    await renderWithGovernanceApi(
      <ProgramRoiCard
        roi={{
          ...kpiReport.roi,
          deployedApps: 0,
          hoursSavedPerWeek: 0,
          annualBenefit: 0,
          annualCost: 0,
          netBenefit: 0,
          multiple: undefined,
          appsMissingValueClaim: [],
        }}
        settings={kpiReport.settings}
      />,
      {},
    );
    expect(screen.getByTestId('roi-net')).toHaveTextContent('No data yet');
    expect(
      screen.getByText(
        /Every approved app has a value claim less than 180 days old/,
      ),
    ).toBeInTheDocument();
  });
});
