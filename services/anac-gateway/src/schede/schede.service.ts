import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { anacEvents } from '@app/contracts';
import { AppError, conflict, notFound } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import type { CigRequest } from '../cig-requests/cig-requests.service.js';
import { loadRequest } from '../cig-requests/cig-requests.service.js';
import { explain, explainRefusal, type ExplainedError } from '../pcp/anac-errors.js';
import type { pcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import type { NewScheda, SchedaCode } from './scheda.schema.js';
import { orchestratorRefusal } from './schede.rules.js';
import { centsToEuro } from '@app/platform/codes';

export type SchedaStatus = 'bozza' | 'inviata' | 'confermata' | 'rifiutata';

export interface Scheda {
  id: string; cigRequestId: string; code: SchedaCode; status: SchedaStatus; body: { anacForm: Record<string, unknown> }; idScheda: string | null;
  errors: ExplainedError[] | null; sentAt: string | null; createdAt: string; updatedAt: string;
}

const columns = `id, cig_request_id AS "cigRequestId", code, status, body, id_scheda AS "idScheda", errors, sent_at AS "sentAt", created_at AS "createdAt", updated_at AS "updatedAt"`;
const tipologica = (idTipologica: string, codice: string) => ({ idTipologica, codice });

export async function schedeOf(manager: EntityManager, cigRequestId: string): Promise<Scheda[]> {
  return manager.query(`SELECT ${columns} FROM schede WHERE cig_request_id = $1 ORDER BY created_at`, [cigRequestId]);
}

/** A scheda of one of the caller's agency's requests; anyone else gets 404. */
export async function loadScheda(manager: EntityManager, id: string, agencyId: string | undefined, lock = false): Promise<{ scheda: Scheda; request: CigRequest }> {
  const [scheda] = await manager.query(`SELECT ${columns} FROM schede WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!scheda) throw notFound('Scheda');
  const request = await loadRequest(manager, scheda.cigRequestId, agencyId).catch(() => { throw notFound('Scheda'); });
  return { scheda, request };
}

const cigOf = (request: CigRequest, chosen?: string) => {
  const cigs = request.cigs?.map((lot) => lot.cig) ?? [];
  if (chosen && !cigs.includes(chosen)) throw new AppError({ code: 'VALIDATION_FAILED', status: 400, title: 'Dati non validi', detail: `Il CIG ${chosen} non è tra quelli della richiesta (${cigs.join(', ')}).` });
  return chosen ?? cigs[0]!;
};

/** The scheda as ANAC's data model wants it. */
function anacFormOf(input: NewScheda, request: CigRequest, ausaCode: string): Record<string, unknown> {
  switch (input.code) {
    case 'ANN': return { cig: cigOf(request, input.cig), annullamento: { motivoAnnullamento: tipologica('motivoAnnullamento', '1') } };
    case 'SC1': return { datiContratto: { cig: cigOf(request, input.cig), codiceAusa: ausaCode, idPartecipante: request.data.participantId, dataDecorrenza: `${input.startDate}T00:00:00Z`, dataScadenza: `${input.endDate}T00:00:00Z`, importoCauzione: centsToEuro(input.guaranteeCents) } };
    case 'I1': {
      if (!request.anacContractId) throw conflict("Serve prima la scheda SC1 confermata: ANAC assegna lì l'identificativo del contratto.", 'CONTRACT_NOT_SIGNED');
      return { idContratto: request.anacContractId, datiInizio: { consegnaSottoRiserva: input.deliveredWithReserve, dataEffettivoInizio: `${input.actualStartDate}T00:00:00Z`, dataFinePrevista: `${input.expectedEndDate}T00:00:00Z` } };
    }
    case 'CO1': return { ...(request.anacContractId ? { idContratto: request.anacContractId } : { cig: cigOf(request) }), conclusione: { dataUltimazione: `${input.completionDate}T00:00:00Z` } };
    case 'CO2': return { cig: cigOf(request, input.cig), conclusione: { dataInizio: `${input.startDate}T00:00:00Z`, dataUltimazione: `${input.completionDate}T00:00:00Z`, importo: centsToEuro(input.amountCents) } };
  }
}

async function refuseIfOrchestratorWould(manager: EntityManager, code: SchedaCode, cigRequestId: string, except?: string): Promise<void> {
  const others = (await schedeOf(manager, cigRequestId)).filter((other) => other.id !== except);
  const refusal = orchestratorRefusal(code, others);
  if (refusal) throw conflict(refusal.detail, refusal.code);
}

/**
 * A new scheda in draft. The orchestrator's rules are checked here before ANAC checks them again:
 * nothing after an annulment, and no annulment once the execution phase has begun.
 */
export async function createScheda(manager: EntityManager, request: CigRequest, input: NewScheda, author: string, ausaCode: string): Promise<Scheda> {
  if (request.status !== 'cig acquisiti') throw conflict('Le schede si inviano dopo aver acquisito i CIG.', 'CIG_NOT_ACQUIRED');
  await refuseIfOrchestratorWould(manager, input.code, request.id);
  const id = randomUUID();
  await manager.query('INSERT INTO schede (id, cig_request_id, code, status, body, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
    [id, request.id, input.code, 'bozza', JSON.stringify({ anacForm: anacFormOf(input, request, ausaCode) }), author]);
  return (await loadScheda(manager, id, request.agencyId)).scheda;
}

const eventData = (scheda: Scheda, request: CigRequest) => ({
  schedaId: scheda.id, cigRequestId: request.id, agencyId: request.agencyId, code: scheda.code,
  cig: (scheda.body.anacForm.cig as string | undefined) ?? ((scheda.body.anacForm.datiContratto as { cig?: string } | undefined)?.cig ?? null), idScheda: scheda.idScheda,
});

async function settle(dataSource: DataSource, scheda: Scheda, request: CigRequest, change: { status: SchedaStatus; idScheda?: string; errors?: ExplainedError[]; anacContractId?: string }, event: 'schedaSent' | 'schedaConfirmed' | 'schedaRejected') {
  return dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE schede SET status = $2, id_scheda = COALESCE($3, id_scheda), errors = $4, sent_at = CASE WHEN $2 = 'inviata' THEN now() ELSE sent_at END, updated_at = now() WHERE id = $1`,
      [scheda.id, change.status, change.idScheda ?? null, change.errors ? JSON.stringify(change.errors) : null]);
    if (change.anacContractId) await manager.query('UPDATE cig_requests SET anac_contract_id = $2, updated_at = now() WHERE id = $1', [request.id, change.anacContractId]);
    const after = (await loadScheda(manager, scheda.id, request.agencyId)).scheda;
    const data = { ...eventData(after, request), ...(event === 'schedaConfirmed' ? { anacContractId: change.anacContractId ?? request.anacContractId } : {}), ...(change.errors ? { errors: change.errors } : {}) };
    await appendEvent(manager, { type: anacEvents[event].type, source: 'anac-gateway', subject: scheda.id, tenant: request.agencyId, data });
    return after;
  });
}

