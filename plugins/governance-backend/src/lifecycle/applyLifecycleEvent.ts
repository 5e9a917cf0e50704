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
import { ConflictError } from '@backstage/errors';
import {
  LifecycleEvent,
  LifecycleState,
  nextLifecycleState,
} from '@guardrails/plugin-governance-common';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';

/** Tries before giving up on an app whose state keeps moving under us. */
const ATTEMPTS = 5;

/** The outcome of {@link applyLifecycleEvent}. */
export type LifecycleChange =
  | { applied: true; from: LifecycleState; to: LifecycleState }
  | { applied: false; from?: LifecycleState; reason: string };

/**
 * Applies a lifecycle event to an app through the transition table of
 * governance-common, as a compare-and-set on its current state. When another
 * caller moved the app in between, it reads the app again and decides
 * again. A refused event writes nothing.
 *
 * @param details - the reason and keep date to record, given the move
 */
export async function applyLifecycleEvent(
  appRegistry: AppRegistryStore,
  entityRef: string,
  event: LifecycleEvent,
  details: (change: { from: LifecycleState; to: LifecycleState }) => {
    reason?: string;
    keepUntil?: Date;
  } = () => ({}),
): Promise<LifecycleChange> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const app = await appRegistry.getApp(entityRef);
    if (!app) {
      return { applied: false, reason: `${entityRef} is not registered` };
    }
    const decision = nextLifecycleState(app.lifecycleState, event);
    if (!decision.allowed) {
      return { applied: false, from: decision.from, reason: decision.reason };
    }
    const { from, to } = decision;
    if (
      await appRegistry.transitionLifecycleState(entityRef, {
        expected: from,
        next: to,
        ...details({ from, to }),
      })
    ) {
      return { applied: true, from, to };
    }
  }
  throw new ConflictError(
    `The lifecycle state of ${entityRef} kept changing while ${event.type} was applied; try again`,
  );
}
