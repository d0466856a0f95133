import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import { appendEvent } from '@app/platform/outbox';

export interface Person {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
}

export interface PersonFacts {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email?: string | null;
}

const columns = 'id, fiscal_code AS "fiscalCode", given_name AS "givenName", family_name AS "familyName", email';

export async function personByFiscalCode(manager: EntityManager, fiscalCode: string): Promise<Person | undefined> {
  const [row] = await manager.query(`SELECT ${columns} FROM persons WHERE fiscal_code = $1`, [fiscalCode]);
  return row;
}

export async function personById(manager: EntityManager, id: string): Promise<Person | undefined> {
  const [row] = await manager.query(`SELECT ${columns} FROM persons WHERE id = $1`, [id]);
  return row;
}

/**
 * The person with this codice fiscale, registered (and announced) the first time it is seen; `known` when
 * they were already. Through the schema's `person_with_fiscal_code`: an administrator's request may not
 * read a person who has no profile in its agency yet, and a person is one across agencies.
 */
export async function findOrRegisterPerson(manager: EntityManager, facts: PersonFacts): Promise<{ person: Person; known: boolean }> {
  const parameters = [facts.fiscalCode, facts.givenName, facts.familyName, facts.email ?? null];
  // A registration committed by another request after this statement's snapshot shows on a second look.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const [row] = await manager.query(`SELECT ${columns}, created FROM person_with_fiscal_code($1, $2, $3, $4)`, parameters);
    if (!row) continue;
    const { created, ...person } = row as Person & { created: boolean };
    if (created) {
      await appendEvent(manager, { type: identityEvents.personRegistered.type, source: 'identity', subject: person.id, data: { personId: person.id, ...facts, email: facts.email ?? null } });
    }
    return { person, known: !created };
  }
  throw new Error(`La persona ${facts.fiscalCode} non è stata né trovata né registrata.`);
}

/** The person with this codice fiscale, registered (and announced) the first time it is seen. */
export const registerPerson = (manager: EntityManager, facts: PersonFacts) => findOrRegisterPerson(manager, facts).then(({ person }) => person);
