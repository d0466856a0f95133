import express, { type RequestHandler, type Router } from 'express';
import type { Faults } from './faults.js';
import type { Appalto, EsitoOperazione, PcpState } from './pcp-state.js';
import { ack, paged, pcpError } from './problems.js';
import { schedaFaults } from './scheda-checks.js';
import { defined } from '@app/platform/errors';

const err = (codice: string, dettaglio: string) => ({ codice, dettaglio });
const done = (detail: string) => ({
  status: 200,
  title: 'Operazione Effettuata',
  detail,
  type: 'about:blank',
});

/** An appalto as ricerca-appalto lists it (ANAC's AppaltoType: the appalto and its lots). */
function appaltoView(appalto: Appalto) {
  return {
    idAppalto: appalto.idAppalto,
    codiceAppalto: appalto.codiceAppalto,
    oggetto: appalto.scheda.body.anacForm.appalto.datiBase.oggetto,
    dataCreazione: appalto.createdAt,
    stato: { idTipologica: 'statoAppalto', codice: appalto.stato },
    lotti: appalto.scheda.body.anacForm.aggiudicazioni.map((award) => ({
      lotIdentifier: award.lotIdentifier,
      oggetto: award.datiBase.oggetto,
      oggettoContratto: award.datiBase.oggettoContratto,
      // ANAC's LottoType gives the amount as text.
      importo: String(
        award.partecipanti.reduce((sum, participant) => sum + participant.importo, 0),
      ),
      stato: { idTipologica: 'statoLotto', codice: appalto.stato === 'CONF' ? 'CONF' : 'IN_LAV' },
      ...(appalto.cigs.find((lot) => lot.lotIdentifier === award.lotIdentifier)
        ? {
            cig: defined(appalto.cigs.find((lot) => lot.lotIdentifier === award.lotIdentifier)).cig,
          }
        : {}),
    })),
  };
}

export interface OperationsOptions {
  state: PcpState;
  faults: Faults;
  frameworkCigs: Set<string>;
  confirmDelayMs: () => number;
}

/** ANAC's outcome arrives a while after the request: `run` then, never holding the process open. */
export const afterConfirmDelay = (options: OperationsOptions, run: () => void) =>
  void setTimeout(() => {
    run();
    void options.state.flush().catch(() => undefined);
  }, options.confirmDelayMs()).unref();

export const appaltoOf = (state: PcpState, id: unknown): Appalto | undefined =>
  typeof id === 'string' ? state.appalti.get(id) : undefined;
export const recordEsito = (
  appalto: Appalto,
  esito: Omit<EsitoOperazione, 'idAppalto' | 'dataControllo'>,
) =>
  appalto.esiti.push({
    idAppalto: appalto.idAppalto,
    dataControllo: new Date().toISOString(),
    ...esito,
  });

/**
 * ComunicaAppalto: crea, modifica, conferma (ack, then WT, then OK or KO), recupera-cig, ricerca
 * and consulta.
 */
export function appaltoOperations(options: OperationsOptions): Router {
  const router = express.Router();
  const base = '/modi/rest/ComunicaAppalto/:version';
  router.post(`${base}/crea-appalto`, creaAppalto(options));
  router.post(`${base}/modifica-appalto`, modificaAppalto(options));
  router.post(`${base}/conferma-appalto`, confermaAppalto(options));
  router.get(`${base}/recupera-cig`, recuperaCig(options));

  // An appalto found by the platform's own codice appalto: how a platform recovers an answer it
  // lost.
  router.get(`${base}/ricerca-appalto`, ricercaAppalto(options));
  router.get(`${base}/consulta-appalto`, consultaAppalto(options));
  return router;
}

function creaAppalto(options: OperationsOptions): RequestHandler {
  const { state, faults } = options;
  return (req, res) => {
    const scheda = req.body.scheda;
    if (scheda?.codice?.codice !== 'AD4')
      return pcpError(res, 400, [
        err('ERR3', `codice scheda errato: ${scheda?.codice?.codice ?? '(assente)'} non è gestito`),
      ]);
    const faulty = schedaFaults(scheda);
    if (faulty.length) return pcpError(res, 400, faulty);
    const lots: string[] = scheda.body.anacForm.aggiudicazioni.map(
      (award: { lotIdentifier: string }) => award.lotIdentifier,
    );
    if (new Set(lots).size !== lots.length)
      return pcpError(res, 400, [err('ERR14', "lotIdentifier duplicato nell'elenco dei lotti")]);
    const codiceAppalto = scheda.body.anacForm.appalto.codiceAppalto;
    if (state.byCode(codiceAppalto).length)
      return pcpError(res, 400, [err('ERR38', `codiceAppalto già presente: ${codiceAppalto}`)]);
    const appalto = state.create(scheda, codiceAppalto);
    faults.reply(req, res, {
      ...done('Creazione eseguita con successo'),
      idAppalto: appalto.idAppalto,
    });
  };
}

