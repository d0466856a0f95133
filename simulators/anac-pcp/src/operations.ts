import express, { type Router } from 'express';
import { missingInAd4 } from './ad4-check.js';
import type { createFaults } from './faults.js';
import { executionPhase, successors, type Appalto, type EsitoOperazione, type createPcpState } from './pcp-state.js';
import { ack, pcpError } from './problems.js';

const err = (codice: string, dettaglio: string) => ({ codice, dettaglio });
const tipologica = (idTipologica: string, codice: string) => ({ idTipologica, codice });

/**
 * The PCP operations at their real paths (ComunicaAppalto, ComunicaPostPubblicazione, ServiziComuni),
 * with the real shapes: synchronous answers for crea/modifica/recupera, an ack then a recorded outcome
 * (first WT, then OK or KO after `confirmDelayMs`) for conferma-appalto and conferma-scheda.
 */
export function pcpOperations(options: { state: ReturnType<typeof createPcpState>; faults: ReturnType<typeof createFaults>; frameworkCigs: Set<string>; confirmDelayMs: () => number }): Router {
  const { state, faults } = options;
  const router = express.Router();
  router.use(express.json({ limit: '5mb' }));
  const appaltoOf = (id: unknown): Appalto | undefined => (typeof id === 'string' ? state.appalti.get(id) : undefined);
  const later = (run: () => void) => setTimeout(run, options.confirmDelayMs()).unref();
  const record = (appalto: Appalto, esito: Omit<EsitoOperazione, 'idAppalto' | 'dataControllo'>) => appalto.esiti.push({ idAppalto: appalto.idAppalto, dataControllo: new Date().toISOString(), ...esito });

  const comunica = '/modi/rest/ComunicaAppalto/:version';
  router.post(`${comunica}/crea-appalto`, (req, res) => {
    const scheda = req.body?.scheda;
    if (scheda?.codice?.codice !== 'AD4') return pcpError(res, 400, [err('ERR3', `Codice scheda non gestito: ${scheda?.codice?.codice ?? '(assente)'}`)]);
    const missing = missingInAd4(scheda);
    if (missing.length) return pcpError(res, 400, [err('ERR4', `La scheda non rispetta lo schema: mancano ${missing.join(', ')}`)]);
    const lots: string[] = scheda.body.anacForm.aggiudicazioni.map((award: { lotIdentifier: string }) => award.lotIdentifier);
    if (new Set(lots).size !== lots.length) return pcpError(res, 400, [err('ERR14', 'lotIdentifier duplicato')]);
    const codiceAppalto = scheda.body.anacForm.appalto.codiceAppalto;
    if ([...state.appalti.values()].some((appalto) => appalto.codiceAppalto === codiceAppalto && appalto.stato !== 'CANC')) return pcpError(res, 400, [err('ERR38', `codiceAppalto ${codiceAppalto} già utilizzato`)]);
    const appalto = state.create(scheda, codiceAppalto);
    res.json({ status: 200, title: 'Operazione Effettuata', detail: 'Creazione eseguita con successo', type: 'about:blank', idAppalto: appalto.idAppalto });
  });

  router.post(`${comunica}/modifica-appalto`, (req, res) => {
    const appalto = appaltoOf(req.body?.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    if (appalto.stato !== 'IN_LAV') return pcpError(res, 400, [err('ERR16', "Stato dell'appalto non valido per l'operazione")]);
    const missing = missingInAd4(req.body.scheda);
    if (missing.length) return pcpError(res, 400, [err('ERR4', `La scheda non rispetta lo schema: mancano ${missing.join(', ')}`)]);
    appalto.scheda = req.body.scheda;
    res.json({ status: 200, title: 'Operazione Effettuata', detail: 'Modifica eseguita con successo', type: 'about:blank', idAppalto: appalto.idAppalto });
  });

  router.post(`${comunica}/conferma-appalto`, (req, res) => {
    const appalto = appaltoOf(req.body?.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    if (appalto.stato !== 'IN_LAV') return pcpError(res, 400, [err('ERR16', "Stato dell'appalto non valido per l'operazione")]);
    if (appalto.esiti.some((esito) => esito.tipoOperazione === 'AP_CONF' && esito.esito === 'WT')) return pcpError(res, 400, [err('ERR18', 'Conferma già in corso')]);
    const waiting: EsitoOperazione = { idAppalto: appalto.idAppalto, tipoOperazione: 'AP_CONF', esito: 'WT', dettaglio: 'AP_IN_CONF', dataControllo: new Date().toISOString(), errori: [] };
    appalto.esiti.push(waiting);
    const injected = faults.takeKo('conferma-appalto');
    later(() => {
      appalto.esiti.splice(appalto.esiti.indexOf(waiting), 1);
      const parent = appalto.scheda.body.anacForm.appalto.cig;
      const errori = injected ?? (options.frameworkCigs.has(parent) ? [] : [err('ERR98', `errore durante la validazione del CIG negli accordi quadro: CIG Accordo Quadro ${parent} non valido`)]);
      if (errori.length) return record(appalto, { tipoOperazione: 'AP_CONF', esito: 'KO', dettaglio: 'AP_N_CONF', errori });
      appalto.cigs = appalto.scheda.body.anacForm.aggiudicazioni.map((award) => ({ cig: state.nextCig(), lotIdentifier: award.lotIdentifier }));
      appalto.stato = 'CONF';
      record(appalto, { tipoOperazione: 'AP_CONF', esito: 'OK', dettaglio: 'AP_CONF', errori: [] });
    });
    res.json(ack);
  });

  router.get(`${comunica}/recupera-cig`, (req, res) => {
    const appalto = appaltoOf(req.query.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    if (appalto.stato !== 'CONF') return pcpError(res, 400, [err('ERR16', "L'appalto non è confermato: i CIG non sono ancora assegnati")]);
    const perPage = Math.min(Number(req.query.perPage ?? 20), 20);
    const page = Math.max(Number(req.query.page ?? 1), 1);
    const result = appalto.cigs.slice((page - 1) * perPage, page * perPage);
    res.json({ status: 200, title: 'OK', type: 'about:blank', totRows: appalto.cigs.length, totPages: Math.max(1, Math.ceil(appalto.cigs.length / perPage)), currentPage: page, elementPage: result.length, result });
  });

  const post = '/modi/rest/ComunicaPostPubblicazione/:version';
  router.post(`${post}/crea-scheda`, (req, res) => {
    const appalto = appaltoOf(req.body?.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    const codice = req.body?.scheda?.codice?.codice as string | undefined;
    if (!codice || !(codice in successors)) return pcpError(res, 400, [err('ERR3', `Codice scheda non gestito: ${codice ?? '(assente)'}`)]);
    const refusal = orchestratorRefusal(appalto, codice);
    if (refusal) return pcpError(res, 400, [refusal]);
    if (codice === 'ANN' && req.body.scheda.body?.anacForm?.annullamento?.motivoAnnullamento?.codice !== '1') return pcpError(res, 400, [err('ERR4', 'ANN: motivoAnnullamento deve essere 1 (Errata comunicazione)')]);
    const idScheda = crypto.randomUUID();
    appalto.schede.push({ idScheda, codice, stato: 'IN_LAV', body: req.body.scheda.body });
    res.json({ status: 200, title: 'Operazione Effettuata', detail: 'Creazione eseguita con successo', type: 'about:blank', idScheda });
  });

  router.post(`${post}/cancella-scheda`, (req, res) => {
    const appalto = appaltoOf(req.body?.idAppalto);
    const scheda = appalto?.schede.find((candidate) => candidate.idScheda === req.body?.idScheda);
    if (!appalto || !scheda) return pcpError(res, 404, [err('ERR20', 'idScheda non trovato')], 'Not Found');
    if (scheda.stato !== 'IN_LAV') return pcpError(res, 400, [err('ERR58', 'Solo una scheda in lavorazione può essere cancellata')]);
    scheda.stato = 'CANC';
    res.json({ status: 200, title: 'Operazione Effettuata', detail: 'Cancellazione eseguita con successo', type: 'about:blank' });
  });

  router.post(`${post}/conferma-scheda`, (req, res) => {
    const appalto = appaltoOf(req.body?.idAppalto);
    const scheda = appalto?.schede.find((candidate) => candidate.idScheda === req.body?.idScheda);
    if (!appalto || !scheda) return pcpError(res, 404, [err('ERR20', 'idScheda non trovato')], 'Not Found');
    if (scheda.stato !== 'IN_LAV') return pcpError(res, 400, [err('ERR59', 'La scheda non è in lavorazione')]);
    const waiting: EsitoOperazione = { idAppalto: appalto.idAppalto, idScheda: scheda.idScheda, codiceScheda: scheda.codice, tipoOperazione: 'SC_CONF', esito: 'WT', dettaglio: 'SC_IN_CONF', dataControllo: new Date().toISOString(), errori: [] };
    appalto.esiti.push(waiting);
    const injected = faults.takeKo('conferma-scheda');
    later(() => {
      appalto.esiti.splice(appalto.esiti.indexOf(waiting), 1);
      const refusal = orchestratorRefusal(appalto, scheda.codice);
      const errori = injected ?? (refusal ? [refusal] : []);
      const base = { idScheda: scheda.idScheda, codiceScheda: scheda.codice, tipoOperazione: 'SC_CONF' as const };
      if (errori.length) return record(appalto, { ...base, esito: 'KO', dettaglio: 'SC_N_CONF', errori });
      scheda.stato = 'CONF';
      if (scheda.codice === 'SC1') appalto.idContratto = crypto.randomUUID();
      record(appalto, { ...base, esito: 'OK', dettaglio: 'SC_CONF', errori: [], ...(appalto.idContratto ? { idContratto: appalto.idContratto } : {}) });
    });
    res.json(ack);
  });

  router.get('/modi/rest/ServiziComuni/:version/esito-operazione', (req, res) => {
    const appalto = appaltoOf(req.query.idAppalto);
    if (!appalto) return pcpError(res, 404, [err('ERR19', 'idAppalto non trovato')], 'Not Found');
    const { tipoOperazione, tipoRicerca } = req.query;
    if (!tipoOperazione || !['ULTIMO_ESITO', 'TUTTI_ESITI'].includes(String(tipoRicerca))) return pcpError(res, 400, [err('ERR4', 'tipoOperazione e tipoRicerca (ULTIMO_ESITO | TUTTI_ESITI) sono obbligatori')]);
    const matching = appalto.esiti.filter((esito) => esito.tipoOperazione === tipoOperazione);
    const chosen = tipoRicerca === 'ULTIMO_ESITO' ? matching.slice(-1) : matching;
    res.json({
      status: 200, title: 'OK', type: 'about:blank',
      listaEsiti: chosen.map((esito) => ({
        idAppalto: esito.idAppalto, ...(esito.idScheda ? { idScheda: esito.idScheda, codiceScheda: tipologica('codiceScheda', esito.codiceScheda!) } : {}),
        ...(esito.idContratto ? { idContratto: esito.idContratto } : {}),
        esito: tipologica('esito', esito.esito), tipoOperazione: tipologica('tipoOperazione', esito.tipoOperazione), dettaglio: tipologica('esitoOperazione', esito.dettaglio),
        dataControllo: esito.dataControllo, errori: esito.errori.map((error) => ({ idTipologica: 'errori', ...error })),
      })),
    });
  });
  return router;
}

/** ERR2 when a scheda does not follow the last confirmed one, or ANN comes after the execution phase began. */
function orchestratorRefusal(appalto: Appalto, codice: string) {
  const confirmed = appalto.schede.filter((scheda) => scheda.stato === 'CONF').map((scheda) => scheda.codice);
  const last = confirmed.at(-1) ?? appalto.scheda.codice.codice;
  if (appalto.stato !== 'CONF') return err('ERR16', "L'appalto non è confermato");
  if (confirmed.includes('ANN')) return err('ERR2', "scheda non ammessa in questa fase dell'appalto: l'affidamento è annullato (ANN)");
  if (codice === 'ANN' && confirmed.some((done) => executionPhase.has(done))) return err('ERR2', "scheda non ammessa in questa fase dell'appalto: ANN non è ammessa dopo una scheda della fase di esecuzione");
  if (!(successors[last] ?? []).includes(codice)) return err('ERR2', `scheda non ammessa in questa fase dell'appalto: ${codice} non può seguire ${last}`);
  return undefined;
}
