import { anacEvents } from '@app/events';
import { refuse, refusals, defined } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';
import { centsToEuro } from '@app/italian-codes';
import type { CigRequest } from '../cig-requests/cig-request.rules.js';
import type { ExplainedError } from '../pcp/anac-errors.rules.js';
import type { NewScheda, SchedaCode } from './scheda.schema.js';
import { appaltoAnnulled, type OrchestratorRefusal } from './scheda-orchestrator.rules.js';

/** The states of a scheda, spelled as codes (lowercase, words joined by hyphens). */
export type SchedaStatus =
  'bozza' | 'inviata' | 'confermata' | 'rifiutata' | 'in-annullamento' | 'annullata';

export const statusLabels: Record<SchedaStatus, string> = {
  bozza: 'Bozza',
  inviata: 'Inviata, in attesa di esito',
  confermata: 'Confermata da ANAC',
  rifiutata: 'Rifiutata da ANAC',
  'in-annullamento': 'In annullamento',
  annullata: 'Annullata',
};

/**
 * Seed 001's message after «Invia scheda», shown while ANAC has not answered (the seed's words,
 * its «ricarica» included).
 */
export const sendingBanner =
  'La richiesta di invio scheda è in corso. Si prega di attendere, fino a quando l’esito sarà ' +
  'disponibile sul Log Trasmissioni. Si prega di ricarica la pagina. Successivamente verifica ' +
  'l’invio tramite l’apposito pulsante.';

/** What a scheda says to the person while it waits: seed 001's banner when it was sent. */
export const bannerOf = (scheda: Pick<Scheda, 'status'>) =>
  scheda.status === 'inviata' ? sendingBanner : null;

