import { adhesionEvents } from '@app/events';
import { refuse, refusals, defined } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';
import { euroText } from '@app/italian-codes';
import {
  requirementsFor,
  type DocumentRequirement,
  type Ipotesi,
  type KnownContract,
} from '../contracts/known-contract.rules.js';
import type { SignatureStatus } from '@app/signed-documents';

/** The states of seed 001, spelled as codes (lowercase, words joined by hyphens). */
export type AdhesionStatus = 'bozza' | 'inviata' | 'in-valutazione' | 'approvata';

/** The states as people read them. */
export const statusLabels: Record<AdhesionStatus, string> = {
  bozza: 'Bozza',
  inviata: 'Inviata',
  'in-valutazione': 'In valutazione',
  approvata: 'Approvata',
};

/** The adhesion's history as people read it: one Italian label per step. */
export const historyLabels: Record<string, string> = {
  created: 'Adesione creata (bozza)',
  submitted: 'Inviata al RUP del soggetto banditore',
  withdrawn: 'Invio ritirato',
  'taken-in-charge': 'Presa in carico dal RUP',
  roundApproved: 'Round approvato',
  approved: 'Adesione approvata',
  roundRejected: 'Round rifiutato',
  deleted: 'Bozza eliminata',
};

/** The Registro delle operazioni's words: the history's, and the changes that are no step. */
export const auditLabels: Record<string, string> = {
  ...historyLabels,
  'document-uploaded': 'Documento caricato',
  'document-removed': 'Documento rimosso',
  'step1-changed': 'Passo 1 modificato',
  // A round's decision is audited under one name, the last round's approval included.
  'round-approved': 'Round approvato',
  'round-rejected': 'Round rifiutato',
};

export interface Party {
  subject: string;
  profileId: string | null;
  agencyId: string | null;
}

export interface Adhesion {
  id: string;
  code: string;
  contractId: string;
  agencyId: string;
  ipotesi: Ipotesi;
  amountCents: number;
  status: AdhesionStatus;
  currentRound: number;
  rejection: { round: number; reason: string; at: string } | null;
  sender: Party | null;
  createdAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
}

/** The caller's side of an adhesion: the adhering agency, or the contract's banditore. */
export type Side = 'aderente' | 'banditore';

export const adhesionRefusals = refusals({
  AMOUNT_OVER_CEILING: { status: 400, title: 'Dati non validi' },
  REJECTED_DRAFT_PENDING: { status: 409, title: 'Adesione tornata in bozza' },
  CODES_EXHAUSTED: { status: 409, title: 'Codici di adesione esauriti' },
  NOT_ADHERING_AGENCY: { status: 403, title: 'Operazione non consentita' },
  NOT_BANDITORE: { status: 403, title: 'Operazione non consentita' },
  ADHESION_NOT_EDITABLE: { status: 409, title: 'Adesione non modificabile' },
  DOCUMENTS_NOT_IN_IPOTESI: { status: 409, title: "Documenti non previsti nell'ipotesi" },
  DOCUMENT_NOT_IN_IPOTESI: { status: 400, title: 'Documento non previsto' },
  ROUND_NOT_OPEN: { status: 409, title: 'Round non aperto' },
  ADHESION_NOT_SENDABLE: { status: 409, title: 'Adesione non inviabile' },
  DOCUMENTS_MISSING: { status: 422, title: 'Documenti obbligatori mancanti' },
  ADHESION_NOT_WITHDRAWABLE: { status: 409, title: 'Invio non ritirabile' },
  ADHESION_NOT_DELETABLE: { status: 409, title: 'Adesione non eliminabile' },
  ADHESION_NOT_PENDING: { status: 409, title: 'Adesione non in attesa di valutazione' },
  ROUND_NOT_PENDING: { status: 409, title: 'Round non in valutazione' },
});
const why = adhesionRefusals;

