import { describe, test } from 'node:test';
import type { UncheckedJson } from '@app/platform/testing';
import assert from 'node:assert/strict';
import { eventContracts } from '@app/platform/events';
import './events/index.js';
import { businessFields, dataForPartners, notForPartners, personalFields } from './partner-data.js';

/** Every field path of an event's data schema (zod), arrays as `[]`. */
function fieldPaths(schema: unknown, prefix = ''): string[] {
  const def = (schema as { _zod?: { def: Record<string, UncheckedJson> } })._zod?.def;
  if (!def) return [prefix];
  if (def.type === 'object')
    return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) =>
      fieldPaths(value, prefix ? `${prefix}.${key}` : key),
    );
  if (['nullable', 'optional', 'default'].includes(def.type))
    return fieldPaths(def.innerType, prefix);
  if (def.type === 'array') return fieldPaths(def.element, `${prefix}[]`);
  return [prefix];
}

/** Names that may carry a person: e-mails, names, fiscal codes, identifiers of people, addresses. */
const looksPersonal = /(mail|name|fiscal|subject|profile|person|username|address|holder)/i;
const listed = (entries: { types: RegExp; paths: string[] }[], type: string, path: string) =>
  entries.some((entry) => entry.types.test(type) && entry.paths.includes(path));

describe('personal data in the events partners receive', () => {
  const forPartners = eventContracts.filter((contract) => !notForPartners.test(contract.type));

  test('every field of every partner event that may name a person is either removed or kept for a stated reason', () => {
    const unclassified: string[] = [];
    for (const contract of forPartners) {
      for (const path of fieldPaths(contract.data)) {
        if (!looksPersonal.test(path.split('.').at(-1) ?? '')) continue;
        if (
          !listed(personalFields, contract.type, path) &&
          !listed(businessFields, contract.type, path)
        )
          unclassified.push(`${contract.type} ${path}`);
      }
    }
    assert.deepEqual(unclassified, []);
    assert.ok(forPartners.length > 30, `${forPartners.length} event types reach partners`);
  });

  test('each personal field declared is a real field of the events it names', () => {
    for (const entry of personalFields) {
      const matching = eventContracts.filter((contract) => entry.types.test(contract.type));
      assert.ok(matching.length > 0, `${entry.types} names no event`);
      for (const path of entry.paths)
        assert.ok(
          matching.some((contract) => fieldPaths(contract.data).includes(path)),
          `${entry.types} ${path} is a field`,
        );
    }
  });

  test("the partners' copy of an event has none of its personal fields, and keeps the rest", () => {
    const holder = {
      memberId: '7b3e1c55-5f0a-4d39-9a47-6b1f0c2d9e10',
      name: 'Sara Verdi',
      referenceEmail: 'Sara.Verdi@example.org',
    };
    const activated = {
      requestId: 'r',
      orderAgencyId: 'o',
      mailboxId: 'm',
      address: 'sara.verdi@pec.example.it',
      holder,
    };
    assert.deepEqual(dataForPartners('pec.mailbox.activated.v1', activated), {
      requestId: 'r',
      orderAgencyId: 'o',
      mailboxId: 'm',
      holder: { memberId: holder.memberId },
    });
    const adhesion = {
      adhesionId: 'a',
      sender: { subject: 'persona', profileId: 'profilo', agencyId: 'ente' },
      actor: { subject: 'persona', profileId: null, agencyId: 'ente' },
    };
    assert.deepEqual(dataForPartners('adhesion.adhesion.submitted.v1', adhesion), {
      adhesionId: 'a',
      sender: { agencyId: 'ente' },
      actor: { agencyId: 'ente' },
    });
    const failed = {
      deliveryId: 'd',
      channel: 'email',
      address: 'mario.rossi@example.it',
      eventType: 'x',
    };
    assert.equal(
      (dataForPartners('notify.delivery.failed.v1', failed) as Record<string, unknown>).address,
      undefined,
    );
    const approved = {
      registrationId: 'g',
      agencyId: 'ente',
      users: [
        {
          profileId: 'p',
          personId: 'q',
          fiscalCode: 'RSSMRA80A01H501U',
          email: 'mario.rossi@example.it',
          roles: ['buyer'],
        },
      ],
    };
    assert.deepEqual(dataForPartners('identity.registration.approved.v1', approved), {
      registrationId: 'g',
      agencyId: 'ente',
      users: [{ roles: ['buyer'] }],
    });
    const contract = {
      contractId: 'c',
      supplier: { name: 'Fornitore S.p.A.', fiscalCode: '01234567890', pec: 'fornitore@pec.it' },
    };
    assert.deepEqual(
      dataForPartners('catalog.contract.published.v1', contract),
      contract,
      'the supplier is an economic operator',
    );
  });
});
