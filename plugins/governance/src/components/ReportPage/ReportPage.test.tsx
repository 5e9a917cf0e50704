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
import { kpiReport } from '../../__testUtils__/kpiReport';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { ReportContent, ReportPage } from './ReportPage';
import { REPORT_PRINT_CSS } from './reportPrintCss';

describe('ReportPage', () => {
  const createObjectURL = jest.fn(() => 'blob:kpis');
  beforeAll(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  });

  it('sums up the month, the goals and the ROI, with every KPI and its definition', async () => {
    await renderWithGovernanceApi(<ReportContent />, {
      getKpis: jest.fn().mockResolvedValue(kpiReport),
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Governance program report, 2026-06',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('report-goals')).toHaveTextContent(
      '1 of 2 goals met; not met: Time to approve, tier 0.',
    );
    expect(screen.getByTestId('report-summary')).toHaveTextContent(
      'Assumptions: loaded cost $70 per hour; governance and platform overhead $2,500 per app per year; a value claim older than 180 days is stale.',
    );
    expect(screen.getByTestId('roi-net')).toHaveTextContent('$33,900');
    expect(
      screen.getByText('Median hours from request to approval of tier 0 apps.'),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('kpi-sparkline')).toHaveLength(4);
  });

  it('prints, and downloads every KPI by month as CSV and JSON', async () => {
    const exportKpis = jest
      .fn()
      .mockResolvedValue(new Blob(['month,apps-created\n']));
    const print = jest.spyOn(window, 'print').mockImplementation(() => {});
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderWithGovernanceApi(<ReportContent />, {
      getKpis: jest.fn().mockResolvedValue(kpiReport),
      exportKpis,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(2));
    expect(exportKpis.mock.calls).toEqual([['csv'], ['json']]);
    const names = click.mock.contexts.map(
      a => (a as HTMLAnchorElement).download,
    );
    expect(names).toEqual([
      'governance-kpis-2026-06.csv',
      'governance-kpis-2026-06.json',
    ]);
    print.mockRestore();
    click.mockRestore();
  });

  it('says why a download failed', async () => {
    await renderWithGovernanceApi(<ReportContent />, {
      getKpis: jest.fn().mockResolvedValue(kpiReport),
      exportKpis: jest.fn().mockRejectedValue(new Error('forbidden')),
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Download CSV' }),
    );
    expect(
      await screen.findByText('Could not download the KPIs: forbidden'),
    ).toBeInTheDocument();
  });

  it('shows the error when the KPIs cannot load', async () => {
    await renderWithGovernanceApi(<ReportContent />, {
      getKpis: jest.fn().mockRejectedValue(new Error('forbidden')),
    });
    expect(
      await screen.findByText(/Could not load the governance report/),
    ).toBeInTheDocument();
  });

  it('carries a print stylesheet that hides the app chrome and keeps cards whole on A4', async () => {
    await renderWithGovernanceApi(<ReportPage />, {
      getKpis: jest.fn().mockResolvedValue(kpiReport),
    });
    await screen.findByRole('heading', {
      name: 'Governance program report, 2026-06',
    });
    const styles = [...document.querySelectorAll('style')].map(
      s => s.textContent,
    );
    expect(styles).toContain(REPORT_PRINT_CSS);
    expect(REPORT_PRINT_CSS).toMatch(/@media print/);
    expect(REPORT_PRINT_CSS).toMatch(/@page \{ size: A4/);
    expect(REPORT_PRINT_CSS).toMatch(/nav\[aria-label="sidebar nav"\]/);
    expect(REPORT_PRINT_CSS).toMatch(/break-inside: avoid/);
  });
});
