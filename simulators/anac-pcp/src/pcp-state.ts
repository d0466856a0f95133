import { randomUUID } from 'node:crypto';
import { pcpCig } from '@app/italian-codes';

export type Esito = 'OK' | 'KO' | 'WT';

export interface EsitoOperazione {
  idAppalto: string;
  idScheda?: string;
  codiceScheda?: string;
  idContratto?: string;
  tipoOperazione: 'AP_CONF' | 'SC_CONF' | 'SC_ROLLBACK';
  esito: Esito;
  dettaglio: string;
  dataControllo: string;
  errori: { codice: string; dettaglio: string }[];
}

/** What the simulator reads of each lot of an AD4. */
export interface AggiudicazioneFacts {
  lotIdentifier: string;
  datiBase: { oggetto: string; oggettoContratto: { idTipologica: string; codice: string } };
  partecipanti: { importo: number }[];
}

export interface Scheda {
  idScheda: string;
  codice: string;
  stato: 'IN_LAV' | 'CONF' | 'CANC' | 'ANN';
  body: unknown;
  rolledBack?: boolean;
}

export interface Appalto {
  idAppalto: string;
  createdAt: string;
  codiceAppalto: string;
  stato: 'IN_LAV' | 'CONF' | 'CANC';
  scheda: {
    codice: { idTipologica: string; codice: string };
    versione: string;
    body: {
      anacForm: {
        appalto: { cig: string; datiBase: { oggetto: string } };
        aggiudicazioni: AggiudicazioneFacts[];
      };
    };
  };
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
/** The schede ANAC lets a platform take back with rollback-scheda (CHG-07). */
export const rollbackable = new Set(['S3', 'CO1', 'CO2', 'ANN']);

/**
 * The PCP's memory: appalti by id, and the series that assigns CIGs. With a store it starts from
 * what was saved, and `flush` saves what changed since (every answer waits for it, as ANAC's
 * commit).
 */
export function createPcpState(
  series = 'B',
  firstCounter = 1,
  store?: {
    saved: { appalti: Appalto[]; counters: Record<string, number> };
    save(appalti: Appalto[], counters: Record<string, number>): Promise<void>;
  },
) {
  const appalti = new Map<string, Appalto>(
    (store?.saved.appalti ?? []).map((appalto) => [appalto.idAppalto, appalto]),
  );
  let counter = Math.max(firstCounter, store?.saved.counters[series] ?? firstCounter);
  const savedJson = new Map([...appalti.values()].map((a) => [a.idAppalto, JSON.stringify(a)]));
  let savedCounter = counter;
  return {
    appalti,
    create(scheda: Appalto['scheda'], codiceAppalto: string): Appalto {
      const appalto: Appalto = {
        idAppalto: randomUUID(),
        createdAt: new Date().toISOString(),
        codiceAppalto,
        stato: 'IN_LAV',
        scheda,
        cigs: [],
        schede: [],
        esiti: [],
      };
      appalti.set(appalto.idAppalto, appalto);
      return appalto;
    },
    byCode: (codiceAppalto: string) =>
      [...appalti.values()].filter(
        (appalto) => appalto.codiceAppalto === codiceAppalto && appalto.stato !== 'CANC',
      ),
    nextCig: () => pcpCig(series, counter++),
    /** Saves the appalti that changed and the counter; nothing without a store. */
    async flush(): Promise<void> {
      if (!store) return;
      // Each appalto is written out once per flush: compared, and kept as saved if it changed.
      const changed = [...appalti.values()]
        .map((appalto) => ({ appalto, json: JSON.stringify(appalto) }))
        .filter(({ appalto, json }) => savedJson.get(appalto.idAppalto) !== json);
      if (!changed.length && counter === savedCounter) return;
      const counterNow = counter;
      await store.save(
        changed.map(({ appalto }) => appalto),
        { [series]: counterNow },
      );
      for (const { appalto, json } of changed) savedJson.set(appalto.idAppalto, json);
      savedCounter = counterNow;
    },
  };
}

export type PcpState = ReturnType<typeof createPcpState>;

/** The schede that count for the orchestrator: confirmed and not rolled back. */
export const confirmedSchede = (appalto: Appalto) =>
  appalto.schede.filter((scheda) => scheda.stato === 'CONF');
