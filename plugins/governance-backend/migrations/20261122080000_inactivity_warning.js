/*
 * When the owner of an idle app was warned that it will be queued for
 * retirement, so the warning goes out once per idle spell.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('governance_apps', table => {
    table.timestamp('inactivity_warned_at', { useTz: true }).nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('governance_apps', table => {
    table.dropColumn('inactivity_warned_at');
  });
};
