import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/** The agency a request acts for, as the platform sets it on the connection (none: no row). */
const agency = requestAgencySql;

/**
 * Row-level security on the adhesions, the same rule as the store's: the adhering agency and the
 * contract's banditore. Requests run as the service's request role, which these policies bind;
 * consumers and jobs run as the owner. History and documents follow their adhesion.
 */
export class RowSecurity1765300000000 implements MigrationInterface {
  name = 'RowSecurity1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE adhesions ENABLE ROW LEVEL SECURITY`);
    await runner.query(`CREATE POLICY adhesions_visible ON adhesions USING (
      agency_id = ${agency}
      OR EXISTS (SELECT 1 FROM known_contracts k WHERE k.contract_id = adhesions.contract_id AND
        k.banditore_agency_id = ${agency}))`);
    for (const table of ['adhesion_history', 'adhesion_documents']) {
      await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await runner.query(
        `CREATE POLICY ${table}_with_adhesion ON ${table} USING (EXISTS (SELECT 1 ` +
          `FROM adhesions a WHERE a.id = ${table}.adhesion_id))`,
      );
    }
    // An agency writes its own acts in the history, the deletion of its draft included (the
    // adhesion is gone then).
    await runner.query(
      `CREATE POLICY adhesion_history_own_acts ON adhesion_history FOR INSERT ` +
        `WITH CHECK (actor_agency = ${agency})`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP POLICY adhesion_history_own_acts ON adhesion_history');
    for (const [table, policy] of [
      ['adhesions', 'adhesions_visible'],
      ['adhesion_history', 'adhesion_history_with_adhesion'],
      ['adhesion_documents', 'adhesion_documents_with_adhesion'],
    ]) {
      await runner.query(`DROP POLICY ${policy} ON ${table}`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
