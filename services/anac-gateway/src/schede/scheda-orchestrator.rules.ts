import { executionPhase, type SchedaCode } from './scheda.schema.js';

/**
 * A refusal of ANAC's orchestrator, as we foresee it: a stable code and the reason the RUP reads.
 */
export interface OrchestratorRefusal {
  code: string;
  detail: string;
}

const counts = (status: string) => status === 'inviata' || status === 'confermata';

/**
 * Whether ANAC's orchestrator would take a scheda of this code, given the request's other schede:
 * nothing after an annulment, and no annulment once the execution phase has begun. Checked when a
 * draft is made and again when it is sent, since another scheda may have gone out in between.
 */
/** After a confirmed or sent ANN nothing more goes to ANAC, whatever the scheda. */
export const appaltoAnnulled: OrchestratorRefusal = {
  code: 'APPALTO_ANNULLED',
  detail: "L'affidamento è annullato (scheda ANN): non si possono inviare altre schede.",
};

export function orchestratorRefusal(
  code: SchedaCode,
  others: { code: SchedaCode; status: string }[],
): OrchestratorRefusal | undefined {
  const sent = others.filter((other) => counts(other.status));
  if (sent.some((other) => other.code === 'ANN')) return appaltoAnnulled;
  if (code === 'ANN' && sent.some((other) => executionPhase.has(other.code))) {
    return {
      code: 'ANN_NOT_ALLOWED',
      detail:
        'La scheda ANN non è ammessa: è già stata inviata una scheda della fase di esecuzione.',
    };
  }
  return undefined;
}

/** The schede ANAC lets a platform take back (rollback-scheda, CHG-07) among the ones we send. */
export const rollbackable: ReadonlySet<SchedaCode> = new Set(['ANN', 'CO1', 'CO2']);

/**
 * Whether a confirmed scheda may be taken back: only ANN, CO1 and CO2, only the last one ANAC
 * confirmed for the request, and not while another rollback is in progress.
 */
export function rollbackRefusal(
  scheda: { id: string; code: SchedaCode; status: string },
  all: { id: string; status: string; sentAt: string | null }[],
): OrchestratorRefusal | undefined {
  if (scheda.status !== 'confermata') {
    return {
      code: 'SCHEDA_NOT_CONFIRMED',
      detail:
        `La scheda è «${scheda.status.replace('-', ' ')}»: si annulla solo una ` +
        `scheda confermata da ANAC.`,
    };
  }
  if (!rollbackable.has(scheda.code))
    return {
      code: 'ROLLBACK_NOT_ALLOWED',
      detail:
        `ANAC non ammette l'annullamento della comunicazione per la scheda ${scheda.code} ` +
        `(solo ANN, CO1 e CO2).`,
    };
  if (all.some((other) => other.status === 'in-annullamento'))
    return {
      code: 'ROLLBACK_IN_PROGRESS',
      detail: "È già in corso l'annullamento di un'altra scheda della richiesta.",
    };
  const confirmed = all
    .filter((other) => other.status === 'confermata')
    .sort((a, b) => Date.parse(a.sentAt ?? '') - Date.parse(b.sentAt ?? ''));
  if (confirmed.at(-1)?.id !== scheda.id)
    return {
      code: 'ROLLBACK_NOT_LAST',
      detail: "Si annulla solo l'ultima scheda confermata da ANAC.",
    };
  return undefined;
}
