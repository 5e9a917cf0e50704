/*
 * Lifecycle facts of governed apps: last reported activity, why the app is
 * in its state, and until when its owner chose to keep it.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('governance_apps', table => {
    table.timestamp('last_activity_at', { useTz: true }).nullable();
    table.text('lifecycle_reason').nullable();
    table.timestamp('keep_until', { useTz: true }).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('governance_apps', table => {
    table.dropColumn('last_activity_at');
    table.dropColumn('lifecycle_reason');
    table.dropColumn('keep_until');
  });
};
