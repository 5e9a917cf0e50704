/*
 * Reviewers hand a role's review of a request to another member of the
 * role; the latest delegation names who the request waits on.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('governance_approval_delegations', table => {
    table.comment('Delegations of a role review to another member of the role');
    table.increments('id');
    table
      .string('request_id', 36)
      .notNullable()
      .references('id')
      .inTable('governance_approval_requests');
    table.string('role', 32).notNullable();
    table.string('delegated_by', 255).notNullable();
    table.string('delegated_to', 255).notNullable();
    table.timestamp('delegated_at', { useTz: true }).notNullable();
    table.index(['request_id'], 'governance_approval_delegations_request_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('governance_approval_delegations');
};
