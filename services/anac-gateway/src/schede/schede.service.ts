import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { anacEvents } from '@app/events';
import { AppError, conflict, notFound } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import type { CigRequest } from '../cig-requests/cig-requests.service.js';
import { loadRequest } from '../cig-requests/cig-requests.service.js';
import { explain, explainRefusal, type ExplainedError } from '../pcp/anac-errors.js';
import type { pcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import type { NewScheda, SchedaCode } from './scheda.schema.js';
import { orchestratorRefusal, rollbackRefusal } from './schede.rules.js';
import { centsToEuro } from '@app/italian-codes';

export type SchedaStatus = 'bozza' | 'inviata' | 'confermata' | 'rifiutata' | 'in annullamento' | 'annullata';

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

const day = (date: string | undefined) => (date ? `${date}T00:00:00Z` : undefined);
/** Only the optional fields the RUP filled: ANAC's model refuses nulls where it declares none. */
const filled = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

/** The scheda as ANAC's data model wants it (modello-dati-schede-<code>.yaml). */
function anacFormOf(input: NewScheda, request: CigRequest, ausaCode: string): Record<string, unknown> {
  switch (input.code) {
    case 'ANN': return { cig: cigOf(request, input.cig), annullamento: { motivoAnnullamento: tipologica('motivoAnnullamento', '1') } };
    case 'SC1': return {
      // ANAC's DatiContrattoType: the AUSA codes of the contracting authorities and the CIGs the contract covers are lists.
      datiContratto: filled({
        codiceAusa: [ausaCode], cig: input.cig ? [cigOf(request, input.cig)] : request.cigs!.map((lot) => lot.cig), idPartecipante: request.data.participantId,
        dataStipula: day(input.signedOn), dataEsecutivita: day(input.enforceableFrom),
        dataDecorrenza: day(input.startDate), dataScadenza: day(input.endDate), importoCauzione: centsToEuro(input.guaranteeCents),
      }),
    };
    case 'I1': {
      if (!request.anacContractId) throw conflict("Serve prima la scheda SC1 confermata: ANAC assegna lì l'identificativo del contratto.", 'CONTRACT_NOT_SIGNED');
      return {
        idContratto: request.anacContractId,
        datiInizio: filled({
          consegnaSottoRiserva: input.deliveredWithReserve, dataEffettivoInizio: day(input.actualStartDate), dataFinePrevista: day(input.expectedEndDate),
          consegnaFrazionata: input.deliveredInParts, avvioPerFasi: input.startedInPhases, dataVerbalePrimaConsegna: day(input.firstDeliveryReportDate),
        }),
      };
    }
    case 'CO1': return {
      ...(request.anacContractId ? { idContratto: request.anacContractId } : { cig: cigOf(request) }),
      conclusione: filled({
        dataUltimazione: day(input.completionDate), importo: input.amountCents === undefined ? undefined : centsToEuro(input.amountCents),
        numeroInfortuni: input.accidents, diCuiPostumiPermanenti: input.permanentInjuries, diCuiMortali: input.fatalities,
      }),
    };
    case 'CO2': return { cig: cigOf(request, input.cig), conclusione: { dataInizio: day(input.startDate), dataUltimazione: day(input.completionDate), importo: centsToEuro(input.amountCents) } };
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
  cig: (scheda.body.anacForm.cig as string | undefined) ?? ((scheda.body.anacForm.datiContratto as { cig?: string[] } | undefined)?.cig?.[0] ?? null), idScheda: scheda.idScheda,
});

type SettleEvent = 'schedaSent' | 'schedaConfirmed' | 'schedaRejected' | 'schedaRolledBack';
interface Change { status: SchedaStatus; idScheda?: string; errors?: ExplainedError[]; anacContractId?: string; reason?: string; checkAfterMs?: number; rup?: RupIdentity }

/** A new state of the scheda, its event (if it has one), and whether the background check should look at it again. */
async function settle(dataSource: DataSource, scheda: Scheda, request: CigRequest, change: Change, event?: SettleEvent) {
  return dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE schede SET status = $2, id_scheda = COALESCE($3, id_scheda), errors = $4, sent_at = CASE WHEN $2 = 'inviata' THEN now() ELSE sent_at END,
        next_check_at = CASE WHEN $5::float8 IS NULL THEN NULL ELSE now() + make_interval(secs => $5::float8 / 1000) END, check_attempts = 0,
        rup = COALESCE($6, rup), lease_until = NULL, updated_at = now() WHERE id = $1`,
      [scheda.id, change.status, change.idScheda ?? null, change.errors ? JSON.stringify(change.errors) : null, change.checkAfterMs ?? null, change.rup ? JSON.stringify(change.rup) : null]);
    if (change.anacContractId) await manager.query('UPDATE cig_requests SET anac_contract_id = $2, updated_at = now() WHERE id = $1', [request.id, change.anacContractId]);
    const after = (await loadScheda(manager, scheda.id, request.agencyId)).scheda;
    if (!event) return after;
    const data = {
      ...eventData(after, request), ...(event === 'schedaConfirmed' ? { anacContractId: change.anacContractId ?? request.anacContractId } : {}),
      ...(change.errors ? { errors: change.errors } : {}), ...(change.reason ? { reason: change.reason } : {}),
    };
    await appendEvent(manager, { type: anacEvents[event].type, source: 'anac-gateway', subject: scheda.id, tenant: request.agencyId, data });
    return after;
  });
}

type Pcp = ReturnType<typeof pcpClient>;
const callBase = (request: CigRequest, rup: RupIdentity) => ({ cigRequestId: request.id, rup, businessFlowID: request.idAppalto! });

/**
 * "Invia scheda": crea-scheda, then conferma-scheda (asynchronous: the scheda is "inviata" until ANAC's
 * outcome arrives; the background check asks for it, "Verifica invio" asks at once).
 */
export async function sendScheda(dataSource: DataSource, pcp: Pcp, scheda: Scheda, request: CigRequest, rup: RupIdentity, checkAfterMs: number): Promise<Scheda> {
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
  return settle(dataSource, { ...scheda, idScheda }, request, { status: 'inviata', idScheda, checkAfterMs, rup }, 'schedaSent');
}

type EsitoEntry = { idScheda?: string; idContratto?: string; esito?: { codice?: string }; errori?: { codice?: string; dettaglio?: string }[] };

/**
 * The outcome of the scheda's pending operation: conferma-scheda (SC_CONF) for an "inviata" one,
 * rollback-scheda (SC_ROLLBACK) for one "in annullamento". WT or nothing yet leaves it as it is.
 */
export async function verifyScheda(dataSource: DataSource, pcp: Pcp, scheda: Scheda, request: CigRequest, rup: RupIdentity): Promise<Scheda> {
  const operation = scheda.status === 'inviata' ? 'SC_CONF' : scheda.status === 'in annullamento' ? 'SC_ROLLBACK' : undefined;
  if (!operation) return scheda;
  const answer = await pcp.call({ ...callBase(request, rup), eservice: 'ServiziComuni', operation: 'esito-operazione', method: 'GET', repeatable: true,
    query: { idAppalto: request.idAppalto!, tipoOperazione: operation, tipoRicerca: 'TUTTI_ESITI' } });
  if (answer.status !== 200) throw new AppError({ code: 'PCP_UNAVAILABLE', status: 502, title: 'Esito non disponibile', detail: `ANAC non ha restituito l'esito (${answer.status}): riprova.` });
  const latest = ((answer.body.listaEsiti as EsitoEntry[] | undefined) ?? []).filter((esito) => esito.idScheda === scheda.idScheda).at(-1);
  const outcome = latest?.esito?.codice;
  if (operation === 'SC_CONF' && outcome === 'OK') return settle(dataSource, scheda, request, { status: 'confermata', anacContractId: scheda.code === 'SC1' ? latest!.idContratto : undefined }, 'schedaConfirmed');
  if (operation === 'SC_CONF' && outcome === 'KO') return settle(dataSource, scheda, request, { status: 'rifiutata', errors: explain(latest!.errori ?? []) }, 'schedaRejected');
  if (operation === 'SC_ROLLBACK' && outcome === 'OK') return settle(dataSource, scheda, request, { status: 'annullata', reason: await rollbackReason(dataSource, scheda.id) }, 'schedaRolledBack');
  if (operation === 'SC_ROLLBACK' && outcome === 'KO') return settle(dataSource, scheda, request, { status: 'confermata', errors: explain(latest!.errori ?? []) }, 'schedaRejected');
  return scheda;
}

const rollbackReason = async (dataSource: DataSource, id: string) =>
  String((await dataSource.query('SELECT rollback_reason FROM schede WHERE id = $1', [id]))[0]?.rollback_reason ?? '1');

/**
 * "Annulla comunicazione": rollback-scheda of the last confirmed ANN, CO1 or CO2 (reason 1 or 2 of ANAC's
 * motivoAnnullamentoComunicazione). The scheda is "in annullamento" until ANAC's outcome arrives.
 */
export async function rollbackScheda(dataSource: DataSource, pcp: Pcp, scheda: Scheda, request: CigRequest, rup: RupIdentity, reason: '1' | '2', checkAfterMs: number): Promise<Scheda> {
  const refusal = rollbackRefusal(scheda, await schedeOf(dataSource.manager, request.id));
  if (refusal) throw conflict(refusal.detail, refusal.code);
  const answer = await pcp.call({ ...callBase(request, rup), eservice: 'ServiziComuni', operation: 'rollback-scheda', method: 'POST', repeatable: true,
    body: { idScheda: scheda.idScheda, motivazione: tipologica('motivoAnnullamentoComunicazione', reason) } });
  if (answer.status !== 200) {
    throw new AppError({ code: 'ROLLBACK_REFUSED', status: 409, title: 'Annullamento non accettato da ANAC', detail: explainRefusal(answer).map((error) => error.spiegazione).join(' ') });
  }
  await dataSource.query('UPDATE schede SET rollback_reason = $2 WHERE id = $1', [scheda.id, reason]);
  return settle(dataSource, scheda, request, { status: 'in annullamento', checkAfterMs, rup });
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
