import { refusals } from '@app/platform/errors';

/**
 * The channels a message goes out on; each has its layout, and a message may have its own words for
 * one.
 */
export const channels = ['inbox', 'email', 'pec'] as const;
export type Channel = (typeof channels)[number];

export const templateRefusals = refusals({
  TEMPLATE_UNKNOWN: { status: 404, title: 'Modello di messaggio inesistente' },
});

/** A template file holds the title, a line `---`, then the body. */
export function splitTemplate(source: string): { title: string; body: string } {
  const at = source.indexOf('\n---\n');
  if (at < 0) throw new Error('Modello senza la riga --- tra oggetto e testo');
  return { title: source.slice(0, at).trim(), body: source.slice(at + 5).trim() };
}

const contract = {
  contractId: '5b1c7c52-3b0e-4f7a-9d55-0c1d2e3f4a5b',
  contractTitle: 'Sistema Cloud Toscana',
  contractCig: '7154112FF8',
};
const adhesion = {
  ...contract,
  adhesionId: '0f0e0d0c-0b0a-4909-8807-060504030201',
  code: 'A000007/2026',
  amountCents: 150_000_00,
  round: 0,
  roundTitle: 'Round 0 — Manifestazione di interesse',
  nextRound: 1,
  reason: 'Manca la firma digitale del legale rappresentante.',
};
const order = {
  ...contract,
  orderId: '1a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d',
  code: 'O000003/2026',
  agencyName: 'Comune di Prato',
  cig: 'B000001279',
  totalCents: 12_500_00,
  reason: 'Le quantità superano il fabbisogno dichiarato.',
  supplierDeadline: '2026-12-12T23:59:59+01:00',
};
const anacError = {
  codice: 'ERR63',
  dettaglio: 'importo',
  spiegazione: "L'importo dei lotti supera quello dell'appalto.",
};
const anac = {
  cigRequestId: '2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8d',
  cigs: [{ cig: 'B000001279' }],
  errors: [anacError],
  code: 'ANN',
  cig: 'B000001279',
};

const pecBox = {
  requestId: '3c4d5e6f-7081-4b2c-9d3e-4f5a6b7c8d9e',
  orderAgencyId: '4d5e6f70-8192-4c3d-8e4f-5a6b7c8d9e0f',
  mailboxId: '5e6f7081-92a3-4d4e-9f50-6b7c8d9e0f1a',
  address: 'sara.verdi@ingpec.eu',
  holder: {
    memberId: '6f708192-a3b4-4e5f-8061-7c8d9e0f1a2b',
    name: 'Sara Verdi',
    referenceEmail: 'sara.verdi@example.org',
  },
  fields: ['telefono'],
  toOrderName: 'Ordine degli Ingegneri della Provincia di Firenze',
};
const pecAnomaly = {
  requestId: pecBox.requestId,
  address: 'luigi.bianchi@ingpec.eu',
  outcomeLabel: 'casella spostata',
  reason: "Casella spostata nel pannello dell'Ordine di Pisa.",
};

/** What each template is shown with in the administrators' preview: an event as it could arrive. */
export const previewData: Record<string, Record<string, unknown>> = {
  'adesione-inviata': adhesion,
  'adesione-da-valutare': adhesion,
  'adesione-round-approvato': adhesion,
  'adesione-approvata': adhesion,
  'adesione-round-non-approvato': adhesion,
  'ordinativo-inviato': order,
  'ordinativo-da-approvare': order,
  'ordinativo-approvato': order,
  'ordinativo-approvato-fornitore': order,
  'ordinativo-rifiutato': order,
  'ordinativo-contestato': { ...order, supplier: { name: 'Servizi Integrati S.p.A.' } },
  'ordine-nso-scartato': {
    ...order,
    advice: 'NSO_010 – Il Codice IPA indicato nell’elemento non è valido.',
  },
  'risposta-ordine-nso': {
    ...order,
    supplier: { name: 'Servizi Integrati S.p.A.' },
    responseLabel: 'Accettato con modifiche',
    reason: 'Consegna in due lotti.',
    nsoId: 'O000003/2026#2026-12-07#UFG999',
  },
  'cig-acquisito': anac,
  'appalto-rifiutato': anac,
  'scheda-confermata': anac,
  'scheda-rifiutata': anac,
  'massimale-soglia': {
    title: contract.contractTitle,
    cig: contract.contractCig,
    thresholdPercent: 80,
    usedCents: 4_000_000_00,
    ceilingCents: 5_000_000_00,
  },
  'revisione-prezzi': {
    title: contract.contractTitle,
    cig: contract.contractCig,
    effectiveFrom: '2023-04-01',
    revisionText: 'è stata applicata a ciascuna voce del listino un incremento del 4,9%',
    note: 'Decreto n. 6687 del 04/04/2023, modificato con decreto n. 8220 del 26/4/2023.',
  },
  'registrazione-approvata': { agencyName: 'Comune di Prato' },
  'registrazione-rifiutata': {
    agencyName: 'Comune di Prato',
    reason: 'La delibera di adesione non è firmata.',
  },
  'webhook-disattivato': { url: 'https://contabilita.comune.prato.example/eventi' },
  ...Object.fromEntries(
    [
      'pec-casella-richiesta',
      'pec-casella-attivata',
      'pec-titolare-aggiornato',
      'pec-password-reimpostata',
      'pec-casella-cancellata',
      'pec-casella-trasferita',
      'pec-titolare-casella-attivata',
      'pec-titolare-dati-aggiornati',
      'pec-titolare-password-reimpostata',
      'pec-titolare-casella-cancellata',
      'pec-titolare-casella-trasferita',
    ].map((key) => [key, pecBox]),
  ),
  'pec-anomalia-segnalata': pecAnomaly,
  'pec-anomalia-risolta': pecAnomaly,
  'comunicazione-ricevuta': {
    kindLabel: 'Chiarimento',
    fromAgencyName: 'Comune di Prato',
    subject: 'Tempi di attivazione del servizio',
    contractTitle: contract.contractTitle,
    authorName: 'Luca Ferri',
    excerpt: "Quanti giorni servono per attivare il servizio dopo l'approvazione dell'ordinativo?",
  },
};
