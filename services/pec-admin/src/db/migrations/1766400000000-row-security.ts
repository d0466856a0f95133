import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bindRows, requestAgencySql, schemaOf, unbindRows, type RowPolicy } from '@app/platform/db';

/** The Order a request acts for, as the platform sets it on the connection (none: no row). */
const order = requestAgencySql;

/**
 * Row-level security on each Order's register (seed 004: an Order manages its own members'
 * mailboxes and nobody else's): members, mailboxes, the request ledger, INI-PEC rows, bulk loads
 * and the Order's own entry. Requests run as the service's request role, which these policies bind;
 * the ledger worker, the acceptance watcher and the consumers run as the owner.
 */
const tables: [string, RowPolicy[]][] = [
  ...['members', 'mailboxes', 'requests', 'ini_pec_rows', 'imports'].map(
    (table): [string, RowPolicy[]] => [
      table,
      [{ name: `${table}_of_the_order`, using: `order_agency_id = ${order}` }],
    ],
  ),
  ['orders', [{ name: 'orders_own_entry', command: 'SELECT', using: `agency_id = ${order}` }]],
];

export class RowSecurity1766400000000 implements MigrationInterface {
  name = 'RowSecurity1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const [table, policies] of tables) await bindRows(runner, table, policies);
    // A new address must not repeat one of another Order's boxes at the provider: a request learns
    // how many addresses start with the stem, and nothing else of those boxes.
    await runner.query(`
      CREATE FUNCTION addresses_with_stem(stem text) RETURNS int LANGUAGE sql STABLE SECURITY
        DEFINER
      SET search_path = "${schemaOf(runner.connection)}" AS $$
        SELECT count(*)::int FROM mailboxes WHERE address ~ ('^' || replace(stem, '.', '\\.') ||
          '[0-9]*@')
      $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP FUNCTION addresses_with_stem(text)');
    for (const [table, policies] of tables.toReversed()) await unbindRows(runner, table, policies);
  }
}