const whereItIs: Record<AdhesionStatus, string> = {
  bozza: 'è una bozza',
  inviata: 'è stata inviata ed è in attesa di valutazione',
  'in-valutazione': 'è in valutazione presso il soggetto banditore',
  approvata: 'è già stata approvata',
};

/**
 * The adhesion's lifecycle (seed 001), one row per step: where it leaves from, where it goes, who
 * takes it, what the history calls it, the event it emits and what a person is told when it is not
 * available. A round approved opens the next one (back to a draft); the last round's approval
 * approves the adhesion.
 */
export const adhesionLifecycle = defineLifecycle({
  entity: 'adhesion',
  title: 'Adesione',
  states: statusLabels,
  initial: ['bozza'],
  actions: historyLabels,
  describe: (adhesion: Pick<Adhesion, 'code' | 'status'>) =>
    `l'adesione ${adhesion.code} ${whereItIs[adhesion.status]}`,
  steps: {
    submitted: {
      from: ['bozza'],
      to: 'inviata',
      by: 'ente aderente',
      emits: adhesionEvents.submitted.type,
      refusal: why.ADHESION_NOT_SENDABLE,
      refused: 'Impossibile inviare',
    },
    withdrawn: {
      from: ['inviata'],
      to: 'bozza',
      by: 'ente aderente',
      emits: adhesionEvents.withdrawn.type,
      refusal: why.ADHESION_NOT_WITHDRAWABLE,
      refused: "Impossibile ritirare l'invio",
    },
    'taken-in-charge': {
      from: ['inviata'],
      to: 'in-valutazione',
      by: 'RUP banditore',
      refusal: why.ADHESION_NOT_PENDING,
      refused: 'Impossibile prendere in carico',
    },
    roundApproved: {
      from: ['inviata', 'in-valutazione'],
      to: 'bozza',
      by: 'RUP banditore',
      audit: 'round-approved',
      emits: adhesionEvents.roundApproved.type,
      refusal: why.ADHESION_NOT_PENDING,
      refused: 'Impossibile approvare',
    },
    approved: {
      from: ['inviata', 'in-valutazione'],
      to: 'approvata',
      by: 'RUP banditore',
      audit: 'round-approved',
      emits: adhesionEvents.approved.type,
      refusal: why.ADHESION_NOT_PENDING,
      refused: 'Impossibile approvare',
    },
    // Seed 001: a round not approved sends the adhesion back «in bozza», with the reason.
    roundRejected: {
      from: ['inviata', 'in-valutazione'],
      to: 'bozza',
      by: 'RUP banditore',
      audit: 'round-rejected',
      emits: adhesionEvents.roundRejected.type,
      refusal: why.ADHESION_NOT_PENDING,
      refused: 'Impossibile rifiutare',
    },
  },
});

export type AdhesionStep = keyof typeof adhesionLifecycle.steps;

/** "Impossibile inviare: l'adesione A000123/2025 è già stata approvata." */
export function statusMessage(adhesion: Adhesion, verb: string): string {
  return `Impossibile ${verb}: l'adesione ${adhesion.code} ${whereItIs[adhesion.status]}.`;
}

/** The code of seed 001: the letter A, six digits, a slash and the year. */
export function adhesionCode(number: number, year: number): string {
  if (number > 999_999)
    throw refuse(why.CODES_EXHAUSTED, `Codici di adesione esauriti per il ${year}.`);
  return `A${String(number).padStart(6, '0')}/${year}`;
}

export function checkAmount(contract: KnownContract, amountCents: number): void {
  if (amountCents <= contract.ceilingCents) return;
  const asked = euroText(amountCents);
  throw refuse(
    why.AMOUNT_OVER_CEILING,
    `L'importo di adesione (${asked}) supera il massimale del contratto ` +
      `(${euroText(contract.ceilingCents)}).`,
  );
}

/**
 * A round not approved sends the adhesion back in bozza: the agency does not see «Richiedi
 * adesione» again (seed 001), it opens the returned draft, sends it again or deletes it and repeats
 * round 0.
 */
