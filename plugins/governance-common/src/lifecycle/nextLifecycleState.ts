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
  LIFECYCLE_TRANSITIONS,
  LifecycleActor,
  LifecycleEventType,
  LifecycleState,
  LifecycleTransition,
  ResumableState,
} from './lifecycleTransitions';

/**
 * Something that happened to an app. Keep and reinstate carry the state the
 * app's latest approval request stands at, where the app resumes.
 *
 * @public
 */
export type LifecycleEvent =
  | {
      type: Exclude<LifecycleEventType, 'keep' | 'reinstate'>;
      by: LifecycleActor;
    }
  | {
      type: 'keep' | 'reinstate';
      by: LifecycleActor;
      resumeTo: ResumableState;
    };

/** The outcome of {@link nextLifecycleState}. @public */
export type LifecycleDecision =
  | {
      allowed: true;
      from: LifecycleState;
      to: LifecycleState;
      transition: LifecycleTransition;
    }
  | { allowed: false; from: LifecycleState; reason: string };

/** States only an admin's reinstate brings an app back from. */
const LOCKED: readonly LifecycleState[] = ['quarantined', 'retired'];

/**
 * Decides where an event moves an app in `current` state, from
 * {@link LIFECYCLE_TRANSITIONS}: the new state, or a refusal with the reason.
 *
 * @public
 */
export function nextLifecycleState(
  current: LifecycleState,
  event: LifecycleEvent,
): LifecycleDecision {
  const transition = LIFECYCLE_TRANSITIONS.find(
    t => t.event === event.type && t.from.includes(current),
  );
  if (!transition) {
    const allowedFrom = LIFECYCLE_TRANSITIONS.filter(
      t => t.event === event.type,
    ).flatMap(t => t.from);
    const hint = LOCKED.includes(current)
      ? "only an admin's reinstate brings it back"
      : `${event.type} applies only to an app that is ${allowedFrom.join(
          ', ',
        )}`;
    return {
      allowed: false,
      from: current,
      reason: `The app is ${current}: ${hint}`,
    };
  }
  if (!transition.by.includes(event.by)) {
    return {
      allowed: false,
      from: current,
      reason: `${event.type} may be triggered only by ${transition.by.join(
        ' or ',
      )}, not by ${event.by}`,
    };
  }
  const to =
    transition.to === 'resume' && 'resumeTo' in event
      ? event.resumeTo
      : transition.to;
  if (to === 'resume') {
    return {
      allowed: false,
      from: current,
      reason: `${event.type} needs the state to resume to`,
    };
  }
  return { allowed: true, from: current, to, transition };
}
