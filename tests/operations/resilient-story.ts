// The seed-001 story (adhesion approved, order, CIG acquired at ANAC) as a careful client tells it while
// replicas die: a request that gets no answer, or a 502/503 from a balancer, is sent again with the same
// Idempotency-Key; what the client saw succeed is recorded, to be looked for in the database afterwards.
import assert from 'node:assert/strict';
import type { UncheckedJson } from '@app/platform/testing';
import { randomUUID } from 'node:crypto';
import { simplePdf } from '@app/signed-documents/testing';
import type { DemoSigning } from '../../scripts/demo-signing.js';
import { demoPassword, jsonHeaders } from '../../scripts/gateway-client.js';
import { spidToken } from '../../scripts/spid-session.js';
import { defined } from '@app/platform/errors';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const retriable = new Set([502, 503, 504]);

export interface Seen {
  adhesions: string[];
  cigRequests: string[];
  orders: string[];
  retries: number;
}

/** Sends until an answer that is not a balancer's; network errors and 502/503/504 are tried again. */
async function send(
  seen: Seen,
  url: string,
  init: { method: string; token?: string; json?: unknown; form?: () => FormData },
): Promise<{ status: number; body: UncheckedJson }> {
  const key = randomUUID();
  for (let attempt = 1; ; attempt++) {
    const headers: Record<string, string> = {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.json === undefined ? {} : jsonHeaders),
    };
    if (init.method !== 'GET') headers['idempotency-key'] = key;
    try {
      const response = await fetch(url, {
        method: init.method,
        headers,
        body: init.form
          ? init.form()
          : init.json === undefined
            ? undefined
            : JSON.stringify(init.json),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      if (!retriable.has(response.status) || attempt >= 40)
        return { status: response.status, body: text ? JSON.parse(text) : undefined };
    } catch (error) {
      if (attempt >= 40) throw error;
    }
    seen.retries++;
    await pause(500);
  }
}

export function careful(gateway: string, seen: Seen) {
  const login = async (username: string) => {
    const answer = await send(seen, `${gateway}/api/v1/auth/password`, {
      method: 'POST',
      json: { username, password: demoPassword },
    });
    assert.equal(answer.status, 200, `login ${username}: ${JSON.stringify(answer.body)}`);
    return answer.body.accessToken as string;
  };
  const spid = async (spidIdp: string, username: string) => {
    for (let attempt = 1; ; attempt++) {
      const token = await spidToken(gateway, spidIdp, username).catch(() => undefined);
      if (token) return token;
      assert.ok(attempt < 20, `SPID login of ${username}`);
      await pause(500);
    }
  };
  const call = async (
    token: string,
    method: string,
    path: string,
    json?: unknown,
    status = 200,
  ) => {
    const answer = await send(seen, `${gateway}${path}`, { method, token, json });
    assert.equal(answer.status, status, `${method} ${path}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const upload = async (token: string, path: string, bytes: Buffer) => {
    const form = () => {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(bytes)]), 'documento.pdf.p7m');
      return body;
    };
    const answer = await send(seen, `${gateway}${path}`, { method: 'PUT', token, form });
    assert.equal(answer.status, 200, `PUT ${path}: ${JSON.stringify(answer.body)}`);
  };
  /** Asks until the answer is not the refusal that says another service has not heard the news yet. */
  const until = async (
    token: string,
    path: string,
    json: unknown,
    status: number,
    notYet: string,
  ) => {
    for (let attempt = 1; ; attempt++) {
      const answer = await send(seen, `${gateway}${path}`, { method: 'POST', token, json });
      if (answer.status === status) return answer.body;
      assert.ok(
        attempt < 120 && JSON.stringify(answer.body).includes(notYet),
        `POST ${path}: ${answer.status} ${JSON.stringify(answer.body)}`,
      );
      await pause(500);
    }
  };
  const waitStatus = async (token: string, path: string, wanted: string) => {
    for (let attempt = 1; attempt < 240; attempt++) {
      if ((await call(token, 'GET', path)).status === wanted) return;
      await pause(500);
    }
    assert.fail(`${path} never reached ${wanted}`);
  };
  return { login, spid, call, upload, until, waitStatus };
}

export interface Agency {
  buyer: string;
  rup: string;
  banditore: string;
}

/** The demo agencies that buy on Sistema Cloud Toscana: Comune di Prato and Comune di Firenze. */
export const storyAgencies: Agency[] = [
  { buyer: 'luca.ferri', rup: 'sara.colombo', banditore: 'gaio.cesare' },
  { buyer: 'paola.marini', rup: 'giorgio.pelli', banditore: 'gaio.cesare' },
];

/** Everyone logged in before the story starts (the RUPs with SPID), and the contract they adhere to. */
export async function storyCast(platform: { gateway: string; spidIdp: string }, seen: Seen) {
  const api = careful(platform.gateway, seen);
  const banditore = await api.login('gaio.cesare');
  const casts = await Promise.all(
    storyAgencies.map(async (people) => ({
      people,
      tokens: {
        buyer: await api.login(people.buyer),
        rup: await api.spid(platform.spidIdp, people.rup),
        banditore,
      },
    })),
  );
  const found = await api.call(
    defined(casts[0]).tokens.buyer,
    'GET',
    '/api/v1/contracts?q=Sistema%20Cloud%20Toscana',
  );
  const contractId = found.items.find((contract: { cig: string }) => contract.cig === '7154112FF8')
    .id as string;
  return { casts, contractId };
}

/** One round of the story for one agency: returns the order's derived CIG. */
export async function storyRound(
  gateway: string,
  tokens: { buyer: string; rup: string; banditore: string },
  people: Agency,
  contractId: string,
  seen: Seen,
  signing: DemoSigning,
): Promise<string> {
  const api = careful(gateway, seen);
  const sign = (bytes: Buffer) => signing.sign(bytes, people.buyer);
  const adhesion = await api.call(
    tokens.buyer,
    'POST',
    `/api/v1/contracts/${contractId}/adhesions`,
    { ipotesi: 'A', amountCents: 5_000_00 },
    201,
  );
  seen.adhesions.push(adhesion.id);
  await api.upload(
    tokens.buyer,
    `/api/v1/adhesions/${adhesion.id}/documents/0-1`,
    await sign(simplePdf('Manifestazione di interesse')),
  );
  await api.call(tokens.buyer, 'POST', `/api/v1/adhesions/${adhesion.id}/submit`);
  assert.equal(
    (await api.call(tokens.banditore, 'POST', `/api/v1/adhesions/${adhesion.id}/rounds/0/approve`))
      .status,
    'approvata',
  );
  const lotCents = 1_000_00;
  const request = await api.until(
    tokens.buyer,
    '/api/v1/cig-requests',
    {
      parentCig: '7154112FF8',
      adhesionId: adhesion.id,
      subject: 'Servizi cloud: contratto attuativo',
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
    },
    201,
    'ADHESION_NOT_USABLE',
  );
  seen.cigRequests.push(request.id);
  const order = await api.until(
    tokens.buyer,
    `/api/v1/contracts/${contractId}/orders`,
    {
      cigRequestId: request.id,
      adhesionId: adhesion.id,
      lines: [{ description: 'Canone', unitPriceCents: 500_00, quantity: 2 }],
    },
    201,
    'ADHESION_REQUIRED',
  );
  seen.orders.push(order.id);
  await api.call(tokens.rup, 'POST', `/api/v1/orders/${order.id}/confirm-appalto`, undefined, 202);
  await api.waitStatus(tokens.rup, `/api/v1/orders/${order.id}`, 'appalto-confermato');
  await api.call(tokens.rup, 'POST', `/api/v1/orders/${order.id}/acquire-cig`, undefined, 202);
  await api.waitStatus(tokens.rup, `/api/v1/orders/${order.id}`, 'cig-acquisito');
  return (await api.call(tokens.rup, 'GET', `/api/v1/orders/${order.id}`)).derivedCig;
}
