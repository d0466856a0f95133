import { orderingEvents } from '@app/events';
import { refuse, refusals, defined } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';
import { isStrongLogin } from '@app/platform/login-strength';
import { checkCig, euroText } from '@app/italian-codes';
import type { SignatureStatus } from '@app/signed-documents';

/**
 * The states of an ordinativo di fornitura (seed 001), spelled as codes. Conferma appalto and
 * Acquisisci CIG are asynchronous: the order waits "in corso" for ANAC's outcome.
 */
export type OrderStatus =
  | 'bozza'
  | 'appalto-in-corso'
  | 'appalto-confermato'
  | 'cig-in-corso'
  | 'cig-acquisito'
  | 'inviato'
  | 'approvato'
  | 'rifiutato'
  | 'annullato';

export const statusLabels: Record<OrderStatus, string> = {
  bozza: 'Bozza',
  'appalto-in-corso': 'Conferma appalto in corso',
  'appalto-confermato': 'Appalto confermato',
  'cig-in-corso': 'Acquisizione CIG in corso',
  'cig-acquisito': 'CIG acquisito',
  inviato: 'Inviato',
  approvato: 'Approvato',
  rifiutato: 'Rifiutato',
  annullato: 'Annullato',
};

/** The order's history as people read it: one Italian label per step. */
export const historyLabels: Record<string, string> = {
  created: 'Ordine creato',
  'appalto-confirmation-requested': 'Conferma appalto richiesta ad ANAC',
  'appalto-confirmed': 'Appalto confermato da ANAC',
  'anac-refused': 'Richiesta rifiutata da ANAC',
  'cig-acquisition-requested': 'Acquisizione del CIG richiesta ad ANAC',
  'cig-acquired': 'CIG derivato acquisito',
  'sheet-signed': 'Scheda di sintesi firmata caricata',
  submitted: 'Ordine inviato al soggetto banditore',
  approved: 'Ordine approvato',
  rejected: 'Ordine rifiutato',
  acknowledged: 'Presa visione del fornitore',
  'acknowledged-automatically': 'Presa visione automatica (termine scaduto)',
  disputed: 'Contestazione del fornitore',
  'outcome-published': 'Esito pubblicato',
  annulled: 'Ordine annullato (scheda ANN confermata da ANAC)',
  'nso-produced': 'Ordine elettronico (Peppol BIS 3) predisposto per NSO',
  'nso-delivered': 'Documento consegnato tramite NSO',
  'nso-discarded': 'Documento scartato da NSO',
  'nso-response': 'Risposta all’ordine ricevuta tramite NSO',
};

/** The Registro delle operazioni's words: the history's, and the changes that are no step. */
export const auditLabels: Record<string, string> = {
  ...historyLabels,
  'document-uploaded': 'Documento caricato',
  'document-removed': 'Documento rimosso',
  changed: 'Righe dell’ordine modificate',
};

/**
 * What the supplier did with an approved order (MePA's rule: silence past the deadline is
 * acknowledgement).
 */
export type SupplierResponse =
  'in-attesa' | 'presa-visione' | 'presa-visione-automatica' | 'contestato';

export const supplierResponseLabels: Record<SupplierResponse, string> = {
  'in-attesa': 'In attesa di presa visione',
  'presa-visione': 'Presa visione',
  'presa-visione-automatica': 'Presa visione (termine scaduto)',
  contestato: 'Contestato',
};

/** The banners of seed 001, shown while ANAC works. */
export const banners = {
  confirmation:
    'La richiesta di conferma appalto è in corso , si prega di attendere. Per ' +
    'verificare l’esito è necessario ricaricare la pagina corrente. Una volta ' +
    'ottenuta la verifica positiva è necessario eseguire la funzione ' +
    '“Recupera CIG”.',
  acquisition:
    'La richiesta di recupera CIG è in corso, si prega di attendere. Per ' +
    'visualizzare il CIG è necessario ricaricare la pagina. L’esito della ' +
    'richiesta è consultabile nella sezione Log Trasmissioni. Una volta ' +
    'recuperato il CIG è necessario procedere secondo il flusso previsto per ' +
    'la pubblicazione.',
  derivedCigHelper:
    'Per poter finalizzare l’invio dell’ordine è necessario integrare la ' +
    'richiesta del CIG tramite il bottone “Conferma appalto”.',
} as const;

