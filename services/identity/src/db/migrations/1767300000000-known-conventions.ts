import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 000: registration is per convention. Identity keeps the conventions catalog publishes, so a
 * registration names one that exists.
 */
export class KnownConventions1767300000000 implements MigrationInterface {
  name = 'KnownConventions1767300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE known_conventions (
      contract_id uuid PRIMARY KEY,
      title text NOT NULL,
      status text NOT NULL,
      version integer NOT NULL
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE known_conventions');
  }
}
