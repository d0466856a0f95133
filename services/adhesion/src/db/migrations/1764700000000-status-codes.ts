import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * States are codes with hyphens for spaces ('in-valutazione'); their labels live with the rules.
 */
export class StatusCodes1764700000000 implements MigrationInterface {
  name = 'StatusCodes1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await respell(runner, 'in valutazione', 'in-valutazione');
  }

  async down(runner: QueryRunner): Promise<void> {
    await respell(runner, 'in-valutazione', 'in valutazione');
  }
}

async function respell(runner: QueryRunner, from: string, to: string): Promise<void> {
  const states = ['bozza', 'inviata', to, 'approvata', 'rifiutata']
    .map((state) => `'${state}'`)
    .join(', ');
  await runner.query('ALTER TABLE adhesions DROP CONSTRAINT adhesions_status_check');
  await runner.query('UPDATE adhesions SET status = $2 WHERE status = $1', [from, to]);
  await runner.query('UPDATE adhesion_history SET from_status = $2 WHERE from_status = $1', [
    from,
    to,
  ]);
  await runner.query('UPDATE adhesion_history SET to_status = $2 WHERE to_status = $1', [from, to]);
  await runner.query(
    `ALTER TABLE adhesions ADD CONSTRAINT adhesions_status_check CHECK (status IN (${states}))`,
  );
}