/** Seed 001's message, word for word, when the lines do not add up to the CIG request's lot. */
export const totalMismatchMessage =
  'Il totale delle righe dell’ordine non corrisponde al totale dell’ordine ' +
  'inserito in fase di richiesta del CIG.';

export interface OrderLine {
  description: string;
  unitPriceCents: number;
  quantity: number;
}

export interface ExplainedError {
  codice: string;
  dettaglio: string;
  spiegazione: string;
}

export interface Party {
  subject: string;
  profileId: string | null;
  agencyId: string | null;
}

export interface Order {
  id: string;
  code: string;
  contractId: string;
  agencyId: string;
  adhesionId: string | null;
  cigRequestId: string;
  subject: string;
  status: OrderStatus;
  lines: OrderLine[];
  totalCents: number;
  /** The lot total of the CIG request, as read when the order was made and at Conferma appalto. */
  cigRequestTotalCents: number;
  derivedCig: string | null;
  anacErrors: ExplainedError[] | null;
  /** The RUP who asked ANAC to confirm the appalto, as the sheet names them. */
  rupFiscalCode: string | null;
  sheetDocumentId: string | null;
  sheetSha256: string | null;
  signedSheetDocumentId: string | null;
  ceiling: 'nessuna' | 'in-prenotazione' | 'prenotato' | 'rifiutato' | 'consumato';
  supplierResponse: SupplierResponse | null;
  supplierDeadline: string | null;
  /** Whether the contract let the supplier dispute the order when it was approved. */
  supplierMayDispute: boolean;
  decisionReason: string | null;
  disputeReason: string | null;
  outcome: Record<string, unknown> | null;
  submittedAt: string | null;
  approvedAt: string | null;
  outcomePublishedAt: string | null;
  annulledAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** The order's identification on NSO (tripletta), once its electronic order was produced. */
  nsoId: string | null;
}

/** Who looks at an order: the agency that orders, the contract's banditore, or its supplier. */
export type Side = 'ordinante' | 'banditore' | 'fornitore';

export const orderRefusals = refusals({
  CONTRACT_NOT_OPEN: { status: 409, title: 'Contratto non aperto agli ordinativi' },
  NOT_ELIGIBLE: { status: 403, title: 'Operazione non consentita' },
  ADHESION_REQUIRED: { status: 409, title: 'Adesione approvata mancante' },
  REGISTRATION_REQUIRED: { status: 403, title: 'Registrazione alla convenzione richiesta' },
  ADHESION_CHOICE_REQUIRED: { status: 400, title: 'Dati non validi' },
  CIG_REQUEST_NOT_USABLE: { status: 422, title: 'Richiesta CIG non utilizzabile' },
  NOT_ORDERING_AGENCY: { status: 403, title: 'Operazione non consentita' },
  NOT_BANDITORE: { status: 403, title: 'Operazione non consentita' },
  NOT_SUPPLIER: { status: 403, title: 'Operazione non consentita' },
  ORDER_NOT_EDITABLE: { status: 409, title: 'Ordinativo non modificabile' },
  SUBJECT_REQUIRED: { status: 400, title: 'Soggetto mancante' },
  ORDER_TOTAL_MISMATCH: { status: 422, title: 'Totale non corrispondente' },
  APPALTO_NOT_CONFIRMABLE: { status: 409, title: 'Conferma appalto non disponibile' },
  CIG_NOT_ACQUIRABLE: { status: 409, title: 'Acquisisci CIG non disponibile' },
  SHEET_NOT_AVAILABLE: { status: 409, title: 'Scheda di sintesi non disponibile' },
  SHEET_NOT_MATCHING: { status: 422, title: 'Scheda di sintesi diversa' },
  SIGNER_NOT_OF_AGENCY: { status: 422, title: 'Firmatario non dell’ente' },
  DOCUMENT_NOT_REQUIRED: { status: 404, title: 'Risorsa non trovata' },
  ORDER_NOT_SENDABLE: { status: 409, title: 'Ordinativo non inviabile' },
  DOCUMENTS_MISSING: { status: 422, title: 'Documenti obbligatori mancanti' },
  ORDER_NOT_PENDING: { status: 409, title: 'Ordinativo non in attesa di approvazione' },
  STRONG_AUTH_REQUIRED: { status: 403, title: 'Autenticazione forte richiesta' },
  CEILING_PENDING: { status: 409, title: 'Prenotazione sul massimale in corso' },
  CEILING_EXCEEDED: { status: 409, title: 'Massimale insufficiente' },
  ORDER_NOT_APPROVED: { status: 409, title: 'Ordinativo non approvato' },
  ALREADY_ANSWERED: { status: 409, title: 'Risposta già data' },
  DISPUTE_TOO_LATE: { status: 409, title: 'Termine scaduto' },
  DISPUTE_NOT_ALLOWED: { status: 409, title: 'Contestazione non prevista' },
  OUTCOME_PUBLISHED: { status: 409, title: 'Esito già pubblicato' },
});
const why = orderRefusals;

