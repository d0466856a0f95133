import type { EntityManager } from 'typeorm';
import type { Person, PersonFacts } from './persons.rules.js';

const columns =
  'id, fiscal_code AS "fiscalCode", given_name AS "givenName", family_name AS "familyName", email';

/** The person with this codice fiscale, if known. */
export async function personByFiscalCode(
  manager: EntityManager,
  fiscalCode: string,
): Promise<Person | undefined> {
  const [row] = await manager.query(`SELECT ${columns} FROM persons WHERE fiscal_code = $1`, [
    fiscalCode,
  ]);
  return row;
}

/** The person with this id, if known. */
export async function personById(manager: EntityManager, id: string): Promise<Person | undefined> {
  const [row] = await manager.query(`SELECT ${columns} FROM persons WHERE id = $1`, [id]);
  return row;
}

/**
 * The person with this codice fiscale, registered if new (`created`): through the schema's
 * `person_with_fiscal_code`, which reads and writes as the owner (decision 0023).
 */
export async function withFiscalCode(
  manager: EntityManager,
  facts: PersonFacts,
): Promise<(Person & { created: boolean }) | undefined> {
  const [row] = await manager.query(
    `SELECT ${columns}, created FROM person_with_fiscal_code($1, $2, $3, $4)`,
    [facts.fiscalCode, facts.givenName, facts.familyName, facts.email ?? null],
  );
  return row;
}
