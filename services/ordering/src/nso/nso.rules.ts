import { orderingEvents } from '@app/events';
import { refuse, refusals } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';
import { checkCig, checkOrganisationCode } from '@app/italian-codes';

/**
 * An order's documents on the Nodo di Smistamento degli Ordini (NSO): the Peppol BIS 3 Orders we
 * send (T01) and the Order Responses (T76) the supplier sends back through NSO.
 */
export type NsoDocumentKind = 'ordine' | 'risposta';

/**
 * The NSO variants of an order (the fourth part of `cac:OrderDocumentReference/cbc:ID`): the
 * initial order has none; a revoca is «Cancelled», a sostituzione «Revised», a collegato
 * «Connected».
 */
export type NsoVariant = 'iniziale' | 'sostitutivo' | 'revoca' | 'collegato';

export const variantLabels: Record<NsoVariant, string> = {
  iniziale: 'Ordine iniziale',
  sostitutivo: 'Ordine sostitutivo',
  revoca: 'Ordine di revoca',
  collegato: 'Ordine collegato',
};

export const variantReferenceType: Record<Exclude<NsoVariant, 'iniziale'>, string> = {
  sostitutivo: 'Revised',
  revoca: 'Cancelled',
  collegato: 'Connected',
};

export type NsoDocumentStatus =
  'da-trasmettere' | 'trasmesso' | 'consegnato' | 'scartato' | 'ricevuto';

export const nsoStatusLabels: Record<NsoDocumentStatus, string> = {
  'da-trasmettere': 'In attesa di trasmissione a NSO',
  trasmesso: 'Trasmesso a NSO',
  consegnato: 'Consegnato',
  scartato: 'Scartato da NSO',
  ricevuto: 'Ricevuto da NSO',
};

export const nsoActionLabels: Record<string, string> = {
  produced: 'Documento NSO prodotto',
  transmitted: 'Documento accettato da NSO per la consegna',
  delivered: 'Notifica di consegna NSO',
  discarded: 'Notifica di scarto NSO',
  received: 'Documento ricevuto da NSO',
};

export interface NsoDocument {
  id: string;
  orderId: string;
  agencyId: string;
  kind: NsoDocumentKind;
  variant: NsoVariant | null;
  /** The order's identification on NSO, the «tripletta» ID#IssueDate#EndpointID. */
  nsoId: string;
  status: NsoDocumentStatus;
  attempts: number;
  errors: NsoError[] | null;
  createdAt: string;
}

export interface NsoError {
  codice: string;
  messaggio: string;
}

/**
 * The document's lifecycle on NSO: NSO accepts it (or discards it at once), then notifies its
 * delivery to the recipient or its discard. NSO's notifications arrive at least once: a late or
 * repeated one changes nothing (system steps).
 */
export const nsoDocumentLifecycle = defineLifecycle({
  entity: 'nso-document',
  title: 'Documento NSO',
  states: nsoStatusLabels,
  initial: ['da-trasmettere', 'ricevuto'],
  actions: nsoActionLabels,
  describe: (document: Pick<NsoDocument, 'nsoId' | 'status'>) =>
    `il documento NSO ${document.nsoId} è «${nsoStatusLabels[document.status]}»`,
  steps: {
    transmitted: { from: ['da-trasmettere'], to: 'trasmesso', by: 'NSO', system: true },
    delivered: {
      from: ['da-trasmettere', 'trasmesso'],
      to: 'consegnato',
      by: 'NSO',
      system: true,
      emits: orderingEvents.orderNsoDelivered.type,
    },
    discarded: {
      from: ['da-trasmettere', 'trasmesso'],
      to: 'scartato',
      by: 'NSO',
      system: true,
      emits: orderingEvents.orderNsoDiscarded.type,
    },
  },
});

/** Where a document starts: ours wait for their transmission, NSO's arrive received. */
export const initialStatus = {
  outgoing: 'da-trasmettere',
  incoming: 'ricevuto',
} as const satisfies Record<string, NsoDocumentStatus>;

/** The supplier's answer (UNCL 1225 subset of Peppol BIS 3 Order Response). */
export type OrderResponseCode = 'AP' | 'RE' | 'CA';

export const orderResponseLabels: Record<OrderResponseCode, string> = {
  AP: 'Accettato',
  RE: 'Rifiutato',
  CA: 'Accettato con modifiche',
};

export const nsoRefusals = refusals({
  NSO_NOT_CONFIGURED: { status: 409, title: 'Ordine elettronico NSO non configurato' },
  NSO_OFFICE_CODE: { status: 400, title: 'Dati non validi' },
  NSO_DATA_INVALID: { status: 422, title: 'Dati dell’ordine non validi per NSO' },
  NSO_NOT_ANSWERABLE: { status: 409, title: 'Risposta all’ordine non disponibile' },
  NSO_REASON_REQUIRED: { status: 400, title: 'Motivo mancante' },
});

