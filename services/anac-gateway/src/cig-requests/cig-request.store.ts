import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import type { ExplainedError } from '../pcp/anac-errors.rules.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import type { CigRequest, CigRequestStatus } from './cig-request.rules.js';
import { defined } from '@app/platform/errors';

interface Row {
  id: string;
  agency_id: string;
  status: CigRequestStatus;
  stage: CigRequest['stage'];
  data: CigRequest['data'];
  total_cents: string;
  id_appalto: string | null;
  appalto_sent_version: number | null;
  errors: ExplainedError[] | null;
  cigs: CigRequest['cigs'];
  rup: RupIdentity | null;
  confirm_sent_at: Date | null;
  crea_sent_at: Date | null;
  poll_attempts: number;
  anac_contract_id: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const requestOf = (row: Row): CigRequest => ({
  id: row.id,
  agencyId: row.agency_id,
  status: row.status,
  stage: row.stage,
  data: row.data,
  totalCents: Number(row.total_cents),
  idAppalto: row.id_appalto,
  appaltoSentVersion: row.appalto_sent_version,
  errors: row.errors,
  cigs: row.cigs,
  rup: row.rup,
  confirmSentAt: row.confirm_sent_at?.toISOString() ?? null,
  creaSentAt: row.crea_sent_at?.toISOString() ?? null,
  pollAttempts: row.poll_attempts,
  anacContractId: row.anac_contract_id,
  version: row.version,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** One of the agency's requests: the one place where requests are scoped to the caller's agency. */
export async function findRequest(
  manager: EntityManager,
  id: string,
  agencyId: string,
  lock = false,
): Promise<CigRequest | undefined> {
  const [row] = await manager.query<Row[]>(
    `SELECT * FROM cig_requests WHERE id = $1 AND agency_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [id, agencyId],
  );
  return row ? requestOf(row) : undefined;
}

/** A request whatever its agency: for the platform's own background work. */
export async function getRequest(manager: EntityManager, id: string): Promise<CigRequest> {
  const [row] = await manager.query<Row[]>('SELECT * FROM cig_requests WHERE id = $1', [id]);
  return requestOf(defined(row));
}

export function listForAgency(manager: EntityManager, agencyId: string) {
  return manager.query(
    `SELECT id, status, data->>'codiceAppalto' AS "codiceAppalto", data->>'subject' AS subject,
       data->>'parentCig' AS "parentCig", total_cents::float8 AS "totalCents", created_at AS
         "createdAt",
       updated_at AS "updatedAt"
     FROM cig_requests WHERE agency_id = $1 ORDER BY created_at DESC LIMIT 200`,
    [agencyId],
  );
}

export async function insertRequest(
  manager: EntityManager,
  request: {
    id: string;
    agencyId: string;
    data: CigRequest['data'];
    totalCents: number;
    author: string;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO cig_requests (id, agency_id, status, data, total_cents, ` +
      `created_by) VALUES ($1, $2, 'bozza', $3, $4, $5)`,
    [
      request.id,
      request.agencyId,
      JSON.stringify(request.data),
      request.totalCents,
      request.author,
    ],
  );
}

/** New data: the request is a draft again, its former refusal forgotten. */
export async function updateData(
  manager: EntityManager,
  id: string,
  status: CigRequestStatus,
  data: CigRequest['data'],
  totalCents: number,
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET data = $2, total_cents = $3, status = $4, errors = NULL, version =
      version + 1,
       updated_at = now() WHERE id = $1`,
    [id, JSON.stringify(data), totalCents, status],
  );
}

/** "In corso" from the given stage, due now for the confirmation work. */
export async function startProgress(
  manager: EntityManager,
  id: string,
  status: CigRequestStatus,
  stage: 'crea' | 'conferma',
  rup: RupIdentity,
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET status = $4, stage = $2, rup = $3, errors = NULL, next_poll_at = now(),
       poll_attempts = 0, lease_until = NULL, updated_at = now() WHERE id = $1`,
    [id, stage, JSON.stringify(rup), status],
  );
}

/**
 * "Acquisisci CIG" asked by a command: the worker calls recupera-cig, outside the message's
 * transaction.
 */
export async function startAcquisition(
  manager: EntityManager,
  id: string,
  rup: RupIdentity,
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET stage = 'recupero', rup = $2, next_poll_at = now(), poll_attempts =
      0, lease_until = NULL, updated_at = now()
     WHERE id = $1 AND status = 'confermato'`,
    [id, JSON.stringify(rup)],
  );
}

/**
 * The acquisition ended without CIGs (ANAC's refusal is announced): the request stays confirmed.
 */
export async function endAcquisition(manager: EntityManager, id: string): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET stage = NULL, next_poll_at = NULL, lease_until = ` +
      `NULL, updated_at = now() WHERE id = $1`,
    [id],
  );
}

/**
 * Claims up to 20 requests in progress that are due, with a lease that keeps other replicas off
 * them.
 */
export async function claimDue(manager: EntityManager, leaseMs: number): Promise<CigRequest[]> {
  const rows = await updateReturning<Row>(
    manager,
    `UPDATE cig_requests SET lease_until = now() + make_interval(secs => $1::float8 / 1000) WHERE
      id IN (
       SELECT id FROM cig_requests
       WHERE (status = 'in-corso' OR stage = 'recupero') AND next_poll_at <= now() AND
         (lease_until IS NULL OR lease_until < now())
       ORDER BY next_poll_at LIMIT 20 FOR UPDATE SKIP LOCKED) RETURNING *`,
    [leaseMs],
  );
  return rows.map(requestOf);
}

/**
 * A crea-appalto is leaving: if its answer is lost, the request knows to look for the appalto
 * first.
 */
export async function markCreaSent(manager: EntityManager, id: string): Promise<void> {
  await manager.query(
    'UPDATE cig_requests SET crea_sent_at = now(), updated_at = now() WHERE id = $1',
    [id],
  );
}

export async function adoptAppalto(
  manager: EntityManager,
  id: string,
  idAppalto: string,
): Promise<void> {
  await manager.query('UPDATE cig_requests SET id_appalto = $2, updated_at = now() WHERE id = $1', [
    id,
    idAppalto,
  ]);
}

/** ANAC holds the appalto as of this version of the request; conferma-appalto is next. */
export async function markAppaltoSent(
  manager: EntityManager,
  id: string,
  idAppalto: string,
  version: number,
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET id_appalto = $2, appalto_sent_version = $3, stage = 'conferma',
      updated_at = now()
     WHERE id = $1`,
    [id, idAppalto, version],
  );
}

/** Conferma-appalto left: the outcome is asked for after `pollMs`, and the lease is given back. */
export async function markConfirmSent(
  manager: EntityManager,
  id: string,
  pollMs: number,
  sentAt?: string,
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET stage = 'esito', confirm_sent_at = COALESCE($3::timestamptz, now()),
      poll_attempts = 0,
       next_poll_at = now() + make_interval(secs => $2::float8 / 1000), lease_until = NULL,
         updated_at = now()
     WHERE id = $1`,
    [id, pollMs, sentAt ?? null],
  );
}

