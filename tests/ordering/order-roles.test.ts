import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from '@app/platform/testing';
import { defined } from '@app/platform/errors';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { jsonHeaders, tokenSession, type Session } from '../../scripts/gateway-client.js';
import {
  approvedAdhesion,
  cloudContract,
  orderingCast,
  type Cast,
} from '../../scripts/ordering-story.js';

/**
 * Decision 0032: seed 000's Punto Richiedente prepares an order — Richiedi CIG, Nuovo ordine, its
 * lines — and the Punto Ordinante sends it; «Invia» is not the Punto Richiedente's, in the API or
 * in the portal.
 */
describe('the Punto Richiedente prepares an order, the Punto Ordinante sends it', () => {
  let demo: DemoPlatform;
  let cast: Cast;
  let richiedente: Session;
  let contractId: string;
  let adhesionId: string;

  before(async () => {
    demo = await startDemoPlatform();
    cast = await orderingCast(demo);
    contractId = await cloudContract(cast.buyer);
    adhesionId = await approvedAdhesion(cast, contractId, 500_00);
    // Prato's administrator adds a Punto Richiedente; the first-access credentials come by e-mail.
    const email = 'giovanni.neri@comune.prato.example';
    await cast.rupWithPassword.call(
      'POST',
      '/api/v1/users',
      {
        fiscalCode: 'NRIGNN82D15D612F',
        givenName: 'Giovanni',
        familyName: 'Neri',
        email,
        roles: ['punto-richiedente'],
      },
      201,
    );
    const mail = await waitFor(
      async () =>
        demo.simulators.mail.messages.find((message) => message.envelope.to.includes(email)),
      15_000,
    );
    const username = /Username: (\S+)/.exec(defined(mail).text)?.[1];
    const password = /Password temporanea: (\S+)/.exec(defined(mail).text)?.[1];
    const opened = await fetch(`${demo.gateway}/api/v1/auth/password/change`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ username, password, newPassword: 'Giovanni-Neri-Richiedente-2027' }),
    });
    assert.equal(opened.status, 200);
    richiedente = tokenSession(demo.gateway, (await opened.json()).accessToken);
  });

  after(async () => {
    await demo?.stop();
  });

  test('when a Punto Richiedente asks for the CIG and makes the order with its lines, then it is there; «Invia» is refused to it and not offered', async () => {
    const request = await richiedente.call(
      'POST',
      '/api/v1/cig-requests',
      {
        parentCig: '7154112FF8',
        adhesionId,
        subject: 'Servizi cloud chiesti dal Punto Richiedente',
        adhesionDate: '2026-11-23',
        costCentre: 'CDC-SI-01',
        singleProcedureReport: true,
        supplier: { fiscalCode: '12345678903', name: 'Servizi Integrati S.p.A.' },
        lots: [
          {
            lotIdentifier: 'LOT-0001',
            subject: 'Servizi cloud',
            contractObject: 'servizi',
            amountCents: 100_00,
            cpv: '72000000-5',
            nuts: 'ITI15',
            istat: '009100005',
            ccnl: 'H01',
            category: 'FS',
            financing: [{ type: 'A', amountCents: 100_00 }],
          },
        ],
      },
      201,
    );
    const order = await richiedente.call(
      'POST',
      `/api/v1/contracts/${contractId}/orders`,
      {
        cigRequestId: request.id,
        adhesionId,
        lines: [{ description: 'Ora di supporto', unitPriceCents: 100_00, quantity: 1 }],
      },
      201,
    );
    const refused = await richiedente.raw('POST', `/api/v1/orders/${order.id}/submit`);
    assert.equal(refused.status, 403);
    const operations = (await richiedente.call('GET', '/api/v1/operations')).operations;
    assert.ok(operations.includes('createOrder') && operations.includes('updateOrder'));
    assert.ok(!operations.includes('submitOrder'));
    assert.ok(!operations.includes('createAdhesion'), 'adhesions are the buyer’s (seed 001)');
    // The Punto Ordinante of the same agency reads the prepared order.
    assert.equal((await cast.buyer.call('GET', `/api/v1/orders/${order.id}`)).code, order.code);
  });
});
