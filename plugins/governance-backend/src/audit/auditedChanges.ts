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
import { AuditedChanges, dayOf, event, ms } from './expectedEvents';
import { AUDITED_FACT_CHANGES } from './auditedFactChanges';

export type {
  AuditedChanges,
  ExpectedEvent,
  LoggedEvent,
} from './expectedEvents';

/**
 * Every governance table that records a change, with the audit event each
 * of its rows implies. A row without its event is a change the log misses.
 */
export const AUDITED_CHANGES: AuditedChanges[] = [
  {
    table: 'governance_exceptions',
    from: 'governance_exceptions',
    columns: { id: 'id', entityRef: 'entity_ref', status: 'status' },
    key: ['id'],
    actions: ['exception.requested', 'exception.granted', 'exception.denied'],
    expect: row => [
      event(row.id, ['exception.requested'], { exceptionId: row.id }),
      ...(row.status === 'requested'
        ? []
        : [
            event(row.id, [`exception.${row.status}`], { exceptionId: row.id }),
          ]),
    ],
  },
  {
    table: 'governance_approval_requests',
    from: 'governance_approval_requests',
    columns: {
      id: 'id',
      entityRef: 'entity_ref',
      status: 'status',
      escalatedAt: 'escalated_at',
    },
    key: ['id'],
    actions: [
      'approval.requested',
      'approval.auto-approved',
      'approval.resubmitted',
      'approval.escalated',
    ],
    expect: row => [
      event(
        row.id,
        row.status === 'auto-approved'
          ? ['approval.auto-approved']
          : ['approval.requested', 'approval.resubmitted'],
        { requestId: row.id },
      ),
      ...(row.escalatedAt
        ? [event(row.id, ['approval.escalated'], { requestId: row.id })]
        : []),
    ],
  },
  {
    table: 'governance_approval_decisions',
    from: 'governance_approval_decisions as d',
    join: ['governance_approval_requests as r', 'r.id', 'd.request_id'],
    columns: {
      requestId: 'd.request_id',
      role: 'd.role',
      entityRef: 'r.entity_ref',
    },
    key: ['requestId', 'role'],
    actions: ['approval.decided'],
    expect: row => [
      event(`${row.requestId}/${row.role}`, ['approval.decided'], {
        requestId: row.requestId,
        role: row.role,
      }),
    ],
  },
  {
    table: 'governance_approval_delegations',
    from: 'governance_approval_delegations as d',
    join: ['governance_approval_requests as r', 'r.id', 'd.request_id'],
    columns: {
      id: 'd.id',
      requestId: 'd.request_id',
      role: 'd.role',
      to: 'd.delegated_to',
      entityRef: 'r.entity_ref',
    },
    key: ['id'],
    actions: ['approval.delegated'],
    expect: row => [
      event(String(row.id), ['approval.delegated'], {
        requestId: row.requestId,
        role: row.role,
        to: row.to,
      }),
    ],
  },
  {
    table: 'governance_attestations',
    from: 'governance_attestations',
    columns: {
      id: 'id',
      entityRef: 'entity_ref',
      campaign: 'campaign',
      status: 'status',
      escalatedAt: 'escalated_at',
    },
    key: ['id'],
    actions: [
      'attestation.opened',
      'attestation.completed',
      'attestation.overdue',
    ],
    expect: row => [
      event(row.id, ['attestation.opened'], { campaign: row.campaign }),
      ...(row.status === 'completed'
        ? [event(row.id, ['attestation.completed'], { attestationId: row.id })]
        : []),
      ...(row.escalatedAt
        ? [event(row.id, ['attestation.overdue'], { attestationId: row.id })]
        : []),
    ],
  },
  {
    table: 'governance_evidence',
    from: 'governance_evidence',
    columns: {
      id: 'id',
      entityRef: 'entity_ref',
      approvalId: 'approval_id',
      version: 'version',
    },
    key: ['id'],
    actions: ['evidence.created'],
    expect: row => [
      event(row.id, ['evidence.created'], {
        approvalId: row.approvalId,
        version: Number(row.version),
      }),
    ],
  },
  {
    // The record and its event share who asserted it and when.
    table: 'governance_app_provenance',
    from: 'governance_app_provenance',
    columns: {
      id: 'id',
      entityRef: 'entity_ref',
      registeredBy: 'registered_by',
      registeredAt: 'registered_at',
    },
    key: ['id'],
    actions: ['app.registered'],
    expect: row => [
      {
        id: String(row.id),
        expectedAction: 'app.registered',
        isIn: events =>
          events.some(
            e =>
              e.action === 'app.registered' &&
              e.actor === row.registeredBy &&
              e.occurredAt === ms(row.registeredAt),
          ),
      },
    ],
  },
  {
    // An SBOM submission and its event share who submitted it and when.
    table: 'governance_app_sboms',
    from: 'governance_app_sboms',
    columns: {
      id: 'id',
      entityRef: 'entity_ref',
      submittedBy: 'submitted_by',
      submittedAt: 'submitted_at',
      sbomSha256: 'sbom_sha256',
    },
    key: ['id'],
    actions: ['app.sbom-submitted'],
    expect: row => [
      {
        id: String(row.id),
        expectedAction: 'app.sbom-submitted',
        isIn: events =>
          events.some(
            e =>
              e.action === 'app.sbom-submitted' &&
              e.actor === row.submittedBy &&
              e.occurredAt === ms(row.submittedAt) &&
              e.payload.sbomSha256 === row.sbomSha256,
          ),
      },
    ],
  },
  {
    // The app's state holds only its latest move: a reason is recorded by
    // the audited moves (admin, owner, sweep) and cleared by the ones an
    // audited approval step makes, so the app's latest lifecycle event
    // must lead to its state.
    table: 'governance_apps',
    from: 'governance_apps',
    columns: {
      entityRef: 'entity_ref',
      state: 'lifecycle_state',
      reason: 'lifecycle_reason',
    },
    key: ['entityRef'],
    whereNotNull: 'lifecycle_reason',
    actions: ['lifecycle.%'],
    expect: row => [
      {
        id: row.entityRef,
        expectedAction: `lifecycle.* to ${row.state}`,
        isIn: events => events.at(-1)?.payload.to === row.state,
      },
    ],
  },
  {
    // At most one event per app and UTC day: the last report's day has one.
    table: 'governance_apps',
    from: 'governance_apps',
    columns: { entityRef: 'entity_ref', lastActivityAt: 'last_activity_at' },
    key: ['entityRef'],
    whereNotNull: 'last_activity_at',
    actions: ['app.activity-reported'],
    eventsSince: rows =>
      new Date(`${rows.map(r => dayOf(r.lastActivityAt)).sort()[0]}T00:00:00Z`),
    expect: row => [
      {
        id: row.entityRef,
        expectedAction: 'app.activity-reported',
        isIn: events =>
          events.some(e => dayOf(e.occurredAt) === dayOf(row.lastActivityAt)),
      },
    ],
  },
  ...AUDITED_FACT_CHANGES,
];
