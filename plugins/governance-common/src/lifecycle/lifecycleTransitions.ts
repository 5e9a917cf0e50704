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
/** Lifecycle states of a governed app. @public */
export const LIFECYCLE_STATES = [
  'registered',
  'pending-approval',
  'approved',
  'quarantined',
  'retirement-pending',
  'retired',
] as const;

/** @public */
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/**
 * The states an app returns to when it is kept or reinstated: the one its
 * latest approval request stands at.
 *
 * @public
 */
export const RESUMABLE_STATES = [
  'registered',
  'pending-approval',
  'approved',
] as const satisfies readonly LifecycleState[];

/** @public */
export type ResumableState = (typeof RESUMABLE_STATES)[number];

/** Who triggers a lifecycle event. @public */
export const LIFECYCLE_ACTORS = [
  'system',
  'owner',
  'reviewer',
  'admin',
] as const;

/** @public */
export type LifecycleActor = (typeof LIFECYCLE_ACTORS)[number];

/** What may move an app from one lifecycle state to another. @public */
export const LIFECYCLE_EVENTS = [
  'approval-requested',
  'auto-approved',
  'approval-granted',
  'approval-rejected',
  'retirement-due',
  'attested-not-needed',
  'keep',
  'quarantine',
  'retire',
  'reinstate',
] as const;

/** @public */
export type LifecycleEventType = (typeof LIFECYCLE_EVENTS)[number];

/**
 * One allowed transition: from any of `from`, the event moves the app to
 * `to`. `resume` means the state the app's latest approval request stands
 * at (see {@link RESUMABLE_STATES}).
 *
 * @public
 */
export interface LifecycleTransition {
  event: LifecycleEventType;
  from: readonly LifecycleState[];
  to: LifecycleState | 'resume';
  /** Who may trigger the event. */
  by: readonly LifecycleActor[];
  /** What triggers it, in words. */
  trigger: string;
  /** What must hold before it is applied, in words. */
  requires: string;
}

const ACTIVE = ['registered', 'pending-approval', 'approved'] as const;

/**
 * Every allowed lifecycle transition; anything else is refused. Quarantined
 * and retired are left only by an admin's reinstate (or, from quarantine,
 * retirement), so no decision, profile change, attestation or keep brings
 * such an app back into service.
 *
 * @public
 */
export const LIFECYCLE_TRANSITIONS: readonly LifecycleTransition[] = [
  {
    event: 'approval-requested',
    from: ['registered', 'approved'],
    to: 'pending-approval',
    by: ['system'],
    trigger: 'first registration or a material profile change',
    requires: 'a new approval request at tier 1 or above',
  },
  {
    event: 'auto-approved',
    from: ['registered', 'pending-approval'],
    to: 'approved',
    by: ['system'],
    trigger: 'first registration or a material profile change',
    requires: 'a new approval request at tier 0, approved automatically',
  },
  {
    event: 'approval-granted',
    from: ['pending-approval'],
    to: 'approved',
    by: ['reviewer'],
    trigger: 'the last required reviewer approves',
    requires: "every required role approved the app's latest request",
  },
  {
    event: 'approval-rejected',
    from: ['pending-approval'],
    to: 'registered',
    by: ['reviewer'],
    trigger: 'a reviewer rejects or requests changes',
    requires: "the app's latest request",
  },
  {
    event: 'retirement-due',
    from: ACTIVE,
    to: 'retirement-pending',
    by: ['system'],
    trigger: 'the lifecycle sweep: inactivity or the planned retirement date',
    requires:
      'no activity for the configured days, or the date has come; no keep in effect',
  },
  {
    event: 'attested-not-needed',
    from: ACTIVE,
    to: 'retirement-pending',
    by: ['owner'],
    trigger: 'an attestation answering "no longer needed"',
    requires: 'a completed attestation task of the app',
  },
  {
    event: 'keep',
    from: ['retirement-pending'],
    to: 'resume',
    by: ['owner', 'admin'],
    trigger: 'the owner keeps the app in service',
    requires:
      'a justification; protects the app from the sweep for the inactivity period',
  },
  {
    event: 'quarantine',
    from: [...ACTIVE, 'retirement-pending'],
    to: 'quarantined',
    by: ['admin'],
    trigger: 'an admin quarantines the app',
    requires: 'a justification',
  },
  {
    event: 'retire',
    from: [...ACTIVE, 'retirement-pending', 'quarantined'],
    to: 'retired',
    by: ['admin'],
    trigger: 'an admin retires the app',
    requires: 'a justification',
  },
  {
    event: 'reinstate',
    from: ['quarantined', 'retirement-pending', 'retired'],
    to: 'resume',
    by: ['admin'],
    trigger: 'an admin reinstates the app',
    requires: 'a justification',
  },
];
