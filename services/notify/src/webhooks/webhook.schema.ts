import { z } from 'zod';
import type { Filter } from '../feed/feed.rules.js';

const attributes = z
  .partialRecord(z.enum(['type', 'source', 'subject', 'tenant']), z.string().min(1).max(200))
  .refine((rule) => Object.keys(rule).length > 0, 'Indica almeno un attributo.');

const leaf = z.union([
  z.strictObject({ exact: attributes }),
  z.strictObject({ prefix: attributes }),
  z.strictObject({ suffix: attributes }),
]);
const combined = <T extends z.ZodType>(inner: T) =>
  z.union([
    inner,
    z.strictObject({ all: z.array(inner).min(1).max(20) }),
    z.strictObject({ any: z.array(inner).min(1).max(20) }),
    z.strictObject({ not: inner }),
  ]);

/**
 * The CloudEvents Subscriptions API filter dialects, nested at most three levels: deep enough for
 * any real subscription, and a schema the API document can state without self-reference.
 */
export const filterSchema = combined(combined(combined(leaf))) as unknown as z.ZodType<Filter>;

export const newWebhook = z.strictObject({
  url: z.url({ message: 'Indirizzo non valido.' }).max(2000),
  description: z.string().max(200).default(''),
  filters: z.array(filterSchema).max(20).default([]),
});

export const webhookChange = z.strictObject({
  url: z.url({ message: 'Indirizzo non valido.' }).max(2000).optional(),
  description: z.string().max(200).optional(),
  filters: z.array(filterSchema).max(20).optional(),
  /** `attivo` turns a disabled endpoint back on (its failures are forgotten). */
  status: z.enum(['attivo', 'disabilitato']).optional(),
});

export const replayRequest = z.union([
  z.strictObject({ deliveryId: z.uuid('Consegna non valida.') }),
  z.strictObject({
    since: z.iso.datetime({ offset: true, message: 'Data e ora non valide (ISO 8601).' }),
  }),
]);
