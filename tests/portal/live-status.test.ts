import { after, before, describe, test } from 'node:test';
import type { UncheckedJson } from '@app/platform/testing';
import assert from 'node:assert/strict';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import {
  approvedAdhesion,
  cloudContract,
  newOrder,
  orderingCast,
  type Cast,
} from '../../scripts/ordering-story.js';
import { defined } from '@app/platform/errors';

interface ReadEvent {
  id: string;
  event: string;
  data: UncheckedJson;
}

/**
 * An event stream read through the gateway: the events that arrive within `ms` (at most `count`),
 * then the connection is closed, as a browser leaving the page.
 */
async function readStream(
  url: string,
  headers: Record<string, string>,
  ms: number,
  count = Infinity,
): Promise<{ status: number; type: string | null; events: ReadEvent[] }> {
  const stop = new AbortController();
  const answer = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: stop.signal,
  });
  const events: ReadEvent[] = [];
  if (answer.status !== 200 || !answer.body)
    return { status: answer.status, type: answer.headers.get('content-type'), events };
  const reader = answer.body.pipeThrough(new TextDecoderStream()).getReader();
  const deadline = setTimeout(() => stop.abort(), ms);
  let buffer = '';
  try {
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          [...block.matchAll(/^(\w+): ?(.*)$/gm)].find((m) => m[1] === name)?.[2];
        if (field('event'))
          events.push({
            id: defined(field('id')),
            event: defined(field('event')),
            data: JSON.parse(defined(field('data'))),
          });
      }
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  } finally {
    clearTimeout(deadline);
    stop.abort();
  }
  return { status: 200, type: answer.headers.get('content-type'), events };
}

/** Issue "Portal", live status: the order's state pushed through the gateway, resumable, scoped. */
describe("the order's live state (Server-Sent Events through the gateway)", () => {
  let demo: DemoPlatform;
  let cast: Cast;
  let orderId: string;
  let cigRequestId: string;
  let url: string;

  before(async () => {
    demo = await startDemoPlatform({ PCP_POLL_MS: '200', LIVE_POLL_MS: '200' });
    cast = await orderingCast(demo);
    const contractId = await cloudContract(cast.buyer);
    const adhesionId = await approvedAdhesion(cast, contractId, 500_00);
    const order = await newOrder(
      cast,
      contractId,
      adhesionId,
      [{ description: 'Ora', unitPriceCents: 100_00, quantity: 1 }],
      100_00,
    );
    [orderId, cigRequestId] = [order.id, order.cigRequestId];
    url = `${demo.gateway}/api/v1/orders/${orderId}/events`;
  });

  after(async () => {
    await demo?.stop();
  });

  test('when the page opens the stream, then the current state comes first; reconnecting with Last-Event-ID sends nothing until the order moves, then its new state', async () => {
    const bearer = { authorization: `Bearer ${cast.buyer.token}` };
    const first = await readStream(url, bearer, 5_000, 1);
    assert.equal(first.status, 200);
    assert.match(first.type ?? '', /^text\/event-stream/);
    assert.equal(defined(first.events[0]).event, 'state');
    assert.equal(defined(first.events[0]).data.status, 'bozza');
    assert.match(defined(first.events[0]).data.derivedCigHelper, /Conferma appalto/);
    const lastId = defined(first.events[0]).id;
    const quiet = await readStream(url, { ...bearer, 'last-event-id': lastId }, 1_500);
    assert.deepEqual(quiet.events, []);
    const resumed = readStream(url, { ...bearer, 'last-event-id': lastId }, 30_000, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await cast.rup.call('POST', `/api/v1/orders/${orderId}/confirm-appalto`, undefined, 202);
    const moved = await resumed;
    assert.equal(defined(moved.events[0]).data.status, 'appalto-in-corso');
    assert.match(
      defined(moved.events[0]).data.banner,
      /La richiesta di conferma appalto è in corso/,
    );
    assert.ok(Number(defined(moved.events[0]).id) > Number(lastId));
    assert.equal(moved.events[1]?.data.status, 'appalto-confermato');
  });

  test('when someone else asks for the stream, then another Comune gets 404, nobody 401, a client without orders:read 403', async () => {
    const otherComune = await fetch(url, {
      headers: { authorization: `Bearer ${cast.otherComune.token}` },
    });
    assert.equal(otherComune.status, 404);
    assert.match(otherComune.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal((await fetch(url)).status, 401);
    const client = await cast.rup.call(
      'POST',
      '/api/v1/api-clients',
      { name: 'Contabilità di Prato', scopes: ['payments:read'] },
      201,
    );
    const token = await (
      await fetch(`${demo.gateway}/api/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: client.clientSecret,
        }),
      })
    ).json();
    const refused = await fetch(url, {
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    assert.equal(refused.status, 403);
    assert.equal((await refused.json()).code, 'SCOPE_REQUIRED');
  });

  test("when the CIG request's page follows ANAC, then its state and its schede come as events, quiet until they change, and only for its agency", async () => {
    const requestUrl = `${demo.gateway}/api/v1/cig-requests/${cigRequestId}/events`;
    const bearer = { authorization: `Bearer ${cast.rup.token}` };
    const first = await readStream(requestUrl, bearer, 5_000, 1);
    assert.equal(first.status, 200);
    assert.ok(
      ['bozza', 'in-corso', 'confermato', 'cig-acquisiti'].includes(
        defined(first.events[0]).data.status,
      ),
      defined(first.events[0]).data.status,
    );
    assert.ok(Array.isArray(defined(first.events[0]).data.schede));
    const quiet = await readStream(
      requestUrl,
      { ...bearer, 'last-event-id': defined(first.events[0]).id },
      1_500,
    );
    assert.deepEqual(quiet.events, []);
    assert.equal(
      (await fetch(requestUrl, { headers: { authorization: `Bearer ${cast.otherComune.token}` } }))
        .status,
      404,
    );
    assert.equal((await fetch(requestUrl)).status, 401);
  });
});
