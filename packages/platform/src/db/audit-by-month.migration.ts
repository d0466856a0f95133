import type { MigrationInterface, QueryRunner } from 'typeorm';
import { partitionByMonth } from './partition-conversion.js';

/**
 * Every service's audit log, partitioned by month of `at` (decision 0034): it grows with every
 * command for as long as the law asks it kept, and old months leave whole. Rows already there
 * become the partition of the months before the next one, prepared while writers go on.
 */
export class AuditLogByMonth1767600000001 implements MigrationInterface {
  name = 'AuditLogByMonth1767600000001';
  transaction = false;

  async up(runner: QueryRunner): Promise<void> {
    await partitionByMonth(runner, { table: 'audit_log', column: 'at', key: ['id'] });
  }

  async down(): Promise<void> {
    throw new Error(
      'Il registro partizionato per mese non torna indietro: i mesi archiviati non rientrano',
    );
  }
}
