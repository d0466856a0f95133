import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { checkedAgent, postThrough } from '../src/webhooks/webhook-connections.js';

// A receiver on this machine standing for an internal service an attacker would like the platform to call.
let port = 0;
let received = 0;
const receiver = createServer((_req, res) => {
  received++;
  res.writeHead(204).end();
});
before(
  () =>
    new Promise<void>((resolve) =>
      receiver.listen(0, '127.0.0.1', () => {
        port = (receiver.address() as AddressInfo).port;
        resolve();
      }),
    ),
);
after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

/** A name server that answers a public address to the registration's check and the loopback afterwards. */
function rebindingResolver() {
  let asked = 0;
  return (
    _hostname: string,
    _options: object,
    callback: (error: null, addresses: { address: string; family: number }[]) => void,
  ) => {
    asked++;
    callback(null, [{ address: asked === 1 ? '203.0.113.7' : '127.0.0.1', family: 4 }]);
  };
}

const post = (agent: ReturnType<typeof checkedAgent>) =>
  postThrough(agent, `http://partner.example:${port}/hook`, {
    body: '{}',
    headers: { 'content-type': 'application/json' },
    timeoutMs: 5_000,
  });

test("when a partner's name resolves to an internal address at send time (DNS rebinding), then the connection is refused before any byte is sent", async () => {
  const resolve = rebindingResolver();
  resolve('partner.example', {}, () => undefined); // the check at registration saw 203.0.113.7
  const before = received;
  await assert.rejects(post(checkedAgent(false, resolve)), (error: Error) => {
    assert.match(
      String((error.cause as Error | undefined)?.message ?? error.message),
      /L'indirizzo 127\.0\.0\.1 è di una rete interna/,
    );
    return true;
  });
  assert.equal(received, before, 'the internal receiver got nothing');
});

test('when private addresses are allowed (development), then the same connection goes through', async () => {
  const before = received;
  const response = await post(
    checkedAgent(true, (_hostname, _options, callback) =>
      callback(null, [{ address: '127.0.0.1', family: 4 }]),
    ),
  );
  assert.equal(response.status, 204);
  assert.equal(received, before + 1);
});

test('when a name resolves to a public and an internal address together, then it is refused: either could be the one connected to', async () => {
  const before = received;
  const agent = checkedAgent(false, (_hostname, _options, callback) =>
    callback(null, [
      { address: '203.0.113.9', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ]),
  );
  await assert.rejects(post(agent), (error: Error) =>
    /rete interna/.test(String((error.cause as Error | undefined)?.message ?? error.message)),
  );
  assert.equal(received, before);
});
