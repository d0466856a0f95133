import { anacEvents } from '@app/events';
import { plainFiscalCode } from '@app/italian-codes';
import { refuse, refusals, defined } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';
import { isStrongLogin, spidLevelOf, strongAuthMethods } from '@app/platform/login-strength';
import type { ExplainedError } from '../pcp/anac-errors.rules.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import type { CigRequestData } from './cig-request.schema.js';

/** The states of a CIG request, spelled as codes (lowercase, words joined by hyphens). */
export type CigRequestStatus =
  'bozza' | 'in-corso' | 'confermato' | 'rifiutato' | 'cig-acquisiti' | 'annullato';

export const statusLabels: Record<CigRequestStatus, string> = {
  bozza: 'Bozza',
  'in-corso': 'In corso presso ANAC',
  confermato: 'Appalto confermato',
  rifiutato: 'Rifiutato da ANAC',
  'cig-acquisiti': 'CIG acquisiti',
  // Seed 001: the order «passerà da “approvato” ad "Annullato" anche nel modulo Richiedi CIG».
  annullato: 'Annullato',
};

export interface CigRequest {
  id: string;
  agencyId: string;
  status: CigRequestStatus;
  stage: 'crea' | 'conferma' | 'esito' | 'recupero' | null;
  /** The form, with the codice appalto and the supplier's participant id ANAC will know it by. */
  data: CigRequestData & { codiceAppalto: string; participantId: string };
  totalCents: number;
  idAppalto: string | null;
  appaltoSentVersion: number | null;
  errors: ExplainedError[] | null;
  cigs: { lotIdentifier: string; cig: string; amountCents: number }[] | null;
  rup: RupIdentity | null;
  confirmSentAt: string | null;
  /**
   * When a crea-appalto last left: its answer may have been lost (see the confirmation's recovery).
   */
  creaSentAt: string | null;
  pollAttempts: number;
  /** ANAC's idContratto, from a confirmed SC1. */
  anacContractId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const cigRequestRefusals = refusals({
  CIG_REQUEST_LOCKED: { status: 409, title: 'Richiesta non modificabile' },
  CIG_REQUEST_CONFIRMED: { status: 409, title: 'Appalto già confermato' },
  APPALTO_NOT_CONFIRMED: { status: 409, title: 'Appalto non confermato' },
  CIG_NOT_ACQUIRED: { status: 502, title: 'CIG non acquisiti' },
  PDND_NOT_CONFIGURED: { status: 503, title: 'Collegamento con ANAC non configurato' },
  ADHESION_NOT_USABLE: { status: 422, title: 'Adesione non utilizzabile' },
  RUP_REQUIRED: { status: 403, title: 'Operazione non consentita' },
  STRONG_AUTH_REQUIRED: { status: 403, title: 'Operazione non consentita' },
  FISCAL_CODE_REQUIRED: { status: 403, title: 'Operazione non consentita' },
  AUSA_REQUIRED: { status: 403, title: 'Operazione non consentita' },
});
const why = cigRequestRefusals;

/** What the person sees: everything but the RUP's identity details kept for ANAC. */
export const viewOf = (request: CigRequest) => {
  const {
    rup,
    appaltoSentVersion: _sent,
    pollAttempts: _attempts,
    creaSentAt: _crea,
    ...visible
  } = request;
  return {
    ...visible,
    statusLabel: statusLabels[request.status],
    rupFiscalCode: rup?.fiscalCode ?? null,
  };
};

const describeRequest = (request: Pick<CigRequest, 'status'>) =>
  `La richiesta è «${statusLabels[request.status]}»`;

/**
 * The CIG request's lifecycle: edited while a draft or refused; "Conferma appalto" takes it to
 * ANAC, whose outcome confirms or refuses it; "Acquisisci CIG" brings the lots' CIGs once
 * confirmed.
 */
export const cigRequestLifecycle = defineLifecycle({
  entity: 'cig-request',
  title: 'Richiesta CIG',
  states: statusLabels,
  initial: ['bozza'],
  actions: {
    changed: 'Richiesta modificata',
    'confirm-requested': 'Conferma appalto inviata ad ANAC',
    confirmed: 'Appalto confermato da ANAC',
    rejected: 'Richiesta rifiutata da ANAC',
    'cigs-acquired': 'CIG acquisiti da ANAC',
    annulled: 'Annullato: scheda ANN confermata da ANAC',
    'annulment-withdrawn': 'Annullamento ritirato: scheda ANN annullata da ANAC',
  },
  describe: describeRequest,
  refusalText: (step, request) => `${describeRequest(request)}: ${step.refused}.`,
  steps: {
    changed: {
      from: ['bozza', 'rifiutato'],
      to: 'bozza',
      by: 'ente',
      refusal: why.CIG_REQUEST_LOCKED,
      refused: 'non può più essere modificata',
    },
    'confirm-requested': {
      from: ['bozza', 'rifiutato'],
      to: 'in-corso',
      by: 'RUP',
      refusal: why.CIG_REQUEST_CONFIRMED,
      refused: "l'appalto è già confermato da ANAC",
    },
    confirmed: {
      from: ['in-corso'],
      to: 'confermato',
      by: 'ANAC',
      system: true,
      emits: anacEvents.appaltoConfirmed.type,
    },
    rejected: {
      from: ['in-corso'],
      to: 'rifiutato',
      by: 'ANAC',
      system: true,
      emits: anacEvents.appaltoRejected.type,
    },
    'cigs-acquired': {
      from: ['confermato'],
      to: 'cig-acquisiti',
      by: 'ANAC',
      system: true,
      emits: anacEvents.cigAcquired.type,
    },
    // The scheda ANN's own events tell ordering; the request only shows where it stands.
    annulled: {
      from: ['cig-acquisiti'],
      to: 'annullato',
      by: 'ANAC',
      system: true,
    },
    'annulment-withdrawn': {
      from: ['annullato'],
      to: 'cig-acquisiti',
      by: 'ANAC',
      system: true,
    },
  },
});

export type CigRequestStep = keyof typeof cigRequestLifecycle.steps;

/** Edits are allowed until ANAC has the appalto confirmed: a draft, or a request ANAC refused. */
export function checkEditable(request: CigRequest): void {
  cigRequestLifecycle.check('changed', request);
}

/** The codice appalto is ours until ANAC knows the appalto by it; then it no longer changes. */
export function codiceAppaltoAfterEdit(request: CigRequest, asked: string | undefined): string {
  return request.idAppalto ? request.data.codiceAppalto : (asked ?? request.data.codiceAppalto);
}

/**
 * Where "Conferma appalto" starts: nothing to do when already in progress (a redelivery, a double
 * click), conferma-appalto when ANAC holds the request unchanged since it was sent, else
 * crea-appalto.
 */
export function confirmationStart(
  request: CigRequest,
): 'already-in-progress' | 'crea' | 'conferma' {
  if (request.status === 'in-corso') return 'already-in-progress';
  cigRequestLifecycle.check('confirm-requested', request);
  return request.idAppalto && request.appaltoSentVersion === request.version ? 'conferma' : 'crea';
}

/**
 * "Acquisisci CIG" once the appalto is confirmed; a second call answers what the first acquired.
 */
export function acquisitionNeeded(request: CigRequest): boolean {
  if (request.status === 'cig-acquisiti') return false;
  if (request.status === 'confermato') return true;
  throw refuse(
    why.APPALTO_NOT_CONFIRMED,
    `L'appalto non è ancora confermato da ANAC (stato: ` +
      `${statusLabels[request.status]}): i CIG non si possono acquisire.`,
  );
}

/** Each lot with the CIG ANAC gave it; a lot without one means ANAC's answer is incomplete. */
export function cigsOfLots(
  request: CigRequest,
  found: { cig: string; lotIdentifier: string }[],
): NonNullable<CigRequest['cigs']> {
  return request.data.lots.map((lot) => {
    const match = found.find((entry) => entry.lotIdentifier === lot.lotIdentifier);
    if (!match)
      throw refuse(
        why.CIG_NOT_ACQUIRED,
        `ANAC non ha assegnato un CIG al lotto ${lot.lotIdentifier}.`,
      );
    return { lotIdentifier: lot.lotIdentifier, cig: match.cig, amountCents: lot.amountCents };
  });
}

/** Waits between polls double from `baseMs` up to `maxMs`. */
export const pollDelay = (attempts: number, baseMs: number, maxMs: number) =>
  Math.min(maxMs, baseMs * 2 ** Math.min(attempts, 16));

export interface EsitoEntry {
  esito?: { codice?: string };
  dataControllo?: string;
  errori?: { codice?: string; dettaglio?: string }[];
}

/**
 * The outcome of this confirmation among ANAC's latest: OK or KO, or undefined while there is none
 * yet, it is WT, or it is older than this confirmation (a previous KO).
 */
export function confirmationOutcome(
  latest: EsitoEntry | undefined,
  confirmSentAt: string | null,
): 'OK' | 'KO' | undefined {
  if (!latest) return undefined;
  const current =
    !confirmSentAt ||
    !latest.dataControllo ||
    Date.parse(latest.dataControllo) >= Date.parse(confirmSentAt) - 1000;
  const code = current ? latest.esito?.codice : undefined;
  return code === 'OK' || code === 'KO' ? code : undefined;
}

/**
 * An adhesion a CIG request names must be one of the agency's approved ones, to the agreement whose
 * CIG it names.
 */
export function checkAdhesionReference(
  approved: { agencyId: string; contractCig: string; code: string } | undefined,
  agencyId: string,
  parentCig: string,
): void {
  if (!approved || approved.agencyId !== agencyId) {
    throw refuse(
      why.ADHESION_NOT_USABLE,
      "L'adesione indicata non è tra le adesioni approvate del tuo ente (se è " +
        'stata appena approvata, riprova tra qualche istante).',
    );
  }
  if (approved.contractCig === parentCig) return;
  throw refuse(
    why.ADHESION_NOT_USABLE,
    `L'adesione ${approved.code} riguarda l'accordo quadro con CIG ` +
      `${approved.contractCig}, non ${parentCig}.`,
  );
}

export const cigsNotReturned = (detail: string) => refuse(why.CIG_NOT_ACQUIRED, detail);

export const pdndMissing = () =>
  refuse(
    why.PDND_NOT_CONFIGURED,
    'Manca la chiave del client PDND (PDND_PRIVATE_KEY_FILE): nessuna ' +
      'richiesta può essere inviata ad ANAC.',
  );

/** ANAC's level of assurance for a SPID or CIE level: 2 is LoA 3, 3 is LoA 4. */
const assurance = { 2: '3', 3: '4' } as const;

/** Who may act on ANAC, as the token tells: roles, login method and level, codice fiscale. */
export interface Actor {
  roles: string[];
  authMethod?: string;
  acr?: string;
  fiscalNumber?: string;
}

function loaOf(actor: Actor): '3' | '4' | undefined {
  const level = spidLevelOf(actor.acr);
  if (actor.authMethod === 'spid') return level === 2 || level === 3 ? assurance[level] : undefined;
  if (actor.authMethod === 'cie') return level === 3 ? '4' : '3';
  return actor.authMethod === 'cns' ? '4' : undefined;
}

/**
 * Who ANAC is told acts: a RUP logged in with SPID (level 2 or 3), CIE or CNS, by codice fiscale,
 * for an agency with an AUSA code. Anyone else is refused here, before anything reaches ANAC.
 */
export function rupIdentityOf(
  actor: Actor,
  agency: { fiscalCode: string; ausaCode: string | null },
): RupIdentity {
  if (!actor.roles.includes('rup'))
    throw refuse(why.RUP_REQUIRED, 'Solo il RUP può inviare richieste ad ANAC.');
  if (!strongAuthMethods.has(actor.authMethod ?? '')) {
    throw refuse(
      why.STRONG_AUTH_REQUIRED,
      "Per operare su ANAC il RUP deve accedere con SPID, CIE o CNS: l'accesso " +
        'con username e password non basta.',
    );
  }
  const loa = loaOf(actor);
  if (!isStrongLogin(actor) || !loa)
    throw refuse(why.STRONG_AUTH_REQUIRED, 'Per operare su ANAC serve SPID di livello 2 o 3.');
  if (!actor.fiscalNumber)
    throw refuse(why.FISCAL_CODE_REQUIRED, 'Il profilo non porta il codice fiscale del RUP.');
  if (!agency.ausaCode) {
    throw refuse(
      why.AUSA_REQUIRED,
      "L'ente non ha un codice AUSA registrato: ANAC non accetta richieste senza.",
    );
  }
  return {
    fiscalCode: plainFiscalCode(actor.fiscalNumber),
    idpType: defined(actor.authMethod).toUpperCase() as RupIdentity['idpType'],
    loa,
    ausaCode: agency.ausaCode,
    agencyFiscalCode: agency.fiscalCode,
  };
}
