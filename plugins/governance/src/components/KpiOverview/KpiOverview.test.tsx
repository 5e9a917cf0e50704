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
import { fireEvent, screen, within } from '@testing-library/react';
import { kpiReport } from '../../__testUtils__/kpiReport';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { KpiOverview } from './KpiOverview';

const card = (id: string) => within(screen.getByTestId(`kpi-${id}`));

describe('KpiOverview', () => {
  it('states each KPI against its goal in words, not only in colour', async () => {
    await renderWithGovernanceApi(<KpiOverview report={kpiReport} />, {});
    expect(
      card('hours-to-approve-tier-0').getByTestId('kpi-status'),
    ).toHaveTextContent('Goal: under 24 h (article 003) — not met');
    expect(
      card('hours-to-approve-tier-0').getByTestId('kpi-value'),
    ).toHaveTextContent('30.3 h');
    expect(
      card('registered-share').getByTestId('kpi-status'),
    ).toHaveTextContent('Goal: at least 95 % — met');
    expect(card('registered-share').getByTestId('kpi-value')).toHaveTextContent(
      '96 %',
    );
    expect(card('apps-created').getByTestId('kpi-status')).toHaveTextContent(
      'No goal set',
    );
    expect(card('roi-multiple').getByTestId('kpi-value')).toHaveTextContent(
      '14.6×',
    );
  });

  it('says "no data yet" for a KPI without a value, and draws no trend', async () => {
    await renderWithGovernanceApi(<KpiOverview report={kpiReport} />, {});
    const tier1 = card('hours-to-approve-tier-1');
    expect(tier1.getByTestId('kpi-value')).toHaveTextContent('No data yet');
    expect(tier1.getByTestId('kpi-trend')).toHaveTextContent(
      'Trend: no data yet',
    );
    expect(tier1.queryByTestId('kpi-sparkline')).not.toBeInTheDocument();
  });

  it('draws the 13-month trend and writes its ends out', async () => {
    await renderWithGovernanceApi(<KpiOverview report={kpiReport} />, {});
    const tier0 = card('hours-to-approve-tier-0');
    expect(tier0.getByTestId('kpi-sparkline')).toBeInTheDocument();
    expect(tier0.getByTestId('kpi-trend')).toHaveTextContent(
      'Trend: 50 h in 2025-06, 30.3 h in 2026-06 (13 months)',
    );
  });

  it('groups the KPIs in order and counts the goals met in each group', async () => {
    await renderWithGovernanceApi(<KpiOverview report={kpiReport} />, {});
    expect(
      screen.getAllByRole('heading', { level: 3 }).map(h => h.textContent),
    ).toEqual([
      'Velocity (no goals assessed)',
      'Approvals (0 of 1 goal met)',
      'Coverage (1 of 1 goal met)',
      'Value (no goals assessed)',
    ]);
  });

  it('shows the definition in a tooltip reachable from the keyboard', async () => {
    await renderWithGovernanceApi(<KpiOverview report={kpiReport} />, {});
    const info = card('registered-share').getByRole('button', {
      name: 'Definition of Registered apps',
    });
    // A keyboard user tabs to it: MUI opens tooltips on keyboard focus.
    fireEvent.keyDown(document.body, { key: 'Tab' });
    info.focus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Registered apps among all micro apps found in the catalog.',
    );
  });

  it('writes the definitions out for print when asked', async () => {
    await renderWithGovernanceApi(
      <KpiOverview report={kpiReport} showDefinitions />,
      {},
    );
    expect(
      card('apps-created').getByText('Governed apps registered this month.'),
    ).toBeInTheDocument();
  });

  it('says when there are no KPIs at all', async () => {
    await renderWithGovernanceApi(
      <KpiOverview report={{ ...kpiReport, kpis: [] }} />,
      {},
    );
    expect(screen.getByText(/No KPIs yet/)).toBeInTheDocument();
  });
});
