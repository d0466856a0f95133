import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seed 000's signed module of a registration: the document its agency uploaded, if any. */
export class RegistrationModules1767400000001 implements MigrationInterface {
  name = 'RegistrationModules1767400000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE registrations ADD COLUMN module_document_id uuid');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE registrations DROP COLUMN module_document_id');
  }
}
