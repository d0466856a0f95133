import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from '@app/platform/testing';
import {
  checkAgainst,
  checkRequest,
  checkResponse,
  checkSchedaBody,
  npaFolder,
} from '@app/sim-anac-pcp';
import { cloudRequest, expectJson as json, startHarness, type Harness } from './harness.js';
import { defined } from '@app/platform/errors';

const jwsBody =
  'https://raw.githubusercontent.com/anticorruzione/npa/main/docs/specifiche-jws/jws.yaml#/components/schemas/body';

describe('anac-gateway speaks ANAC’s interface to the letter: code lists, schede, recovery, rollback, background outcomes', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.stop());

  const confirmedWithCigs = async () => {
    const draft = await json(
      await h.call('rupSpid', 'POST', '/api/v1/cig-requests', cloudRequest()),
      201,
    );
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    await h.waitForStatus(draft.id, 'confermato');
    return json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/acquire`), 200);
  };
  const scheda = async (requestId: string, body: Record<string, unknown>) =>
    json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${requestId}/schede`, body), 201);
  const statusOf = async (requestId: string, id: string) =>
    (
      await json(await h.call('rupSpid', 'GET', `/api/v1/cig-requests/${requestId}/schede`), 200)
    ).find((s: { id: string }) => s.id === id);
  const settled = (requestId: string, id: string, status: string) =>
    waitFor(
      async () => ((await statusOf(requestId, id)).status === status ? true : undefined),
      10_000,
    );

  test('when a request carries codes ANAC does not know or no longer takes, then 422 names each field and its list, and nothing is stored', async () => {
    const before = (await json(await h.call('rupSpid', 'GET', '/api/v1/cig-requests'), 200)).length;
    const request = cloudRequest();
    request.lots[0] = {
      ...defined(request.lots[0]),
      ccnl: '1',
      category: '75',
      istat: '100005',
      financing: [{ type: 'bilancio', amountCents: 30_000_00 }],
    };
    const refused = await json(
      await h.call('rupSpid', 'POST', '/api/v1/cig-requests', {
        ...request,
        supplier: { ...request.supplier, role: '1' },
      }),
      422,
    );
    assert.equal(refused.code, 'ANAC_CODES_INVALID');
    const messages = Object.fromEntries(
      refused.invalidFields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    assert.match(
      messages['lots.0.ccnl'],
      /«1» non è un codice dell'elenco CCNL \(tipologica ANAC ccnl\)/,
    );
    assert.match(messages['lots.0.category'], /tipologica ANAC categoria/);
    assert.match(messages['lots.0.istat'], /tipologica ANAC codIstat/);
    assert.match(messages['lots.0.financing.0.type'], /tipologica ANAC tipoFinanziamento/);
    assert.match(
      messages['supplier.role'],
      /il codice «1» \(Mandatario in RTI\) .* non è in vigore/,
      'ruoloOE 1 ended on 31/07/2025',
    );
    assert.equal(
      (await json(await h.call('rupSpid', 'GET', '/api/v1/cig-requests'), 200)).length,
      before,
    );
  });

  test('when the form looks for a comune or a CPV, then the lists read from ANAC answer with labels and codes', async () => {
    const prato = await json(
      await h.call('rupSpid', 'GET', '/api/v1/code-lists/codIstat?q=prato'),
      200,
    );
    assert.ok(
      prato.items.some(
        (item: { code: string; label: string }) =>
          item.code === '009100005' && item.label === 'PRATO',
      ),
    );
    const cpv = await json(
      await h.call('rupSpid', 'GET', '/api/v1/code-lists/CPV?q=72000000'),
      200,
    );
    assert.match(cpv.items[0].label, /Servizi informatici/);
    const lists = await json(await h.call('rupSpid', 'GET', '/api/v1/code-lists'), 200);
    assert.ok(
      lists.every(
        (list: { entries: number; readAt: string | null }) => list.entries > 0 && list.readAt,
      ),
    );
    assert.equal((await h.call('rupSpid', 'GET', '/api/v1/code-lists/inventato')).status, 404);
  });

  test('when the process loses crea-appalto’s answer and restarts, then the appalto is found by its codice appalto and adopted: one appalto at ANAC, confirmed here', async () => {
    const draft = await json(
      await h.call('rupSpid', 'POST', '/api/v1/cig-requests', cloudRequest()),
      201,
    );
    await h.fault('crea-appalto', { kind: 'drop-reply' });
    await json(await h.call('rupSpid', 'POST', `/api/v1/cig-requests/${draft.id}/confirm`), 202);
    await waitFor(
      async () =>
        (
          await h.service.deps.dataSource.query(
            "SELECT 1 FROM transmissions WHERE cig_request_id = $1 AND operation = 'crea-appalto' AND failure IS NOT NULL",
            [draft.id],
          )
        ).length || undefined,
    );
    await h.restart();
    await h.waitForStatus(draft.id, 'confermato', 20_000);
    const creates = h.received.filter(
      (call) =>
        call.operation === 'crea-appalto' &&
        JSON.stringify(call.body).includes(draft.data.codiceAppalto),
    );
    assert.equal(creates.length, 1, 'crea-appalto reached ANAC once');
    assert.ok(
      h.received.some(
        (call) =>
          call.operation === 'ricerca-appalto' &&
          call.query.codiceAppalto === draft.data.codiceAppalto,
      ),
    );
  });

  test('when schede are sent and nobody presses Verifica invio, then each reaches its outcome by itself; an ANN is taken back with rollback-scheda, and SC1 may not be', async () => {
    const request = await confirmedWithCigs();
    const ann = await scheda(request.id, { code: 'ANN' });
    await json(await h.call('rupSpid', 'POST', `/api/v1/schede/${ann.id}/send`), 200);
    await settled(request.id, ann.id, 'confermata');
    const requestNow = async () =>
      (await json(await h.call('rupSpid', 'GET', `/api/v1/cig-requests/${request.id}`), 200))
        .status;
    assert.equal(await requestNow(), 'annullato');
    const rolling = await json(
      await h.call('rupSpid', 'POST', `/api/v1/schede/${ann.id}/rollback`, { reason: '2' }),
      200,
    );
    assert.equal(rolling.status, 'in-annullamento');
    await settled(request.id, ann.id, 'annullata');
    const [event] = await h.service.deps.dataSource.query(
      "SELECT envelope->'data' AS data FROM outbox WHERE routing_key = 'anac.scheda.rolled-back.v1' AND envelope->>'subject' = $1",
      [ann.id],
    );
    assert.equal(event.data.reason, '2');
    assert.equal(await requestNow(), 'cig-acquisiti', 'the ANN taken back gives the request back');
    const sc1 = await scheda(request.id, {
      code: 'SC1',
      startDate: '2026-12-01',
      endDate: '2027-10-02',
      guaranteeCents: 0,
      signedOn: '2026-11-28',
    });
    assert.deepEqual(
      [sc1.body.anacForm.datiContratto.codiceAusa, sc1.body.anacForm.datiContratto.cig],
      [['0000246813'], request.cigs.map((lot: { cig: string }) => lot.cig)],
    );
    await json(await h.call('rupSpid', 'POST', `/api/v1/schede/${sc1.id}/send`), 200);
    await settled(request.id, sc1.id, 'confermata');
    assert.equal(
      (
        await json(
          await h.call('rupSpid', 'POST', `/api/v1/schede/${sc1.id}/rollback`, { reason: '1' }),
          409,
        )
      ).code,
      'ROLLBACK_NOT_ALLOWED',
    );
  });

  test('when every exchange of these flows is read against ANAC’s own files, then each request, scheda, tracking JWS and answer is as ANAC specifies', async () => {
    const problems: string[] = [];
    for (const call of h.received) {
      const path = `/${call.operation}`;
      if (call.method === 'POST') {
        const request = checkRequest(path, 'POST', call.body);
        if (!request.valid)
          problems.push(`${call.operation} request: ${request.errors.join('; ')}`);
        const sent = (call.body as { scheda?: { codice: { codice: string }; body: unknown } })
          .scheda;
        if (sent) {
          const body = checkSchedaBody(sent.codice.codice, sent.body);
          if (!body.valid)
            problems.push(
              `${call.operation} scheda ${sent.codice.codice}: ${body.errors.join('; ')}`,
            );
        }
      }
      const tracking = checkAgainst(jwsBody, call.tracking);
      if (!tracking.valid)
        problems.push(`${call.operation} tracking JWS: ${tracking.errors.join('; ')}`);
      // GovWay's own refusals (its problem types) are not answers of ANAC's API.
      const answer = call.response;
      if (
        answer &&
        !String((answer.body as { type?: string })?.type ?? '').includes('govway.org')
      ) {
        const checked = checkResponse(path, call.method, answer.status, answer.body);
        if (!checked.valid)
          problems.push(`${call.operation} ${answer.status} answer: ${checked.errors.join('; ')}`);
      }
    }
    assert.ok(h.received.length > 20, `the flows exchanged ${h.received.length} calls`);
    assert.ok(npaFolder.endsWith('npa/'));
    assert.deepEqual(problems, []);
  });

  test('when ANAC’s lists were never read (a fresh database), then /readyz says so and Richiedi CIG answers 503; once they are read, both are ready', async () => {
    await h.service.deps.dataSource.query('DELETE FROM anac_code_list_syncs');
    const notReady = await fetch(`${h.service.url}/readyz`);
    assert.equal(notReady.status, 503);
    assert.match((await notReady.json()).checks['elenchi-anac'], /elenchi ANAC non ancora letti/);
    const refused = await json(
      await h.call('rupSpid', 'POST', '/api/v1/cig-requests', cloudRequest()),
      503,
    );
    assert.equal(refused.code, 'CODE_LISTS_UNAVAILABLE');
    await h.restart();
    assert.equal((await fetch(`${h.service.url}/readyz`)).status, 200);
    await json(await h.call('rupSpid', 'POST', '/api/v1/cig-requests', cloudRequest()), 201);
  });
});
