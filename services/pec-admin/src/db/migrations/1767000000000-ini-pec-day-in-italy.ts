import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An INI-PEC row belongs to the day in Italy, as the file the Order sends that day: between
 * midnight in Rome and midnight UTC the database's own date (UTC) was still yesterday's, and the
 * day's file came out empty.
 */
export class IniPecDayInItaly1767000000000 implements MigrationInterface {
  name = 'IniPecDayInItaly1767000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE ini_pec_rows ALTER COLUMN day SET DEFAULT ` +
        `(now() AT TIME ZONE 'Europe/Rome')::date`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ini_pec_rows ALTER COLUMN day SET DEFAULT current_date');
  }
}
