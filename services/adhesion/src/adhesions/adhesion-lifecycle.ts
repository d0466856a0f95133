import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError, conflict, forbidden } from '@app/platform/errors';
import type { Caller } from '@app/platform/auth';
import { checkOpenTo, knownContract, requirementsFor, type Ipotesi, type KnownContract } from '../contracts/known-contracts.js';
import { adhesionById, partyOf, type AdhesionRecord, type AdhesionStatus, type Scoped } from './adhesion.js';
import { recordTransition } from './adhesion-events.js';
import { euroText } from '@app/platform/codes';

const invalid = (detail: string) => new AppError({ code: 'VALIDATION_FAILED', status: 400, title: 'Dati non validi', detail });

/** The code of seed 001: the letter A, six digits, a slash and the year. Taken in the caller's transaction: no gaps. */
async function nextCode(manager: EntityManager, year: number): Promise<string> {
  const [{ last_number: number }] = await manager.query(
    `INSERT INTO adhesion_code_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = adhesion_code_counters.last_number + 1 RETURNING last_number`, [year]);
  if (number > 999_999) throw conflict(`Codici di adesione esauriti per il ${year}.`, 'CODES_EXHAUSTED');
  return `A${String(number).padStart(6, '0')}/${year}`;
}

function checkAmount(contract: KnownContract, amountCents: number): void {
  if (amountCents > contract.ceilingCents) throw invalid(`L'importo di adesione (${euroText(amountCents)}) supera il massimale del contratto (${euroText(contract.ceilingCents)}).`);
}

/** "Richiedi adesione", step 1: a draft with its code. */
export async function startAdhesion(manager: EntityManager, contractId: string, caller: Caller, step: { ipotesi: Ipotesi; amountCents: number }): Promise<AdhesionRecord> {
  const agencyId = caller.tenant!;
  const contract = await knownContract(manager, contractId);
  checkOpenTo(contract, agencyId);
  checkAmount(contract, step.amountCents);
  const [rejected] = await manager.query(`SELECT code FROM adhesions WHERE contract_id = $1 AND agency_id = $2 AND status = 'rifiutata' LIMIT 1`, [contractId, agencyId]);
  if (rejected) throw conflict(`L'adesione ${rejected.code} è stata rifiutata: elimina la bozza e ripeti il round 0.`, 'REJECTED_DRAFT_PENDING');
  const id = randomUUID();
  const code = await nextCode(manager, new Date().getFullYear());
  await manager.query(
    `INSERT INTO adhesions (id, code, contract_id, agency_id, ipotesi, amount_cents, status, created_by, created_profile) VALUES ($1, $2, $3, $4, $5, $6, 'bozza', $7, $8)`,
    [id, code, contractId, agencyId, step.ipotesi, step.amountCents, caller.subject, caller.profileId ?? null]);
  await manager.query(`INSERT INTO adhesion_history (adhesion_id, action, to_status, round, actor_subject, actor_profile, actor_agency) VALUES ($1, 'created', 'bozza', 0, $2, $3, $4)`,
    [id, caller.subject, caller.profileId ?? null, agencyId]);
  return adhesionById(manager, id);
}

function onlyAdhering(scoped: Scoped): void {
  if (scoped.side !== 'aderente') throw forbidden("Solo l'ente aderente opera sulla propria adesione.", 'NOT_ADHERING_AGENCY');
}

/** Step-1 data while the adhesion is a draft of round 0. */
export async function changeStep1(manager: EntityManager, scoped: Scoped, change: { ipotesi?: Ipotesi; amountCents?: number }): Promise<AdhesionRecord> {
  onlyAdhering(scoped);
  const { adhesion, contract } = scoped;
  if (adhesion.status !== 'bozza' || adhesion.currentRound !== 0) throw conflict(statusMessage(adhesion, 'modificare'), 'ADHESION_NOT_EDITABLE');
  if (change.amountCents !== undefined) checkAmount(contract, change.amountCents);
  if (change.ipotesi && change.ipotesi !== adhesion.ipotesi) {
    const allowed = new Set(requirementsFor(contract, 0, change.ipotesi).map((requirement) => requirement.id));
    const stranded = await manager.query('SELECT requirement_id FROM adhesion_documents WHERE adhesion_id = $1 AND round = 0', [adhesion.id]);
    const names = stranded.filter((row: { requirement_id: string }) => !allowed.has(row.requirement_id))
      .map((row: { requirement_id: string }) => contract.rounds[0]!.documents.find((document) => document.id === row.requirement_id)?.name);
    if (names.length) throw conflict(`Nell'ipotesi ${change.ipotesi} non sono previsti documenti già caricati: rimuovi prima ${names.join(', ')}.`, 'DOCUMENTS_NOT_IN_IPOTESI');
  }
  await manager.query('UPDATE adhesions SET ipotesi = COALESCE($2, ipotesi), amount_cents = COALESCE($3, amount_cents), version = version + 1 WHERE id = $1',
    [adhesion.id, change.ipotesi ?? null, change.amountCents ?? null]);
  return adhesionById(manager, adhesion.id);
}