export function checkNoRejectedDraft(rejectedCode: string | undefined): void {
  if (!rejectedCode) return;
  throw refuse(
    why.REJECTED_DRAFT_PENDING,
    `L’adesione ${rejectedCode} è tornata in bozza dopo la mancata approvazione: aprila da ` +
      '«elenco adesioni» per inviarla di nuovo, o elimina la bozza e ripeti il round 0.',
  );
}

/** Who sees an adhesion: its agency and the contract's banditore; anyone else learns nothing. */
export function sideOf(
  adhesion: Adhesion,
  contract: KnownContract,
  tenant: string,
): Side | undefined {
  if (tenant === adhesion.agencyId) return 'aderente';
  if (tenant === contract.banditoreAgencyId) return 'banditore';
  return undefined;
}

export function checkAdhering(side: Side): void {
  if (side !== 'aderente')
    throw refuse(why.NOT_ADHERING_AGENCY, "Solo l'ente aderente opera sulla propria adesione.");
}

export const notBanditore = () =>
  refuse(why.NOT_BANDITORE, 'Solo il RUP del soggetto banditore del contratto valuta le adesioni.');

/** Step-1 data (ipotesi, amount) change only while the adhesion is a draft of round 0. */
export function checkStep1Editable(adhesion: Adhesion): void {
  if (adhesion.status === 'bozza' && adhesion.currentRound === 0) return;
  throw refuse(why.ADHESION_NOT_EDITABLE, statusMessage(adhesion, 'modificare'));
}

/** Documents already uploaded for round 0 that the new ipotesi does not ask for, by name. */
export function strandedDocuments(
  contract: KnownContract,
  ipotesi: Ipotesi,
  uploadedIds: string[],
): string[] {
  const allowed = new Set(
    requirementsFor(contract, 0, ipotesi).map((requirement) => requirement.id),
  );
  const roundZero = contract.rounds[0]?.documents ?? [];
  return uploadedIds
    .filter((id) => !allowed.has(id))
    .map((id) => roundZero.find((document) => document.id === id)?.name ?? id);
}

export function checkNoStrandedDocuments(ipotesi: Ipotesi, names: string[]): void {
  if (!names.length) return;
  throw refuse(
    why.DOCUMENTS_NOT_IN_IPOTESI,
    `Nell'ipotesi ${ipotesi} non sono previsti documenti già caricati: ` +
      `rimuovi prima ${names.join(', ')}.`,
  );
}

/**
 * Documents are added to the open round while the adhesion is a draft (round 0, or one opened by an
 * approval).
 */
export function checkDocumentsOpen(adhesion: Adhesion, side: Side, round: number): void {
  checkAdhering(side);
  if (adhesion.status !== 'bozza') {
    throw refuse(
      why.ADHESION_NOT_EDITABLE,
      statusMessage(adhesion, 'caricare o rimuovere documenti'),
    );
  }
  if (round === adhesion.currentRound) return;
  throw refuse(
    why.ROUND_NOT_OPEN,
    `È aperto il round ${adhesion.currentRound}: i documenti del round ${round} ` +
      `non si caricano ora.`,
  );
}

/** The requirement a document answers: in the open round, asked of the adhesion's ipotesi. */
export function requirementOf(
  adhesion: Adhesion,
  side: Side,
  contract: KnownContract,
  requirementId: string,
): DocumentRequirement | undefined {
  const round = Number(requirementId.split('-')[0]);
  checkDocumentsOpen(adhesion, side, Number.isInteger(round) ? round : -1);
  const requirement = contract.rounds[adhesion.currentRound]?.documents.find(
    (candidate) => candidate.id === requirementId,
  );
  if (!requirement) return undefined;
  const asked = requirementsFor(contract, adhesion.currentRound, adhesion.ipotesi);
  if (asked.some((candidate) => candidate.id === requirementId)) return requirement;
  throw refuse(
    why.DOCUMENT_NOT_IN_IPOTESI,
    `Nell'ipotesi ${adhesion.ipotesi} non si carica "${requirement.name}": è ` +
      `previsto solo nell'ipotesi ${requirement.ipotesi}.`,
  );
}

