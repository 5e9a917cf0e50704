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
import { GovernancePosture } from '@guardrails/plugin-governance-common';

/**
 * Kinds of overall standing, most severe first: the first that applies
 * names the standing.
 */
export const STANDING_KINDS = [
  'retired',
  'quarantined',
  'blocked',
  'changes-requested',
  'awaiting-approval',
  'action-needed',
  'good',
] as const;

/** One kind of overall standing. */
export type StandingKind = (typeof STANDING_KINDS)[number];

/** An app's overall standing: what it may do now, and why. */
export interface Standing {
  kind: StandingKind;
  /** The standing in words, e.g. "Blocked". */
  label: string;
  /** Everything that keeps the app from good standing, most severe first. */
  reasons: string[];
}

const LABELS: Record<StandingKind, string> = {
  retired: 'Retired',
  quarantined: 'Quarantined',
  blocked: 'Blocked',
  'changes-requested': 'Changes requested',
  'awaiting-approval': 'Awaiting approval',
  'action-needed': 'Action needed',
  good: 'In good standing',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the latest approval request adds to the standing, if anything. */
function approvalStanding(
  approval: GovernancePosture['approval'],
): [StandingKind, string] | undefined {
  if (!approval) return ['awaiting-approval', 'No approval request yet'];
  switch (approval.status) {
    case 'approved':
    case 'auto-approved':
      return undefined;
    case 'rejected':
      return ['blocked', 'Approval rejected'];
    case 'changes-requested':
      return ['changes-requested', 'Reviewers requested changes'];
    case 'pending':
      return [
        'awaiting-approval',
        approval.awaitingRoles.length > 0
          ? `Waiting on ${approval.awaitingRoles.join(', ')}`
          : 'Approval pending',
      ];
    case 'superseded':
      return ['awaiting-approval', 'Approval request superseded'];
    default: {
      // A status added later must be placed here, not pass as approved.
      const unknown: never = approval.status;
      return ['awaiting-approval', `Approval ${unknown}`];
    }
  }
}

/**
 * The overall standing of an app from its lifecycle state, blocking policy
 * findings, approval and attestations: the same facts the promotion gate
 * weighs. Attestation compliance is one input, not the standing itself, so
 * an app with its attestation up to date can still be blocked.
 */
export function standingOf(posture: GovernancePosture): Standing {
  const found: Array<[StandingKind, string]> = [];
  const { lifecycle, approval } = posture;
  const state = lifecycle?.state;
  const because = lifecycle?.reason ? `: ${lifecycle.reason}` : '';

  if (state === 'retired') found.push(['retired', `Retired${because}`]);
  if (state === 'quarantined') {
    found.push(['quarantined', `Quarantined${because}`]);
  }
  const blocking = posture.policy?.findings.filter(f => f.blocking) ?? [];
  if (blocking.length > 0) {
    found.push(['blocked', plural(blocking.length, 'blocking policy finding')]);
  }
  const approvalReason = approvalStanding(approval);
  if (approvalReason) found.push(approvalReason);
  if (posture.compliance?.compliant === false) {
    const { reasons } = posture.compliance;
    const overdue = reasons.length > 0 ? reasons : ['Attestation overdue'];
    overdue.forEach(reason => found.push(['action-needed', reason]));
  }
  if (state === 'retirement-pending') {
    found.push(['action-needed', `Queued for retirement${because}`]);
  }

  const rank = (kind: StandingKind) => STANDING_KINDS.indexOf(kind);
  found.sort((a, b) => rank(a[0]) - rank(b[0]));
  const kind = found[0]?.[0] ?? 'good';
  return {
    kind,
    label: LABELS[kind],
    reasons: found.map(([, reason]) => reason),
  };
}
