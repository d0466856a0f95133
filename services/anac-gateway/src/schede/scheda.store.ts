import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import type { ExplainedError } from '../pcp/anac-errors.rules.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import type { Scheda, SchedaStatus } from './scheda.rules.js';

const columns = `s.id, s.cig_request_id AS "cigRequestId", s.code, s.status, s.body, s.id_scheda
  AS "idScheda", s.errors,
  s.sent_at AS "sentAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

export function schedeOf(manager: EntityManager, cigRequestId: string): Promise<Scheda[]> {
  return manager.query(
    `SELECT ${columns} FROM schede s WHERE s.cig_request_id = $1 ORDER BY s.created_at`,
    [cigRequestId],
  );
}

/**
 * A scheda of one of the agency's requests: the one place where schede are scoped to the caller's
 * agency.
 */
export async function findScheda(
  manager: EntityManager,
  id: string,
  agencyId: string,
  lock = false,
): Promise<Scheda | undefined> {
  const [scheda] = await manager.query(
    `SELECT ${columns} FROM schede s JOIN cig_requests r ON r.id = s.cig_request_id
     WHERE s.id = $1 AND r.agency_id = $2${lock ? ' FOR UPDATE OF s' : ''}`,
    [id, agencyId],
  );
  return scheda;
}

export async function insertScheda(
  manager: EntityManager,
  scheda: {
    id: string;
    cigRequestId: string;
    code: string;
    body: Scheda['body'];
    author: string;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO schede (id, cig_request_id, code, status, body, created_by) ` +
      `VALUES ($1, $2, $3, 'bozza', $4, $5)`,
    [scheda.id, scheda.cigRequestId, scheda.code, JSON.stringify(scheda.body), scheda.author],
  );
}

export async function setIdScheda(
  manager: EntityManager,
  id: string,
  idScheda: string,
): Promise<void> {
  await manager.query('UPDATE schede SET id_scheda = $2, updated_at = now() WHERE id = $1', [
    id,
    idScheda,
  ]);
}

export interface SchedaChange {
  status: SchedaStatus;
  idScheda?: string;
  errors?: ExplainedError[];
  checkAfterMs?: number;
  rup?: RupIdentity;
}

/** A new state; `checkAfterMs` asks the background check to look at it again after that long. */
export async function changeScheda(
  manager: EntityManager,
  id: string,
  change: SchedaChange,
): Promise<void> {
  await manager.query(
    `UPDATE schede SET status = $2, id_scheda = COALESCE($3, id_scheda), errors = $4,
       sent_at = CASE WHEN $2 = 'inviata' THEN now() ELSE sent_at END,
       next_check_at = CASE WHEN $5::float8 IS NULL THEN NULL ELSE now() + make_interval(secs =>
         $5::float8 / 1000) END,
       check_attempts = 0, rup = COALESCE($6, rup), lease_until = NULL, updated_at = now()
     WHERE id = $1`,
    [
      id,
      change.status,
      change.idScheda ?? null,
      change.errors ? JSON.stringify(change.errors) : null,
      change.checkAfterMs ?? null,
      change.rup ? JSON.stringify(change.rup) : null,
    ],
  );
}

export async function setRollbackReason(
  manager: EntityManager,
  id: string,
  reason: string,
): Promise<void> {
  await manager.query('UPDATE schede SET rollback_reason = $2 WHERE id = $1', [id, reason]);
}

export async function rollbackReasonOf(manager: EntityManager, id: string): Promise<string> {
  const [row] = await manager.query('SELECT rollback_reason FROM schede WHERE id = $1', [id]);
  return String(row?.rollback_reason ?? '1');
}

export async function deleteScheda(manager: EntityManager, id: string): Promise<void> {
  await manager.query('DELETE FROM schede WHERE id = $1', [id]);
}

export interface DueCheck {
  id: string;
  agencyId: string;
  cigRequestId: string;
  rup: RupIdentity;
  attempts: number;
}

/**
 * Claims up to 20 schede waiting for ANAC's outcome that are due, with a lease replicas respect.
 */
export async function claimDueChecks(manager: EntityManager, leaseMs: number): Promise<DueCheck[]> {
  return updateReturning<DueCheck>(
    manager,
    `UPDATE schede s SET lease_until = now() + make_interval(secs => $1::float8 / 1000) FROM
      cig_requests r
     WHERE r.id = s.cig_request_id AND s.id IN (
       SELECT id FROM schede WHERE status IN ('inviata', 'in-annullamento') AND next_check_at <=
         now()
         AND (lease_until IS NULL OR lease_until < now())
       ORDER BY next_check_at LIMIT 20 FOR UPDATE SKIP LOCKED)
     RETURNING s.id, r.agency_id AS "agencyId", s.cig_request_id AS "cigRequestId", s.rup,
       s.check_attempts AS attempts`,
    [leaseMs],
  );
}

export async function checkLater(
  manager: EntityManager,
  id: string,
  attempts: number,
  delayMs: number,
): Promise<void> {
  await manager.query(
    `UPDATE schede SET check_attempts = $2, next_check_at = now() + make_interval(secs =>
      $3::float8 / 1000),
       lease_until = NULL WHERE id = $1`,
    [id, attempts, delayMs],
  );
}
