import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/** The agency a request acts for, as the platform sets it on the connection (none: no row). */
const agency = requestAgencySql;

/**
 * Row-level security on a contract's Comunicazioni: a thread with its two parties, its messages and
 * readings following it. Requests run as the service's request role, which these policies bind. The
 * inbox, which a thread's alert writes into for the other party, is bound by RowSecurityInbox.
 */
export class RowSecurityCommunications1766300000000 implements MigrationInterface {
  name = 'RowSecurityCommunications1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE communications ENABLE ROW LEVEL SECURITY');
    await runner.query(
      `CREATE POLICY communications_of_the_parties ON communications USING (${agency} ` +
        `IN (from_agency_id, to_agency_id))`,
    );
    await runner.query('ALTER TABLE communication_messages ENABLE ROW LEVEL SECURITY');
    await runner.query(
      'CREATE POLICY communication_messages_with_thread ON ' +
        'communication_messages USING (EXISTS (SELECT 1 FROM communications c ' +
        'WHERE c.id = communication_messages.communication_id))',
    );
    await runner.query('ALTER TABLE communication_reads ENABLE ROW LEVEL SECURITY');
    await runner.query(
      'CREATE POLICY communication_reads_with_message ON communication_reads ' +
        'USING (EXISTS (SELECT 1 FROM communication_messages m WHERE m.id = ' +
        'communication_reads.message_id))',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [table, policy] of [
      ['communications', 'communications_of_the_parties'],
      ['communication_messages', 'communication_messages_with_thread'],
      ['communication_reads', 'communication_reads_with_message'],
    ]) {
      await runner.query(`DROP POLICY ${policy} ON ${table}`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