function modificaAppalto(options: OperationsOptions): RequestHandler {
  const { state } = options;
  return (req, res) => {
    const appalto = appaltoOf(state, req.body.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    if (appalto.stato !== 'IN_LAV')
      return pcpError(res, 400, [
        err('ERR16', "operazione non consentita per lo stato dell'appalto"),
      ]);
    const faulty = schedaFaults(req.body.scheda);
    if (faulty.length) return pcpError(res, 400, faulty);
    appalto.scheda = req.body.scheda;
    res.json({ ...done('Modifica eseguita con successo'), idAppalto: appalto.idAppalto });
  };
}

/** ERR98 when the appalto's framework agreement is not one ANAC knows. */
function frameworkErrors(appalto: Appalto, frameworkCigs: Set<string>) {
  const parent = appalto.scheda.body.anacForm.appalto.cig;
  if (frameworkCigs.has(parent)) return [];
  return [
    err(
      'ERR98',
      `errore durante la validazione del CIG negli accordi quadro: CIG Accordo ` +
        `Quadro ${parent} non valido`,
    ),
  ];
}

function confermaAppalto(options: OperationsOptions): RequestHandler {
  const { state, faults } = options;
  return (req, res) => {
    const appalto = appaltoOf(state, req.body.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    if (appalto.stato !== 'IN_LAV')
      return pcpError(res, 400, [
        err('ERR16', "operazione non consentita per lo stato dell'appalto"),
      ]);
    if (appalto.esiti.some((esito) => esito.tipoOperazione === 'AP_CONF' && esito.esito === 'WT'))
      return pcpError(res, 400, [
        err('ERR18', 'operazione non consentita: è in corso una richiesta di conferma appalto'),
      ]);
    const waiting: EsitoOperazione = {
      idAppalto: appalto.idAppalto,
      tipoOperazione: 'AP_CONF',
      esito: 'WT',
      dettaglio: 'AP_IN_CONF',
      dataControllo: new Date().toISOString(),
      errori: [],
    };
    appalto.esiti.push(waiting);
    const injected = faults.takeKo('conferma-appalto');
    afterConfirmDelay(options, () => {
      appalto.esiti.splice(appalto.esiti.indexOf(waiting), 1);
      const errori = injected ?? frameworkErrors(appalto, options.frameworkCigs);
      if (errori.length)
        return recordEsito(appalto, {
          tipoOperazione: 'AP_CONF',
          esito: 'KO',
          dettaglio: 'AP_N_CONF',
          errori,
        });
      appalto.cigs = appalto.scheda.body.anacForm.aggiudicazioni.map((award) => ({
        cig: state.nextCig(),
        lotIdentifier: award.lotIdentifier,
      }));
      appalto.stato = 'CONF';
      recordEsito(appalto, {
        tipoOperazione: 'AP_CONF',
        esito: 'OK',
        dettaglio: 'AP_CONF',
        errori: [],
      });
    });
    faults.reply(req, res, ack);
  };
}

function recuperaCig(options: OperationsOptions): RequestHandler {
  const { state } = options;
  return (req, res) => {
    const appalto = appaltoOf(state, req.query.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    if (appalto.stato !== 'CONF')
      return pcpError(res, 400, [
        err(
          'ERR16',
          "operazione non consentita per lo stato dell'appalto: i CIG non sono ancora assegnati",
        ),
      ]);
    res.json({ ...done('Ricerca eseguita'), ...paged(appalto.cigs, req.query, 20) });
  };
}

function ricercaAppalto(options: OperationsOptions): RequestHandler {
  const { state } = options;
  return (req, res) => {
    if (!req.query.codiceAppalto && !req.query.cig)
      return pcpError(res, 400, [err('ERR4', 'valorizzare almeno un parametro di ricerca')]);
    const found = [...state.appalti.values()].filter(
      (appalto) =>
        (!req.query.codiceAppalto || appalto.codiceAppalto === req.query.codiceAppalto) &&
        (!req.query.cig || appalto.cigs.some((lot) => lot.cig === req.query.cig)),
    );
    res.json({ ...done('Ricerca eseguita'), ...paged(found.map(appaltoView), req.query) });
  };
}

function consultaAppalto(options: OperationsOptions): RequestHandler {
  const { state } = options;
  return (req, res) => {
    const appalto = appaltoOf(state, req.query.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    res.json({
      ...done('Consultazione eseguita'),
      appalto: { idAppalto: appalto.idAppalto, scheda: appalto.scheda },
    });
  };
}