const stateOf = (order: Pick<Order, 'code' | 'status'>) =>
  `l'ordinativo ${order.code} è «${statusLabels[order.status]}»`;

/**
 * The ordinativo's lifecycle (seed 001), one row per step: where it leaves from, where it goes, who
 * takes it, what the history calls it, the event it emits and what a person is told when it is not
 * available. Conferma appalto and Acquisisci CIG wait for ANAC, whose answers are steps too.
 */
export const orderLifecycle = defineLifecycle({
  entity: 'order',
  title: 'Ordinativo di fornitura',
  states: statusLabels,
  initial: ['bozza'],
  actions: historyLabels,
  describe: (order: Pick<Order, 'code' | 'status'>) => stateOf(order),
  steps: {
    'appalto-confirmation-requested': {
      from: ['bozza'],
      to: 'appalto-in-corso',
      by: 'RUP ordinante',
      refusal: why.APPALTO_NOT_CONFIRMABLE,
      refused: 'Conferma appalto non disponibile',
    },
    'appalto-confirmed': {
      from: ['appalto-in-corso'],
      to: 'appalto-confermato',
      by: 'ANAC',
      system: true,
    },
    'appalto-refused': {
      from: ['appalto-in-corso'],
      to: 'bozza',
      by: 'ANAC',
      system: true,
      action: 'anac-refused',
    },
    'cig-acquisition-requested': {
      from: ['appalto-confermato'],
      to: 'cig-in-corso',
      by: 'RUP ordinante',
      refusal: why.CIG_NOT_ACQUIRABLE,
      refused: 'Acquisisci CIG non disponibile',
      hint: "serve prima la conferma dell'appalto da ANAC",
    },
    'cig-refused': {
      from: ['cig-in-corso', 'appalto-confermato'],
      to: 'appalto-confermato',
      by: 'ANAC',
      system: true,
      action: 'anac-refused',
    },
    'cig-acquired': {
      from: ['cig-in-corso', 'appalto-confermato'],
      to: 'cig-acquisito',
      by: 'ANAC',
      system: true,
    },
    submitted: {
      from: ['cig-acquisito'],
      to: 'inviato',
      by: 'ordinante',
      emits: orderingEvents.orderSubmitted.type,
      refusal: why.ORDER_NOT_SENDABLE,
      refused: 'Impossibile inviare',
    },
    approved: {
      from: ['inviato'],
      to: 'approvato',
      by: 'RUP banditore',
      emits: orderingEvents.orderApproved.type,
      refusal: why.ORDER_NOT_PENDING,
      refused: 'Impossibile decidere',
    },
    rejected: {
      from: ['inviato'],
      to: 'rifiutato',
      by: 'RUP banditore',
      emits: orderingEvents.orderRejected.type,
      refusal: why.ORDER_NOT_PENDING,
      refused: 'Impossibile decidere',
    },
    'ceiling-refused': {
      from: ['inviato'],
      to: 'rifiutato',
      by: 'massimale',
      system: true,
      action: 'rejected',
      emits: orderingEvents.orderRejected.type,
    },
    annulled: {
      from: ['cig-in-corso', 'cig-acquisito', 'inviato', 'approvato'],
      to: 'annullato',
      by: 'ANAC (scheda ANN)',
      system: true,
      emits: orderingEvents.orderAnnulled.type,
    },
  },
});

export type OrderStep = keyof typeof orderLifecycle.steps;

/**
 * "AAAA" code of an order: the letter O, six digits, a slash and the year (like the adhesions'
 * A000123/2025).
 */
export function orderCode(number: number, year: number): string {
  return `O${String(number).padStart(6, '0')}/${year}`;
}

/** The order's total, in integer cents: each line's unit price times its quantity. */
export function totalOf(lines: OrderLine[]): number {
  return lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
}