type Pcp = ReturnType<typeof pcpClient>;
const callBase = (request: CigRequest, rup: RupIdentity) => ({ cigRequestId: request.id, rup, businessFlowID: request.idAppalto! });

/** "Invia scheda": crea-scheda, then conferma-scheda (asynchronous: the scheda is "inviata" until verified). */
export async function sendScheda(dataSource: DataSource, pcp: Pcp, scheda: Scheda, request: CigRequest, rup: RupIdentity): Promise<Scheda> {
  if (scheda.status !== 'bozza') throw conflict(`La scheda è «${scheda.status}»: si invia solo una bozza.`, 'SCHEDA_NOT_DRAFT');
  // A draft made before another scheda went out may no longer be admitted: no doomed call reaches ANAC.
  await refuseIfOrchestratorWould(dataSource.manager, scheda.code, request.id, scheda.id);
  let idScheda = scheda.idScheda;
  if (!idScheda) {
    const created = await pcp.call({ ...callBase(request, rup), eservice: 'ComunicaPostPubblicazione', operation: 'crea-scheda', method: 'POST', repeatable: false,
      body: { idAppalto: request.idAppalto, scheda: { codice: tipologica('codiceScheda', scheda.code), versione: '1.0', body: scheda.body } } });
    if (created.status !== 200) return settle(dataSource, scheda, request, { status: 'rifiutata', errors: explainRefusal(created) }, 'schedaRejected');
    idScheda = String(created.body.idScheda);
    await dataSource.query('UPDATE schede SET id_scheda = $2, updated_at = now() WHERE id = $1', [scheda.id, idScheda]);
  }
  const confirmed = await pcp.call({ ...callBase(request, rup), eservice: 'ComunicaPostPubblicazione', operation: 'conferma-scheda', method: 'POST', repeatable: true, body: { idScheda, idAppalto: request.idAppalto } });
  if (confirmed.status !== 200) return settle(dataSource, { ...scheda, idScheda }, request, { status: 'rifiutata', idScheda, errors: explainRefusal(confirmed) }, 'schedaRejected');
  return settle(dataSource, { ...scheda, idScheda }, request, { status: 'inviata', idScheda }, 'schedaSent');
}

