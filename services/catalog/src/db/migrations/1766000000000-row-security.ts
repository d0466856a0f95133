import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/** The agency a request acts for, as the platform sets it on the connection (none: no row). */
const agency = requestAgencySql;
const ownContract = (table: string) =>
  `EXISTS (SELECT 1 FROM contracts c WHERE c.id = ${table}.contract_id AND ` +
  `c.banditore_agency_id = ${agency})`;
const visibleContract = (table: string) =>
  `EXISTS (SELECT 1 FROM contracts c WHERE c.id = ${table}.contract_id)`;

/**
 * Row-level security on the contracts, the same rule as `rules.isVisible` and `checkBanditore`: a
 * draft is its banditore's alone, a published contract everyone's to read and its banditore's alone
 * to change; versions and price lists follow their contract. A clarification is read by who asked
 * it, by the banditore, and by everyone once answered; only the banditore answers. Requests run as
 * the service's request role, which these policies bind; the consumers and the expiry job run as
 * the owner.
 */
export class RowSecurity1766000000000 implements MigrationInterface {
  name = 'RowSecurity1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contracts ENABLE ROW LEVEL SECURITY');
    await runner.query(
      `CREATE POLICY contracts_readable ON contracts FOR SELECT USING (status ` +
        `<> 'bozza' OR banditore_agency_id = ${agency})`,
    );
    await runner.query(
      `CREATE POLICY contracts_of_the_banditore ON contracts USING ` +
        `(banditore_agency_id = ${agency})`,
    );
    for (const table of ['contract_versions', 'price_items', 'price_revisions']) {
      await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await runner.query(
        `CREATE POLICY ${table}_readable ON ${table} FOR SELECT USING (${visibleContract(table)})`,
      );
      await runner.query(
        `CREATE POLICY ${table}_of_the_banditore ON ${table} USING (${ownContract(table)})`,
      );
    }
    await runner.query('ALTER TABLE clarifications ENABLE ROW LEVEL SECURITY');
    await runner.query(`CREATE POLICY clarifications_readable ON clarifications FOR SELECT USING (
      asker_agency_id = ${agency} OR answer IS NOT NULL OR ${ownContract('clarifications')})`);
    await runner.query(
      `CREATE POLICY clarifications_asked ON clarifications FOR INSERT WITH ` +
        `CHECK (asker_agency_id = ${agency} AND ` +
        `${visibleContract('clarifications')})`,
    );
    await runner.query(
      `CREATE POLICY clarifications_answered ON clarifications FOR UPDATE USING ` +
        `(${ownContract('clarifications')})`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const policies: [string, string[]][] = [
      ['contracts', ['contracts_readable', 'contracts_of_the_banditore']],
      ...['contract_versions', 'price_items', 'price_revisions'].map(
        (table): [string, string[]] => [table, [`${table}_readable`, `${table}_of_the_banditore`]],
      ),
      [
        'clarifications',
        ['clarifications_readable', 'clarifications_asked', 'clarifications_answered'],
      ],
    ];
    for (const [table, names] of policies) {
      for (const name of names) await runner.query(`DROP POLICY ${name} ON ${table}`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
