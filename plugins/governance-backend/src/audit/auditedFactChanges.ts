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
import { AuditedChanges, event, ms } from './expectedEvents';

/**
 * The program KPIs' facts and the scaffolder's check outcomes, with the
 * audit event each row implies. Each fact row keeps who reported it last
 * and when, as the report's one event does.
 */
export const AUDITED_FACT_CHANGES: AuditedChanges[] = [
  ...(
    [
      ['governance_app_costs', 'month'],
      ['governance_app_incidents', 'incident_id'],
      ['governance_app_deploys', 'deployed_at'],
    ] as const
  ).map(
    ([table, key]): AuditedChanges => ({
      table,
      from: table,
      columns: {
        entityRef: 'entity_ref',
        key,
        reportedBy: 'reported_by',
        reportedAt: 'reported_at',
      },
      key: ['entityRef', 'key'],
      actions: ['app.facts-reported'],
      expect: row => [
        {
          id: `${row.entityRef} ${row.key}`,
          expectedAction: 'app.facts-reported',
          isIn: events =>
            events.some(
              e =>
                e.actor === row.reportedBy &&
                e.occurredAt === ms(row.reportedAt),
            ),
        },
      ],
    }),
  ),
  {
    // The scaffolder's check outcomes, named by the app, template or user.
    table: 'governance_check_outcomes',
    from: 'governance_check_outcomes',
    columns: { id: 'id', entityRef: 'subject_ref' },
    key: ['id'],
    actions: ['check.outcome-recorded', 'security.secret-scan-blocked'],
    expect: row => [
      event(
        row.id,
        ['check.outcome-recorded', 'security.secret-scan-blocked'],
        {
          outcomeId: row.id,
        },
      ),
    ],
  },
];
