import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/** The agency a request acts for, as the platform sets it on the connection (none: no row). */
const agency = requestAgencySql;

/**
 * Row-level security on the agencies' CIG requests: only the agency that asks sees and changes
 * them; its schede and its transmission log follow the request. Requests run as the service's
 * request role, which these policies bind; the orchestrator and the checks of schede run as the
 * owner.
 */
export class RowSecurity1765300000000 implements MigrationInterface {
  name = 'RowSecurity1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE cig_requests ENABLE ROW LEVEL SECURITY');
    await runner.query(
      `CREATE POLICY cig_requests_of_the_agency ON cig_requests USING (agency_id = ${agency})`,
    );
    for (const table of ['schede', 'transmissions']) {
      await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await runner.query(
        `CREATE POLICY ${table}_with_request ON ${table} USING (EXISTS (SELECT 1 ` +
          `FROM cig_requests r WHERE r.id = ${table}.cig_request_id))`,
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [table, policy] of [
      ['cig_requests', 'cig_requests_of_the_agency'],
      ['schede', 'schede_with_request'],
      ['transmissions', 'transmissions_with_request'],
    ]) {
      await runner.query(`DROP POLICY ${policy} ON ${table}`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
