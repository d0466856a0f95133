import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Acquisisci CIG" sent by ordering as a command becomes a stage of the worker ('recupero'): the
 * message handler only records it, and recupera-cig is called outside any message's transaction.
 */
export class AcquisitionStage1764900000000 implements MigrationInterface {
  name = 'AcquisitionStage1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE cig_requests DROP CONSTRAINT cig_requests_stage_check');
    await runner.query(
      'ALTER TABLE cig_requests ADD CONSTRAINT cig_requests_stage_check CHECK ' +
        "(stage IN ('crea', 'conferma', 'esito', 'recupero'))",
    );
    await runner.query('DROP INDEX IF EXISTS cig_requests_due');
    await runner.query(
      'CREATE INDEX cig_requests_due ON cig_requests (next_poll_at) WHERE ' +
        "status = 'in-corso' OR stage = 'recupero'",
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      "UPDATE cig_requests SET stage = NULL, next_poll_at = NULL WHERE stage = 'recupero'",
    );
    await runner.query('ALTER TABLE cig_requests DROP CONSTRAINT cig_requests_stage_check');
    await runner.query(
      'ALTER TABLE cig_requests ADD CONSTRAINT cig_requests_stage_check CHECK ' +
        "(stage IN ('crea', 'conferma', 'esito'))",
    );
    await runner.query('DROP INDEX IF EXISTS cig_requests_due');
    await runner.query(
      "CREATE INDEX cig_requests_due ON cig_requests (next_poll_at) WHERE status = 'in-corso'",
    );
  }
}