export async function pollLater(
  manager: EntityManager,
  id: string,
  delayMs: number,
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET poll_attempts = poll_attempts + 1, next_poll_at = now() +
      make_interval(secs => $2::float8 / 1000),
       lease_until = NULL, updated_at = now() WHERE id = $1`,
    [id, delayMs],
  );
}

export async function markRejected(
  manager: EntityManager,
  id: string,
  status: CigRequestStatus,
  errors: ExplainedError[],
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET status = $3, stage = NULL, errors = $2, next_poll_at = NULL,
      lease_until = NULL,
       updated_at = now() WHERE id = $1`,
    [id, JSON.stringify(errors), status],
  );
}

export async function markConfirmed(
  manager: EntityManager,
  id: string,
  status: CigRequestStatus,
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET status = $2, stage = NULL, next_poll_at = NULL, lease_until = NULL,
       updated_at = now() WHERE id = $1`,
    [id, status],
  );
}

export async function markAcquired(
  manager: EntityManager,
  id: string,
  status: CigRequestStatus,
  cigs: CigRequest['cigs'],
): Promise<void> {
  await manager.query(
    `UPDATE cig_requests SET status = $3, cigs = $2, stage = NULL, next_poll_at = NULL,
      lease_until = NULL, updated_at = now()
     WHERE id = $1`,
    [id, JSON.stringify(cigs), status],
  );
}

/** The request's state, and nothing else (an ANN confirmed or rolled back). */
export async function setStatus(
  manager: EntityManager,
  id: string,
  status: CigRequestStatus,
): Promise<void> {
  await manager.query('UPDATE cig_requests SET status = $2, updated_at = now() WHERE id = $1', [
    id,
    status,
  ]);
}

export async function setAnacContract(
  manager: EntityManager,
  id: string,
  anacContractId: string,
): Promise<void> {
  await manager.query(
    'UPDATE cig_requests SET anac_contract_id = $2, updated_at = now() WHERE id = $1',
    [id, anacContractId],
  );
}
