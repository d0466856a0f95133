import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import { appendEvent } from '@app/platform/outbox';
import type { Person, PersonFacts } from './persons.rules.js';
import * as store from './persons.store.js';

export type { Person, PersonFacts } from './persons.rules.js';
export { personByFiscalCode, personById } from './persons.store.js';

/**
 * The person with this codice fiscale, registered (and announced) the first time it is seen;
 * `known` when
 * they were already. Through the schema's `person_with_fiscal_code`: an administrator's request may
 * not read a person who has no profile in its agency yet, and a person is one across agencies.
 */
export async function findOrRegisterPerson(
  manager: EntityManager,
  facts: PersonFacts,
): Promise<{ person: Person; known: boolean }> {
  // A registration committed by another request after this statement's snapshot shows on a second
  // look.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const row = await store.withFiscalCode(manager, facts);
    if (!row) continue;
    const { created, ...person } = row;
    if (created) {
      await appendEvent(manager, {
        type: identityEvents.personRegistered.type,
        source: 'identity',
        subject: person.id,
        data: { personId: person.id, ...facts, email: facts.email ?? null },
      });
    }
    return { person, known: !created };
  }
  throw new Error(`La persona ${facts.fiscalCode} non è stata né trovata né registrata.`);
}

/** The person with this codice fiscale, registered (and announced) the first time it is seen. */
export const registerPerson = (manager: EntityManager, facts: PersonFacts) =>
  findOrRegisterPerson(manager, facts).then(({ person }) => person);
