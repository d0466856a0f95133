import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import type { MailboxState } from './mailbox.rules.js';

const view = `b.id, b.member_id AS "memberId", b.address, b.state, b.plan, b.requested_at AS
  "requestedAt", b.created_at AS "createdAt",
  b.activated_at AS "activatedAt", b.deleted_at AS "deletedAt", b.transferred_at AS
    "transferredAt", b.transferred_to AS "transferredTo",
  m.given_name AS "givenName", m.family_name AS "familyName", m.fiscal_code AS "fiscalCode",
    m.registration_number AS "registrationNumber",
  m.reference_email AS "referenceEmail", b.order_agency_id AS "orderAgencyId"`;
const from = 'FROM mailboxes b JOIN members m ON m.id = b.member_id';

export interface MailboxRow {
  id: string;
  memberId: string;
  address: string | null;
  state: MailboxState;
  orderAgencyId: string;
  givenName: string;
  familyName: string;
  fiscalCode: string;
  referenceEmail: string;
}

/**
 * A new box in request; undefined when the member already has a live one (the unique index says
 * so).
 */
export async function insert(
  manager: EntityManager,
  orderId: string,
  memberId: string,
  address: string | null,
): Promise<{ id: string } | undefined> {
  const [row] = await manager.query(
    `INSERT INTO mailboxes (order_agency_id, member_id, address, state) VALUES ($1, $2, $3,
      'richiesta')
     ON CONFLICT (member_id) WHERE state IN ('richiesta', 'non-attiva', 'attiva') DO NOTHING
       RETURNING id`,
    [orderId, memberId, address],
  );
  return row;
}

export const list = (
  manager: EntityManager,
  orderId: string,
  filter: { stato?: string; q?: string },
  page: { limit: number; offset: number },
) =>
  manager.query(
    `SELECT ${view} ${from} WHERE b.order_agency_id = $1 AND ($2::text IS NULL OR b.state = $2)
     AND ($3::text IS NULL OR b.address ILIKE '%' || $3 || '%' OR m.family_name ILIKE '%' || $3 ||
       '%' OR m.fiscal_code = upper($3))
   ORDER BY m.family_name, m.given_name, b.requested_at DESC, b.id LIMIT $4 OFFSET $5`,
    [orderId, filter.stato ?? null, filter.q ?? null, page.limit, page.offset],
  );

/** A box of this Order only: another Order's box does not exist for it. */
export async function find(
  manager: EntityManager,
  orderId: string,
  id: string,
  lock = false,
): Promise<MailboxRow | undefined> {
  const [row] = await manager.query(
    `SELECT ${view} ${from} WHERE b.id = $2 AND b.order_agency_id =
      $1${lock ? ' FOR UPDATE OF b' : ''}`,
    [orderId, id],
  );
  return row;
}

export async function byId(manager: EntityManager, id: string): Promise<MailboxRow | undefined> {
  const [row] = await manager.query(`SELECT ${view} ${from} WHERE b.id = $1 FOR UPDATE OF b`, [id]);
  return row;
}

export async function liveOfMember(
  manager: EntityManager,
  memberId: string,
): Promise<MailboxRow | undefined> {
  const [row] = await manager.query(
    `SELECT ${view} ${from} WHERE b.member_id = $1 AND b.state IN ` +
      `('richiesta', 'non-attiva', 'attiva')`,
    [memberId],
  );
  return row;
}

/** Live boxes with this address in other Orders: they left when the provider moved the box. */
export const liveElsewhere = (
  manager: EntityManager,
  address: string,
  orderId: string,
): Promise<MailboxRow[]> =>
  manager.query(
    `SELECT ${view} ${from} WHERE b.address = $1 AND b.order_agency_id <> $2 ` +
      `AND b.state IN ('non-attiva', 'attiva') FOR UPDATE OF b`,
    [address, orderId],
  );

export const created = (
  manager: EntityManager,
  id: string,
  state: MailboxState,
  box: { address: string; active: boolean; createdAt: string | null; activatedAt: string | null },
) =>
  manager.query(
    `UPDATE mailboxes SET address = $2, state = $3, created_at = coalesce($4::timestamptz, now()),
      activated_at = CASE WHEN $6 THEN coalesce($5::timestamptz, now()) END
   WHERE id = $1`,
    [id, box.address, state, box.createdAt, box.activatedAt, box.active],
  );

/**
 * Whether this call moved the box on from the state it was read in (once, whoever else watches).
 */
export const activated = (
  manager: EntityManager,
  id: string,
  from: MailboxState,
  to: MailboxState,
) =>
  updateReturning(
    manager,
    'UPDATE mailboxes SET state = $3, activated_at = now() WHERE id = $1 AND ' +
      'state = $2 RETURNING id',
    [id, from, to],
  ).then((rows) => rows.length > 0);

/** The request that created the box (its INI-PEC row and events name it). */
export async function creatingRequest(manager: EntityManager, id: string): Promise<string> {
  const [row] = await manager.query(
    `SELECT id FROM requests WHERE mailbox_id = $1 AND kind IN ` +
      `('nuova-casella', 'trasferimento-ingresso') ORDER BY created_at DESC ` +
      `LIMIT 1`,
    [id],
  );
  return row?.id ?? id;
}

export const ended = (manager: EntityManager, id: string, state: MailboxState, to?: string) =>
  manager.query(
    `UPDATE mailboxes SET state = $2, deleted_at = CASE WHEN $2 = 'cancellata' THEN now() ELSE
      deleted_at END,
     transferred_at = CASE WHEN $2 = 'trasferita' THEN now() ELSE transferred_at END,
       transferred_to = coalesce($3, transferred_to)
   WHERE id = $1`,
    [id, state, to ?? null],
  );

/** Boxes waiting for their holder's acceptance, with the Order's codice fiscale (its panel). */
export const awaitingAcceptance = (
  manager: EntityManager,
): Promise<(MailboxRow & { orderFiscalCode: string })[]> =>
  manager.query(
    `SELECT ${view}, o.fiscal_code AS "orderFiscalCode" ${from} JOIN orders o ON o.agency_id =
      b.order_agency_id
   WHERE b.state = 'non-attiva' ORDER BY b.created_at LIMIT 200`,
  );
