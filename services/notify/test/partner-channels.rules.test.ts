import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventContracts } from '@app/platform/events';
import { notForPartners } from '@app/events';
import { z } from 'zod';
import { passes, visibilityOf } from '../src/feed/feed.rules.js';
import {
  bindingKeys,
  cloudEventsHeaders,
  readOnlyOwnQueue,
  routingKeys,
} from '../src/subscriptions/subscription.rules.js';
import {
  keepsFailing,
  nextAttempt,
  urlProblem,
  webhookLifecycle,
} from '../src/webhooks/webhook.rules.js';

/** An example value of the schema, with every agency it names set to `agency`. */
function sample(schema: z.ZodType, agency: string): unknown {
  if (schema instanceof z.ZodObject)
    return Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [
        key,
        /agencyId$/i.test(key) ? agency : sample(value, agency),
      ]),
    );
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional)
    return sample(schema.unwrap() as z.ZodType, agency);
  return undefined;
}

describe('who sees an event on the partner channels', () => {
  test('every event partners may see is public or names the agencies it concerns', () => {
    const agency = '6f1c1f0e-8a4b-4f3e-9a51-3d5b8b7f1d2a';
    const unseen = eventContracts
      .filter((contract) => !notForPartners.test(contract.type))
      .filter((contract) => !contract.type.startsWith('catalog.ceiling.')) // the contract's banditore
      .filter((contract) => {
        const visibility = visibilityOf(
          contract.type,
          sample(contract.data, agency) as Record<string, unknown>,
        );
        return !visibility || (!visibility.public && !visibility.agencies.includes(agency));
      })
      .map((contract) => contract.type);
    assert.deepEqual(unseen, []);
  });

  test('when a contract is published, then everyone may; an order is seen by the agencies it names, the supplier’s included', () => {
    assert.deepEqual(visibilityOf('catalog.contract.published.v1', {}), { public: true });
    assert.deepEqual(
      visibilityOf('ordering.order.submitted.v1', {
        agencyId: 'prato',
        supplier: { agencyId: 'oe' },
      }),
      { public: false, agencies: ['prato', 'oe'] },
    );
  });

  test('when a ceiling moves, then the banditore known from the contract sees it; an event naming nobody is not for partners', () => {
    assert.deepEqual(visibilityOf('catalog.ceiling.reserved.v1', {}, 'regione'), {
      public: false,
      agencies: ['regione'],
    });
    assert.equal(visibilityOf('ordering.order.submitted.v1', {}), undefined);
  });

  test('when events are published on the broker, then routing keys and a queue’s bindings meet on agency and type prefix', () => {
    assert.deepEqual(
      routingKeys('ordering.order.submitted.v1', { public: false, agencies: ['a', 'b'] }),
      ['a.ordering.order.submitted.v1', 'b.ordering.order.submitted.v1'],
    );
    assert.deepEqual(bindingKeys('a', ['ordering.order']), [
      'a.ordering.order.#',
      'public.ordering.order.#',
    ]);
    assert.deepEqual(bindingKeys('a', []), ['a.#', 'public.#']);
    assert.equal(readOnlyOwnQueue('partner.x-1'), '^partner\\.x\\-1$');
    assert.deepEqual(cloudEventsHeaders({ id: 'e', data: {}, subject: null }, '7'), {
      cloudEvents_id: 'e',
      cloudEvents_sequence: '7',
    });
  });

  test('when a subscription filters, then exact, prefix, suffix, all, any and not combine as the CloudEvents Subscriptions API says', () => {
    const event = { type: 'ordering.order.submitted.v1', source: 'ordering' };
    assert.equal(passes({ prefix: { type: 'ordering.' } }, event), true);
    assert.equal(
      passes({ all: [{ exact: { source: 'ordering' } }, { suffix: { type: '.v2' } }] }, event),
      false,
    );
    assert.equal(
      passes({ any: [{ exact: { source: 'catalog' } }, { suffix: { type: '.v1' } }] }, event),
      true,
    );
    assert.equal(passes({ not: { prefix: { type: 'catalog.' } } }, event), true);
    assert.equal(
      passes({ exact: { subject: 'x' } }, event),
      false,
      'a missing attribute never matches',
    );
  });
});

describe('webhook endpoints', () => {
  test('when an endpoint is registered, then only HTTPS without credentials or fragment is accepted (HTTP only in development)', () => {
    assert.equal(urlProblem(new URL('https://erp.comune.prato.it/eventi'), false), undefined);
    assert.equal(
      urlProblem(new URL('http://erp.comune.prato.it/eventi'), false),
      "L'indirizzo deve usare HTTPS.",
    );
    assert.equal(urlProblem(new URL('http://localhost:9000/eventi'), true), undefined);
    assert.match(urlProblem(new URL('https://u:p@erp.example/'), false) ?? '', /credenziali/);
    assert.match(urlProblem(new URL('https://erp.example/#x'), false) ?? '', /frammento/);
  });

  test('when deliveries fail, then they follow the schedule and give up after its last delay; a long failure turns the endpoint off', () => {
    assert.deepEqual(nextAttempt(1, [5, 300]), { retryInSeconds: 5 });
    assert.deepEqual(nextAttempt(3, [5, 300]), { give: 'up' });
    const since = new Date('2026-12-01T00:00:00Z');
    assert.equal(keepsFailing(since, new Date('2026-12-06T00:00:00Z'), 3 * 86_400), true);
    assert.equal(keepsFailing(null, new Date(), 1), false);
  });

  test('when the platform turns a failing endpoint off, then only an active one can be; the agency turns it on and off from either state', () => {
    assert.equal(webhookLifecycle.can('disabled-after-failures', 'disabilitato'), false);
    assert.equal(webhookLifecycle.can('disabled-after-failures', 'attivo'), true);
    assert.equal(webhookLifecycle.can('enabled', 'attivo'), true);
  });
});
