import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { dataForPartners } from '@app/events';
import type { CloudEvent } from '@app/platform/events';
import { refuse } from '@app/platform/errors';
import { feedRefusals, visibilityOf } from './feed.rules.js';
import * as store from './feed.store.js';

/**
 * The envelope partners receive: the event as published, with its place in the feed (CloudEvents
 * `sequence`).
 */
export const partnerEnvelope = (row: { seq: string; envelope: Record<string, unknown> }) => ({
  ...row.envelope,
  sequence: row.seq,
});

/**
 * Records an event for partners if any may see it, without the personal data no partner scope
 * declares (packages/events partner-data): the feed, webhooks and queues all send this copy. The
 * row, when new, for the other channels to fan out.
 */
export async function record(
  manager: EntityManager,
  event: CloudEvent,
  contractBanditore?: string,
): Promise<store.FeedRow | undefined> {
  const visibility = visibilityOf(
    event.type,
    (event.data ?? {}) as Record<string, unknown>,
    contractBanditore,
  );
  if (!visibility) return undefined;
  return store.append(manager, {
    eventId: event.id,
    type: event.type,
    public: visibility.public,
    agencies: visibility.public ? [] : visibility.agencies,
    envelope: { ...event, data: dataForPartners(event.type, event.data) } as unknown as Record<
      string,
      unknown
    >,
  });
}

/**
 * Cursors are opaque and bound to the agency: the number, signed with the agency's id, so a cursor
 * cannot be forged, altered or used by another agency.
 */
export function cursorCodec(secret: string) {
  const mac = (agencyId: string, seq: string) =>
    createHmac('sha256', secret).update(`${agencyId}:${seq}`).digest().subarray(0, 12);
  return {
    encode: (agencyId: string, seq: string) =>
      Buffer.concat([Buffer.from(seq.padStart(16, '0')), mac(agencyId, seq)]).toString('base64url'),
    decode(agencyId: string, cursor: string): string {
      const bytes = Buffer.from(cursor, 'base64url');
      const seq = bytes
        .subarray(0, 16)
        .toString()
        .replace(/^0+(?=\d)/, '');
      const expected = /^\d{1,16}$/.test(seq) ? mac(agencyId, seq) : undefined;
      if (!expected || bytes.length !== 28 || !timingSafeEqual(bytes.subarray(16), expected)) {
        throw refuse(
          feedRefusals.CURSOR_INVALID,
          'Il cursore non è valido per questo ente: riparti da quello ricevuto ' +
            "nell'ultima risposta.",
        );
      }
      return seq;
    },
  };
}

export type CursorCodec = ReturnType<typeof cursorCodec>;

/**
 * A page of the agency's feed after a cursor (from the start without one, from now with
 * `after=now`),
 * and the cursor to continue from: the same events in the same order on every read.
 */
export async function readFeed(
  dataSource: DataSource,
  codec: CursorCodec,
  caller: TenantCaller,
  query: { after?: string; limit: number },
) {
  const manager = dataSource.manager;
  const after =
    query.after === 'now'
      ? await store.lastSeq(manager)
      : query.after
        ? codec.decode(caller.tenant, query.after)
        : '0';
  const rows = await store.readAfter(manager, caller.tenant, after, query.limit);
  const last = rows.at(-1)?.seq ?? after;
  return { items: rows.map(partnerEnvelope), next: codec.encode(caller.tenant, last) };
}
