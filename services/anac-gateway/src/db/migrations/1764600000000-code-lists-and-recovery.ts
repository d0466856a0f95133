import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ANAC's code lists as read from the PCP (recupera-tipologica), refreshed on a schedule; the moment
 * a crea-appalto left, so a lost answer is recovered with ricerca-appalto; the background
 * verification of sent schede and their rollback.
 */
export class CodeListsAndRecovery1764600000000 implements MigrationInterface {
  name = 'CodeListsAndRecovery1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE anac_code_lists (
        list text NOT NULL,
        code text NOT NULL,
        label text NOT NULL,
        valid_from timestamptz,
        valid_to timestamptz,
        PRIMARY KEY (list, code)
      )`);
    await runner.query(
      'CREATE INDEX anac_code_lists_label ON anac_code_lists (list, lower(label) text_pattern_ops)',
    );
    await runner.query(`
      CREATE TABLE anac_code_list_syncs (
        list text PRIMARY KEY,
        entries integer NOT NULL,
        synced_at timestamptz NOT NULL
      )`);
    await runner.query('ALTER TABLE cig_requests ADD COLUMN crea_sent_at timestamptz');
    await runner.query(`ALTER TABLE schede ADD COLUMN next_check_at timestamptz, ADD COLUMN
      check_attempts integer NOT NULL DEFAULT 0,
      ADD COLUMN rup jsonb, ADD COLUMN lease_until timestamptz, ADD COLUMN rollback_reason text`);
    await runner.query('ALTER TABLE schede DROP CONSTRAINT IF EXISTS schede_status_check');
    await runner.query(
      'ALTER TABLE schede ADD CONSTRAINT schede_status_check CHECK (status IN ' +
        "('bozza', 'inviata', 'confermata', 'rifiutata', 'in annullamento', " +
        "'annullata'))",
    );
    await runner.query(
      'CREATE INDEX schede_to_check ON schede (next_check_at) WHERE next_check_at IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX schede_to_check');
    await runner.query(
      'ALTER TABLE schede DROP COLUMN next_check_at, DROP COLUMN ' +
        'check_attempts, DROP COLUMN rup, DROP COLUMN lease_until, DROP COLUMN ' +
        'rollback_reason',
    );
    await runner.query('ALTER TABLE cig_requests DROP COLUMN crea_sent_at');
    await runner.query('DROP TABLE anac_code_list_syncs, anac_code_lists');
  }
}
