import { executionPhase, type SchedaCode } from './scheda.schema.js';

/** A refusal of ANAC's orchestrator, as we foresee it: a stable code and the reason the RUP reads. */
export interface OrchestratorRefusal { code: string; detail: string }

const counts = (status: string) => status === 'inviata' || status === 'confermata';

/**
 * Whether ANAC's orchestrator would take a scheda of this code, given the request's other schede: nothing
 * after an annulment, and no annulment once the execution phase has begun. Checked when a draft is made
 * and again when it is sent, since another scheda may have gone out in between.
 */
export function orchestratorRefusal(code: SchedaCode, others: { code: SchedaCode; status: string }[]): OrchestratorRefusal | undefined {
  const sent = others.filter((other) => counts(other.status));
  if (sent.some((other) => other.code === 'ANN')) {
    return { code: 'APPALTO_ANNULLED', detail: "L'affidamento è annullato (scheda ANN): non si possono inviare altre schede." };
  }
  if (code === 'ANN' && sent.some((other) => executionPhase.has(other.code))) {
    return { code: 'ANN_NOT_ALLOWED', detail: 'La scheda ANN non è ammessa: è già stata inviata una scheda della fase di esecuzione.' };
  }
  return undefined;
}
