import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import amqp, { type ConsumeMessage } from 'amqplib';
import { adhesionEvents, catalogEvents } from '@app/events';
import { waitFor } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import { deliverToNotify, partnerClient } from './notify-helpers.js';
import { defined } from '@app/platform/errors';

const managementUrl = process.env.AMQP_MANAGEMENT_URL ?? 'http://guest:guest@127.0.0.1:15672';

/** Issue "Notify", AMQP subscriptions: a partner's own queue, bound to what it may see, readable by it alone. */
describe(
  "partner events on a queue of the partner's own (CloudEvents AMQP binding)",
  { skip: !process.env.AMQP_URL && 'no RabbitMQ' },
  () => {
    let demo: DemoPlatform;
    const partner: Record<'prato' | 'firenze', Session> = {} as never;
    const agencies: Record<'prato' | 'firenze', string> = {} as never;
    const made: { session: Session; id: string }[] = [];

    const publish = (type: string, data: Record<string, unknown>) =>
      deliverToNotify(demo, type, data);
    const adhesionOf = (agencyId: string, code: string) =>
      publish(adhesionEvents.submitted.type, {
        adhesionId: randomUUID(),
        code,
        contractId: randomUUID(),
        contractTitle: 'Sistema Cloud Toscana',
        contractCig: '7154112FF8',
        banditoreAgencyId: agencyId,
        agencyId,
        ipotesi: 'A',
        amountCents: 100,
        round: 0,
        roundTitle: 'Round 0',
        sender: null,
        actor: { subject: 'x', profileId: null, agencyId },
        submittedAt: new Date().toISOString(),
      });
    const partnerOf = (admin: Session, scopes: string[]) => partnerClient(demo, admin, scopes);
    async function subscribe(session: Session, body: unknown) {
      const subscription = await session.call('POST', '/api/v1/amqp-subscriptions', body, 201);
      made.push({ session, id: subscription.id });
      return subscription;
    }
    /** Reads a queue as the partner would, with the credentials it was given. */
    async function consumeAs(connection: { url: string }, queue: string) {
      const client = await amqp.connect(connection.url);
      const channel = await client.createChannel();
      const received: ConsumeMessage[] = [];
      await channel.consume(queue, (message) => {
        if (message) {
          received.push(message);
          channel.ack(message);
        }
      });
      return { received, close: () => client.close().catch(() => undefined) };
    }

    before(async () => {
      demo = await startDemoPlatform(
        { AMQP_MANAGEMENT_URL: managementUrl, AMQP_RELAY_POLL_MS: '100' },
        { broker: 'rabbitmq' },
      );
      for (const [name, admin] of [
        ['prato', 'sara.colombo'],
        ['firenze', 'giorgio.pelli'],
      ] as const) {
        const person = await passwordSession(demo.gateway, admin);
        agencies[name] = (await person.call('GET', '/api/v1/me')).selectedProfile.agency.id;
        partner[name] = await partnerOf(person, ['events:read', 'events:subscribe']);
      }
    });

    after(async () => {
      for (const { session, id } of made)
        await session.raw('DELETE', `/api/v1/amqp-subscriptions/${id}`);
      await demo?.stop();
    });

    test("when events of two agencies and public ones are published, then each partner's queue holds its own and the public ones it asked for, as CloudEvents with the feed's numbers", async () => {
      const prato = await subscribe(partner.prato, {});
      const firenze = await subscribe(partner.firenze, { types: ['adhesion'] });
      assert.match(prato.connection.password, /^[A-Za-z0-9_-]{20,}$/);
      const pratoReads = await consumeAs(prato.connection, prato.queue);
      const firenzeReads = await consumeAs(firenze.connection, firenze.queue);
      await adhesionOf(agencies.prato, 'A770001/2026');
      await adhesionOf(agencies.firenze, 'A770002/2026');
      const publicId = await publish(catalogEvents.contractExpired.type, {
        contractId: randomUUID(),
        banditoreAgencyId: randomUUID(),
        title: 'Scaduta',
        cig: '7154112FF8',
        expiryDate: '2026-11-01',
      });
      await waitFor(
        () =>
          pratoReads.received.length >= 2 && firenzeReads.received.length >= 1 ? true : undefined,
        20_000,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const codes = (reads: ConsumeMessage[]) =>
        reads.map(
          (message) =>
            JSON.parse(message.content.toString()).code ??
            defined(message.properties.headers).cloudEvents_type,
        );
      assert.deepEqual(codes(pratoReads.received), ['A770001/2026', 'catalog.contract.expired.v1']);
      assert.deepEqual(codes(firenzeReads.received), ['A770002/2026']);
      const [, expired] = pratoReads.received;
      assert.equal(defined(defined(expired).properties.headers).cloudEvents_id, publicId);
      assert.equal(defined(defined(expired).properties.headers).cloudEvents_specversion, '1.0');
      assert.equal(defined(expired).properties.contentType, 'application/json');
      const feed = await partner.prato.call('GET', '/api/v1/events?limit=1000');
      assert.equal(
        feed.items.find((event: { id: string }) => event.id === publicId).sequence,
        defined(defined(expired).properties.headers).cloudEvents_sequence,
      );
      await pratoReads.close();
      await firenzeReads.close();
    });

    test("when a partner's broker user reaches past its queue, then the broker refuses: another queue, publishing, declaring", async () => {
      const prato = await subscribe(partner.prato, {});
      const firenze = await subscribe(partner.firenze, {});
      const client = await amqp.connect(prato.connection.url);
      client.on('error', () => undefined);
      const refused = async (attempt: (channel: amqp.Channel) => Promise<unknown>) => {
        const channel = await client.createChannel();
        channel.on('error', () => undefined);
        await assert.rejects(attempt(channel), /ACCESS_REFUSED|403/);
      };
      await refused((channel) => channel.consume(firenze.queue, () => undefined));
      await refused((channel) => channel.assertQueue('partner.mia', { durable: true }));
      await refused(async (channel) => {
        channel.publish(
          'partner-events',
          `${agencies.firenze}.adhesion.adhesion.submitted.v1`,
          Buffer.from('{}'),
        );
        await new Promise((resolve, reject) => {
          channel.once('close', () => reject(new Error('ACCESS_REFUSED')));
          setTimeout(resolve, 2000);
        });
      });
      await client.close().catch(() => undefined);
      const wrong = new URL(prato.connection.url);
      wrong.password = 'sbagliata';
      await assert.rejects(amqp.connect(wrong.toString()), /ACCESS_REFUSED|403/);
    });

    test('when a subscription is asked or removed by someone else, then 403 or 404; removed, its user can no longer connect', async () => {
      const mine = await subscribe(partner.prato, { types: ['ordering.order'] });
      const readOnly = await partnerOf(await passwordSession(demo.gateway, 'sara.colombo'), [
        'events:read',
      ]);
      await readOnly.call('POST', '/api/v1/amqp-subscriptions', {}, 403);
      await partner.prato.call(
        'POST',
        '/api/v1/amqp-subscriptions',
        { types: ['ordering.#'] },
        400,
      );
      await partner.firenze.call('DELETE', `/api/v1/amqp-subscriptions/${mine.id}`, undefined, 404);
      assert.ok(
        !(await partner.firenze.call('GET', '/api/v1/amqp-subscriptions')).items.some(
          (item: { id: string }) => item.id === mine.id,
        ),
      );
      await partner.prato.call('DELETE', `/api/v1/amqp-subscriptions/${mine.id}`, undefined, 204);
      await assert.rejects(amqp.connect(mine.connection.url), /ACCESS_REFUSED|403/);
      assert.equal((await fetch(`${demo.gateway}/api/v1/amqp-subscriptions`)).status, 401);
    });
  },
);
