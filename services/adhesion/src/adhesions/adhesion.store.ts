import type { EntityManager } from 'typeorm';
import { asService } from '@app/platform/db';
import type { Ipotesi } from '../contracts/known-contract.rules.js';
import type { Adhesion, AdhesionStatus, Party } from './adhesion.rules.js';
import { defined } from '@app/platform/errors';

interface AdhesionRow {
  id: string;
  code: string;
  contract_id: string;
  agency_id: string;
  ipotesi: Ipotesi;
  amount_cents: string;
  status: AdhesionStatus;
  current_round: number;
  rejection: Adhesion['rejection'];
  sender: Party | null;
  created_at: Date;
  submitted_at: Date | null;
  approved_at: Date | null;
}

const adhesionOf = (row: AdhesionRow): Adhesion => ({
  id: row.id,
  code: row.code,
  contractId: row.contract_id,
  agencyId: row.agency_id,
  ipotesi: row.ipotesi,
  amountCents: Number(row.amount_cents),
  status: row.status,
  currentRound: row.current_round,
  rejection: row.rejection,
  sender: row.sender,
  createdAt: row.created_at.toISOString(),
  submittedAt: row.submitted_at?.toISOString() ?? null,
  approvedAt: row.approved_at?.toISOString() ?? null,
});

/**
 * An adhesion the agency may see: its own, or one to a contract it issued. The one place where
 * adhesion's reads are scoped to the caller's agency. `lock` holds the row for a transition.
 */
export async function findVisible(
  manager: EntityManager,
  id: string,
  tenant: string,
  lock = false,
): Promise<Adhesion | undefined> {
  const [row] = await manager.query<AdhesionRow[]>(
    `SELECT a.* FROM adhesions a JOIN known_contracts k ON k.contract_id = a.contract_id
     WHERE a.id = $1 AND (a.agency_id = $2 OR k.banditore_agency_id =
       $2)${lock ? ' FOR UPDATE OF a' : ''}`,
    [id, tenant],
  );
  return row ? adhesionOf(row) : undefined;
}

/**
 * Any adhesion, for the banditore's decisions, which tell a wrong agency why before they say not
 * found.
 */
