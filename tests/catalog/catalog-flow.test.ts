import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ocdsValidator } from '../../services/catalog/test/ocds-validator.js';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';

/** Issue "catalog", done when: the whole story in the platform as npm start runs it, through the gateway. */
describe('the catalog as npm start runs it: a Regione Toscana RUP and a buyer of a Comune', () => {
  let demo: DemoPlatform;
  let gateway: string;

  before(async () => {
    demo = await startDemoPlatform();
    ({ gateway } = demo);
  });

  after(() => demo.stop());

  const logIn = async (username: string) => {
    const answer = await fetch(`${gateway}/api/v1/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password: 'Negozio-Demo-2026' }),
    });
    const token = (await answer.json()).accessToken as string;
    return (method: string, path: string, body?: unknown) =>
      fetch(`${gateway}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
  };

  test('when the RUP creates, publishes and revises a contract, then a Comune buyer finds it, reads its prices at two dates and gets an answer to a clarification; ceiling, notice and OCDS show it', async () => {
    const rup = await logIn('gaio.cesare');
    const buyer = await logIn('luca.ferri');
    const created = await rup('POST', '/api/v1/contracts', {
      kind: 'convenzione',
      title: 'Convenzione Toscana Energia — fornitura di energia elettrica alle sedi degli enti',
      description:
        'Fornitura di energia elettrica da fonti rinnovabili per le sedi delle amministrazioni toscane.',
      cig: 'Z010000045',
      cpv: ['09310000-5'],
      lots: [{ number: 1, title: 'Lotto unico', amountCents: 120_000_000_00 }],
      rup: { name: 'Gaio Giulio Cesare', fiscalCode: 'CSRGGL70A01D612B' },
      ceilingCents: 120_000_000_00,
      startDate: '2024-01-01',
      expiryDate: '2028-12-31',
      supplier: {
        name: 'Energia Verde Toscana S.r.l.',
        fiscalCode: '12345678903',
        pec: 'contratti@pec.energiaverde.example',
      },
      documents: [{ title: 'Atto di adesione (modello)' }],
      rounds: [
        {
          title: 'Fase 0 — Manifestazione di interesse',
          documents: [{ name: 'Manifestazione di interesse', signed: true }],
        },
      ],
    });
    assert.equal(created.status, 201, await created.clone().text());
    const contract = await created.json();
    assert.equal((await rup('POST', `/api/v1/contracts/${contract.id}/publish`)).status, 200);
    const priced = await rup('PUT', `/api/v1/contracts/${contract.id}/price-list/items`, {
      items: [
        {
          code: 'EE-F1',
          description: 'Energia in fascia F1 (MWh)',
          unit: 'MWh',
          unitPriceCents: 12_000,
        },
      ],
    });
    assert.ok(priced.ok, await priced.text());
    assert.equal(
      (
        await rup('POST', `/api/v1/contracts/${contract.id}/price-list/revisions`, {
          effectiveFrom: '2025-01-01',
          percentBasisPoints: -250,
          note: 'Adeguamento al ribasso del PUN',
        })
      ).status,
      201,
    );
    const revised = await rup('PATCH', `/api/v1/contracts/${contract.id}`, {
      description:
        'Fornitura di energia elettrica da fonti rinnovabili certificate per le sedi delle amministrazioni toscane.',
    });
    assert.equal((await revised.json()).version, 3, 'created, published, revised');

    const found = await (await buyer('GET', '/api/v1/contracts?q=energia%20toscana')).json();
    assert.ok(found.items.some((c: { id: string }) => c.id === contract.id));
    const opened = await (await buyer('GET', `/api/v1/contracts/${contract.id}`)).json();
    assert.equal(opened.banditore.name, 'Regione Toscana');
    assert.equal(opened.rounds[0].documents[0].name, 'Manifestazione di interesse');
    const price = async (at: string) =>
      (await (await buyer('GET', `/api/v1/contracts/${contract.id}/price-list?at=${at}`)).json())
        .items[0].unitPriceCents;
    assert.deepEqual([await price('2024-06-01'), await price('2025-06-01')], [12_000, 11_700]);

    const asked = await (
      await buyer('POST', `/api/v1/contracts/${contract.id}/clarifications`, {
        question: 'La fornitura comprende anche le sedi scolastiche?',
      })
    ).json();
    assert.equal(
      (
        await rup('POST', `/api/v1/contracts/${contract.id}/clarifications/${asked.id}/answer`, {
          answer: 'Sì, se indicate nella manifestazione di interesse.',
        })
      ).status,
      200,
    );
    const clarifications = await (
      await buyer('GET', `/api/v1/contracts/${contract.id}/clarifications`)
    ).json();
    assert.match(clarifications[0].answer, /manifestazione di interesse/);

    const ceiling = await (await buyer('GET', `/api/v1/contracts/${contract.id}/ceiling`)).json();
    assert.equal(ceiling.remainingCents, 120_000_000_00);
    const notices = await (await fetch(`${gateway}/api/v1/notices?q=Toscana%20Energia`)).json();
    assert.ok(
      notices.items.some(
        (n: { cig: string; stato: string }) => n.cig === 'Z010000045' && n.stato === 'Pubblicato',
      ),
    );
    const ocds = await (await fetch(`${gateway}/api/v1/contracts/${contract.id}/ocds`)).json();
    const validate = ocdsValidator();
    assert.ok(validate(ocds), JSON.stringify(validate.errors));
  });
});
