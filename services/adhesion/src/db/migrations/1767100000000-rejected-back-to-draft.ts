import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 001: a round not approved sends the adhesion back «in bozza» (with its reason), to be sent
 * again or deleted; there is no «rifiutata» state. Adhesions rejected before are drafts again.
 */
export class RejectedBackToDraft1767100000000 implements MigrationInterface {
  name = 'RejectedBackToDraft1767100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE adhesions DROP CONSTRAINT adhesions_status_check');
    await runner.query(`UPDATE adhesions SET status = 'bozza' WHERE status = 'rifiutata'`);
    await runner.query(
      `UPDATE adhesion_history SET to_status = 'bozza' WHERE to_status = 'rifiutata'`,
    );
    await runner.query(
      `UPDATE adhesion_history SET from_status = 'bozza' WHERE from_status = 'rifiutata'`,
    );
    await runner.query(
      `ALTER TABLE adhesions ADD CONSTRAINT adhesions_status_check ` +
        `CHECK (status IN ('bozza', 'inviata', 'in-valutazione', 'approvata'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE adhesions DROP CONSTRAINT adhesions_status_check');
    await runner.query(
      `ALTER TABLE adhesions ADD CONSTRAINT adhesions_status_check ` +
        `CHECK (status IN ('bozza', 'inviata', 'in-valutazione', 'approvata', 'rifiutata'))`,
    );
  }
}