/** A contract the agency may order from: published and not expired, and open to it. */
export function checkOrderable(
  contract: {
    status: string;
    expiryDate: string;
    eligibleAgencies: string[] | null;
    banditoreAgencyId: string;
  },
  agencyId: string,
  today: string,
): void {
  if (contract.status !== 'pubblicato' || contract.expiryDate < today) {
    throw refuse(
      why.CONTRACT_NOT_OPEN,
      'Il contratto non accetta ordinativi: non è pubblicato o è scaduto.',
    );
  }
  if (contract.eligibleAgencies && !contract.eligibleAgencies.includes(agencyId)) {
    throw refuse(
      why.NOT_ELIGIBLE,
      'Il tuo ente non è tra quelli che possono ordinare su questo contratto.',
    );
  }
}

/**
 * Seed 000: «Per accedere al negozio elettronico è necessario chiedere la registrazione alle
 * singole convenzioni»: on a convention, only the people its approved registration names order.
 */
export function checkRegistered(
  contract: { kind: string | null; title: string },
  registered: boolean,
): void {
  if (contract.kind !== 'convenzione' || registered) return;
  throw refuse(
    why.REGISTRATION_REQUIRED,
    `Per accedere al negozio elettronico è necessario chiedere la registrazione alle singole ` +
      `convenzioni: il tuo profilo non è registrato a «${contract.title}».`,
  );
}

/**
 * The adhesion an order is made under: where the contract asks for adhesion rounds, one of the
 * agency's approved adhesions (chosen when there are several); else none.
 */
export function adhesionFor(
  requiresAdhesion: boolean,
  approved: { adhesionId: string; code: string }[],
  chosen: string | undefined,
): string | null {
  if (!requiresAdhesion) return null;
  if (approved.length === 0) {
    throw refuse(
      why.ADHESION_REQUIRED,
      "Per ordinare su questo contratto serve un'adesione approvata del tuo ente.",
    );
  }
  if (chosen) {
    if (approved.some((adhesion) => adhesion.adhesionId === chosen)) return chosen;
    throw refuse(
      why.ADHESION_REQUIRED,
      "L'adesione indicata non è tra le adesioni approvate del tuo ente a questo contratto.",
    );
  }
  if (approved.length === 1) return defined(approved[0]).adhesionId;
  throw refuse(
    why.ADHESION_CHOICE_REQUIRED,
    `Seleziona l'adesione alla quale associare l'ordinativo: ` +
      `${approved.map((adhesion) => adhesion.code).join(', ')}.`,
  );
}

/**
 * The CIG request the order is for: the agency's, for this contract's CIG and this adhesion, not
 * yet confirmed elsewhere.
 */
export function checkCigRequest(
  request: { parentCig: string; adhesionId: string | null; status: string },
  contractCig: string,
  adhesionId: string | null,
): void {
  if (request.parentCig !== contractCig) {
    throw refuse(
      why.CIG_REQUEST_NOT_USABLE,
      `La richiesta CIG riguarda il CIG ${request.parentCig}, non il CIG del ` +
        `contratto ${contractCig}.`,
    );
  }
  if (adhesionId && request.adhesionId !== adhesionId) {
    throw refuse(
      why.CIG_REQUEST_NOT_USABLE,
      "La richiesta CIG non indica l'adesione dell'ordinativo.",
    );
  }
  if (!['bozza', 'rifiutato'].includes(request.status)) {
    throw refuse(
      why.CIG_REQUEST_NOT_USABLE,
      'La richiesta CIG è già stata inviata ad ANAC: creane una nuova per questo ordinativo.',
    );
  }
}

export function checkCigRequestUnused(usedBy: string | undefined): void {
  if (!usedBy) return;
  throw refuse(
    why.CIG_REQUEST_NOT_USABLE,
    `La richiesta CIG è già dell'ordinativo ${usedBy}: per un nuovo ` +
      `ordinativo serve una nuova richiesta CIG.`,
  );
}

/** The side the agency sees the order from, or none (the order does not exist for it). */
export function sideOf(
  order: Pick<Order, 'agencyId' | 'status'>,
  tenant: string,
  banditore: string,
  supplierAgency: string | null,
): Side | undefined {
  if (tenant === order.agencyId) return 'ordinante';
  const sent = ['inviato', 'approvato', 'rifiutato', 'annullato'].includes(order.status);
  if (tenant === banditore && sent) return 'banditore';
  const approved = order.status === 'approvato' || order.status === 'annullato';
  if (supplierAgency && tenant === supplierAgency && approved) return 'fornitore';
  return undefined;
}

