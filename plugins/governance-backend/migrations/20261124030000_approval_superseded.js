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
/*
 * A new approval request supersedes the app's older open ones (pending or
 * changes requested): they leave the queues and take no more decisions.
 * superseded_by names the request that replaced each. Requests left open
 * behind a newer one before this migration are superseded now.
 */

const REQUESTS = 'governance_approval_requests';
const OPEN = ['pending', 'changes-requested'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(REQUESTS, table => {
    table
      .string('superseded_by', 36)
      .nullable()
      .comment('The newer request of the app that superseded this one');
  });
  const stale = await knex(`${REQUESTS} as old`)
    .join(`${REQUESTS} as newer`, function joinNewer() {
      this.on('newer.entity_ref', '=', 'old.entity_ref').andOn(
        'newer.sequence',
        '>',
        'old.sequence',
      );
    })
    .whereIn('old.status', OPEN)
    .select('old.id as id', 'old.entity_ref as entity_ref');
  const latest = new Map(
    (
      await knex(REQUESTS)
        .whereIn('entity_ref', [...new Set(stale.map(r => r.entity_ref))])
        .select('entity_ref', 'id', 'sequence')
        .orderBy('sequence')
    ).map(r => [r.entity_ref, r.id]),
  );
  for (const { id, entity_ref: entityRef } of stale) {
    await knex(REQUESTS)
      .where({ id })
      .update({ status: 'superseded', superseded_by: latest.get(entityRef) });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  // The older schema knows no superseded status; such requests were pending.
  await knex(REQUESTS)
    .where({ status: 'superseded' })
    .update({ status: 'pending' });
  await knex.schema.alterTable(REQUESTS, table => {
    table.dropColumn('superseded_by');
  });
};