/** "Verifica invio": the last SC_CONF outcome for this scheda; WT or none leaves it "inviata" (in corso). */
export async function verifyScheda(dataSource: DataSource, pcp: Pcp, scheda: Scheda, request: CigRequest, rup: RupIdentity): Promise<Scheda> {
  if (scheda.status !== 'inviata') return scheda;
  const answer = await pcp.call({ ...callBase(request, rup), eservice: 'ServiziComuni', operation: 'esito-operazione', method: 'GET', repeatable: true,
    query: { idAppalto: request.idAppalto!, tipoOperazione: 'SC_CONF', tipoRicerca: 'TUTTI_ESITI' } });
  if (answer.status !== 200) throw new AppError({ code: 'PCP_UNAVAILABLE', status: 502, title: 'Esito non disponibile', detail: `ANAC non ha restituito l'esito (${answer.status}): riprova.` });
  const esiti = (answer.body.listaEsiti as { idScheda?: string; idContratto?: string; esito?: { codice?: string }; errori?: { codice?: string; dettaglio?: string }[] }[] | undefined) ?? [];
  const latest = esiti.filter((esito) => esito.idScheda === scheda.idScheda).at(-1);
  if (latest?.esito?.codice === 'OK') return settle(dataSource, scheda, request, { status: 'confermata', anacContractId: scheda.code === 'SC1' ? latest.idContratto : undefined }, 'schedaConfirmed');
  if (latest?.esito?.codice === 'KO') return settle(dataSource, scheda, request, { status: 'rifiutata', errors: explain(latest.errori ?? []) }, 'schedaRejected');
  return scheda;
}

/** A draft (or a refused scheda) is deleted; one ANAC already holds in lavorazione is cancelled there too. */
export async function deleteScheda(dataSource: DataSource, pcp: Pcp | undefined, scheda: Scheda, request: CigRequest, rup: RupIdentity | undefined): Promise<void> {
  if (scheda.status !== 'bozza' && scheda.status !== 'rifiutata') throw conflict('Si elimina solo una scheda in bozza o rifiutata.', 'SCHEDA_NOT_DRAFT');
  if (scheda.idScheda && pcp && rup) {
    const answer = await pcp.call({ ...callBase(request, rup), eservice: 'ComunicaPostPubblicazione', operation: 'cancella-scheda', method: 'POST', repeatable: true, body: { idScheda: scheda.idScheda, idAppalto: request.idAppalto } });
    if (answer.status !== 200 && answer.status !== 404) throw new AppError({ code: 'SCHEDA_NOT_CANCELLED', status: 409, title: 'Scheda non cancellata', detail: explainRefusal(answer).map((error) => error.spiegazione).join(' ') });
  }
  await dataSource.query('DELETE FROM schede WHERE id = $1', [scheda.id]);
}
