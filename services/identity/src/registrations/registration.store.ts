import type { EntityManager } from 'typeorm';
import type { Registration, RegistrationStatus, RegistrationUser } from './registration.rules.js';

const select = `SELECT r.id, r.agency_id AS "agencyId", a.name AS "agencyName", r.contract_id AS
  "contractId",
    r.office_id AS "officeId", r.users, r.status, r.reason, r.created_at AS "createdAt",
      r.decided_at AS "decidedAt", r.module_document_id AS "moduleDocumentId",
    -- Seed 000's two modules: the Punto Ordinante's registration, or the «Richiesta nuove utenze».
    CASE WHEN r.users @> '[{"role": "punto-ordinante"}]' THEN 'registrazione' ELSE 'nuove-utenze'
      END AS kind
  FROM registrations r JOIN agencies a ON a.id = r.agency_id`;

export async function pendingFor(
  manager: EntityManager,
  agencyId: string,
  contractId: string,
): Promise<string | undefined> {
  const [pending] = await manager.query(
    'SELECT id FROM registrations WHERE agency_id = $1 AND contract_id = $2 ' +
      "AND status = 'in-attesa'",
    [agencyId, contractId],
  );
  return pending?.id;
}

export async function insertRegistration(
  manager: EntityManager,
  input: {
    agencyId: string;
    contractId: string;
    officeId: string | null;
    users: RegistrationUser[];
    requestedBy: string;
  },
): Promise<string> {
  const [{ id }] = await manager.query(
    'INSERT INTO registrations (agency_id, contract_id, office_id, users, ' +
      'requested_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [
      input.agencyId,
      input.contractId,
      input.officeId,
      JSON.stringify(input.users),
      input.requestedBy,
    ],
  );
  return id;
}

export async function findRegistration(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<Registration | undefined> {
  const [row] = await manager.query(`${select} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [
    id,
  ]);
  return row;
}

/** Every request, or one agency's; optionally in one state; newest first. */
export function listRegistrations(
  manager: EntityManager,
  filter: { agencyId?: string; status?: string },
): Promise<Registration[]> {
  return manager.query(
    `${select} WHERE ($1::uuid IS NULL OR r.agency_id = $1) AND ($2::text IS ` +
      `NULL OR r.status = $2) ORDER BY r.created_at DESC`,
    [filter.agencyId ?? null, filter.status ?? null],
  );
}

export async function decide(
  manager: EntityManager,
  id: string,
  decision: { status: RegistrationStatus; by: string; reason?: string },
): Promise<void> {
  await manager.query(
    'UPDATE registrations SET status = $2, decided_by = $3, decided_at = ' +
      'now(), reason = COALESCE($4, reason) WHERE id = $1',
    [id, decision.status, decision.by, decision.reason ?? null],
  );
}

/** The agency's approved registration to a convention, if any. */
export async function approvedFor(
  manager: EntityManager,
  agencyId: string,
  contractId: string,
): Promise<string | undefined> {
  const [approved] = await manager.query(
    "SELECT id FROM registrations WHERE agency_id = $1 AND contract_id = $2 AND status = 'approvata'",
    [agencyId, contractId],
  );
  return approved?.id;
}

/** The request's signed module; the one it replaces, if any, to be removed. */
export async function setModule(
  manager: EntityManager,
  id: string,
  documentId: string,
): Promise<string | undefined> {
  const [before] = await manager.query(
    'SELECT module_document_id AS previous FROM registrations WHERE id = $1',
    [id],
  );
  await manager.query('UPDATE registrations SET module_document_id = $2 WHERE id = $1', [
    id,
    documentId,
  ]);
  return before?.previous ?? undefined;
}