export function checkSide(side: Side, wanted: Side): void {
  if (side === wanted) return;
  if (wanted === 'ordinante')
    throw refuse(why.NOT_ORDERING_AGENCY, "Solo l'ente che ordina opera sul proprio ordinativo.");
  if (wanted === 'banditore')
    throw refuse(
      why.NOT_BANDITORE,
      'Solo il RUP del soggetto banditore approva o rifiuta gli ordinativi.',
    );
  throw refuse(
    why.NOT_SUPPLIER,
    "Solo l'operatore economico del contratto risponde all'ordinativo.",
  );
}

/** Lines (and the adhesion) change until the appalto is confirmed: after that they are locked. */
export function checkLinesEditable(order: Pick<Order, 'code' | 'status'>): void {
  if (order.status === 'bozza') return;
  throw refuse(
    why.ORDER_NOT_EDITABLE,
    `Impossibile modificare le righe: ${stateOf(order)} (le righe si bloccano ` +
      `con la conferma dell'appalto).`,
  );
}

/**
 * "Conferma appalto": from a draft (or after ANAC refused), only when the lines add up to the CIG
 * request's lot.
 */
export function checkConfirmable(
  order: Pick<Order, 'code' | 'status' | 'lines'>,
  cigRequestTotalCents: number,
): void {
  orderLifecycle.check('appalto-confirmation-requested', order);
  if (order.lines.length === 0)
    throw refuse(why.ORDER_TOTAL_MISMATCH, totalMismatchMessage, {
      linesTotalCents: 0,
      cigRequestTotalCents,
    });
  const linesTotalCents = totalOf(order.lines);
  if (linesTotalCents !== cigRequestTotalCents) {
    throw refuse(why.ORDER_TOTAL_MISMATCH, totalMismatchMessage, {
      linesTotalCents,
      cigRequestTotalCents,
    });
  }
}

/**
 * Seed 001: the steps that call ANAC (Conferma appalto, Acquisisci CIG) are the RUP's, logged in
 * with SPID (level 2 or more), CIE or CNS; username and password are enough for everything else.
 */
export function checkStrongRup(actor: { authMethod?: string; acr?: string }): void {
  if (isStrongLogin(actor)) return;
  throw refuse(
    why.STRONG_AUTH_REQUIRED,
    "Le attività necessarie all'acquisizione del CIG («Conferma appalto» e " +
      "«Acquisisci CIG») devono essere compiute dal RUP dell'amministrazione " +
      "aderente autenticato con SPID (livello 2 o 3), CIE o CNS: l'accesso con " +
      'username e password non basta.',
  );
}

/**
 * The CIG ANAC assigned, checked (format and check characters) before it is written in the order.
 */
export function checkedDerivedCig(
  cigs: { cig: string }[],
): { cig: string } | { problem: ExplainedError } {
  const cig = cigs[0]?.cig ?? '';
  const checked = checkCig(cig);
  if (checked.valid) return { cig: checked.code };
  return {
    problem: {
      codice: 'CIG',
      dettaglio: cig,
      spiegazione: `ANAC ha restituito un CIG non valido (${cig || 'nessuno'}): ${checked.reason}`,
    },
  };
}

/** Passo 2: the summary sheet exists once the CIG is acquired, and until the order is sent. */
export function checkSheetAvailable(order: Pick<Order, 'code' | 'status'>): void {
  if (order.status === 'cig-acquisito') return;
  throw refuse(
    why.SHEET_NOT_AVAILABLE,
    `La scheda di sintesi si scarica e si carica dopo l'acquisizione del CIG ` +
      `e prima dell'invio: ${stateOf(order)}.`,
  );
}

/**
 * The signed sheet must wrap, byte for byte, the sheet generated for this order: as CAdES content
 * (same hash), or as the first revision of a PAdES file (the sheet is its prefix).
 */
export function checkSheetMatches(
  signedPdf: Buffer,
  contentType: string,
  sheet: Buffer,
  sheetSha256: string,
  pdfSha256: string,
): void {
  const same =
    contentType === 'application/pkcs7-mime'
      ? pdfSha256 === sheetSha256
      : signedPdf.length > sheet.length && signedPdf.subarray(0, sheet.length).equals(sheet);
  if (same) return;
  throw refuse(
    why.SHEET_NOT_MATCHING,
    'Il file firmato non è la scheda di sintesi generata per questo ' +
      'ordinativo: scaricala di nuovo, firmala senza modificarla e ricaricala.',
  );
}

