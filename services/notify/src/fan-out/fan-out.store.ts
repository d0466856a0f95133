import type { EntityManager } from 'typeorm';

/** A notice for every adhering agency of a contract, and how far its telling has got. */
export interface FanOut {
  id: string;
  eventId: string;
  eventType: string;
  template: string;
  senderAgencyId: string | null;
  eventTime: string | null;
  contractId: string;
  roles: string[];
  words: Record<string, unknown>;
  link: string;
  afterAgencyId: string | null;
  agenciesTold: number;
}

export type Planned = Omit<FanOut, 'id' | 'afterAgencyId' | 'agenciesTold'>;

/** Once per event and template: a redelivered event plans nothing new. */
export async function plan(manager: EntityManager, fanOut: Planned): Promise<void> {
  await manager.query(
    `INSERT INTO fan_outs (event_id, event_type, template, sender_agency_id, event_time,
       contract_id, roles, words, link)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (event_id, template) DO NOTHING`,
    [
      fanOut.eventId,
      fanOut.eventType,
      fanOut.template,
      fanOut.senderAgencyId,
      fanOut.eventTime,
      fanOut.contractId,
      fanOut.roles,
      JSON.stringify(fanOut.words),
      fanOut.link,
    ],
  );
}

/**
 * The unfinished fan-out whose turn it is (the one served longest ago), locked for this worker:
 * replicas take different ones, and several fan-outs advance in turn.
 */
export async function nextTurn(manager: EntityManager): Promise<FanOut | undefined> {
  const [row] = await manager.query(
    `SELECT id::text, event_id AS "eventId", event_type AS "eventType", template,
       sender_agency_id AS "senderAgencyId", event_time AS "eventTime", contract_id AS "contractId",
       roles, words, link, after_agency_id AS "afterAgencyId", agencies_told AS "agenciesTold"
     FROM fan_outs WHERE done_at IS NULL ORDER BY turn_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
  );
  return row;
}

/** Where the fan-out got to, in the transaction that told the batch: a restart resumes from it. */
export async function advance(
  manager: EntityManager,
  id: string,
  step: { after: string | null; told: number; done: boolean },
): Promise<void> {
  await manager.query(
    `UPDATE fan_outs SET after_agency_id = $2, agencies_told = agencies_told + $3,
       turn_at = clock_timestamp(), done_at = CASE WHEN $4 THEN clock_timestamp() END
     WHERE id = $1`,
    [id, step.after, step.told, step.done],
  );
}
