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
import {
  LIFECYCLE_ACTORS,
  LIFECYCLE_EVENTS,
  LIFECYCLE_STATES,
  LIFECYCLE_TRANSITIONS,
  LifecycleActor,
  LifecycleEventType,
  RESUMABLE_STATES,
} from './lifecycleTransitions';
import { LifecycleEvent, nextLifecycleState } from './nextLifecycleState';

const event = (
  type: LifecycleEventType,
  by: LifecycleActor,
  resumeTo: (typeof RESUMABLE_STATES)[number] = 'approved',
): LifecycleEvent =>
  type === 'keep' || type === 'reinstate'
    ? { type, by, resumeTo }
    : { type, by };

const allowedPairs = new Set(
  LIFECYCLE_TRANSITIONS.flatMap(t => t.from.map(from => `${from}|${t.event}`)),
);

describe('nextLifecycleState', () => {
  it('has one transition at most per state and event', () => {
    const pairs = LIFECYCLE_TRANSITIONS.flatMap(t =>
      t.from.map(from => `${from}|${t.event}`),
    );
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it.each(
    LIFECYCLE_TRANSITIONS.flatMap(t =>
      t.from.flatMap(from => t.by.map(by => [t.event, from, by] as const)),
    ),
  )('allows %s from %s by %s', (type, from, by) => {
    const transition = LIFECYCLE_TRANSITIONS.find(t => t.event === type)!;
    for (const resumeTo of RESUMABLE_STATES) {
      const decision = nextLifecycleState(from, event(type, by, resumeTo));
      expect(decision).toMatchObject({
        allowed: true,
        from,
        to: transition.to === 'resume' ? resumeTo : transition.to,
      });
    }
  });

  it('refuses every state and event pair the table does not name, for every actor', () => {
    let refused = 0;
    for (const from of LIFECYCLE_STATES) {
      for (const type of LIFECYCLE_EVENTS) {
        if (allowedPairs.has(`${from}|${type}`)) continue;
        for (const by of LIFECYCLE_ACTORS) {
          const decision = nextLifecycleState(from, event(type, by));
          expect(decision.allowed).toBe(false);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses an event triggered by someone the table does not name', () => {
    expect(
      nextLifecycleState('approved', event('quarantine', 'owner')),
    ).toEqual({
      allowed: false,
      from: 'approved',
      reason: 'quarantine may be triggered only by admin, not by owner',
    });
    expect(
      nextLifecycleState('retirement-pending', event('keep', 'system')).allowed,
    ).toBe(false);
    expect(
      nextLifecycleState('pending-approval', event('approval-granted', 'owner'))
        .allowed,
    ).toBe(false);
  });

  it.each(['quarantined', 'retired'] as const)(
    'lets nothing but an admin reinstate bring a %s app back into service',
    state => {
      for (const type of LIFECYCLE_EVENTS) {
        for (const by of LIFECYCLE_ACTORS) {
          for (const resumeTo of RESUMABLE_STATES) {
            const decision = nextLifecycleState(
              state,
              event(type, by, resumeTo),
            );
            if (!decision.allowed) continue;
            const reinstated = type === 'reinstate' && by === 'admin';
            const retiredByAdmin =
              type === 'retire' && by === 'admin' && decision.to === 'retired';
            expect({ type, by, ok: reinstated || retiredByAdmin }).toEqual({
              type,
              by,
              ok: true,
            });
          }
        }
      }
    },
  );

  it('names the quarantine escape paths the issue found as refused', () => {
    const escapes: LifecycleEvent[] = [
      { type: 'approval-granted', by: 'reviewer' },
      { type: 'approval-rejected', by: 'reviewer' },
      { type: 'auto-approved', by: 'system' },
      { type: 'approval-requested', by: 'system' },
      { type: 'attested-not-needed', by: 'owner' },
      { type: 'keep', by: 'owner', resumeTo: 'approved' },
    ];
    for (const state of ['quarantined', 'retired'] as const) {
      for (const e of escapes) {
        expect(nextLifecycleState(state, e)).toEqual({
          allowed: false,
          from: state,
          reason: `The app is ${state}: only an admin's reinstate brings it back`,
        });
      }
    }
  });

  it('resumes a kept or reinstated app at the state of its latest approval', () => {
    expect(
      nextLifecycleState('retirement-pending', {
        type: 'keep',
        by: 'owner',
        resumeTo: 'pending-approval',
      }),
    ).toMatchObject({ allowed: true, to: 'pending-approval' });
    expect(
      nextLifecycleState('retired', {
        type: 'reinstate',
        by: 'admin',
        resumeTo: 'registered',
      }),
    ).toMatchObject({ allowed: true, to: 'registered' });
  });

  it('explains a refusal from an active state with where the event applies', () => {
    expect(nextLifecycleState('approved', event('keep', 'owner'))).toEqual({
      allowed: false,
      from: 'approved',
      reason:
        'The app is approved: keep applies only to an app that is retirement-pending',
    });
  });
});
