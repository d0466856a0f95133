import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedSentence, waitFor } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import { demoSigning } from '../../scripts/demo-signing.js';
import { simplePdf } from '@app/signed-documents/testing';

/** Seed 000, as it says it. */
const perConvention = seedSentence(0, 'Per accedere al negozio elettronico', 'singole convenzioni');
const someCigRequest = '00000000-0000-4000-8000-000000000000';

/** Issue "Seed fidelity", 6: registration is per convention and enables exactly whom it names. */
describe('the Negozio Elettronico of a convention opens to the people its approved registration names (seed 000)', () => {
  let demo: DemoPlatform;
  let giorgio: Session;
  let paola: Session;
  let gestore: Session;
  const conventions: Record<string, string> = {};

  before(async () => {
    demo = await startDemoPlatform();
    giorgio = await passwordSession(demo.gateway, 'giorgio.pelli');
    paola = await passwordSession(demo.gateway, 'paola.marini');
    gestore = await passwordSession(demo.gateway, 'mario.rossi');
    for (const q of ['arredi', 'pulizia'])
      conventions[q] = (await giorgio.call('GET', `/api/v1/contracts?q=${q}`)).items[0].id;
  });
  after(() => demo.stop());

  const adhere = (session: Session, contractId: string) =>
    session.raw('POST', `/api/v1/contracts/${contractId}/adhesions`, {
      body: JSON.stringify({ ipotesi: 'A', amountCents: 1_000_00 }),
      headers: { 'content-type': 'application/json' },
    });
  const order = (session: Session, contractId: string) =>
    session.raw('POST', `/api/v1/contracts/${contractId}/orders`, {
      body: JSON.stringify({ cigRequestId: someCigRequest }),
      headers: { 'content-type': 'application/json' },
    });
  const refusedUnregistered = async (answer: Response, title: string) => {
    assert.equal(answer.status, 403);
    const problem = await answer.json();
    assert.equal(problem.code, 'REGISTRATION_REQUIRED');
    assert.ok(problem.detail.startsWith(perConvention), problem.detail);
    assert.ok(problem.detail.includes(`«${title}»`));
  };

  test('when a person of an agency is not named by a registration to the convention, then Richiedi adesione and Nuovo ordine are refused with the seed’s sentence; the Punto Ordinante it names passes', async () => {
    const arredi = 'Fornitura di arredi per uffici e scuole';
    await refusedUnregistered(await adhere(giorgio, conventions.arredi as string), arredi);
    await refusedUnregistered(await order(giorgio, conventions.arredi as string), arredi);
    // Paola Marini is Firenze's registered Punto Ordinante: the gate lets her through (the
    // adhesion is created; the order then looks for its CIG request, which does not exist).
    assert.equal((await adhere(paola, conventions.arredi as string)).status, 201);
    assert.equal((await order(paola, conventions.arredi as string)).status, 404);
    // A framework agreement asks no registration (seed 001's adhesion iter is its gate).
    const cloud = (await giorgio.call('GET', '/api/v1/contracts?q=Sistema%20Cloud%20Toscana'))
      .items[0].id;
    assert.equal((await adhere(giorgio, cloud)).status, 201);
  });

  test('when the Gestore approves a registration, then exactly the person it names is enabled, on exactly that convention', async () => {
    const requested = await giorgio.call(
      'POST',
      '/api/v1/registrations',
      {
        contractId: conventions.pulizia,
        puntoOrdinante: {
          fiscalCode: 'PLLGRG66S05F839C',
          givenName: 'Giorgio',
          familyName: 'Pelli',
          email: 'giorgio.pelli@comune.fi.example',
        },
      },
      201,
    );
    await refusedUnregistered(
      await adhere(giorgio, conventions.pulizia as string),
      'Servizi di pulizia e sanificazione degli immobili pubblici',
    );
    await gestore.call('POST', `/api/v1/registrations/${requested.id}/approve`);
    const admitted = await waitFor(async () => {
      const answer = await adhere(giorgio, conventions.pulizia as string);
      return answer.status === 201 ? answer : undefined;
    }, 10_000);
    assert.equal(admitted?.status, 201);
    assert.equal((await order(giorgio, conventions.pulizia as string)).status, 404);
    await refusedUnregistered(
      await adhere(giorgio, conventions.arredi as string),
      'Fornitura di arredi per uffici e scuole',
    );
  });

  test('when a registration names something that is not a published convention, then it is refused and nothing waits for the Gestore', async () => {
    const cloud = (await giorgio.call('GET', '/api/v1/contracts?q=Sistema%20Cloud%20Toscana'))
      .items[0].id;
    const before = (await gestore.call('GET', '/api/v1/registrations?status=in-attesa')).length;
    const refused = await giorgio.call(
      'POST',
      '/api/v1/registrations',
      {
        contractId: cloud,
        puntoOrdinante: {
          fiscalCode: 'PLLGRG66S05F839C',
          givenName: 'Giorgio',
          familyName: 'Pelli',
          email: 'giorgio.pelli@comune.fi.example',
        },
      },
      422,
    );
    assert.equal(refused.code, 'CONVENTION_UNKNOWN');
    assert.equal(
      (await gestore.call('GET', '/api/v1/registrations?status=in-attesa')).length,
      before,
    );
  });

  test('when an unregistered person opens the convention, then its page offers neither Richiedi adesione nor Nuovo ordine and says why; the registered Punto Ordinante gets both', async () => {
    const standing = await giorgio.call(
      'GET',
      `/api/v1/contracts/${conventions.arredi}/adhesions/registration`,
    );
    assert.equal(standing.registrationRequired, true);
    assert.equal(standing.registered, false);
    assert.ok(standing.detail.startsWith(perConvention));
    const registered = await paola.call(
      'GET',
      `/api/v1/contracts/${conventions.arredi}/adhesions/registration`,
    );
    assert.deepEqual(registered, { registrationRequired: true, registered: true });
    const page = async (session: Session) =>
      (
        await fetch(`${demo.gateway}/contratti/${conventions.arredi}`, {
          headers: { cookie: session.cookie },
        })
      ).text();
    const unregistered = await page(giorgio);
    assert.ok(unregistered.includes(perConvention));
    assert.doesNotMatch(unregistered, />Richiedi adesione</);
    assert.doesNotMatch(unregistered, />Nuovo ordine</);
    assert.match(await page(paola), />Richiedi adesione</);
  });

  test("seed 000's «Richiesta nuove utenze»: a registered agency asks for a Punto Richiedente alone, who once approved may act on the convention; an agency not yet registered, or a request naming nobody, is refused", async () => {
    const gaio = await passwordSession(demo.gateway, 'gaio.cesare');
    const giorgioAsRichiedente = {
      fiscalCode: 'PLLGRG66S05F839C',
      givenName: 'Giorgio',
      familyName: 'Pelli',
      email: 'giorgio.pelli@comune.fi.example',
    };
    const request = (session: Session, body: unknown) =>
      session.raw('POST', '/api/v1/registrations', {
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    const notRegistered = await request(gaio, {
      contractId: conventions.arredi,
      puntiRichiedenti: [giorgioAsRichiedente],
    });
    assert.equal(notRegistered.status, 422);
    assert.equal((await notRegistered.json()).code, 'REGISTRATION_REQUIRED_FIRST');
    const nobody = await request(giorgio, { contractId: conventions.arredi });
    assert.equal(nobody.status, 400);
    const asked = await request(giorgio, {
      contractId: conventions.arredi,
      puntiRichiedenti: [giorgioAsRichiedente],
    });
    assert.equal(asked.status, 201);
    const created = await asked.json();
    assert.equal(created.kind, 'nuove-utenze');
    assert.deepEqual(
      created.users.map((user: { role: string }) => user.role),
      ['punto-richiedente'],
    );
    await gestore.call('POST', `/api/v1/registrations/${created.id}/approve`);
    await waitFor(
      async () =>
        (await adhere(giorgio, conventions.arredi as string)).status === 201 ? true : undefined,
      10_000,
    );
  });

  test("seed 000's signed module: only the requesting agency attaches it while the request waits, unsigned is refused, and another agency cannot read it", async () => {
    const signing = await demoSigning(demo.simulators.urls.qualifiedCa);
    const module = simplePdf('Registrazione al Negozio Elettronico: Richiesta nuove utenze');
    const asked = await giorgio.call(
      'POST',
      '/api/v1/registrations',
      {
        contractId: conventions.pulizia,
        assistente: {
          fiscalCode: 'VRDPLA75C12G999N',
          givenName: 'Paolo',
          familyName: 'Verdi',
          email: 'p.verdi@comune.fi.example',
        },
      },
      201,
    );
    const put = (session: Session, bytes: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(bytes)]), 'modulo.pdf.p7m');
      return session.raw('PUT', `/api/v1/registrations/${asked.id}/module`, { body: form });
    };
    assert.equal((await put(giorgio, module)).status, 422, 'unsigned');
    const prato = await passwordSession(demo.gateway, 'sara.colombo');
    assert.equal((await put(prato, await signing.sign(module, 'sara.colombo'))).status, 404);
    assert.equal((await put(giorgio, await signing.sign(module, 'giorgio.pelli'))).status, 200);
    assert.equal((await prato.raw('GET', `/api/v1/registrations/${asked.id}/module`)).status, 404);
    const read = await gestore.raw('GET', `/api/v1/registrations/${asked.id}/module`);
    assert.equal(read.status, 200);
    await gestore.call('POST', `/api/v1/registrations/${asked.id}/approve`);
    assert.equal((await put(giorgio, await signing.sign(module, 'giorgio.pelli'))).status, 409);
  });
});
