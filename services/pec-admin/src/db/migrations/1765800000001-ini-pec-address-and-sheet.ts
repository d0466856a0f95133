import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What INI-PEC lists for each member as the Order's feed left it (a new box for a member listed
 * with another PEC is an update, Stato 1, not an insert), and the paperwork the provider drew up
 * for a request (the *Trasferimenti* sheet).
 */
export class IniPecAddressAndSheet1765800000001 implements MigrationInterface {
  name = 'IniPecAddressAndSheet1765800000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE members ADD COLUMN ini_pec_address text');
    await runner.query('ALTER TABLE requests ADD COLUMN provider_sheet text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE requests DROP COLUMN provider_sheet');
    await runner.query('ALTER TABLE members DROP COLUMN ini_pec_address');
  }
}