/** Documents may be added to the open round while the adhesion is a draft (round 0, or the round opened by an approval). */
export function checkDocumentsOpen(scoped: Scoped, round: number): void {
  onlyAdhering(scoped);
  const { adhesion } = scoped;
  if (adhesion.status !== 'bozza') throw conflict(statusMessage(adhesion, 'caricare o rimuovere documenti'), 'ADHESION_NOT_EDITABLE');
  if (round !== adhesion.currentRound) throw conflict(`È aperto il round ${adhesion.currentRound}: i documenti del round ${round} non si caricano ora.`, 'ROUND_NOT_OPEN');
}

/** "Invia": the open round's mandatory documents must all be there. */
export async function submit(manager: EntityManager, scoped: Scoped, caller: Caller): Promise<AdhesionRecord> {
  onlyAdhering(scoped);
  const { adhesion, contract } = scoped;
  if (adhesion.status !== 'bozza') throw conflict(statusMessage(adhesion, 'inviare'), 'ADHESION_NOT_SENDABLE');
  const uploaded = new Set((await manager.query('SELECT requirement_id FROM adhesion_documents WHERE adhesion_id = $1 AND round = $2', [adhesion.id, adhesion.currentRound]))
    .map((row: { requirement_id: string }) => row.requirement_id));
  const missing = requirementsFor(contract, adhesion.currentRound, adhesion.ipotesi).filter((requirement) => requirement.mandatory && !uploaded.has(requirement.id));
  if (missing.length) {
    throw new AppError({
      code: 'DOCUMENTS_MISSING', status: 422, title: 'Documenti obbligatori mancanti',
      detail: `Prima di inviare carica: ${missing.map((requirement) => requirement.name).join(', ')}.`, extensions: { missing: missing.map((requirement) => requirement.id) },
    });
  }
  await manager.query(`UPDATE adhesions SET status = 'inviata', sender = $2, submitted_at = now(), version = version + 1 WHERE id = $1`, [adhesion.id, JSON.stringify(partyOf(caller))]);
  const after = await adhesionById(manager, adhesion.id);
  await recordTransition(manager, { event: 'submitted', adhesion: after, contract, caller, from: 'bozza', to: 'inviata', round: adhesion.currentRound, extra: { submittedAt: after.submittedAt } });
  return after;
}

/** "Ritira invio adesione": back to the summary (elimina bozza / invia), before the banditore takes it in charge. */
export async function withdraw(manager: EntityManager, scoped: Scoped, caller: Caller): Promise<AdhesionRecord> {
  onlyAdhering(scoped);
  const { adhesion, contract } = scoped;
  if (adhesion.status !== 'inviata') {
    throw conflict(adhesion.status === 'bozza' ? "L'adesione non è stata inviata: non c'è un invio da ritirare."
      : "L'invio non può più essere ritirato: il soggetto banditore ha già preso in carico o valutato l'adesione.", 'ADHESION_NOT_WITHDRAWABLE');
  }
  await manager.query(`UPDATE adhesions SET status = 'bozza', version = version + 1 WHERE id = $1`, [adhesion.id]);
  const after = await adhesionById(manager, adhesion.id);
  await recordTransition(manager, { event: 'withdrawn', adhesion: after, contract, caller, from: 'inviata', to: 'bozza', round: adhesion.currentRound });
  return after;
}

/** "Elimina bozza": a draft, or a rejected adhesion (whose round 0 must then be repeated). The code is not reused. */
export async function deleteDraft(manager: EntityManager, scoped: Scoped, caller: Caller): Promise<void> {
  onlyAdhering(scoped);
  const { adhesion, contract } = scoped;
  if (adhesion.status !== 'bozza' && adhesion.status !== 'rifiutata') {
    throw conflict(adhesion.status === 'inviata' ? "Un'adesione inviata non si elimina: ritira prima l'invio." : statusMessage(adhesion, 'eliminare'), 'ADHESION_NOT_DELETABLE');
  }
  const documents = await manager.query('SELECT document_id FROM adhesion_documents WHERE adhesion_id = $1', [adhesion.id]);
  await manager.query('DELETE FROM adhesions WHERE id = $1', [adhesion.id]);
  if (documents.length) await manager.query('DELETE FROM documents WHERE id = ANY($1::uuid[])', [documents.map((row: { document_id: string }) => row.document_id)]);
  await recordTransition(manager, { event: 'deleted', adhesion, contract, caller, from: adhesion.status, to: null, round: adhesion.currentRound });
}

