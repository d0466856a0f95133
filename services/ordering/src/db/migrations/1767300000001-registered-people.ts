import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 000: a convention's orders come from the people its approved registration names. Ordering
 * keeps each contract's kind and those people, as catalog's and identity's events tell; contracts
 * kept before have no kind and ask for no registration.
 */
export class RegisteredPeople1767300000001 implements MigrationInterface {
  name = 'RegisteredPeople1767300000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE known_contracts ADD COLUMN kind text');
    await runner.query(`CREATE TABLE registered_people (
      contract_id uuid NOT NULL,
      agency_id uuid NOT NULL,
      fiscal_code text NOT NULL,
      registration_id uuid NOT NULL,
      PRIMARY KEY (contract_id, agency_id, fiscal_code)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registered_people');
    await runner.query('ALTER TABLE known_contracts DROP COLUMN kind');
  }
}
