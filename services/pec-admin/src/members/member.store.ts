import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';

const view = `id, given_name AS "givenName", family_name AS "familyName", fiscal_code AS
  "fiscalCode", registration_number AS "registrationNumber",
  to_char(registered_on, 'YYYY-MM-DD') AS "registeredOn", address, phone, fax, reference_email AS
    "referenceEmail", created_at AS "createdAt", updated_at AS "updatedAt"`;

export interface NewMember {
  givenName: string;
  familyName: string;
  fiscalCode: string;
  registrationNumber: string;
  registeredOn: string;
  address?: string | null;
  phone?: string | null;
  fax?: string | null;
  referenceEmail: string;
}

/**
 * A new member of the Order; undefined when the Order already has one with that codice fiscale or
 * number.
 */
export async function insert(
  manager: EntityManager,
  orderId: string,
  member: NewMember,
): Promise<Record<string, unknown> | undefined> {
  const [row] = await manager.query(
    `INSERT INTO members (order_agency_id, given_name, family_name, fiscal_code,
      registration_number, registered_on, address, phone, fax, reference_email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING ${view}`,
    [
      orderId,
      member.givenName,
      member.familyName,
      member.fiscalCode,
      member.registrationNumber,
      member.registeredOn,
      member.address ?? null,
      member.phone ?? null,
      member.fax ?? null,
      member.referenceEmail,
    ],
  );
  return row;
}

/** A page of the Order's members by name (an Order of lawyers has tens of thousands). */
export const list = (
  manager: EntityManager,
  orderId: string,
  text: string | undefined,
  page: { limit: number; offset: number },
) =>
  manager.query(
    `SELECT ${view} FROM members WHERE order_agency_id = $1
     AND ($2::text IS NULL OR family_name ILIKE '%' || $2 || '%' OR fiscal_code = upper($2) OR
       registration_number = $2)
   ORDER BY family_name, given_name, id LIMIT $3 OFFSET $4`,
    [orderId, text ?? null, page.limit, page.offset],
  );

/** A member as the view above reads it. */
export type MemberRow = NewMember & {
  id: string;
  address: string | null;
  phone: string | null;
  fax: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A member of this Order only: another Order's member does not exist for it. */
export async function find(
  manager: EntityManager,
  orderId: string,
  id: string,
  lock = false,
): Promise<MemberRow | undefined> {
  const [row] = await manager.query(
    `SELECT ${view} FROM members WHERE id = $2 AND order_agency_id =
      $1${lock ? ' FOR UPDATE' : ''}`,
    [orderId, id],
  );
  return row;
}

export async function update(
  manager: EntityManager,
  orderId: string,
  id: string,
  change: {
    address?: string | null;
    phone?: string | null;
    fax?: string | null;
    referenceEmail?: string;
  },
) {
  const [row] = await updateReturning(
    manager,
    `UPDATE members SET address = CASE WHEN $3 THEN $4 ELSE address END, phone = CASE WHEN $5 THEN
      $6 ELSE phone END,
       fax = CASE WHEN $7 THEN $8 ELSE fax END, reference_email = coalesce($9, reference_email),
         updated_at = now()
     WHERE id = $2 AND order_agency_id = $1 RETURNING ${view}`,
    [
      orderId,
      id,
      change.address !== undefined,
      change.address ?? null,
      change.phone !== undefined,
      change.phone ?? null,
      change.fax !== undefined,
      change.fax ?? null,
      change.referenceEmail ?? null,
    ],
  );
  return row;
}

/** The member's box the provider holds (active or awaiting acceptance), if any. */
export async function liveMailboxOf(
  manager: EntityManager,
  memberId: string,
): Promise<{ id: string; address: string } | undefined> {
  const [row] = await manager.query(
    `SELECT id, address FROM mailboxes WHERE member_id = $1 AND state IN ('non-attiva', 'attiva')`,
    [memberId],
  );
  return row;
}
