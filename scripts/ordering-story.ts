import assert from 'node:assert/strict';
import { simplePdf } from '@app/signed-documents/testing';
import { waitFor } from '@app/platform/testing';
import type { DemoPlatform } from './demo-platform.js';
import { demoSigning } from './demo-signing.js';
import { jsonHeaders, passwordSession, tokenSession, type Session } from './gateway-client.js';
import { spidToken } from './spid-session.js';

/**
 * The demo people of the ordering story, logged in as they would: the RUP with SPID, the others
 * with passwords.
 */
export async function orderingCast(demo: DemoPlatform) {
  const signing = await demoSigning(demo.simulators.urls.qualifiedCa);
  return {
    buyer: await passwordSession(demo.gateway, 'luca.ferri'),
    rup: tokenSession(
      demo.gateway,
      await spidToken(demo.gateway, demo.simulators.urls.spidIdp, 'sara.colombo'),
    ),
    rupWithPassword: await passwordSession(demo.gateway, 'sara.colombo'),
    banditore: await passwordSession(demo.gateway, 'gaio.cesare'),
    supplier: await passwordSession(demo.gateway, 'marco.neri'),
    otherComune: await passwordSession(demo.gateway, 'paola.marini'),
    /** What `npm run sign -- file --as <username>` does. */
    sign: (bytes: Buffer, username: string) => signing.sign(bytes, username),
  };
}

export type Cast = Awaited<ReturnType<typeof orderingCast>>;

/** Sistema Cloud Toscana, the demo AQ that asks for an adhesion first. */
export async function cloudContract(session: Session): Promise<string> {
  const found = await session.call('GET', '/api/v1/contracts?q=Sistema%20Cloud%20Toscana');
  return found.items.find((contract: { cig: string }) => contract.cig === '7154112FF8').id;
}

/**
 * Comune di Prato's adhesion to the contract in ipotesi A, approved by Regione Toscana (reserving
 * its amount).
 */
export async function approvedAdhesion(
  cast: Cast,
  contractId: string,
  amountCents: number,
): Promise<string> {
  const adhesion = await cast.buyer.call(
    'POST',
    `/api/v1/contracts/${contractId}/adhesions`,
    { ipotesi: 'A', amountCents },
    201,
  );
  await upload(
    cast.buyer,
    `/api/v1/adhesions/${adhesion.id}/documents/0-1`,
    await cast.sign(simplePdf('Manifestazione di interesse'), 'luca.ferri'),
  );
  await cast.buyer.call('POST', `/api/v1/adhesions/${adhesion.id}/submit`);
  assert.equal(
    (await cast.banditore.call('POST', `/api/v1/adhesions/${adhesion.id}/rounds/0/approve`)).status,
    'approvata',
  );
  return adhesion.id;
}

export async function upload(
  session: Session,
  path: string,
  bytes: Buffer,
  fileName = 'documento.pdf.p7m',
  status = 200,
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const response = await session.raw('PUT', path, { body: form });
  const text = await response.text();
  assert.equal(response.status, status, `PUT ${path}: ${text}`);
  return JSON.parse(text);
}

/** "Richiedi CIG" for one lot of the order's amount, then "Vai all'ordine" with the lines. */
export async function newOrder(
  cast: Cast,
  contractId: string,
  adhesionId: string,
  lines: { description: string; unitPriceCents: number; quantity: number }[],
  lotCents: number,
) {
  const cigRequest = {
    parentCig: '7154112FF8',
    adhesionId,
    subject: 'Servizi cloud del Comune di Prato: contratto attuativo',
    adhesionDate: '2026-11-23',
    costCentre: 'CDC-SI-01',
    singleProcedureReport: true,
    supplier: { fiscalCode: '12345678903', name: 'Servizi Integrati S.p.A.' },
    lots: [
      {
        lotIdentifier: 'LOT-0001',
        subject: 'Servizi cloud',
        contractObject: 'servizi',
        amountCents: lotCents,
        cpv: '72000000-5',
        nuts: 'ITI15',
        istat: '009100005',
        ccnl: 'H01',
        category: 'FS',
        financing: [{ type: 'A', amountCents: lotCents }],
      },
    ],
  };
  // The ANAC gateway learns of an approval by event: a request right after it waits, as the API's
  // message says.
  const request = await waitFor(async () => {
    const sent = await cast.buyer.raw('POST', '/api/v1/cig-requests', {
      body: JSON.stringify(cigRequest),
      headers: jsonHeaders,
    });
    const text = await sent.text();
    if (sent.status === 422 && text.includes('ADHESION_NOT_USABLE')) return undefined;
    assert.equal(sent.status, 201, text);
    return JSON.parse(text);
  }, 10_000);
  // Ordering too learns of the approval by event; a refusal other than that one fails at once.
  return waitFor(async () => {
    const sent = await cast.buyer.raw('POST', `/api/v1/contracts/${contractId}/orders`, {
      body: JSON.stringify({ cigRequestId: request.id, adhesionId, lines }),
      headers: jsonHeaders,
    });
    const text = await sent.text();
    if (sent.status === 409 && text.includes('ADHESION_REQUIRED')) return undefined;
    assert.equal(sent.status, 201, text);
    return JSON.parse(text);
  }, 10_000);
}

/** Conferma appalto and Acquisisci CIG as the RUP with SPID, waiting for ANAC's answers. */
export async function acquireCig(cast: Cast, orderId: string): Promise<string> {
  assert.equal(
    (await cast.rup.call('POST', `/api/v1/orders/${orderId}/confirm-appalto`, undefined, 202))
      .status,
    'appalto-in-corso',
  );
  await waitFor(
    async () =>
      (await cast.rup.call('GET', `/api/v1/orders/${orderId}`)).status === 'appalto-confermato'
        ? true
        : undefined,
    30_000,
  );
  assert.equal(
    (await cast.rup.call('POST', `/api/v1/orders/${orderId}/acquire-cig`, undefined, 202)).status,
    'cig-in-corso',
  );
  const acquired = await waitFor(async () => {
    const order = await cast.rup.call('GET', `/api/v1/orders/${orderId}`);
    return order.status === 'cig-acquisito' ? order : undefined;
  }, 30_000);
  return acquired.derivedCig;
}

/**
 * Passo 2 and the contract's documents: the generated sheet signed by the buyer, each required
 * document signed.
 */
export async function signAndDocument(cast: Cast, orderId: string): Promise<Buffer> {
  const sheet = Buffer.from(
    await (await cast.buyer.raw('GET', `/api/v1/orders/${orderId}/summary-sheet`)).arrayBuffer(),
  );
  await upload(
    cast.buyer,
    `/api/v1/orders/${orderId}/summary-sheet`,
    await cast.sign(sheet, 'luca.ferri'),
    'scheda-sintesi.pdf.p7m',
  );
  const order = await cast.buyer.call('GET', `/api/v1/orders/${orderId}`);
  for (const requirement of order.requirements) {
    await upload(
      cast.buyer,
      `/api/v1/orders/${orderId}/documents/${requirement.id}`,
      await cast.sign(simplePdf(requirement.name), 'luca.ferri'),
    );
  }
  return sheet;
}
