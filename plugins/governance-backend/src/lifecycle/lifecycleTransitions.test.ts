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
      const observed = [];
      const expected = [];
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
          const after = await h.row(ref);
          observed.push({ from, type, change, after });
          const to =
            transition?.to === 'resume' ? 'pending-approval' : transition?.to;
          const refusal = expect.stringContaining(`The app is ${from}`);
          expected.push(
            to
              ? {
                  from,
                  type,
                  change: { applied: true, from, to },
                  after: { ...before, lifecycle_state: to },
                }
              : {
                  from,
                  type,
                  change: {
                    applied: false,
                    from,
                    reason: refusal,
                  },
                  after: before,
                },
          );
        }
      }
      expect(observed).toEqual(expected);
      expect(expected.filter(e => e.change.applied)).toHaveLength(
        LIFECYCLE_TRANSITIONS.reduce((n, t) => n + t.from.length, 0),
      );
      await h.knex.destroy();
    },
  );

  it.each(databases.eachSupportedId())(
    'lets people keep, quarantine, retire and reinstate only where the table allows, auditing each change and nothing else, on %p',
    async databaseId => {
      const h = await createLifecycleHarness(await databases.init(databaseId));
      const observed = [];
      const expected = [];
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
          const result = await h.lifecycle
            .change(ref, action, 'Because the test says so', actor)
            .catch((error: Error) => error);
          observed.push({
            from,
            action,
            result,
            row: await h.row(ref),
            audit: (await h.auditOf(ref)).map(e => ({
              actor: e.actor,
              action: e.action,
              payload: e.payload,
            })),
          });
          const changedRow = expect.objectContaining({
            lifecycle_state: decision.allowed ? decision.to : from,
            lifecycle_reason: `${action} by ${actor}: Because the test says so`,
          });
          const conflict = expect.any(ConflictError);
          expected.push(
            decision.allowed
              ? {
                  from,
                  action,
                  result: { state: decision.to },
                  row: changedRow,
                  audit: [
                    {
                      actor,
                      action: `lifecycle.${action}`,
                      payload: {
                        from,
                        to: decision.to,
                        justification: 'Because the test says so',
                      },
                    },
                  ],
                }
              : {
                  from,
                  action,
                  result: conflict,
                  row: before,
                  audit: [],
                },
          );
        }
      }
      expect(observed).toEqual(expected);
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
          // Keep either came first, or was refused: the app was retired.
          expect(
            kept.status === 'fulfilled' || kept.reason instanceof ConflictError,
          ).toBe(true);
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
