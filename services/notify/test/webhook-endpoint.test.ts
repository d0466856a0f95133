import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { endpointProblem } from '../src/webhooks/webhook.service.js';
import { nextAttempt, keepsFailing } from '../src/webhooks/webhook.rules.js';
import { passes } from '../src/feed/feed.rules.js';
import { defined } from '@app/platform/errors';

describe('which endpoints a webhook may call', () => {
  it('refuses private, loopback, link-local and metadata addresses, by literal or by name', async () => {
    for (const url of [
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://192.168.0.10/x',
      'https://172.16.5.4/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/x',
      'https://[fd00::1]/x',
      'https://[fe80::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://0.0.0.0/x',
      'https://100.64.0.1/x',
      'https://localhost/x',
    ]) {
      assert.match((await endpointProblem(url, false)) ?? 'accettato', /rete interna/, url);
    }
  });

  it('refuses plain HTTP, credentials and fragments; accepts a public HTTPS address', async () => {
    assert.match(defined(await endpointProblem('http://93.184.216.34/x', false)), /HTTPS/);
    assert.match(
      defined(await endpointProblem('https://utente:segreto@93.184.216.34/x', false)),
      /credenziali/,
    );
    assert.match(defined(await endpointProblem('https://93.184.216.34/x#a', false)), /frammento/);
    assert.equal(await endpointProblem('https://93.184.216.34/eventi', false), undefined);
    assert.equal(await endpointProblem('http://127.0.0.1:9/x', true), undefined);
  });

  it('tries again on the schedule, then gives up; turns off an endpoint only after the grace period', () => {
    assert.deepEqual(
      [1, 2, 3].map((n) => nextAttempt(n, [5, 300])),
      [{ retryInSeconds: 5 }, { retryInSeconds: 300 }, { give: 'up' }],
    );
    const now = new Date('2026-11-29T12:00:00Z');
    assert.equal(keepsFailing(null, now, 60), false);
    assert.equal(keepsFailing(new Date('2026-11-29T11:59:30Z'), now, 60), false);
    assert.equal(keepsFailing(new Date('2026-11-29T11:59:00Z'), now, 60), true);
  });

  it('applies the CloudEvents Subscriptions filter dialects', () => {
    const event = {
      type: 'ordering.order.approved.v1',
      source: '/services/ordering',
      subject: 'O1',
    };
    assert.ok(passes({ exact: { type: 'ordering.order.approved.v1' } }, event));
    assert.ok(passes({ prefix: { type: 'ordering.' } }, event));
    assert.ok(passes({ suffix: { type: '.approved.v1' } }, event));
    assert.ok(!passes({ exact: { type: 'ordering.order.approved.v1', subject: 'O2' } }, event));
    assert.ok(
      passes(
        { all: [{ prefix: { type: 'ordering.' } }, { not: { suffix: { type: '.rejected.v1' } } }] },
        event,
      ),
    );
    assert.ok(
      passes(
        { any: [{ prefix: { type: 'adhesion.' } }, { exact: { source: '/services/ordering' } }] },
        event,
      ),
    );
    assert.ok(!passes({ any: [{ prefix: { type: 'adhesion.' } }] }, event));
    assert.ok(!passes({ exact: { tenant: 'x' } }, event));
  });
});
