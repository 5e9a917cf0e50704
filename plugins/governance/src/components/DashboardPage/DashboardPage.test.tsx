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
import { GovernanceDashboard } from '@guardrails/plugin-governance-common';
import { kpiReport } from '../../__testUtils__/kpiReport';
import { renderWithGovernanceApi } from '../../__testUtils__/renderWithGovernanceApi';
import { DashboardContent } from './DashboardPage';

const dashboard: GovernanceDashboard = {
  generatedAt: '2026-11-23T00:00:00.000Z',
  apps: {
    total: 6,
    byTier: { '0': 2, '1': 1, '2': 2, '3': 1 },
    byLifecycle: { approved: 2, 'pending-approval': 4 },
    fromTemplates: 3,
  },
  coverage: {
    governed: 6,
    ungoverned: 1,
    ungovernedRefs: ['component:default/shadow-pricing-sheet'],
  },
  approvals: {
    pending: 4,
    autoApproved: 2,
    reviewed: 2,
    medianHoursToApproval: 5.5,
  },
  attestations: { completed: 3, open: 1, overdue: 1, complianceRate: 0.75 },
  exceptions: { active: 1, requested: 0 },
  upcomingRetirements: [
    {
      entityRef: 'component:default/where2eat',
      date: '2026-12-01',
      daysLeft: 8,
    },
  ],
  audit: {
    valid: true,
    events: 42,
    verifiedAt: '2026-12-03T10:00:00Z',
    verifiedUpTo: 42,
    newestWitnessed: {
      seq: 40,
      hash: 'f'.repeat(64),
      signedAt: '2026-12-03T09:56:00Z',
      ageSeconds: 240,
    },
    uncoveredEvents: 2,
    warnings: [],
  },
  trends: [
    {
      day: '2026-11-01',
      apps: 40,
      byTier: { '0': 30, '1': 8, '2': 2 },
      byLifecycle: {},
      complianceRate: 0.8,
      activeExceptions: 3,
      ungoverned: 9,
    },
    {
      day: '2026-12-03',
      apps: 57,
      byTier: { '0': 40, '1': 12, '2': 4, '3': 1 },
      byLifecycle: {},
      complianceRate: 0.95,
      medianHoursToApproval: 20,
      activeExceptions: 2,
      ungoverned: 4,
    },
  ],
};

describe('DashboardContent', () => {
  it('shows every figure in text next to its chart', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue(dashboard),
    });
    expect(await screen.findByText('Governed apps')).toBeInTheDocument();
    expect(
      screen.getByText(/Tier 0: 2, Tier 1: 1, Tier 2: 2, Tier 3: 1/),
    ).toBeInTheDocument();
    expect(screen.getByText('3 (50 %)')).toBeInTheDocument();
    expect(screen.getByText('5.5 h')).toBeInTheDocument();
    expect(screen.getByText('75 %')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Without a profile: component:default\/shadow-pricing-sheet/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('component:default/where2eat: 2026-12-01 (8 days left)'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('audit-status')).toHaveTextContent(
      'Audit chain verified: 42 events',
    );
    expect(screen.getByTestId('audit-status')).toHaveTextContent(
      'Last verified',
    );
  });

  it('writes out the direction of each trend, from the daily snapshots', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue(dashboard),
    });
    const summaries = (await screen.findAllByTestId('trend-summary')).map(
      s => s.textContent,
    );
    expect(summaries).toEqual([
      'Governed apps: 40 on 2026-11-01, 57 on 2026-12-03; Ungoverned micro apps: 9 on 2026-11-01, 4 on 2026-12-03',
      'Compliance: 80% on 2026-11-01, 95% on 2026-12-03',
      'Median hours: 20 on 2026-12-03',
      'Active exceptions: 3 on 2026-11-01, 2 on 2026-12-03; Tier 2-3 apps: 2 on 2026-11-01, 5 on 2026-12-03',
    ]);
  });

  it('says when there are no snapshots yet', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue({ ...dashboard, trends: [] }),
    });
    expect(await screen.findAllByText(/No daily snapshots yet/)).toHaveLength(
      4,
    );
  });

  it('shows how far the audit chain is verified and what the witness holds', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue(dashboard),
    });
    expect(await screen.findByTestId('audit-status')).toHaveTextContent(
      'Audit chain verified: 42 events, up to event 42, checkpoints intact.',
    );
    expect(screen.getByTestId('audit-coverage')).toHaveTextContent(
      'Newest witnessed checkpoint: event 40, signed 4 minutes ago. Events not covered by a witnessed checkpoint: 2.',
    );
  });

  it('warns when events stay uncovered too long', async () => {
    const warning =
      '2 events are older than 15 minutes and no witnessed checkpoint covers them';
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue({
        ...dashboard,
        audit: { ...dashboard.audit, warnings: [warning] },
      }),
    });
    expect(await screen.findByText(warning)).toBeInTheDocument();
  });

  it('says when the audit log is not verified yet', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue({
        ...dashboard,
        audit: { valid: false, events: 0, reason: 'not verified yet' },
      }),
    });
    expect(await screen.findByTestId('audit-status')).toHaveTextContent(
      'Not verified yet',
    );
    expect(screen.queryByTestId('audit-coverage')).not.toBeInTheDocument();
  });

  it('flags a broken audit chain', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue({
        ...dashboard,
        audit: {
          valid: false,
          events: 42,
          reason: 'hash mismatch at 7',
          verifiedAt: '2026-12-03T10:00:00Z',
        },
      }),
    });
    expect(await screen.findByTestId('audit-status')).toHaveTextContent(
      'Audit chain broken: hash mismatch at 7',
    );
  });

  it('shows the KPIs against their goals, the ROI and a link to the monthly report', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue(dashboard),
      getKpis: jest.fn().mockResolvedValue(kpiReport),
    });
    expect(
      await screen.findByText('Goal: under 24 h (article 003) — not met'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('roi-net')).toHaveTextContent('$33,900');
    expect(
      screen.getByRole('link', { name: 'Open the monthly report' }),
    ).toHaveAttribute('href', '/governance/report');
  });

  it('keeps the dashboard when the KPIs cannot load', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockResolvedValue(dashboard),
      getKpis: jest.fn().mockRejectedValue(new Error('forbidden')),
    });
    expect(
      await screen.findByText(/Could not load the KPIs/),
    ).toBeInTheDocument();
    expect(screen.getByText('Governed apps')).toBeInTheDocument();
  });

  it('shows the error when the figures cannot load', async () => {
    await renderWithGovernanceApi(<DashboardContent />, {
      getDashboard: jest.fn().mockRejectedValue(new Error('forbidden')),
    });
    expect(
      await screen.findByText(/Could not load the governance dashboard/),
    ).toBeInTheDocument();
  });
});