export async function findForDecision(
  manager: EntityManager,
  id: string,
): Promise<Adhesion | undefined> {
  const [row] = await manager.query<AdhesionRow[]>(
    'SELECT * FROM adhesions WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row ? adhesionOf(row) : undefined;
}

export async function getAdhesion(manager: EntityManager, id: string): Promise<Adhesion> {
  const [row] = await manager.query<AdhesionRow[]>('SELECT * FROM adhesions WHERE id = $1', [id]);
  return adhesionOf(defined(row));
}

/**
 * The agency's adhesions to a contract; all of them when the agency is its banditore: a page,
 * newest first. Its WHERE is the adhesions' row policy, so it runs as the service: under the policy
 * PostgreSQL checks each row twice.
 */
export function listForContract(
  manager: EntityManager,
  contractId: string,
  tenant: string,
  page: { limit: number; offset: number },
) {
  return asService(() =>
    manager.query(
      `SELECT a.id, a.code, a.agency_id AS "agencyId", a.ipotesi, a.amount_cents::float8 AS
      "amountCents", a.status,
       a.current_round AS "currentRound", a.created_at AS "createdAt", a.submitted_at AS
         "submittedAt",
       a.approved_at AS "approvedAt"
     FROM adhesions a JOIN known_contracts k ON k.contract_id = a.contract_id
     WHERE a.contract_id = $1 AND (k.banditore_agency_id = $2 OR a.agency_id = $2)
     ORDER BY a.created_at DESC, a.id LIMIT $3 OFFSET $4`,
      [contractId, tenant, page.limit, page.offset],
    ),
  );
}

/** The next number of the year's codes, taken in the caller's transaction: no gaps. */
export async function nextCodeNumber(manager: EntityManager, year: number): Promise<number> {
  const [{ last_number: number }] = await manager.query(
    `INSERT INTO adhesion_code_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = adhesion_code_counters.last_number + 1
       RETURNING last_number`,
    [year],
  );
  return number;
}

export async function rejectedCodeOf(
  manager: EntityManager,
  contractId: string,
  agencyId: string,
): Promise<string | undefined> {
  const [row] = await manager.query(
    `SELECT code FROM adhesions WHERE contract_id = $1 AND agency_id = $2 AND ` +
      `status = 'bozza' AND rejection IS NOT NULL LIMIT 1`,
    [contractId, agencyId],
  );
  return row?.code;
}

export interface NewAdhesion {
  id: string;
  code: string;
  contractId: string;
  agencyId: string;
  ipotesi: Ipotesi;
  amountCents: number;
  createdBy: string;
  createdProfile: string | null;
}

export async function insertAdhesion(manager: EntityManager, draft: NewAdhesion): Promise<void> {
  await manager.query(
    `INSERT INTO adhesions (id, code, contract_id, agency_id, ipotesi, amount_cents, status,
      created_by, created_profile)
     VALUES ($1, $2, $3, $4, $5, $6, 'bozza', $7, $8)`,
    [
      draft.id,
      draft.code,
      draft.contractId,
      draft.agencyId,
      draft.ipotesi,
      draft.amountCents,
      draft.createdBy,
      draft.createdProfile,
    ],
  );
}

export async function updateStep1(
  manager: EntityManager,
  id: string,
  change: { ipotesi?: Ipotesi; amountCents?: number },
): Promise<void> {
  await manager.query(
    `UPDATE adhesions SET ipotesi = COALESCE($2, ipotesi), amount_cents = COALESCE($3,
      amount_cents),
       version = version + 1 WHERE id = $1`,
    [id, change.ipotesi ?? null, change.amountCents ?? null],
  );
}

/** What a transition writes besides the status. */
export interface StatusChange {
  status: AdhesionStatus;
  currentRound?: number;
  sender?: Party;
  rejection?: Adhesion['rejection'];
  submitted?: boolean;
  approved?: boolean;
}

export async function changeStatus(
  manager: EntityManager,
  id: string,
  change: StatusChange,
): Promise<void> {
  await manager.query(
    `UPDATE adhesions SET status = $2, current_round = COALESCE($3, current_round), sender =
      COALESCE($4, sender),
       rejection = COALESCE($5, rejection), submitted_at = CASE WHEN $6 THEN now() ELSE
         submitted_at END,
       approved_at = CASE WHEN $7 THEN now() ELSE approved_at END, version = version + 1
     WHERE id = $1`,
    [
      id,
      change.status,
      change.currentRound ?? null,
      change.sender ? JSON.stringify(change.sender) : null,
      change.rejection ? JSON.stringify(change.rejection) : null,
      change.submitted ?? false,
      change.approved ?? false,
    ],
  );
}

/** Deletes the adhesion and answers the ids of its documents, which the caller deletes next. */
export async function deleteAdhesion(manager: EntityManager, id: string): Promise<string[]> {
  const documents = await manager.query<{ document_id: string }[]>(
    'SELECT document_id FROM adhesion_documents WHERE adhesion_id = $1',
    [id],
  );
  await manager.query('DELETE FROM adhesions WHERE id = $1', [id]);
  return documents.map((row) => row.document_id);
}

export interface HistoryEntry {
  adhesionId: string;
  action: string;
  from: AdhesionStatus | null;
  to: AdhesionStatus | null;
  round: number;
  actor: Party;
  reason?: string;
}

export async function addHistory(manager: EntityManager, entry: HistoryEntry): Promise<void> {
  await manager.query(
    `INSERT INTO adhesion_history (adhesion_id, action, from_status, to_status, round,
      actor_subject, actor_profile,
       actor_agency, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.adhesionId,
      entry.action,
      entry.from,
      entry.to,
      entry.round,
      entry.actor.subject,
      entry.actor.profileId,
      entry.actor.agencyId,
      entry.reason ?? null,
    ],
  );
}

export function historyOf(manager: EntityManager, adhesionId: string) {
  return manager.query(
    `SELECT action, from_status AS "fromStatus", to_status AS "toStatus", round, actor_subject AS
      "actor",
       actor_profile AS "profileId", actor_agency AS "agencyId", reason, at
     FROM adhesion_history WHERE adhesion_id = $1 ORDER BY id`,
    [adhesionId],
  );
}
