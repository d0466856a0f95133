import express, { type RequestHandler, type Router } from 'express';
import {
  afterConfirmDelay,
  appaltoOf,
  recordEsito,
  type OperationsOptions,
} from './appalto-operations.js';
import { npaCodeList, npaCodeListNames } from './npa/npa-documents.js';
import type { EsitoOperazione } from './pcp-state.js';
import { ack, paged, pcpError } from './problems.js';
import { rollbackRefusal } from './scheda-operations.js';

const err = (codice: string, dettaglio: string) => ({ codice, dettaglio });
const tipologica = (idTipologica: string, codice: string) => ({ idTipologica, codice });
const found = (detail: string) => ({ status: 200, title: 'OK', detail, type: 'about:blank' });

/**
 * ServiziComuni and the code lists: esito-operazione, rollback-scheda,
 * recupera-(elenco-)tipologic(h)e.
 */
export function comuniOperations(options: OperationsOptions): Router {
  const { state } = options;
  const router = express.Router();
  const base = '/modi/rest/ServiziComuni/:version';

  router.get(`${base}/esito-operazione`, (req, res) => {
    const appalto = appaltoOf(state, req.query.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    const { tipoOperazione, tipoRicerca } = req.query;
    if (!tipoOperazione || !['ULTIMO_ESITO', 'TUTTI_ESITI'].includes(String(tipoRicerca)))
      return pcpError(res, 400, [
        err('ERR4', 'tipoOperazione e tipoRicerca (ULTIMO_ESITO | TUTTI_ESITI) sono obbligatori'),
      ]);
    const matching = appalto.esiti.filter((esito) => esito.tipoOperazione === tipoOperazione);
    const chosen = tipoRicerca === 'ULTIMO_ESITO' ? matching.slice(-1) : matching;
    res.json({ ...found('Esiti'), listaEsiti: chosen.map(esitoView) });
  });

  router.post(`${base}/rollback-scheda`, rollbackScheda(options));

  router.get(`${base}/recupera-elenco-tipologiche`, (req, res) => {
    const lists = npaCodeListNames()
      .sort()
      .map((name) => ({ idTipologica: name, descrizione: name }));
    res.json({ ...found('Elenco delle tipologiche'), ...paged(lists, req.query) });
  });

  router.get(`${base}/recupera-tipologica`, (req, res) => {
    const name = String(req.query.idTipologica ?? '');
    if (!npaCodeListNames().includes(name))
      return pcpError(res, 404, [err('ERR63', `tipologica non valida: ${name}`)], 'Not Found');
    const { result, ...paging } = paged(npaCodeList(name), req.query);
    res.json({
      ...found(`Tipologica ${name}`),
      ...paging,
      tipologica: { idTipologica: name, descrizione: name, elenco: result.map(withoutNulls) },
    });
  });

  router.get(`${base}/recupera-valore-tipologica`, (req, res) => {
    const name = String(req.query.idTipologica ?? '');
    const entry = npaCodeListNames().includes(name)
      ? npaCodeList(name).find((item) => item.codice === req.query.codice)
      : undefined;
    if (!entry)
      return pcpError(
        res,
        404,
        [err('ERR63', `tipologica non valida: ${name} ${String(req.query.codice ?? '')}`)],
        'Not Found',
      );
    res.json({ ...found(`Valore di ${name}`), tipologica: withoutNulls(entry) });
  });
  return router;
}

/** The PCP withdraws a scheda after a while (SC_IN_ROLLBACK, then SC_ROLLBACK). */
function rollbackScheda(options: OperationsOptions): RequestHandler {
  const { state, faults } = options;
  return (req, res) => {
    const appalto = [...state.appalti.values()].find((candidate) =>
      candidate.schede.some((scheda) => scheda.idScheda === req.body.idScheda),
    );
    const scheda = appalto?.schede.find((candidate) => candidate.idScheda === req.body.idScheda);
    if (!appalto || !scheda)
      return pcpError(res, 404, [err('ERR20', 'idScheda non trovato')], 'Not Found');
    const refusal = rollbackRefusal(appalto, req.body.idScheda);
    if (refusal)
      return pcpError(
        res,
        refusal.status,
        [refusal.error],
        refusal.status === 404 ? 'Not Found' : 'Bad Request',
      );
    if (!['1', '2'].includes(req.body.motivazione?.codice))
      return pcpError(res, 400, [err('ERR63', 'tipologica non valida: motivazione')]);
    const waiting: EsitoOperazione = {
      idAppalto: appalto.idAppalto,
      idScheda: scheda.idScheda,
      codiceScheda: scheda.codice,
      tipoOperazione: 'SC_ROLLBACK',
      esito: 'WT',
      dettaglio: 'SC_IN_ROLLBACK',
      dataControllo: new Date().toISOString(),
      errori: [],
    };
    appalto.esiti.push(waiting);
    afterConfirmDelay(options, () => {
      appalto.esiti.splice(appalto.esiti.indexOf(waiting), 1);
      scheda.stato = 'ANN';
      scheda.rolledBack = true;
      recordEsito(appalto, {
        idScheda: scheda.idScheda,
        codiceScheda: scheda.codice,
        tipoOperazione: 'SC_ROLLBACK',
        esito: 'OK',
        dettaglio: 'SC_ROLLBACK',
        errori: [],
      });
    });
    faults.reply(req, res, ack);
  };
}

/**
 * A code list entry as the API answers it. ANAC's files write `null` for an open validity and dates
 * without a zone (`2099-12-31T00:00:00`); its OpenAPI declares RFC 3339 strings: an open bound is
 * left out, and a zone-less date is given as UTC.
 */
const withoutNulls = <T extends object>(entry: T) =>
  Object.fromEntries(
    Object.entries(entry)
      .filter(([, value]) => value !== null)
      .map(([key, value]) => [
        key,
        typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(value)
          ? `${value}Z`
          : value,
      ]),
  );

/**
 * One outcome as esito-operazione lists it: codiceScheda is the plain code, the rest tipologiche.
 */
function esitoView(esito: EsitoOperazione) {
  return {
    idAppalto: esito.idAppalto,
    ...(esito.idScheda ? { idScheda: esito.idScheda, codiceScheda: esito.codiceScheda } : {}),
    ...(esito.idContratto ? { idContratto: esito.idContratto } : {}),
    esito: tipologica('esito', esito.esito),
    tipoOperazione: tipologica('tipoOperazione', esito.tipoOperazione),
    dettaglio: tipologica('esitoOperazione', esito.dettaglio),
    dataControllo: esito.dataControllo,
    errori: esito.errori.map((error) => ({ idTipologica: 'errori', ...error })),
  };
}
