import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 000: an agency reaches a convention's Negozio Elettronico through a registration to that
 * convention; the people it names (Punto Ordinante, Punti Richiedenti, Assistente) are enabled on
 * it, as identity's approval tells.
 */
export class RegisteredPeople1767300000000 implements MigrationInterface {
  name = 'RegisteredPeople1767300000000';

  async up(runner: QueryRunner): Promise<void> {
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
  }
}
