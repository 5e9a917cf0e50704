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
  ApprovalRequest,
  GovernancePosture,
} from '@guardrails/plugin-governance-common';
import { standingOf } from './standingOf';

const approval = (
  status: ApprovalRequest['status'],
  awaitingRoles: ApprovalRequest['awaitingRoles'] = [],
) => ({ status, awaitingRoles } as ApprovalRequest);

const blockingFinding = { blocking: true } as any;

const posture = (over: Partial<GovernancePosture>): GovernancePosture => ({
  entityRef: 'component:default/app',
  governed: true,
  validation: { valid: true, issues: [] },
  approval: approval('approved'),
  policy: { packs: [], passedRules: 1, allowed: true, findings: [] },
  compliance: { compliant: true, reasons: [] },
  lifecycle: { state: 'approved', registeredAt: '2026-01-01T00:00:00Z' },
  evaluatedAt: '2026-01-02T00:00:00Z',
  ...over,
});

describe('standingOf', () => {
  it.each<[string, Partial<GovernancePosture>, string, string[]]>([
    ['nothing open', {}, 'In good standing', []],
    [
      'auto-approved',
      { approval: approval('auto-approved') },
      'In good standing',
      [],
    ],
    [
      'a blocking finding, attestation up to date',
      {
        policy: {
          packs: [],
          passedRules: 1,
          allowed: false,
          findings: [blockingFinding],
        },
      },
      'Blocked',
      ['1 blocking policy finding'],
    ],
    [
      'a rejected approval',
      { approval: approval('rejected') },
      'Blocked',
      ['Approval rejected'],
    ],
    [
      'a superseded request as the latest',
      { approval: approval('superseded') },
      'Awaiting approval',
      ['Approval request superseded'],
    ],
    [
      'changes requested',
      { approval: approval('changes-requested') },
      'Changes requested',
      ['Reviewers requested changes'],
    ],
    [
      'a pending approval',
      { approval: approval('pending', ['security']) },
      'Awaiting approval',
      ['Waiting on security'],
    ],
    [
      'no approval request',
      { approval: undefined },
      'Awaiting approval',
      ['No approval request yet'],
    ],
    [
      'an overdue attestation',
      {
        compliance: {
          compliant: false,
          reasons: ['Attestation overdue since 2026-01-01 (c1)'],
        },
      },
      'Action needed',
      ['Attestation overdue since 2026-01-01 (c1)'],
    ],
    [
      'queued for retirement',
      {
        lifecycle: {
          state: 'retirement-pending',
          registeredAt: '2026-01-01T00:00:00Z',
        },
      },
      'Action needed',
      ['Queued for retirement'],
    ],
    [
      'retired, whatever else',
      {
        approval: approval('rejected'),
        lifecycle: {
          state: 'retired',
          registeredAt: '2026-01-01T00:00:00Z',
          reason: 'unused',
        },
      },
      'Retired',
      ['Retired: unused', 'Approval rejected'],
    ],
  ])('%s: %s', (_case, over, label, reasons) => {
    const standing = standingOf(posture(over));
    expect(standing.label).toBe(label);
    expect(standing.reasons).toEqual(reasons);
  });

  it('lists every reason, most severe first', () => {
    const standing = standingOf(
      posture({
        approval: approval('pending', ['privacy']),
        compliance: { compliant: false, reasons: ['Attestation overdue'] },
        lifecycle: {
          state: 'quarantined',
          registeredAt: '2026-01-01T00:00:00Z',
        },
        policy: {
          packs: [],
          passedRules: 0,
          allowed: false,
          findings: [blockingFinding, blockingFinding],
        },
      }),
    );
    expect(standing.kind).toBe('quarantined');
    expect(standing.reasons).toEqual([
      'Quarantined',
      '2 blocking policy findings',
      'Waiting on privacy',
      'Attestation overdue',
    ]);
  });
});
