import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who signed an uploaded document, as the banditore needs to read it: the uploader, another person
 * of the adhering agency, or someone outside it. The agency's people come from identity's profile
 * events.
 */
export class SignerRelations1764500000000 implements MigrationInterface {
  name = 'SignerRelations1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE agency_members (
        profile_id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        fiscal_code text NOT NULL,
        active boolean NOT NULL
      )`);
    await runner.query(
      'CREATE INDEX agency_members_code ON agency_members (agency_id, fiscal_code) WHERE active',
    );
    await runner.query(`ALTER TABLE adhesion_documents ADD COLUMN signer_relation text
      CHECK (signer_relation IN ('caricatore', 'ente', 'esterno'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE adhesion_documents DROP COLUMN signer_relation');
    await runner.query('DROP TABLE agency_members');
  }
}