function checkPending(adhesion: AdhesionRecord, round: number, verb: string): void {
  if (adhesion.status !== 'inviata' && adhesion.status !== 'in valutazione') throw conflict(statusMessage(adhesion, verb), 'ADHESION_NOT_PENDING');
  if (round !== adhesion.currentRound) throw conflict(`L'adesione attende la valutazione del round ${adhesion.currentRound}, non del round ${round}.`, 'ROUND_NOT_PENDING');
}

/** "Prendi in carico": the banditore's RUP starts evaluating a sent round; the sender can no longer withdraw it. */
export async function takeInCharge(manager: EntityManager, scoped: Scoped, round: number, caller: Caller): Promise<AdhesionRecord> {
  const { adhesion } = scoped;
  if (adhesion.status !== 'inviata') throw conflict(statusMessage(adhesion, 'prendere in carico'), 'ADHESION_NOT_PENDING');
  checkPending(adhesion, round, 'prendere in carico');
  await manager.query(`UPDATE adhesions SET status = 'in valutazione', version = version + 1 WHERE id = $1`, [adhesion.id]);
  await manager.query(`INSERT INTO adhesion_history (adhesion_id, action, from_status, to_status, round, actor_subject, actor_profile, actor_agency) VALUES ($1, 'taken-in-charge', 'inviata', 'in valutazione', $2, $3, $4, $5)`,
    [adhesion.id, round, caller.subject, caller.profileId ?? null, caller.tenant ?? null]);
  return adhesionById(manager, adhesion.id);
}

/** The next round that asks this ipotesi for documents; rounds that ask nothing of it are skipped. */
function nextRound(contract: KnownContract, adhesion: AdhesionRecord): number | null {
  for (let round = adhesion.currentRound + 1; round < contract.rounds.length; round++) {
    if (requirementsFor(contract, round, adhesion.ipotesi).length > 0) return round;
  }
  return null;
}

/**
 * Approval of a round opens the next one; approval of the last reserves the amount on the contract's
 * ceiling first, and only then approves the adhesion. A reservation that does not fit refuses the
 * approval with the remaining amount; the adhesion stays pending.
 */
export async function approveRound(manager: EntityManager, scoped: Scoped, round: number, caller: Caller, reserve: () => Promise<void>): Promise<{ adhesion: AdhesionRecord; reserved: boolean }> {
  const { adhesion, contract } = scoped;
  checkPending(adhesion, round, 'approvare');
  const next = nextRound(contract, adhesion);
  if (next !== null) {
    await manager.query(`UPDATE adhesions SET status = 'bozza', current_round = $2, version = version + 1 WHERE id = $1`, [adhesion.id, next]);
    const after = await adhesionById(manager, adhesion.id);
    await recordTransition(manager, { event: 'roundApproved', adhesion: after, contract, caller, from: adhesion.status, to: 'bozza', round, extra: { nextRound: next } });
    return { adhesion: after, reserved: false };
  }
  await reserve();
  await manager.query(`UPDATE adhesions SET status = 'approvata', approved_at = now(), version = version + 1 WHERE id = $1`, [adhesion.id]);
  const after = await adhesionById(manager, adhesion.id);
  await recordTransition(manager, { event: 'roundApproved', adhesion: after, contract, caller, from: adhesion.status, to: 'approvata', round, extra: { nextRound: null } });
  await recordTransition(manager, { event: 'approved', adhesion: after, contract, caller, from: adhesion.status, to: 'approvata', round, extra: { approvedAt: after.approvedAt } });
  return { adhesion: after, reserved: true };
}

/** Rejection with a reason: the adhering agency must delete the draft and repeat round 0 (seed 001, Fig. 13–14). */
export async function rejectRound(manager: EntityManager, scoped: Scoped, round: number, caller: Caller, reason: string): Promise<AdhesionRecord> {
  const { adhesion, contract } = scoped;
  checkPending(adhesion, round, 'rifiutare');
  await manager.query(`UPDATE adhesions SET status = 'rifiutata', rejection = $2, version = version + 1 WHERE id = $1`,
    [adhesion.id, JSON.stringify({ round, reason, at: new Date().toISOString() })]);
  const after = await adhesionById(manager, adhesion.id);
  await recordTransition(manager, { event: 'roundRejected', adhesion: after, contract, caller, from: adhesion.status, to: 'rifiutata', round, reason });
  return after;
}

const verbsByStatus: Record<AdhesionStatus, string> = {
  'bozza': 'è una bozza', 'inviata': 'è stata inviata ed è in attesa di valutazione', 'in valutazione': 'è in valutazione presso il soggetto banditore',
  'approvata': 'è già stata approvata', 'rifiutata': 'è stata rifiutata: elimina la bozza e ripeti il round 0',
};

/** "Impossibile inviare: l'adesione A000123/2025 è già stata approvata." */
export function statusMessage(adhesion: AdhesionRecord, verb: string): string {
  return `Impossibile ${verb}: l'adesione ${adhesion.code} ${verbsByStatus[adhesion.status]}.`;
}