export function checkSignerOfAgency(isMember: boolean, signerName: string | null): void {
  if (isMember) return;
  throw refuse(
    why.SIGNER_NOT_OF_AGENCY,
    `La scheda di sintesi è firmata da ${signerName ?? 'una persona'} che non ` +
      `opera per l'ente che ordina: deve firmarla una persona dell'ente.`,
  );
}

/**
 * Documents of the contract's "RICHIESTE PER ORDINATIVI FORNITURA" are added until the order is
 * sent.
 */
export function checkDocumentsOpen(order: Pick<Order, 'code' | 'status'>): void {
  if (
    ['bozza', 'appalto-in-corso', 'appalto-confermato', 'cig-in-corso', 'cig-acquisito'].includes(
      order.status,
    )
  )
    return;
  throw refuse(
    why.ORDER_NOT_EDITABLE,
    `Impossibile caricare o rimuovere documenti: ${stateOf(order)}.`,
  );
}

/** "Invia": CIG acquired, sheet signed, every mandatory document of the contract uploaded. */
export function checkSendable(
  order: Pick<Order, 'code' | 'status' | 'signedSheetDocumentId'>,
  missing: string[],
): void {
  orderLifecycle.check('submitted', order);
  const all = [
    ...(order.signedSheetDocumentId ? [] : ['Scheda di sintesi ordinativo di fornitura firmata']),
    ...missing,
  ];
  if (all.length)
    throw refuse(why.DOCUMENTS_MISSING, `Prima di inviare carica: ${all.join(', ')}.`, {
      missing: all,
    });
}

/**
 * The signed sheet and the uploads whose requirement asks for a signature, by name, with their
 * signature's state.
 */
export function signedDocuments(
  requirements: { name: string; signed: boolean }[],
  uploads: { requirementId: string; signatureStatus: SignatureStatus }[],
  sheet: SignatureStatus | undefined,
) {
  const named = uploads.flatMap((upload) => {
    const requirement = requirements[Number(upload.requirementId) - 1];
    return requirement?.signed
      ? [{ name: requirement.name, signatureStatus: upload.signatureStatus }]
      : [];
  });
  return [
    ...(sheet
      ? [{ name: 'Scheda di sintesi ordinativo di fornitura firmata', signatureStatus: sheet }]
      : []),
    ...named,
  ];
}

/** Approval and rejection are of an order sent (checked before the ceiling is asked). */
export function checkPending(order: Pick<Order, 'code' | 'status'>): void {
  orderLifecycle.check('approved', order);
}

/** An order without adhesion is approved once catalog reserved its amount. */
export function checkCeilingReady(
  order: Pick<Order, 'ceiling' | 'totalCents'>,
  remainingCents?: number,
): void {
  if (order.ceiling === 'in-prenotazione') {
    throw refuse(
      why.CEILING_PENDING,
      "La prenotazione dell'importo sul massimale del contratto è in corso: " +
        'riprova tra qualche istante.',
    );
  }
  if (order.ceiling === 'rifiutato') throw exceeded(order.totalCents, remainingCents);
}

export const exceeded = (amountCents: number, remainingCents?: number) =>
  refuse(
    why.CEILING_EXCEEDED,
    `L'importo dell'ordinativo (${euroText(amountCents)}) non rientra nel ` +
      `massimale residuo del contratto` +
      `${remainingCents === undefined ? '' : ` (residuo: ${euroText(remainingCents)})`}: ` +
      `l'ordinativo non può essere approvato.`,
    remainingCents === undefined ? {} : { remainingCents },
  );

/**
 * Seed 001: «L’emissione dell’atto di adesione/contratto attuativo da parte dell’Amministrazione
 * contraente perfeziona l’obbligazione tra Amministrazione contraente e il fornitore.» A dispute is
 * the contract's option, off unless the banditore turned it on; an order keeps what its approval said.
 */
export function checkDisputeAllowed(order: { supplierMayDispute: boolean }): void {
  if (!order.supplierMayDispute)
    throw refuse(
      why.DISPUTE_NOT_ALLOWED,
      'L’emissione dell’atto di adesione/contratto attuativo da parte dell’Amministrazione ' +
        'contraente perfeziona l’obbligazione tra Amministrazione contraente e il fornitore: ' +
        'il contratto non prevede la contestazione dell’ordinativo.',
    );
}

