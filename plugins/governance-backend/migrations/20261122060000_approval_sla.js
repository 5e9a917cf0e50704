/*
 * When reviewers were reminded of, and admins told about, an approval
 * request's SLA, so each happens once.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('governance_approval_requests', table => {
    table.timestamp('reminded_at', { useTz: true }).nullable();
    table.timestamp('escalated_at', { useTz: true }).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('governance_approval_requests', table => {
    table.dropColumn('reminded_at');
    table.dropColumn('escalated_at');
  });
};
