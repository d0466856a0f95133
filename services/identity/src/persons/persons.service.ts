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

/** The person with this codice fiscale, registered (and announced) the first time it is seen. */
export async function registerPerson(manager: EntityManager, facts: PersonFacts): Promise<Person> {
  const [created] = await manager.query(
    `INSERT INTO persons (fiscal_code, given_name, family_name, email) VALUES ($1, $2, $3, $4)
     ON CONFLICT (fiscal_code) DO NOTHING RETURNING ${columns}`,
    [facts.fiscalCode, facts.givenName, facts.familyName, facts.email ?? null]);
  if (!created) return (await personByFiscalCode(manager, facts.fiscalCode))!;
  await appendEvent(manager, { type: identityEvents.personRegistered.type, source: 'identity', subject: created.id, data: { personId: created.id, ...facts, email: facts.email ?? null } });
  return created;
}
