import { randomUUID } from 'node:crypto';
import { pcpCig } from '@app/platform/codes';

export type Esito = 'OK' | 'KO' | 'WT';

export interface EsitoOperazione {
  idAppalto: string;
  idScheda?: string;
  codiceScheda?: string;
  idContratto?: string;
  tipoOperazione: 'AP_CONF' | 'SC_CONF';
  esito: Esito;
  dettaglio: string;
  dataControllo: string;
  errori: { codice: string; dettaglio: string }[];
}

export interface Scheda { idScheda: string; codice: string; stato: 'IN_LAV' | 'CONF' | 'CANC'; body: unknown }

export interface Appalto {
  idAppalto: string;
  codiceAppalto: string;
  stato: 'IN_LAV' | 'CONF' | 'CANC';
  scheda: { codice: { codice: string }; body: { anacForm: { appalto: { cig: string }; aggiudicazioni: { lotIdentifier: string }[] } } };
  cigs: { cig: string; lotIdentifier: string }[];
  schede: Scheda[];
  esiti: EsitoOperazione[];
  idContratto?: string;
}

/** Which scheda may follow which (ANAC's orchestrator, reference §3); ANN is final. */
export const successors: Record<string, string[]> = {
  AD4: ['SC1', 'CO1', 'S3', 'ANN', 'CM1', 'S4', 'ID'],
  SC1: ['I1', 'CO1', 'CM1', 'ID', 'S4'],
  I1: ['CO1', 'CM1', 'ID', 'S4'],
  CO1: ['CM1', 'ID'],
  CO2: ['CM1', 'ID'],
  CM1: ['SC1', 'CO1', 'ANN', 'CM1', 'ID', 'S4'],
  ID: ['SC1', 'CO1', 'ANN', 'CM1', 'ID', 'S4'],
  S3: ['SC1', 'CO1', 'CM1', 'ID'],
  S4: ['SC1', 'I1', 'CO1', 'CM1', 'ID'],
  ANN: [],
};
export const executionPhase = new Set(['SC1', 'I1', 'CO1', 'CO2', 'S3', 'S4']);

/** The PCP's memory: appalti by id, and the series that assigns CIGs. */
export function createPcpState(series = 'B', firstCounter = 1) {
  const appalti = new Map<string, Appalto>();
  let counter = firstCounter;
  return {
    appalti,
    create(scheda: Appalto['scheda'], codiceAppalto: string): Appalto {
      const appalto: Appalto = { idAppalto: randomUUID(), codiceAppalto, stato: 'IN_LAV', scheda, cigs: [], schede: [], esiti: [] };
      appalti.set(appalto.idAppalto, appalto);
      return appalto;
    },
    nextCig: () => pcpCig(series, counter++),
    /** The last scheda confirmed: the appalto's own (AD4) until a post-publication one is confirmed. */
    lastConfirmed(appalto: Appalto): string {
      return [...appalto.schede].reverse().find((scheda) => scheda.stato === 'CONF')?.codice ?? appalto.scheda.codice.codice;
    },
  };
}
