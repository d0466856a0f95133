import type { MigrationInterface, QueryRunner } from 'typeorm';

const cigRequestStates = ['bozza', 'in-corso', 'confermato', 'rifiutato', 'cig-acquisiti'];
const schedaStates = [
  'bozza',
  'inviata',
  'confermata',
  'rifiutata',
  'in-annullamento',
  'annullata',
];
const spaced = (state: string) => state.replaceAll('-', ' ');
const listOf = (states: string[]) => states.map((state) => `'${state}'`).join(', ');

/**
 * States are codes with hyphens for spaces ('in-corso', 'cig-acquisiti'); their labels live with
 * the rules.
 */
export class StatusCodes1764700000000 implements MigrationInterface {
  name = 'StatusCodes1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await respell(runner, spaced, (state) => state);
  }

  async down(runner: QueryRunner): Promise<void> {
    await respell(runner, (state) => state, spaced);
  }
}

async function respell(
  runner: QueryRunner,
  from: (state: string) => string,
  to: (state: string) => string,
): Promise<void> {
  await runner.query('DROP INDEX IF EXISTS cig_requests_due');
  for (const [table, states] of [
    ['cig_requests', cigRequestStates],
    ['schede', schedaStates],
  ] as const) {
    await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_status_check`);
    for (const state of states) {
      if (from(state) !== to(state))
        await runner.query(`UPDATE ${table} SET status = $2 WHERE status = $1`, [
          from(state),
          to(state),
        ]);
    }
    await runner.query(
      `ALTER TABLE ${table} ADD CONSTRAINT ${table}_status_check CHECK (status ` +
        `IN (${listOf(states.map(to))}))`,
    );
  }
  await runner.query(
    `CREATE INDEX cig_requests_due ON cig_requests (next_poll_at) WHERE ` +
      `status = '${to('in-corso')}'`,
  );
}
