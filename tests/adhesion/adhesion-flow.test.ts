import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simplePdf } from '@app/signed-documents/testing';
import { demoSigning } from '../../scripts/demo-signing.js';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { defined } from '@app/platform/errors';

/** Issue "adhesion", done when: the iter of seed 001 on Sistema Cloud Toscana, as npm start runs it, through the gateway. */
describe('adhesions as npm start runs them: Comune di Prato adheres to Sistema Cloud Toscana, Regione Toscana decides', () => {
  let demo: DemoPlatform;
  let signAs: (username: string, text: string) => Promise<Buffer>;

  before(async () => {
    demo = await startDemoPlatform();
    const signing = await demoSigning(demo.simulators.urls.qualifiedCa);
    // What `npm run sign -- file.pdf --as <username>` does.
    signAs = (username, text) => signing.sign(simplePdf(text), username);
  });
  after(() => demo.stop());

  const logIn = async (username: string) => {
    const answer = await fetch(`${demo.gateway}/api/v1/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password: 'Negozio-Demo-2026' }),
    });
    const token = (await answer.json()).accessToken as string;
    const call = async (method: string, path: string, body?: unknown, status = 200) => {
      const response = await fetch(`${demo.gateway}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      assert.equal(response.status, status, `${method} ${path}: ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    const upload = async (adhesionId: string, requirementId: string, file: Buffer) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)]), `${requirementId}.pdf.p7m`);
      const response = await fetch(
        `${demo.gateway}/api/v1/adhesions/${adhesionId}/documents/${requirementId}`,
        { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: form },
      );
      assert.equal(response.status, 200, await response.text());
    };
    return { call, upload };
  };

  test('when the buyer sends, withdraws and resends an ipotesi-A adhesion, the RUP rejects it and the buyer repeats round 0; then an ipotesi-B adhesion passes both rounds and the ceiling shows the reservation', async () => {
    const buyer = await logIn('luca.ferri');
    const rup = await logIn('gaio.cesare');
    const found = await buyer.call('GET', '/api/v1/contracts?q=Sistema%20Cloud%20Toscana');
    const cloud = found.items.find((contract: { cig: string }) => contract.cig === '7154112FF8');
    assert.ok(cloud, 'the demo AQ is in Elenco contratti');

    const first = await buyer.call(
      'POST',
      `/api/v1/contracts/${cloud.id}/adhesions`,
      { ipotesi: 'A', amountCents: 48_000_00 },
      201,
    );
    await buyer.upload(
      first.id,
      '0-1',
      await signAs('luca.ferri', 'Manifestazione di interesse alla proroga — Comune di Prato'),
    );
    assert.equal(
      (await buyer.call('POST', `/api/v1/adhesions/${first.id}/submit`)).status,
      'inviata',
    );
    assert.equal(
      (await buyer.call('POST', `/api/v1/adhesions/${first.id}/withdraw`)).status,
      'bozza',
    );
    assert.equal(
      (await buyer.call('POST', `/api/v1/adhesions/${first.id}/submit`)).status,
      'inviata',
    );
    const rejected = await rup.call('POST', `/api/v1/adhesions/${first.id}/rounds/0/reject`, {
      reason: 'Manca la durata della proroga nella manifestazione di interesse.',
    });
    // Seed 001: the adhesion returns «in bozza», to be sent again or deleted.
    assert.equal(rejected.status, 'bozza');
    await buyer.call('DELETE', `/api/v1/adhesions/${first.id}`, undefined, 204);
    const repeated = await buyer.call(
      'POST',
      `/api/v1/contracts/${cloud.id}/adhesions`,
      { ipotesi: 'A', amountCents: 48_000_00 },
      201,
    );
    await buyer.upload(
      repeated.id,
      '0-1',
      await signAs('luca.ferri', 'Manifestazione di interesse alla proroga fino al 02/10/2027'),
    );
    assert.equal(
      (await buyer.call('POST', `/api/v1/adhesions/${repeated.id}/submit`)).status,
      'inviata',
    );

    const full = await buyer.call(
      'POST',
      `/api/v1/contracts/${cloud.id}/adhesions`,
      { ipotesi: 'B', amountCents: 150_000_00 },
      201,
    );
    for (const [requirement, text] of [
      ['0-1', 'Manifestazione di interesse'],
      ['0-2', 'Piano dei fabbisogni'],
      ['0-3', 'Progetto dei fabbisogni'],
    ]) {
      await buyer.upload(full.id, defined(requirement), await signAs('luca.ferri', defined(text)));
    }
    await buyer.call('POST', `/api/v1/adhesions/${full.id}/submit`);
    const ceilingBefore = await rup.call('GET', `/api/v1/contracts/${cloud.id}/ceiling`);
    assert.deepEqual(
      [(await rup.call('POST', `/api/v1/adhesions/${full.id}/rounds/0/approve`)).currentRound],
      [1],
    );
    await buyer.upload(
      full.id,
      '1-1',
      await signAs('luca.ferri', 'Data Protection Agreement firmato'),
    );
    await buyer.call('POST', `/api/v1/adhesions/${full.id}/submit`);
    assert.equal(
      (await rup.call('POST', `/api/v1/adhesions/${full.id}/rounds/1/approve`)).status,
      'approvata',
    );

    const ceiling = await buyer.call('GET', `/api/v1/contracts/${cloud.id}/ceiling`);
    assert.equal(ceiling.reservedCents - ceilingBefore.reservedCents, 150_000_00);
    const list = await rup.call('GET', `/api/v1/contracts/${cloud.id}/adhesions`);
    assert.deepEqual(
      list
        .filter((adhesion: { id: string }) => [repeated.id, full.id].includes(adhesion.id))
        .map((adhesion: { status: string }) => adhesion.status)
        .sort(),
      ['approvata', 'inviata'],
    );
    // Elenco adesioni shows the state in Italian and the date it was sent (seed 001).
    const sent = list.find(
      (adhesion: { id: string; status: string }) =>
        [repeated.id, full.id].includes(adhesion.id) && adhesion.status === 'inviata',
    );
    assert.equal(sent.statusLabel, 'Inviata');
    assert.ok(!Number.isNaN(Date.parse(sent.submittedAt)), 'the list says when it was sent');
  });
});
