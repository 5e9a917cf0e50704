import { TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  LIFECYCLE_EVENTS,
  LIFECYCLE_STATES,
  LIFECYCLE_TRANSITIONS,
  LifecycleEvent,
  nextLifecycleState,
} from '@guardrails/plugin-governance-common';
import { LIFECYCLE_ACTIONS } from './LifecycleService';
import { applyLifecycleEvent } from './applyLifecycleEvent';
import {
  createLifecycleHarness,
  people,
} from './__testUtils__/lifecycleHarness';

jest.setTimeout(120_000);

// Every state and event of the table of governance-common, on the database.
describe('lifecycle transitions', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'applies every allowed transition and refuses every other without writing, on %p',
    async databaseId => {
      const h = await createLifecycleHarness(await databases.init(databaseId));
      let applied = 0;
      let refused = 0;
      for (const from of LIFECYCLE_STATES) {
        for (const type of LIFECYCLE_EVENTS) {
          const transition = LIFECYCLE_TRANSITIONS.find(
            t => t.event === type && t.from.includes(from),
          );
          const event = {
            type,
            by: transition?.by[0] ?? 'admin',
            resumeTo: 'pending-approval',
          } as LifecycleEvent;
          const ref = `component:default/${from}-${type}`;
          await h.seed(ref, from);
          const before = await h.row(ref);
          const change = await applyLifecycleEvent(h.appRegistry, ref, event);
          if (transition) {
            const to =
              transition.to === 'resume' ? 'pending-approval' : transition.to;
            expect(change).toEqual({ applied: true, from, to });
            expect((await h.row(ref)).lifecycle_state).toBe(to);
            applied++;
          } else {
            expect(change).toMatchObject({ applied: false, from });
            expect(await h.row(ref)).toEqual(before);
            refused++;
          }
        }
      }
      expect(applied).toBe(
        LIFECYCLE_TRANSITIONS.reduce((n, t) => n + t.from.length, 0),
      );
      expect(refused).toBeGreaterThan(0);
      await h.knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'lets people keep, quarantine, retire and reinstate only where the table allows, auditing each change and nothing else, on %p',
    async databaseId => {
      const h = await createLifecycleHarness(await databases.init(databaseId));
      for (const from of LIFECYCLE_STATES) {
        for (const action of LIFECYCLE_ACTIONS) {
          const ref = `component:default/${from}-${action}`;
          await h.seed(ref, from);
          const before = await h.row(ref);
          const actor = action === 'keep' ? people.owner : people.admin;
          const decision = nextLifecycleState(
            from,
            action === 'keep' || action === 'reinstate'
              ? {
                  type: action,
                  by: action === 'keep' ? 'owner' : 'admin',
                  resumeTo: 'registered',
                }
              : { type: action, by: 'admin' },
          );
          const result = h.lifecycle.change(
            ref,
            action,
            'Because the test says so',
            actor,
          );
          if (decision.allowed) {
            await expect(result).resolves.toEqual({ state: decision.to });
            expect(await h.auditOf(ref)).toEqual([
              expect.objectContaining({
                actor,
                action: `lifecycle.${action}`,
                payload: {
                  from,
                  to: decision.to,
                  justification: 'Because the test says so',
                },
              }),
            ]);
            expect(await h.appRegistry.getApp(ref)).toMatchObject({
              lifecycleState: decision.to,
              lifecycleReason: `${action} by ${actor}: Because the test says so`,
            });
          } else {
            await expect(result).rejects.toThrow(ConflictError);
            expect(await h.row(ref)).toEqual(before);
            expect(await h.auditOf(ref)).toEqual([]);
          }
        }
      }
      await h.knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves one consistent state when keep and retire race on one app, on %p',
    async databaseId => {
      const h = await createLifecycleHarness(await databases.init(databaseId));
      const refs = Array.from(
        { length: 6 },
        (_, i) => `component:default/contested-${i}`,
      );
      for (const ref of refs) await h.seed(ref, 'retirement-pending');
      await Promise.all(
        refs.map(async ref => {
          const [kept, retired] = await Promise.allSettled([
            h.lifecycle.change(
              ref,
              'keep',
              'Still used every day',
              people.owner,
            ),
            h.lifecycle.change(
              ref,
              'retire',
              'Replaced by the CRM',
              people.admin,
            ),
          ]);
          // Retire is allowed from wherever keep may have moved the app.
          expect(retired).toEqual({
            status: 'fulfilled',
            value: { state: 'retired' },
          });
          if (kept.status === 'rejected') {
            expect(kept.reason).toBeInstanceOf(ConflictError);
          }
          expect((await h.appRegistry.getApp(ref))?.lifecycleState).toBe(
            'retired',
          );
          // The audit trail tells one story: each change starts where the
          // previous one ended, and ends where the app is.
          const moves = (await h.auditOf(ref)).map(e => e.payload);
          expect(moves).toHaveLength(kept.status === 'fulfilled' ? 2 : 1);
          let state = 'retirement-pending';
          for (const move of moves) {
            expect(move.from).toBe(state);
            state = move.to as string;
          }
          expect(state).toBe('retired');
        }),
      );
      await h.knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses an admin-only event triggered by an owner, writing nothing, on %p',
    async databaseId => {
      const h = await createLifecycleHarness(await databases.init(databaseId));
      await h.seed('component:default/app', 'quarantined');
      const change = await applyLifecycleEvent(
        h.appRegistry,
        'component:default/app',
        { type: 'reinstate', by: 'owner', resumeTo: 'approved' },
      );
      expect(change).toEqual({
        applied: false,
        from: 'quarantined',
        reason: 'reinstate may be triggered only by admin, not by owner',
      });
      expect((await h.row('component:default/app')).lifecycle_state).toBe(
        'quarantined',
      );
      await h.knex.destroy();
    },
  );
});
