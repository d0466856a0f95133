import { z } from 'zod';

/**
 * `<service>.<entity>.<past-verb>.v<N>`: the routing key and the CloudEvents type of every event.
 */
export const eventTypePattern = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/;

/**
 * CloudEvents 1.0 in structured mode (the whole envelope is the message body, content type
 * application/cloudevents+json), with the `tenant` and `traceparent` extension attributes.
 */
export const cloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z
    .string()
    .regex(eventTypePattern, 'tipo evento non conforme a <servizio>.<entità>.<verbo>.v<N>'),
  time: z.iso.datetime({ offset: true }),
  subject: z.string().optional(),
  datacontenttype: z.literal('application/json'),
  tenant: z.string().optional(),
  traceparent: z.string().optional(),
  correlationid: z.string().optional(),
  data: z.unknown(),
});

export type CloudEvent<T = unknown> = Omit<z.output<typeof cloudEventSchema>, 'data'> & { data: T };

export const cloudEventContentType = 'application/cloudevents+json';
