import { z } from 'zod';
import { cloudEventContentType, cloudEventSchema, eventContracts } from '@app/platform/events';
import { eventsExchange, serviceNames } from './services.js';

const amqpBinding = { bindingVersion: '0.3.0' };
const camel = (name: string) => name.replace(/[-.]([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const schema = (type: z.ZodType) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, {
    target: 'draft-7',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
};

function queueChannel(address: string, description: string) {
  return {
    address,
    description,
    messages: { cloudEvent: { $ref: '#/components/messages/CloudEvent' } },
    bindings: {
      amqp: {
        ...amqpBinding,
        is: 'queue',
        queue: { name: address, durable: true, exclusive: false, autoDelete: false, vhost: '/' },
      },
    },
  };
}

/** One message per event contract: the CloudEvents envelope with that type and its data. */
function eventMessagesOf(): Record<string, unknown> {
  return Object.fromEntries(
    eventContracts.map((contract) => [
      camel(contract.type),
      {
        name: contract.type,
        title: contract.type,
        summary: contract.summary,
        contentType: cloudEventContentType,
        payload: {
          allOf: [
            { $ref: '#/components/schemas/CloudEvent' },
            {
              type: 'object',
              properties: { type: { const: contract.type }, data: schema(contract.data) },
            },
          ],
        },
      },
    ]),
  );
}

/** The topic exchange every event is published to, with every message it carries. */
function eventsChannel(messageKeys: string[]) {
  return {
    address: eventsExchange,
    description:
      'Topic exchange of every domain event; the routing key is the event type, ' +
      '`<service>.<entity>.<past-verb>.v<N>`.',
    messages: {
      cloudEvent: { $ref: '#/components/messages/CloudEvent' },
      ...Object.fromEntries(
        messageKeys.map((key) => [key, { $ref: `#/components/messages/${key}` }]),
      ),
    },
    bindings: {
      amqp: {
        ...amqpBinding,
        is: 'routingKey',
        exchange: {
          name: eventsExchange,
          type: 'topic',
          durable: true,
          autoDelete: false,
          vhost: '/',
        },
      },
    },
  };
}

/** Each service's queue and dead-letter queue, and its idempotent consumer. */
function serviceQueues(channels: Record<string, unknown>, operations: Record<string, unknown>) {
  for (const service of serviceNames) {
    const key = camel(service);
    channels[`${key}Queue`] = queueChannel(
      service,
      `Quorum queue of the ${service} service; retries go through ${service}.retry.<ms>ms queues.`,
    );
    channels[`${key}DeadLetters`] = queueChannel(
      `${service}.dlq`,
      `Messages the ${service} service could not process, with ` +
        `x-failure-reason; \`npm run dlq:replay -- ${service}\` sends them back.`,
    );
    operations[`${key}Consumes`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${key}Queue` },
      summary: `Idempotent consumer of the ${service} service (inbox keyed by event id).`,
    };
  }
}

/**
 * The AsyncAPI 3 document of the broker: the exchange, every service's queue and dead-letter queue,
 * every event.
 */
export function buildAsyncApi(version = '1.0.0'): Record<string, unknown> {
  const eventMessages = eventMessagesOf();
  const channels: Record<string, unknown> = { events: eventsChannel(Object.keys(eventMessages)) };
  const operations: Record<string, unknown> = {
    publishEvent: {
      action: 'send',
      channel: { $ref: '#/channels/events' },
      summary:
        'Published by the outbox relay of the owning service, with publisher ' +
        'confirms; an unroutable event stays in the outbox.',
      bindings: { amqp: { ...amqpBinding, deliveryMode: 2, mandatory: true } },
    },
  };
  serviceQueues(channels, operations);
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Negozio Elettronico — eventi di dominio',
      version,
      description:
        'CloudEvents 1.0 in structured mode over AMQP 0-9-1, with the tenant and ' +
        'traceparent extensions.',
    },
    defaultContentType: cloudEventContentType,
    servers: {
      broker: {
        host: 'localhost:5672',
        protocol: 'amqp',
        protocolVersion: '0.9.1',
        description: 'RabbitMQ',
      },
    },
    channels,
    operations,
    components: {
      schemas: { CloudEvent: schema(cloudEventSchema) },
      messages: {
        CloudEvent: {
          name: 'CloudEvent',
          title: 'CloudEvents 1.0 envelope',
          contentType: cloudEventContentType,
          payload: { $ref: '#/components/schemas/CloudEvent' },
        },
        ...eventMessages,
      },
    },
  };
}
