import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { checkCharacter } from '@app/italian-codes';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';

const rossi = {
  givenName: 'Mario',
  familyName: 'Rossi',
  fiscalCode: 'RSSMRA80A01D612Y',
  registrationNumber: 'A-1234',
  registeredOn: '2026-11-02',
  address: 'Via dei Servi 1, 50122 Firenze',
  phone: '+39 055 123456',
  referenceEmail: 'mario.rossi@example.it',
};

/** Issue "PEC administration", members: an Order registers and edits its members, never another Order's, never a holder's identity. */
describe("the Order's members (seed 004)", () => {
  let demo: DemoPlatform;
  let anna: Session;
  let memberId: string;

  before(async () => {
    demo = await startDemoPlatform();
    anna = await passwordSession(demo.gateway, 'anna.galli');
  });

  after(async () => {
    await demo?.stop();
  });

  test('when the Order registers a member, then it is listed and searchable; the same codice fiscale twice is refused', async () => {
    const created = await anna.call('POST', '/api/v1/pec/members', rossi, 201);
    memberId = created.id;
    assert.equal(created.fiscalCode, 'RSSMRA80A01D612Y');
    assert.equal(created.registeredOn, '2026-11-02');
    const found = await anna.call('GET', '/api/v1/pec/members?q=rossi');
    assert.deepEqual(
      found.items.map((m: { id: string }) => m.id),
      [memberId],
    );
    assert.equal(
      (
        await anna.call(
          'POST',
          '/api/v1/pec/members',
          { ...rossi, registrationNumber: 'A-9999' },
          409,
        )
      ).code,
      'MEMBER_EXISTS',
    );
    const badCode = await anna.call(
      'POST',
      '/api/v1/pec/members',
      { ...rossi, fiscalCode: 'RSSMRA80A01D612X', registrationNumber: 'A-2' },
      400,
    );
    assert.match(JSON.stringify(badCode.invalidFields), /fiscalCode/);
    assert.equal((await anna.call('GET', '/api/v1/pec/members')).items.length, 1);
  });

  test('when the Order edits a holder, then phone and address change; name or codice fiscale are refused with 422 and nothing changes', async () => {
    const changed = await anna.call('PATCH', `/api/v1/pec/members/${memberId}`, {
      phone: '+39 055 654321',
      fax: null,
    });
    assert.equal(changed.phone, '+39 055 654321');
    assert.equal(changed.address, rossi.address);
    for (const change of [
      { familyName: 'Bianchi' },
      { fiscalCode: 'BNCGNN80A41D612B' },
      { givenName: 'Marco', phone: '+39 055 000000' },
    ]) {
      const refused = await anna.call('PATCH', `/api/v1/pec/members/${memberId}`, change, 422);
      assert.equal(refused.code, 'HOLDER_IDENTITY_FIXED');
      assert.match(refused.detail, /non si modifica/);
    }
    const after = await anna.call('GET', `/api/v1/pec/members/${memberId}`);
    assert.equal(after.familyName, 'Rossi');
    assert.equal(after.phone, '+39 055 654321');
    // The same name again is no change: accepted with the rest.
    assert.equal(
      (
        await anna.call('PATCH', `/api/v1/pec/members/${memberId}`, {
          familyName: 'Rossi',
          address: 'Via Larga 2, Firenze',
        })
      ).address,
      'Via Larga 2, Firenze',
    );
  });

  test('when the Order has more members than a page, then they come a page at a time by name, and the ledger counts every page', async () => {
    for (const [n, familyName] of ['Bianchi', 'Verdi', 'Esposito'].entries()) {
      const first15 = `${familyName.slice(0, 3).toUpperCase()}LRA80A0${n + 2}D612`;
      await anna.call(
        'POST',
        '/api/v1/pec/members',
        {
          ...rossi,
          givenName: 'Laura',
          familyName,
          fiscalCode: `${first15}${checkCharacter(first15)}`,
          registrationNumber: `B-${n}`,
        },
        201,
      );
    }
    const pageOf = async (page: number) =>
      (await anna.call('GET', `/api/v1/pec/members?pageSize=2&page=${page}`)).items.map(
        (member: { familyName: string }) => member.familyName,
      );
    assert.deepEqual(
      [await pageOf(1), await pageOf(2), await pageOf(3)],
      [['Bianchi', 'Esposito'], ['Rossi', 'Verdi'], []],
    );
    const ledger = await anna.call('GET', '/api/v1/pec/requests?pageSize=1');
    assert.ok(ledger.items.length <= 1);
    assert.deepEqual(Object.keys(ledger.counts).sort(), [
      'eseguita',
      'inviata',
      'richiesta',
      'rifiutata',
    ]);
    const refused = await anna.call('GET', '/api/v1/pec/members?pageSize=tutti', undefined, 400);
    assert.match(JSON.stringify(refused), /Le righe per pagina sono un numero intero da 1 a 200\./);
    await anna.call('GET', '/api/v1/pec/mailboxes?page=0', undefined, 400);
  });

  test('when someone outside the Order tries, then 403 or 404; anonymous 401; bad input 400', async () => {
    const sara = await passwordSession(demo.gateway, 'sara.colombo');
    await sara.call('GET', '/api/v1/pec/members', undefined, 403);
    await sara.call('GET', `/api/v1/pec/members/${memberId}`, undefined, 403);
    await anna.call('GET', `/api/v1/pec/members/${randomUUID()}`, undefined, 404);
    assert.equal((await fetch(`${demo.gateway}/api/v1/pec/members`)).status, 401);
    await anna.call(
      'POST',
      '/api/v1/pec/members',
      { ...rossi, fiscalCode: 'BNCGNN80A41D612B', registrationNumber: 'A-3', extra: 1 },
      400,
    );
    await anna.call('PATCH', `/api/v1/pec/members/${memberId}`, { phone: 'chiamami' }, 400);
  });
});