/**
 * The supplier answers an approved order once: presa visione any time, a dispute only within the
 * deadline.
 */
export function checkSupplierAnswer(
  order: Pick<Order, 'code' | 'status' | 'supplierResponse' | 'supplierDeadline'>,
  dispute: boolean,
  now: Date,
): void {
  if (order.status !== 'approvato')
    throw refuse(why.ORDER_NOT_APPROVED, `Impossibile rispondere: ${stateOf(order)}.`);
  if (order.supplierResponse && order.supplierResponse !== 'in-attesa') {
    throw refuse(
      why.ALREADY_ANSWERED,
      `L'ordinativo ${order.code} ha già una risposta: ` +
        `${supplierResponseLabels[order.supplierResponse]}.`,
    );
  }
  if (dispute && order.supplierDeadline && now > new Date(order.supplierDeadline)) {
    const deadline = new Date(order.supplierDeadline).toLocaleDateString('it-IT', {
      timeZone: 'Europe/Rome',
    });
    throw refuse(
      why.DISPUTE_TOO_LATE,
      `Il termine per contestare l'ordinativo è scaduto il ${deadline}: ` +
        `l'ordinativo vale come accettato.`,
    );
  }
}

/** The deadline of the supplier's answer: the contract's days after approval. */
export function supplierDeadline(approvedAt: Date, days: number): Date {
  return new Date(approvedAt.getTime() + days * 86_400_000);
}

/** "Esito": after approval, once. */
export function checkOutcomePublishable(
  order: Pick<Order, 'code' | 'status' | 'outcomePublishedAt'>,
): void {
  if (order.outcomePublishedAt)
    throw refuse(
      why.OUTCOME_PUBLISHED,
      `L'esito dell'ordinativo ${order.code} è già stato pubblicato.`,
    );
  if (order.status !== 'approvato')
    throw refuse(
      why.ORDER_NOT_APPROVED,
      `L'esito si pubblica dopo l'approvazione: ${stateOf(order)}.`,
    );
}

/**
 * ANN is confirmed by ANAC: the order is annulled, whatever its state after the CIG (nothing after
 * ANN).
 */
export const annullable = (status: OrderStatus) => orderLifecycle.can('annulled', status);

/**
 * What a PEC carries comfortably: providers commonly accept 30 MB messages, and base64 makes a file
 * a third larger.
 */
export const pecAttachmentsMaxBytes = 20 * 1_048_576;

/**
 * The files the supplier's PEC carries, in order, while they fit; the rest are named, to be read on
 * the platform.
 */
export function filesForPec<F extends { fileName: string; bytes: Buffer }>(
  files: F[],
  maxBytes = pecAttachmentsMaxBytes,
): { attached: F[]; omitted: string[] } {
  const attached: F[] = [];
  const omitted: string[] = [];
  let total = 0;
  for (const file of files) {
    if (total + file.bytes.length <= maxBytes) {
      attached.push(file);
      total += file.bytes.length;
    } else omitted.push(file.fileName);
  }
  return { attached, omitted };
}

/** Seed 001: what the supplier returns for an approved order, by kind. */
export const supplierDocumentKinds = {
  dpa: 'Accordo sul trattamento dei dati personali (DPA) controfirmato',
  tracciabilita: 'Comunicazione dati tracciabilità',
} as const;

export type SupplierDocumentKind = keyof typeof supplierDocumentKinds;

/**
 * The supplier returns them on its approved order: the DPA once, a «comunicazione dati
 * tracciabilità» for each subject paid (each RTI member, or the mandataria alone), named.
 */
export function checkSupplierReturn(
  side: Side,
  order: Pick<Order, 'status'>,
  kind: SupplierDocumentKind,
  subject: string,
): void {
  if (side !== 'fornitore')
    throw refuse(why.NOT_SUPPLIER, 'Solo il fornitore restituisce i propri documenti.');
  if (order.status !== 'approvato')
    throw refuse(
      why.ORDER_NOT_EDITABLE,
      'Il fornitore restituisce il DPA e la tracciabilità per un ordinativo approvato.',
    );
  if (kind === 'tracciabilita' && !subject.trim())
    throw refuse(
      why.SUBJECT_REQUIRED,
      'Indica il soggetto della comunicazione: il membro del RTI o la mandataria.',
    );
}