/** "Invia": a draft whose open round has every mandatory document. */
export function checkSendable(
  adhesion: Adhesion,
  contract: KnownContract,
  uploadedIds: string[],
): void {
  adhesionLifecycle.check('submitted', adhesion);
  const uploaded = new Set(uploadedIds);
  const missing = requirementsFor(contract, adhesion.currentRound, adhesion.ipotesi).filter(
    (requirement) => requirement.mandatory && !uploaded.has(requirement.id),
  );
  if (!missing.length) return;
  throw refuse(
    why.DOCUMENTS_MISSING,
    `Prima di inviare carica: ${missing.map((requirement) => requirement.name).join(', ')}.`,
    { missing: missing.map((requirement) => requirement.id) },
  );
}

/** The uploads of the round whose requirement asks for a signature, by the requirement's name. */
export function signedUploads(
  adhesion: Adhesion,
  contract: KnownContract,
  states: { requirementId: string; signatureStatus: SignatureStatus }[],
) {
  const signed = new Map(
    requirementsFor(contract, adhesion.currentRound, adhesion.ipotesi)
      .filter((requirement) => requirement.signed)
      .map((requirement) => [requirement.id, requirement.name]),
  );
  return states
    .filter((state) => signed.has(state.requirementId))
    .map((state) => ({
      name: defined(signed.get(state.requirementId)),
      signatureStatus: state.signatureStatus,
    }));
}

/** "Ritira invio adesione": only before the banditore takes it in charge. */
export function checkWithdrawable(adhesion: Adhesion): void {
  if (adhesion.status === 'inviata') return;
  throw refuse(
    why.ADHESION_NOT_WITHDRAWABLE,
    adhesion.status === 'bozza'
      ? "L'adesione non è stata inviata: non c'è un invio da ritirare."
      : "L'invio non può più essere ritirato: il soggetto banditore ha già preso " +
          "in carico o valutato l'adesione.",
  );
}

/** "Elimina bozza": a draft, a returned one too (whose round 0 must then be repeated). */
export function checkDeletable(adhesion: Adhesion): void {
  if (adhesion.status === 'bozza') return;
  throw refuse(
    why.ADHESION_NOT_DELETABLE,
    adhesion.status === 'inviata'
      ? "Un'adesione inviata non si elimina: ritira prima l'invio."
      : statusMessage(adhesion, 'eliminare'),
  );
}

/** The banditore judges the round the adhesion is waiting on, sent or in evaluation. */
export function checkPending(adhesion: Adhesion, round: number, verb: string): void {
  if (!adhesionLifecycle.can('roundApproved', adhesion.status))
    throw refuse(why.ADHESION_NOT_PENDING, statusMessage(adhesion, verb));
  if (round === adhesion.currentRound) return;
  throw refuse(
    why.ROUND_NOT_PENDING,
    `L'adesione attende la valutazione del round ${adhesion.currentRound}, non del round ${round}.`,
  );
}

/** "Prendi in carico": only a sent round; then the sender can no longer withdraw it. */
export function checkTakeable(adhesion: Adhesion, round: number): void {
  adhesionLifecycle.check('taken-in-charge', adhesion);
  checkPending(adhesion, round, 'prendere in carico');
}

/**
 * The next round that asks this ipotesi for documents; rounds that ask nothing of it are skipped.
 */
export function nextRound(contract: KnownContract, adhesion: Adhesion): number | null {
  for (let round = adhesion.currentRound + 1; round < contract.rounds.length; round++) {
    if (requirementsFor(contract, round, adhesion.ipotesi).length > 0) return round;
  }
  return null;
}
