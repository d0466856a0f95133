import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from '@app/platform/testing';
import { signCades } from '@app/signed-documents';
import { simplePdf } from '@app/signed-documents/testing';
import { demoSigning, type DemoSigning } from '../../scripts/demo-signing.js';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import {
  demoPassword,
  fromAddress,
  jsonHeaders,
  passwordSession,
  type Session,
} from '../../scripts/gateway-client.js';
import { defined } from '@app/platform/errors';

/** Issue "Trust": each attack found from outside, repeated through the gateway of npm start as the demo users. */
describe('attacks through the gateway of npm start, as the demo users', () => {
  let demo: DemoPlatform;
  let signAs: (username: string, text: string) => Promise<Buffer>;
  let signing: DemoSigning;
  let cloudId: string;
  const people: Record<string, Session> = {};
  const as = async (username: string) =>
    (people[username] ??= await passwordSession(demo.gateway, username));
  const login = (username: string, password: string) =>
    fetch(`${demo.gateway}/api/v1/auth/password`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ username, password }),
    });
  const upload = (
    who: Session,
    adhesionId: string,
    requirementId: string,
    file: Buffer,
    name = `${requirementId}.pdf.p7m`,
  ) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), name);
    return who.raw('PUT', `/api/v1/adhesions/${adhesionId}/documents/${requirementId}`, {
      body: form,
    });
  };

  before(async () => {
    // Signatures «verifica in corso» are asked again every half second here, every minute by default.
    demo = await startDemoPlatform({ SIGNATURE_RECHECK_MS: '500' });
    signing = await demoSigning(demo.simulators.urls.qualifiedCa);
    signAs = (username, text) => signing.sign(simplePdf(text), username);
    const found = await (
      await as('luca.ferri')
    ).call('GET', '/api/v1/contracts?q=Sistema%20Cloud%20Toscana');
    cloudId = found.items.find((contract: { cig: string }) => contract.cig === '7154112FF8').id;
  });
  after(() => demo.stop());

  test("when Firenze's administrator posts the supplier's codice fiscale with a username and password of their choice, then 400, and the supplier still logs in with their own", async () => {
    const giorgio = await as('giorgio.pelli');
    const attack = await giorgio.raw('POST', '/api/v1/users', {
      headers: jsonHeaders,
      body: JSON.stringify({
        fiscalCode: 'NREMRC79H10A794S',
        givenName: 'Marco',
        familyName: 'Neri',
        roles: ['buyer'],
        username: 'marco.preso',
        password: 'Password-Scelta-2026',
      }),
    });
    assert.equal(attack.status, 400);
    assert.equal((await login('marco.neri', demoPassword)).status, 200);
    assert.equal((await login('marco.preso', 'Password-Scelta-2026')).status, 401);
  });

  test('when one client guesses a password twenty times from 127.0.0.2, then that client is stopped and the owner still logs in from 127.0.0.1', async () => {
    const url = `${demo.gateway.replace('localhost', '127.0.0.1')}/api/v1/auth/password`;
    const wrong = {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ username: 'luca.ferri', password: 'tentativo-sbagliato' }),
    };
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt++)
      statuses.push((await fromAddress(url, '127.0.0.2', wrong)).status);
    assert.deepEqual(statuses.slice(0, 4), [401, 401, 401, 401]);
    assert.ok(
      statuses.slice(4).every((status) => status === 423),
      statuses.join(','),
    );
    assert.equal(
      (await fromAddress(url, '127.0.0.2', wrong)).status,
      429,
      'the 21st attempt in a minute from that address',
    );
    const owner = await fromAddress(url, '127.0.0.1', {
      ...wrong,
      body: JSON.stringify({ username: 'luca.ferri', password: demoPassword }),
    });
    assert.equal(owner.status, 200, owner.body);
  });

  test('when a partner client holds only events:read, then it reads no adhesion and no CIG request, writes nothing, and a disabled client is refused at once', async () => {
    const sara = await as('sara.colombo');
    const token = async (scopes: string[]) => {
      const client = await sara.call(
        'POST',
        '/api/v1/api-clients',
        { name: `Protocollo ${scopes.join(' ')}`, scopes },
        201,
      );
      const answer = await fetch(`${demo.gateway}/api/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: client.clientSecret,
        }),
      });
      assert.equal(answer.status, 200);
      return {
        id: client.id as string,
        bearer: { authorization: `Bearer ${(await answer.json()).access_token}` },
      };
    };
    const eventsOnly = await token(['events:read']);
    for (const path of [
      `/api/v1/contracts/${cloudId}/adhesions`,
      '/api/v1/cig-requests',
      `/api/v1/contracts/${cloudId}`,
    ]) {
      const refused = await fetch(`${demo.gateway}${path}`, { headers: eventsOnly.bearer });
      assert.equal(refused.status, 403, path);
      assert.equal((await refused.json()).code, 'SCOPE_REQUIRED');
    }
    for (const [method, path] of [
      ['POST', '/api/v1/cig-requests'],
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/users'],
    ]) {
      const refused = await fetch(`${demo.gateway}${path}`, {
        method,
        headers: { ...eventsOnly.bearer, ...jsonHeaders },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      assert.equal(refused.status, 403, path);
      assert.equal((await refused.json()).code, 'CLIENT_NOT_ALLOWED');
    }
    const reader = await token(['adhesions:read', 'cig-requests:read']);
    assert.equal(
      (
        await fetch(`${demo.gateway}/api/v1/contracts/${cloudId}/adhesions`, {
          headers: reader.bearer,
        })
      ).status,
      200,
    );
    assert.equal(
      (await fetch(`${demo.gateway}/api/v1/cig-requests`, { headers: reader.bearer })).status,
      200,
    );
    await sara.call('POST', `/api/v1/api-clients/${reader.id}/disable`);
    await waitFor(
      async () =>
        (await fetch(`${demo.gateway}/api/v1/cig-requests`, { headers: reader.bearer })).status ===
        401,
      10_000,
    );
    const document = await (await fetch(`${demo.gateway}/api/v1/openapi.json`)).json();
    assert.deepEqual(document.paths['/api/v1/contracts/{contractId}/adhesions'].get.security, [
      { bearer: [] },
      { oauth2: ['adhesions:read'] },
    ]);
    assert.ok(
      document.components.securitySchemes.oauth2.flows.clientCredentials.scopes['adhesions:read'],
    );
  });

  test("when the banditore's RUP approves the last round with only the session cookie, then catalog reserves the amount on the ceiling; another agency sees the ceiling's totals, not its adhesions", async () => {
    const luca = await as('luca.ferri');
    const gaio = await as('gaio.cesare');
    const adhesion = await luca.call(
      'POST',
      `/api/v1/contracts/${cloudId}/adhesions`,
      { ipotesi: 'A', amountCents: 12_000_00 },
      201,
    );
    assert.equal(
      (
        await upload(
          luca,
          adhesion.id,
          '0-1',
          await signAs('luca.ferri', 'Manifestazione di interesse'),
        )
      ).status,
      200,
    );
    await luca.call('POST', `/api/v1/adhesions/${adhesion.id}/submit`);
    const before = await gaio.call('GET', `/api/v1/contracts/${cloudId}/ceiling`);
    const approved = await fetch(
      `${demo.gateway}/api/v1/adhesions/${adhesion.id}/rounds/0/approve`,
      { method: 'POST', headers: { cookie: gaio.cookie, accept: 'application/json' } },
    );
    assert.equal(approved.status, 200, await approved.clone().text());
    assert.equal((await approved.json()).status, 'approvata');
    const ceiling = await gaio.call('GET', `/api/v1/contracts/${cloudId}/ceiling`);
    assert.equal(ceiling.reservedCents - before.reservedCents, 12_000_00);
    assert.ok(
      ceiling.movements.some(
        (movement: { reference: string }) => movement.reference === adhesion.id,
      ),
    );
    const firenze = await (
      await as('paola.marini')
    ).call('GET', `/api/v1/contracts/${cloudId}/ceiling`);
    assert.equal(firenze.reservedCents, ceiling.reservedCents);
    assert.deepEqual(firenze.movements, []);

    // A CIG request may name this adhesion only for Prato, and only for its agreement.
    const cigRequest = (adhesionId: string, parentCig = '7154112FF8') => ({
      parentCig,
      adhesionId,
      subject: "Proroga dei servizi cloud dell'ente",
      adhesionDate: '2026-11-23',
      costCentre: 'CDC-SI-01',
      singleProcedureReport: true,
      supplier: { fiscalCode: '12345678903', name: 'Servizi Integrati S.p.A.' },
      lots: [
        {
          lotIdentifier: 'LOT-0001',
          subject: 'Servizi cloud',
          contractObject: 'servizi',
          amountCents: 12_000_00,
          cpv: '72000000-5',
          nuts: 'ITI15',
          istat: '009100005',
          ccnl: 'H01',
          category: 'FS',
          financing: [{ type: 'A', amountCents: 12_000_00 }],
        },
      ],
    });
    const stolen = await (
      await as('giorgio.pelli')
    ).raw('POST', '/api/v1/cig-requests', {
      headers: jsonHeaders,
      body: JSON.stringify(cigRequest(adhesion.id)),
    });
    assert.equal(stolen.status, 422);
    assert.equal((await stolen.json()).code, 'ADHESION_NOT_USABLE');
    const sara = await as('sara.colombo');
    const wrongAgreement = await sara.raw('POST', '/api/v1/cig-requests', {
      headers: jsonHeaders,
      body: JSON.stringify(cigRequest(adhesion.id, 'L00003DC3A')),
    });
    assert.equal(wrongAgreement.status, 422);
    await waitFor(
      async () =>
        (
          await sara.raw('POST', '/api/v1/cig-requests', {
            headers: jsonHeaders,
            body: JSON.stringify(cigRequest(adhesion.id)),
          })
        ).status === 201,
      10_000,
    );
  });

  test('when documents are signed by the uploader, a colleague and an outsider, then the banditore reads which; a signature envelope that wraps no PDF, an HTML page and a NUL in a file name are refused; downloads are attachments that are never sniffed', async () => {
    const luca = await as('luca.ferri');
    const gaio = await as('gaio.cesare');
    const adhesion = await luca.call(
      'POST',
      `/api/v1/contracts/${cloudId}/adhesions`,
      { ipotesi: 'B', amountCents: 20_000_00 },
      201,
    );
    for (const [requirement, signer] of [
      ['0-1', 'luca.ferri'],
      ['0-2', 'sara.colombo'],
      ['0-3', 'paola.marini'],
    ] as const) {
      assert.equal(
        (
          await upload(
            luca,
            adhesion.id,
            requirement,
            await signAs(signer, `Documento firmato da ${signer}`),
          )
        ).status,
        200,
      );
    }
    const view = await gaio.call('GET', `/api/v1/adhesions/${adhesion.id}`);
    const relations = Object.fromEntries(
      view.rounds[0].requirements.map((r: { id: string; document: { signerRelation: string } }) => [
        r.id,
        r.document.signerRelation,
      ]),
    );
    assert.deepEqual(relations, { '0-1': 'caricatore', '0-2': 'ente', '0-3': 'esterno' });
    await luca.call('POST', `/api/v1/adhesions/${adhesion.id}/submit`);
    await gaio.call('POST', `/api/v1/adhesions/${adhesion.id}/rounds/0/approve`);
    // Round 1's second document needs no signature: there the old code stored anything starting with 0x30.
    for (const forged of [
      Buffer.from('0<html><script>alert(1)</script></html>'),
      Buffer.from('MDxodG1sPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD4='),
    ]) {
      const refused = await upload(luca, adhesion.id, '1-2', forged, 'modulo.pdf');
      assert.equal(refused.status, 415, await refused.clone().text());
    }
    const html = await upload(
      luca,
      adhesion.id,
      '1-2',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'modulo.pdf',
    );
    assert.equal(html.status, 415);
    const nul = await upload(
      luca,
      adhesion.id,
      '1-2',
      simplePdf('Tracciabilità'),
      'modulo\u0000.pdf',
    );
    assert.equal(nul.status, 400);
    const stored = await upload(
      luca,
      adhesion.id,
      '1-2',
      simplePdf('Tracciabilità dei flussi'),
      'città\u202Efdp.exe',
    );
    assert.equal(stored.status, 200, await stored.clone().text());
    const document = await stored.json();
    assert.equal(document.fileName, 'cittàfdp.exe', 'UTF-8 read as UTF-8, direction marks dropped');
    const download = await gaio.raw('GET', `/api/v1/adhesions/${adhesion.id}/files/${document.id}`);
    assert.equal(download.status, 200);
    assert.match(defined(download.headers.get('content-disposition')), /^attachment;/);
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(download.headers.get('content-type'), 'application/pdf');
  });

  test('when a signature has no time-stamp or a revoked certificate, then it is refused; when its authority cannot be asked, then it waits «verifica in corso» and the adhesion is not sent until the authority answers', async () => {
    const luca = await as('luca.ferri');
    const adhesion = await luca.call(
      'POST',
      `/api/v1/contracts/${cloudId}/adhesions`,
      { ipotesi: 'A', amountCents: 3_000_00 },
      201,
    );
    const pdf = simplePdf('Manifestazione di interesse');
    const untimestamped = await upload(
      luca,
      adhesion.id,
      '0-1',
      await signCades(pdf, await signing.signerOf('luca.ferri')),
    );
    assert.equal(untimestamped.status, 422);
    assert.equal((await untimestamped.json()).code, 'SIGNATURE_NOT_TIMESTAMPED');
    // Another card of Luca's, revoked an hour ago: the authority's OCSP responder says so.
    const lost = await demoSigning(demo.simulators.urls.qualifiedCa);
    demo.simulators.qualifiedCa.revoke(
      (await lost.signerOf('luca.ferri')).serial,
      new Date(Date.now() - 3_600_000),
    );
    const revoked = await upload(luca, adhesion.id, '0-1', await lost.sign(pdf, 'luca.ferri'));
    assert.equal(revoked.status, 422);
    const refusal = await revoked.json();
    assert.equal(refusal.code, 'SIGNATURE_REVOKED');
    assert.match(refusal.detail, /revocato o sospeso il .*: la firma non è valida/);

    const signed = await signAs('luca.ferri', 'Manifestazione di interesse');
    Object.assign(demo.simulators.qualifiedCa.faults, { ocsp: true, crl: true });
    try {
      const waiting = await upload(luca, adhesion.id, '0-1', signed);
      assert.equal(waiting.status, 200, await waiting.clone().text());
      assert.equal((await waiting.json()).signatureStatus, 'verifica in corso');
      const early = await luca.raw('POST', `/api/v1/adhesions/${adhesion.id}/submit`, {
        headers: jsonHeaders,
      });
      assert.equal(early.status, 409);
      const problem = await early.json();
      assert.equal(problem.code, 'SIGNATURE_VERIFICATION_PENDING');
      assert.equal(
        problem.detail,
        'Verifica della firma in corso per: Manifestazione di interesse alla proroga. L’autorità di certificazione non ha ancora risposto sulla revoca del certificato del firmatario: potrai procedere appena la verifica sarà completata.',
      );
      assert.equal((await luca.call('GET', `/api/v1/adhesions/${adhesion.id}`)).status, 'bozza');
    } finally {
      Object.assign(demo.simulators.qualifiedCa.faults, { ocsp: false, crl: false });
    }
    await waitFor(
      async () => {
        const view = await luca.call('GET', `/api/v1/adhesions/${adhesion.id}`);
        return (
          view.rounds[0].requirements.find((r: { id: string }) => r.id === '0-1').document
            .signatureStatus === 'valida' || undefined
        );
      },
      20_000,
      250,
    );
    await luca.call('POST', `/api/v1/adhesions/${adhesion.id}/submit`);
    assert.equal((await luca.call('GET', `/api/v1/adhesions/${adhesion.id}`)).status, 'inviata');
  });

  test('when a request breaks the API contract, then a clear 4xx: a reused Idempotency-Key with another body, an empty PATCH, a text body, wrong check digits, a CPV of no division', async () => {
    const luca = await as('luca.ferri');
    const gaio = await as('gaio.cesare');
    const key = { ...jsonHeaders, 'idempotency-key': 'adesione-prato-0001' };
    const first = await luca.raw('POST', `/api/v1/contracts/${cloudId}/adhesions`, {
      headers: key,
      body: JSON.stringify({ ipotesi: 'A', amountCents: 1_000_00 }),
    });
    assert.equal(first.status, 201);
    const reused = await luca.raw('POST', `/api/v1/contracts/${cloudId}/adhesions`, {
      headers: key,
      body: JSON.stringify({ ipotesi: 'A', amountCents: 9_000_00 }),
    });
    assert.equal(reused.status, 422);
    assert.equal((await reused.json()).code, 'IDEMPOTENCY_KEY_REUSED');
    const retried = await luca.raw('POST', `/api/v1/contracts/${cloudId}/adhesions`, {
      headers: key,
      body: JSON.stringify({ ipotesi: 'A', amountCents: 1_000_00 }),
    });
    const adhesionId = (await first.json()).id;
    assert.equal(
      (await retried.json()).id,
      adhesionId,
      'the same request again gets the first answer',
    );

    const versions = async () =>
      (await gaio.call('GET', `/api/v1/contracts/${cloudId}/versions`)).length;
    const before = await versions();
    assert.equal(
      (
        await gaio.raw('PATCH', `/api/v1/contracts/${cloudId}`, {
          headers: jsonHeaders,
          body: '{}',
        })
      ).status,
      400,
    );
    assert.equal(
      (
        await gaio.raw('PATCH', `/api/v1/contracts/${cloudId}`, {
          headers: { 'content-type': 'text/plain' },
          body: '{"description":"nuova"}',
        })
      ).status,
      415,
    );
    assert.equal(await versions(), before, 'no version was made');
    assert.equal(
      (
        await luca.raw('PUT', `/api/v1/adhesions/${adhesionId}`, {
          headers: { 'content-type': 'text/plain' },
          body: '{"ipotesi":"B","amountCents":100}',
        })
      ).status,
      415,
    );

    const gestore = await as('mario.rossi');
    const badAgency = await gestore.raw('POST', '/api/v1/agencies', {
      headers: jsonHeaders,
      body: JSON.stringify({
        name: 'Comune di Prova',
        fiscalCode: '01386030487',
        offices: ['Segreteria'],
      }),
    });
    assert.equal(badAgency.status, 400);
    assert.match(await badAgency.text(), /cifra di controllo/);
    const sara = await as('sara.colombo');
    const lot = {
      lotIdentifier: 'LOT-0001',
      subject: 'Servizi cloud',
      contractObject: 'servizi',
      amountCents: 1_000_00,
      cpv: '99000000-1',
      nuts: 'ITI15',
      istat: '009100005',
      ccnl: 'H01',
      category: 'FS',
      financing: [{ type: 'A', amountCents: 1_000_00 }],
    };
    const badCig = await sara.raw('POST', '/api/v1/cig-requests', {
      headers: jsonHeaders,
      body: JSON.stringify({
        parentCig: '7154112FF8',
        subject: 'Servizi cloud del Comune',
        adhesionDate: '2026-11-23',
        costCentre: 'CDC-1',
        singleProcedureReport: true,
        supplier: { fiscalCode: '12345678904', name: 'Servizi Integrati S.p.A.' },
        lots: [lot],
      }),
    });
    assert.equal(badCig.status, 400);
    const fields = (await badCig.json()).invalidFields.map((f: { path: string }) => f.path);
    assert.deepEqual(fields.sort(), ['lots.0.cpv', 'supplier.fiscalCode']);
  });
});
