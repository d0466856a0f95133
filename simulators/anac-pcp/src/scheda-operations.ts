import express, { type RequestHandler, type Router } from 'express';
import {
  afterConfirmDelay,
  appaltoOf,
  recordEsito,
  type OperationsOptions,
} from './appalto-operations.js';
import {
  confirmedSchede,
  executionPhase,
  rollbackable,
  successors,
  type Appalto,
  type EsitoOperazione,
} from './pcp-state.js';
import { ack, pcpError } from './problems.js';
import { schedaFaults } from './scheda-checks.js';

const err = (codice: string, dettaglio: string) => ({ codice, dettaglio });
const schedaOf = (appalto: Appalto | undefined, id: unknown) =>
  appalto?.schede.find((candidate) => candidate.idScheda === id);

/** ComunicaPostPubblicazione: crea, cancella and conferma scheda under the orchestrator's rules. */
export function schedaOperations(options: OperationsOptions): Router {
  const router = express.Router();
  const base = '/modi/rest/ComunicaPostPubblicazione/:version';
  router.post(`${base}/crea-scheda`, creaScheda(options));
  router.post(`${base}/cancella-scheda`, cancellaScheda(options));
  router.post(`${base}/conferma-scheda`, confermaScheda(options));
  return router;
}

function creaScheda(options: OperationsOptions): RequestHandler {
  const { state, faults } = options;
  return (req, res) => {
    const appalto = appaltoOf(state, req.body.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    const codice = req.body.scheda?.codice?.codice as string | undefined;
    if (!codice || !(codice in successors))
      return pcpError(res, 400, [
        err('ERR3', `codice scheda errato: ${codice ?? '(assente)'} non è gestito`),
      ]);
    const faulty = schedaFaults(req.body.scheda);
    if (faulty.length) return pcpError(res, 400, faulty);
    const refusal = orchestratorRefusal(appalto, codice);
    if (refusal) return pcpError(res, 400, [refusal]);
    const idScheda = crypto.randomUUID();
    appalto.schede.push({ idScheda, codice, stato: 'IN_LAV', body: req.body.scheda.body });
    faults.reply(req, res, {
      status: 200,
      title: 'Operazione Effettuata',
      detail: 'Creazione eseguita con successo',
      type: 'about:blank',
      idScheda,
    });
  };
}

function cancellaScheda(options: OperationsOptions): RequestHandler {
  const { state } = options;

  return (req, res) => {
    const appalto = appaltoOf(state, req.body.idAppalto);
    const scheda = schedaOf(appalto, req.body.idScheda);
    if (!appalto || !scheda)
      return pcpError(res, 404, [err('ERR20', 'idScheda non trovato')], 'Not Found');
    if (scheda.stato !== 'IN_LAV')
      return pcpError(res, 400, [
        err('ERR58', 'operazione non consentita per lo stato della scheda'),
      ]);
    scheda.stato = 'CANC';
    res.json({
      status: 200,
      title: 'Operazione Effettuata',
      detail: 'Cancellazione eseguita con successo',
      type: 'about:blank',
    });
  };
}

function confermaScheda(options: OperationsOptions): RequestHandler {
  const { state, faults } = options;

  return (req, res) => {
    const appalto = appaltoOf(state, req.body.idAppalto);
    const scheda = schedaOf(appalto, req.body.idScheda);
    if (!appalto || !scheda)
      return pcpError(res, 404, [err('ERR20', 'idScheda non trovato')], 'Not Found');
    if (scheda.stato !== 'IN_LAV')
      return pcpError(res, 400, [
        err('ERR58', 'operazione non consentita per lo stato della scheda'),
      ]);
    if (appalto.esiti.some((esito) => esito.idScheda === scheda.idScheda && esito.esito === 'WT'))
      return pcpError(res, 400, [
        err('ERR59', 'operazione non consentita: è in corso una richiesta di verifica scheda'),
      ]);
    const waiting: EsitoOperazione = {
      idAppalto: appalto.idAppalto,
      idScheda: scheda.idScheda,
      codiceScheda: scheda.codice,
      tipoOperazione: 'SC_CONF',
      esito: 'WT',
      dettaglio: 'SC_IN_CONF',
      dataControllo: new Date().toISOString(),
      errori: [],
    };
    appalto.esiti.push(waiting);
    const injected = faults.takeKo('conferma-scheda');
    afterConfirmDelay(options, () => {
      appalto.esiti.splice(appalto.esiti.indexOf(waiting), 1);
      const refusal = orchestratorRefusal(appalto, scheda.codice);
      const errori = injected ?? (refusal ? [refusal] : []);
      const common = {
        idScheda: scheda.idScheda,
        codiceScheda: scheda.codice,
        tipoOperazione: 'SC_CONF' as const,
      };
      if (errori.length)
        return recordEsito(appalto, { ...common, esito: 'KO', dettaglio: 'SC_N_CONF', errori });
      scheda.stato = 'CONF';
      if (scheda.codice === 'SC1') appalto.idContratto = crypto.randomUUID();
      recordEsito(appalto, {
        ...common,
        esito: 'OK',
        dettaglio: 'SC_CONF',
        errori: [],
        ...(appalto.idContratto ? { idContratto: appalto.idContratto } : {}),
      });
    });
    faults.reply(req, res, ack);
  };
}

/**
 * ERR2 when a scheda does not follow the last confirmed one, or ANN comes after the execution phase
 * began.
 */
export function orchestratorRefusal(appalto: Appalto, codice: string) {
  const confirmed = confirmedSchede(appalto).map((scheda) => scheda.codice);
  const last = confirmed.at(-1) ?? appalto.scheda.codice.codice;
  if (appalto.stato !== 'CONF')
    return err('ERR16', "operazione non consentita per lo stato dell'appalto");
  if (confirmed.includes('ANN'))
    return err(
      'ERR2',
      "scheda non ammessa in questa fase dell'appalto: l'affidamento è annullato (ANN)",
    );
  if (codice === 'ANN' && confirmed.some((done) => executionPhase.has(done)))
    return err(
      'ERR2',
      "scheda non ammessa in questa fase dell'appalto: ANN non è ammessa dopo " +
        'una scheda della fase di esecuzione',
    );
  if (!(successors[last] ?? []).includes(codice))
    return err(
      'ERR2',
      `scheda non ammessa in questa fase dell'appalto: ${codice} non può seguire ${last}`,
    );
  return undefined;
}

/**
 * rollback-scheda (CHG-07): only the last confirmed scheda, only S3, CO1, CO2 and ANN, once; the
 * outcome comes later in esito-operazione (SC_ROLLBACK), and the scheda no longer counts for the
 * orchestrator.
 */
export function rollbackRefusal(appalto: Appalto, idScheda: string) {
  const scheda = appalto.schede.find((candidate) => candidate.idScheda === idScheda);
  if (!scheda) return { status: 404, error: err('ERR20', 'idScheda non trovato') };
  if (!rollbackable.has(scheda.codice))
    return {
      status: 400,
      error: err('ERR143', 'Non è ammesso il Rollback per questa tipologia di scheda'),
    };
  if (scheda.rolledBack)
    return {
      status: 400,
      error: err('ERR148', 'Per questa scheda è stata già effettuata operazione di rollback.'),
    };
  if (appalto.esiti.some((esito) => esito.tipoOperazione === 'SC_ROLLBACK' && esito.esito === 'WT'))
    return {
      status: 400,
      error: err(
        'ERR145',
        'Operazione non consentita: è in corso una richiesta di rollback scheda.',
      ),
    };
  if (confirmedSchede(appalto).at(-1) !== scheda)
    return { status: 400, error: err('ERR150', 'La scheda non può essere rollbackata.') };
  return undefined;
}
