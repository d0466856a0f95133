import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '@app/platform/errors';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import type { ExplainedError } from '../pcp/anac-errors.js';
import { totalOf, type CigRequestData } from './cig-request.schema.js';
import { checkAdhesionReference } from '../directory/approved-adhesions.js';
import { requireAnacCodes } from '../code-lists/code-lists.service.js';
import { codedFieldsOf } from './coded-fields.js';

export type CigRequestStatus = 'bozza' | 'in corso' | 'confermato' | 'rifiutato' | 'cig acquisiti';

export interface CigRequest {
  id: string;
  agencyId: string;
  status: CigRequestStatus;
  stage: 'crea' | 'conferma' | 'esito' | null;
  /** The form, with the codice appalto and the supplier's participant id ANAC will know it by. */
  data: CigRequestData & { codiceAppalto: string; participantId: string };
  totalCents: number;
  idAppalto: string | null;
  appaltoSentVersion: number | null;
  errors: ExplainedError[] | null;
  cigs: { lotIdentifier: string; cig: string; amountCents: number }[] | null;
  rup: RupIdentity | null;
  confirmSentAt: string | null;
  /** When a crea-appalto last left: its answer may have been lost (see the worker's recovery). */
  creaSentAt: string | null;
  pollAttempts: number;
  /** ANAC's idContratto, from a confirmed SC1. */
  anacContractId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string; agency_id: string; status: CigRequestStatus; stage: CigRequest['stage']; data: CigRequest['data']; total_cents: string; id_appalto: string | null;
  appalto_sent_version: number | null; errors: ExplainedError[] | null; cigs: CigRequest['cigs']; rup: RupIdentity | null; confirm_sent_at: Date | null; crea_sent_at: Date | null;
  poll_attempts: number; anac_contract_id: string | null; version: number; created_at: Date; updated_at: Date;
}

export const requestOf = (row: Row): CigRequest => ({
  id: row.id, agencyId: row.agency_id, status: row.status, stage: row.stage, data: row.data, totalCents: Number(row.total_cents), idAppalto: row.id_appalto,
  appaltoSentVersion: row.appalto_sent_version, errors: row.errors, cigs: row.cigs, rup: row.rup, confirmSentAt: row.confirm_sent_at?.toISOString() ?? null, creaSentAt: row.crea_sent_at?.toISOString() ?? null,
  pollAttempts: row.poll_attempts, anacContractId: row.anac_contract_id, version: row.version, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
});

/** What the person sees: everything but the RUP's identity details kept for ANAC. */
export const viewOf = (request: CigRequest) => {
  const { rup, appaltoSentVersion: _sent, pollAttempts: _attempts, creaSentAt: _crea, ...visible } = request;
  return { ...visible, rupFiscalCode: rup?.fiscalCode ?? null };
};

export async function loadRequest(manager: EntityManager, id: string, agencyId: string | undefined, lock = false): Promise<CigRequest> {
  const [row] = await manager.query<Row[]>(`SELECT * FROM cig_requests WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  // Another agency's request does not exist for the caller.
  if (!row || row.agency_id !== agencyId) throw notFound('Richiesta CIG');
  return requestOf(row);
}

export async function createRequest(manager: EntityManager, agencyId: string, author: string, data: CigRequestData): Promise<CigRequest> {
  await checkAdhesionReference(manager, agencyId, data);
  await requireAnacCodes(manager, codedFieldsOf(data));
  const id = randomUUID();
  const full = { ...data, codiceAppalto: data.codiceAppalto ?? `NE-${id}`, participantId: randomUUID() };
  await manager.query('INSERT INTO cig_requests (id, agency_id, status, data, total_cents, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
    [id, agencyId, 'bozza', JSON.stringify(full), totalOf(data), author]);
  return loadRequest(manager, id, agencyId);
}

/** Edits are allowed until ANAC has the appalto confirmed: a draft, or a request ANAC refused (then sent again with modifica-appalto). */
export async function changeRequest(manager: EntityManager, request: CigRequest, data: CigRequestData): Promise<CigRequest> {
  if (request.status !== 'bozza' && request.status !== 'rifiutato') throw conflict(`La richiesta è «${request.status}»: non può più essere modificata.`, 'CIG_REQUEST_LOCKED');
  await checkAdhesionReference(manager, request.agencyId, data);
  await requireAnacCodes(manager, codedFieldsOf(data));
  const full = { ...data, codiceAppalto: request.idAppalto ? request.data.codiceAppalto : data.codiceAppalto ?? request.data.codiceAppalto, participantId: request.data.participantId };
  await manager.query(`UPDATE cig_requests SET data = $2, total_cents = $3, status = 'bozza', errors = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
    [request.id, JSON.stringify(full), totalOf(data)]);
  return loadRequest(manager, request.id, request.agencyId);
}

/**
 * "Conferma appalto": the request goes "in corso" and the worker takes it to ANAC. A second command
 * for the same request (a redelivery, a double click) finds it in progress and changes nothing.
 */
export async function startConfirmation(manager: EntityManager, request: CigRequest, rup: RupIdentity): Promise<CigRequest> {
  if (request.status === 'in corso') return request;
  if (request.status !== 'bozza' && request.status !== 'rifiutato') throw conflict(`La richiesta è «${request.status}»: l'appalto è già confermato da ANAC.`, 'CIG_REQUEST_CONFIRMED');
  // A request ANAC already holds, unchanged since it was sent, only needs confirming again.
  const stage = request.idAppalto && request.appaltoSentVersion === request.version ? 'conferma' : 'crea';
  await manager.query(`UPDATE cig_requests SET status = 'in corso', stage = $2, rup = $3, errors = NULL, next_poll_at = now(), poll_attempts = 0, lease_until = NULL, updated_at = now() WHERE id = $1`,
    [request.id, stage, JSON.stringify(rup)]);
  return loadRequest(manager, request.id, request.agencyId);
}
