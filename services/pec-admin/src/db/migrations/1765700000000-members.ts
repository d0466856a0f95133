import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The members of each Order (seed 004: the Order manages its own members' PEC mailboxes, and nobody
 * else's).
 */
export class Members1765700000000 implements MigrationInterface {
  name = 'Members1765700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_agency_id uuid NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        fiscal_code text NOT NULL,
        registration_number text NOT NULL,
        registered_on date NOT NULL,
        address text,
        phone text,
        fax text,
        reference_email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (order_agency_id, fiscal_code),
        UNIQUE (order_agency_id, registration_number)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE members');
  }
}