/** Codice Univoco Ufficio (IPA): six letters or digits, as NSO_010 checks the buyer's endpoint. */
export function checkOfficeCode(code: string): string {
  const trimmed = code.trim();
  if (/^[A-Za-z0-9]{6}$/.test(trimmed)) return trimmed.toUpperCase();
  throw refuse(
    nsoRefusals.NSO_OFFICE_CODE,
    `Il Codice Univoco Ufficio «${trimmed}» non è valido: sono sei lettere o cifre, come ` +
      'pubblicato sull’Indice dei domicili digitali della PA (IPA).',
  );
}

/** The order's NSO identification: ID#IssueDate#buyer EndpointID, to be quoted on the invoice. */
export const tripletta = (id: string, issueDate: string, buyerEndpoint: string) =>
  `${id}#${issueDate}#${buyerEndpoint}`;

/** The buyer's office code, the tripletta's third part ('' before the order left). */
export const officeCodeOf = (tripletta: string | null) => tripletta?.split('#')[2] ?? '';

/** The order's ID on NSO: its code; «#» separates the tripletta's parts, so it never appears. */
export const nsoOrderId = (orderCode: string) => orderCode.replaceAll('#', '-');

/**
 * What must hold before an order leaves for NSO: the buyer's office code, the supplier's partita
 * IVA (check digit) and the CIG with its check characters. AgID's rules stopped checking a CIG's
 * check characters in 2023 (left to NSO): ours does, with ANAC's algorithm, so a wrong CIG never
 * leaves.
 */
export function checkOrderForNso(input: {
  officeCode: string;
  supplierVat: string;
  cig: string | null;
}): NsoError[] {
  const errors: NsoError[] = [];
  if (!/^[A-Za-z0-9]{6}$/.test(input.officeCode))
    errors.push({
      codice: 'NSO_010',
      messaggio: `Il Codice IPA dell’ufficio «${input.officeCode}» non è valido.`,
    });
  const vat = checkOrganisationCode(input.supplierVat.replace(/^IT/i, ''));
  if (!vat.valid)
    errors.push({
      codice: 'NSO_030',
      messaggio: `La partita IVA del fornitore «${input.supplierVat}» non è valida: ${vat.reason}`,
    });
  const cig = checkCig(input.cig ?? '');
  if (!cig.valid)
    errors.push({
      codice: 'CIG',
      messaggio: `Il CIG dell’ordine «${input.cig ?? ''}» non è valido: ${cig.reason}`,
    });
  return errors;
}

export function checkOrderValidForNso(errors: NsoError[]): void {
  if (!errors.length) return;
  throw refuse(
    nsoRefusals.NSO_DATA_INVALID,
    `L’ordine non può essere trasmesso a NSO: ${errors.map((error) => error.messaggio).join(' ')}`,
    { errors },
  );
}

/**
 * The supplier answers an order NSO delivered, once: «accettato» any time; «rifiutato» or
 * «accettato con modifiche» (which open the dispute path) with a reason.
 */
export function checkOrderResponse(
  order: { status: string; supplierResponse: string | null },
  delivered: boolean,
  code: OrderResponseCode,
  reason: string | undefined,
): void {
  if (order.status !== 'approvato' || !delivered)
    throw refuse(
      nsoRefusals.NSO_NOT_ANSWERABLE,
      'Si risponde a un ordinativo approvato che NSO ha consegnato al fornitore.',
    );
  if (order.supplierResponse && order.supplierResponse !== 'in-attesa')
    throw refuse(nsoRefusals.NSO_NOT_ANSWERABLE, 'L’ordinativo ha già la risposta del fornitore.');
  if (code !== 'AP' && !reason?.trim())
    throw refuse(
      nsoRefusals.NSO_REASON_REQUIRED,
      `Indica il motivo della risposta «${orderResponseLabels[code]}».`,
    );
}

/** How long to wait before the next try of a transmission: 2^n seconds, at most 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.min(attempts, 9));
}

/**
 * NSO's discard, told in Italian with what to fix: the rule's own message, and for the rules a
 * buyer most often meets, where the datum comes from.
 */
export function discardAdvice(errors: NsoError[]): string {
  const fixes: Record<string, string> = {
    NSO_010: 'correggi il Codice Univoco Ufficio in Amministrazione › Ordini elettronici (NSO)',
    NSO_030: 'la partita IVA del fornitore è quella del contratto: segnalala al soggetto banditore',
    NSO_060: 'verifica il CIG derivato dell’ordinativo',
  };
  return errors
    .map((error) => `${error.messaggio}${fixes[error.codice] ? ` (${fixes[error.codice]})` : ''}`)
    .join(' ');
}
