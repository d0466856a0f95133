import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookRefused } from '../src/index.js';

const secret = `whsec_${randomBytes(32).toString('base64')}`;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicText = `whpk_${Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64')}`;
const body = JSON.stringify({
  id: 'evt-1',
  type: 'ordering.order.submitted.v1',
  data: { orderId: 'o-1' },
});

/** The three headers as the platform sends them: a v1 HMAC by the secret and a v1a ed25519 signature. */
function signed(content: string, at = new Date()) {
  const id = 'msg_1';
  const timestamp = Math.floor(at.getTime() / 1000);
  const v1 = new Webhook(secret).sign(id, at, content);
  const v1a = `v1a,${sign(null, Buffer.from(`${id}.${timestamp}.${content}`), privateKey).toString('base64')}`;
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `${v1} ${v1a}`,
  };
}

describe('verifyWebhook', () => {
  test('when a message is signed, then the secret and the public key each verify it and give the event', () => {
    const headers = signed(body);
    assert.deepEqual(verifyWebhook(body, headers, { secret }), JSON.parse(body));
    assert.deepEqual(verifyWebhook(body, headers, { publicKey: publicText }), JSON.parse(body));
  });

  test('when a byte of the body changed, then both refuse it', () => {
    const headers = signed(body);
    const altered = body.replace('o-1', 'o-2');
    assert.throws(() => verifyWebhook(altered, headers, { secret }), WebhookRefused);
    assert.throws(() => verifyWebhook(altered, headers, { publicKey: publicText }), WebhookRefused);
  });

  test('when a message is replayed ten minutes later, then both refuse it', () => {
    const headers = signed(body, new Date(Date.now() - 10 * 60_000));
    assert.throws(() => verifyWebhook(body, headers, { secret }), WebhookRefused);
    assert.throws(() => verifyWebhook(body, headers, { publicKey: publicText }), WebhookRefused);
  });

  test('when another key signed it, or there is nothing to verify with, then it is refused', () => {
    const other = `whsec_${randomBytes(32).toString('base64')}`;
    assert.throws(() => verifyWebhook(body, signed(body), { secret: other }), WebhookRefused);
    assert.throws(() => verifyWebhook(body, signed(body), {}), WebhookRefused);
  });
});
