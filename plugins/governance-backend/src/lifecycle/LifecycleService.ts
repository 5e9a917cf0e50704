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
import { LifecycleState } from '@guardrails/plugin-governance-common';

/** What people may do to an app's lifecycle. */
export const LIFECYCLE_ACTIONS = [
  'keep',
  'quarantine',
  'retire',
  'reinstate',
] as const;
/** @public */
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** Activity, retirement and the admin actions on an app's lifecycle. */
export interface LifecycleService {
  /** The app, or its CI, reports that it is in use. */
  reportActivity(entityRef: string, actor: string): Promise<void>;
  /** Keep (owners), quarantine, retire or reinstate (admins) an app. */
  change(
    entityRef: string,
    action: LifecycleAction,
    justification: string,
    actor: string,
  ): Promise<{ state: LifecycleState }>;
  /**
   * Queues for retirement the apps whose planned retirement date has come or
   * that reported no activity for the configured number of days, and tells
   * their owners.
   */
  sweep(): Promise<{ queued: string[] }>;
}