export interface Scheda {
  id: string;
  cigRequestId: string;
  code: SchedaCode;
  status: SchedaStatus;
  body: { anacForm: Record<string, unknown> };
  idScheda: string | null;
  errors: ExplainedError[] | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const schedaRefusals = refusals({
  CIG_NOT_ACQUIRED: { status: 409, title: 'CIG non ancora acquisiti' },
  CIG_NOT_IN_REQUEST: { status: 400, title: 'Dati non validi' },
  CONTRACT_NOT_SIGNED: { status: 409, title: 'Contratto non ancora comunicato' },
  SCHEDA_NOT_DRAFT: { status: 409, title: 'Scheda non in bozza' },
  APPALTO_ANNULLED: { status: 409, title: 'Affidamento annullato' },
  ANN_NOT_ALLOWED: { status: 409, title: 'Scheda ANN non ammessa' },
  SCHEDA_NOT_CONFIRMED: { status: 409, title: 'Scheda non confermata' },
  ROLLBACK_NOT_ALLOWED: { status: 409, title: 'Annullamento non ammesso' },
  ROLLBACK_IN_PROGRESS: { status: 409, title: 'Annullamento già in corso' },
  ROLLBACK_NOT_LAST: { status: 409, title: 'Annullamento non ammesso' },
  ROLLBACK_REFUSED: { status: 409, title: 'Annullamento non accettato da ANAC' },
  SCHEDA_NOT_CANCELLED: { status: 409, title: 'Scheda non cancellata' },
  PCP_UNAVAILABLE: { status: 502, title: 'Esito non disponibile' },
});
const why = schedaRefusals;

const describeScheda = (scheda: Pick<Scheda, 'status'>) =>
  `La scheda è «${statusLabels[scheda.status]}»`;

/**
 * The scheda's lifecycle: a draft is sent to ANAC (crea-scheda, conferma-scheda) and waits for its
 * outcome; a confirmed ANN, CO1 or CO2 may be rolled back ("Annulla comunicazione"), again waiting.
 */
export const schedaLifecycle = defineLifecycle({
  entity: 'scheda',
  title: 'Scheda (comunicazione ad ANAC)',
  states: statusLabels,
  initial: ['bozza'],
  actions: {
    sent: 'Scheda inviata ad ANAC',
    'refused-on-sending': "Scheda rifiutata da ANAC all'invio",
    confirmed: 'Scheda confermata da ANAC',
    rejected: 'Scheda rifiutata da ANAC',
    'rollback-requested': 'Annullamento richiesto ad ANAC',
    'rolled-back': 'Scheda annullata da ANAC',
    'rollback-refused': 'Annullamento non accettato da ANAC',
  },
  describe: describeScheda,
  refusalText: (step, scheda) => `${describeScheda(scheda)}: ${step.refused}.`,
  steps: {
    sent: {
      from: ['bozza'],
      to: 'inviata',
      by: 'RUP',
      emits: anacEvents.schedaSent.type,
      refusal: why.SCHEDA_NOT_DRAFT,
      refused: 'si invia solo una bozza',
    },
    'refused-on-sending': {
      from: ['bozza'],
      to: 'rifiutata',
      by: 'ANAC',
      system: true,
      emits: anacEvents.schedaRejected.type,
    },
    confirmed: {
      from: ['inviata'],
      to: 'confermata',
      by: 'ANAC',
      system: true,
      emits: anacEvents.schedaConfirmed.type,
    },
    rejected: {
      from: ['inviata'],
      to: 'rifiutata',
      by: 'ANAC',
      system: true,
      emits: anacEvents.schedaRejected.type,
    },
    'rollback-requested': {
      from: ['confermata'],
      to: 'in-annullamento',
      by: 'RUP',
      refusal: why.ROLLBACK_NOT_ALLOWED,
      refused: 'si annulla solo una comunicazione confermata',
    },
    'rolled-back': {
      from: ['in-annullamento'],
      to: 'annullata',
      by: 'ANAC',
      system: true,
      emits: anacEvents.schedaRolledBack.type,
    },
    // A refused rollback leaves the scheda confirmed, with ANAC's reasons.
    'rollback-refused': {
      from: ['in-annullamento'],
      to: 'confermata',
      by: 'ANAC',
      system: true,
      emits: anacEvents.schedaRejected.type,
    },
  },
});

export type SchedaStep = keyof typeof schedaLifecycle.steps;

/** A refusal foreseen from ANAC's orchestrator, as the person reads it. */
export function refuseAs(refusal: OrchestratorRefusal | undefined): void {
  if (refusal) throw refuse(why[refusal.code as keyof typeof why], refusal.detail);
}

export function checkCigsAcquired(request: CigRequest): void {
  // An annulled request had its CIGs: what stops a new scheda is the annulment.
  if (request.status === 'annullato') refuseAs(appaltoAnnulled);
  if (request.status !== 'cig-acquisiti')
    throw refuse(why.CIG_NOT_ACQUIRED, 'Le schede si inviano dopo aver acquisito i CIG.');
}

export function checkDraft(scheda: Scheda): void {
  schedaLifecycle.check('sent', scheda);
}

export function checkDeletable(scheda: Scheda): void {
  if (scheda.status === 'bozza' || scheda.status === 'rifiutata') return;
  throw refuse(why.SCHEDA_NOT_DRAFT, 'Si elimina solo una scheda in bozza o rifiutata.');
}

const tipologica = (idTipologica: string, codice: string) => ({ idTipologica, codice });
export { tipologica };

const cigOf = (request: CigRequest, chosen?: string) => {
  const cigs = request.cigs?.map((lot) => lot.cig) ?? [];
  if (chosen && !cigs.includes(chosen)) {
    throw refuse(
      why.CIG_NOT_IN_REQUEST,
      `Il CIG ${chosen} non è tra quelli della richiesta (${cigs.join(', ')}).`,
    );
  }
  return chosen ?? defined(cigs[0]);
};

const day = (date: string | undefined) => (date ? `${date}T00:00:00Z` : undefined);
const euro = (cents: number | undefined) => (cents === undefined ? undefined : centsToEuro(cents));
/** Only the optional fields the RUP filled: ANAC's model refuses nulls where it declares none. */
const filled = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

type Input<C extends SchedaCode> = Extract<NewScheda, { code: C }>;

// ANAC's DatiContrattoType: the AUSA codes of the contracting authorities and the CIGs the contract
// covers are lists.
const sc1 = (input: Input<'SC1'>, request: CigRequest, ausaCode: string) => ({
  datiContratto: filled({
    codiceAusa: [ausaCode],
    cig: input.cig ? [cigOf(request, input.cig)] : defined(request.cigs).map((lot) => lot.cig),
    idPartecipante: request.data.participantId,
    dataStipula: day(input.signedOn),
    dataEsecutivita: day(input.enforceableFrom),
    dataDecorrenza: day(input.startDate),
    dataScadenza: day(input.endDate),
    importoCauzione: centsToEuro(input.guaranteeCents),
  }),
});

function i1(input: Input<'I1'>, request: CigRequest) {
  if (!request.anacContractId) {
    throw refuse(
      why.CONTRACT_NOT_SIGNED,
      "Serve prima la scheda SC1 confermata: ANAC assegna lì l'identificativo del contratto.",
    );
  }
  return {
    idContratto: request.anacContractId,
    datiInizio: filled({
      consegnaSottoRiserva: input.deliveredWithReserve,
      dataEffettivoInizio: day(input.actualStartDate),
      dataFinePrevista: day(input.expectedEndDate),
      consegnaFrazionata: input.deliveredInParts,
      avvioPerFasi: input.startedInPhases,
      dataVerbalePrimaConsegna: day(input.firstDeliveryReportDate),
    }),
  };
}

const co1 = (input: Input<'CO1'>, request: CigRequest) => ({
  ...(request.anacContractId ? { idContratto: request.anacContractId } : { cig: cigOf(request) }),
  conclusione: filled({
    dataUltimazione: day(input.completionDate),
    importo: euro(input.amountCents),
    numeroInfortuni: input.accidents,
    diCuiPostumiPermanenti: input.permanentInjuries,
    diCuiMortali: input.fatalities,
  }),
});

/** The scheda as ANAC's data model wants it (modello-dati-schede-<code>.yaml). */
export function anacFormOf(
  input: NewScheda,
  request: CigRequest,
  ausaCode: string,
): Record<string, unknown> {
  switch (input.code) {
    case 'ANN':
      return {
        cig: cigOf(request, input.cig),
        annullamento: { motivoAnnullamento: tipologica('motivoAnnullamento', '1') },
      };
    case 'SC1':
      return sc1(input, request, ausaCode);
    case 'I1':
      return i1(input, request);
    case 'CO1':
      return co1(input, request);
    case 'CO2':
      return {
        cig: cigOf(request, input.cig),
        conclusione: {
          dataInizio: day(input.startDate),
          dataUltimazione: day(input.completionDate),
          importo: centsToEuro(input.amountCents),
        },
      };
  }
}

/** What the events about a scheda say. */
export const eventData = (scheda: Scheda, request: CigRequest) => ({
  schedaId: scheda.id,
  cigRequestId: request.id,
  agencyId: request.agencyId,
  code: scheda.code,
  idScheda: scheda.idScheda,
  cig:
    (scheda.body.anacForm.cig as string | undefined) ??
    (scheda.body.anacForm.datiContratto as { cig?: string[] } | undefined)?.cig?.[0] ??
    null,
});

/** The operation whose outcome a scheda waits for: conferma-scheda, or rollback-scheda. */
export function pendingOperation(scheda: Scheda): 'SC_CONF' | 'SC_ROLLBACK' | undefined {
  if (scheda.status === 'inviata') return 'SC_CONF';
  return scheda.status === 'in-annullamento' ? 'SC_ROLLBACK' : undefined;
}

/**
 * The step ANAC's outcome of the pending operation takes; undefined while there is none (or WT).
 */
export function afterOutcome(
  operation: 'SC_CONF' | 'SC_ROLLBACK',
  outcome: string | undefined,
): SchedaStep | undefined {
  if (outcome !== 'OK' && outcome !== 'KO') return undefined;
  if (operation === 'SC_CONF') return outcome === 'OK' ? 'confirmed' : 'rejected';
  return outcome === 'OK' ? 'rolled-back' : 'rollback-refused';
}

export const outcomeUnavailable = (status: number) =>
  refuse(why.PCP_UNAVAILABLE, `ANAC non ha restituito l'esito (${status}): riprova.`);
export const rollbackRefused = (errors: ExplainedError[]) =>
  refuse(why.ROLLBACK_REFUSED, errors.map((error) => error.spiegazione).join(' '));
export const notCancelled = (errors: ExplainedError[]) =>
  refuse(why.SCHEDA_NOT_CANCELLED, errors.map((error) => error.spiegazione).join(' '));
