import { TestDatabases } from '@backstage/backend-test-utils';
import { denyGovernance } from '../__testUtils__/denyGovernancePermissions';
import {
  callAs,
  startGovernanceTestBackend,
  useGovernanceTestBackend,
} from '../__testUtils__/startGovernanceTestBackend';

jest.setTimeout(120_000);

const governedApps = [
  'standup-notes-bot',
  'where2eat',
  'hr-candidate-tracker',
  'finance-expense-app',
  'crm-record-updater',
  'patient-intake-assistant',
];

describe.each(
  TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] }).eachSupportedId(),
)('governance dashboard on %p', databaseId => {
  const backend = useGovernanceTestBackend(databaseId);

  beforeAll(async () => {
    // Evaluating each app registers it, as the sync task would.
    for (const name of governedApps) {
      await callAs(backend.server, 'user:default/frank').get(
        `/posture?entityRef=component:default/${name}`,
      );
    }
  });

  it('shows the expected figures for the example data', async () => {
    const res = await callAs(backend.server, 'user:default/frank').get(
      '/dashboard',
    );
    expect(res.status).toBe(200);
    expect(res.body.apps).toEqual({
      total: 6,
      byTier: { '0': 2, '1': 1, '2': 2, '3': 1 },
      byLifecycle: expect.any(Object),
      fromTemplates: 0,
    });
    expect(res.body.coverage).toEqual({
      governed: 6,
      ungoverned: 1,
      ungovernedRefs: ['component:default/shadow-pricing-sheet'],
    });
    expect(res.body.approvals).toMatchObject({
      pending: 4,
      autoApproved: 2,
      reviewed: 0,
    });
    expect(res.body.exceptions).toEqual({ active: 0, requested: 0 });
    expect(res.body.audit).toMatchObject({ valid: true });
  });

  it('measures the time to approval once a reviewer approves', async () => {
    const as = callAs(backend.server, 'user:default/frank');
    const posture = await as.get(
      '/posture?entityRef=component:default/hr-candidate-tracker',
    );
    const decided = await as.post(
      `/approvals/${posture.body.approval.id}/decisions`,
      { role: 'team-lead', decision: 'approve', comment: 'Reviewed the risk' },
    );
    expect(decided.body.status).toBe('approved');

    const { approvals } = (await as.get('/dashboard')).body;
    expect(approvals.reviewed).toBe(1);
    expect(approvals.pending).toBe(3);
    expect(approvals.medianHoursToApproval).toBeGreaterThanOrEqual(0);
    expect(approvals.medianHoursToApproval).toBeLessThan(1);
  });

  it('exports the registry as CSV', async () => {
    const res = await callAs(backend.server, 'user:default/frank').get(
      '/apps/registry?format=csv',
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toMatch(/^entityRef,lifecycleState,approvalTier/);
    expect(lines).toHaveLength(7);
  });

  it('names the bad query parameter', async () => {
    const res = await callAs(backend.server, 'user:default/frank').get(
      '/apps/registry?format=xml',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/"format"/);
  });
});

describe('governance dashboard when the permission policy denies', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('refuses the dashboard and the registry export with 403', async () => {
    const { server } = await startGovernanceTestBackend({
      knex: await databases.init('SQLITE_3'),
      extraFeatures: [denyGovernance],
    });
    const as = callAs(server, 'user:default/ada');
    expect((await as.get('/dashboard')).status).toBe(403);
    expect((await as.get('/apps/registry?format=csv')).status).toBe(403);
  });
});
