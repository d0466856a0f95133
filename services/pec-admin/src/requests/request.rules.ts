import { z } from 'zod';
import { defineLifecycle } from '@app/platform/lifecycle';

/** Every operation of the Order's panel (seed 004) is a request with its own life. */
export const requestKinds = {
  'nuova-casella': 'Richiesta nuova casella',
  'modifica-titolare': 'Modifica dati del titolare',
  'reset-password': 'Reset password',
  cancellazione: 'Cancellazione',
  'trasferimento-ingresso': 'Trasferimento in ingresso',
  'trasferimento-uscita': 'Trasferimento in uscita',
  'segnalazione-anomalia': 'Segnalazione anomalia',
} as const;
export type RequestKind = keyof typeof requestKinds;

export const requestStates = {
  richiesta: 'Richiesta',
  inviata: 'Inviata al gestore',
  eseguita: 'Eseguita',
  rifiutata: 'Rifiutata',
} as const;
export type RequestState = keyof typeof requestStates;
/** The states the worker takes requests up from: to send them, to follow their case. */
export type OpenRequestState = Extract<RequestState, 'richiesta' | 'inviata'>;

/**
 * A request's life in the ledger: queued (richiesta), carried to the provider by the worker, which
 * either answers at once (eseguita, rifiutata) or opens a case at its back office (inviata) that
 * the worker follows until it closes. Every step is the worker's, on the provider's answer.
 */
export const requestLifecycle = defineLifecycle({
  entity: 'pec.request',
  title: 'Richiesta al gestore PEC',
  states: requestStates,
  initial: ['richiesta'],
  actions: {
    sent: 'Pratica aperta presso il gestore',
    executed: 'Eseguita dal gestore',
    refused: 'Rifiutata dal gestore',
  },
  describe: (request: { status: RequestState }) => requestStates[request.status],
  steps: {
    sent: { from: ['richiesta'], to: 'inviata', by: 'gestore PEC', system: true },
    executed: {
      from: ['richiesta', 'inviata'],
      to: 'eseguita',
      by: 'gestore PEC',
      system: true,
      audit: 'eseguita',
    },
    refused: {
      from: ['richiesta', 'inviata'],
      to: 'rifiutata',
      by: 'gestore PEC',
      system: true,
      audit: 'rifiutata',
    },
  },
});

export const requestQuery = z.object({
  stato: z.enum(Object.keys(requestStates) as [RequestState, ...RequestState[]]).optional(),
  tipo: z.enum(Object.keys(requestKinds) as [RequestKind, ...RequestKind[]]).optional(),
  memberId: z.uuid().optional(),
  mailboxId: z.uuid().optional(),
});

/** A call of the provider's partner interface. */
export interface ProviderCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
}

const box = (address: unknown) => `/partner/v1/caselle/${encodeURIComponent(String(address))}`;

/** What each request asks of the provider; the payload was written when the Order asked. */
export function providerCall(kind: RequestKind, payload: Record<string, unknown>): ProviderCall {
  switch (kind) {
    case 'nuova-casella':
      return { method: 'POST', path: '/partner/v1/caselle', body: payload };
    case 'modifica-titolare':
      return {
        method: 'PATCH',
        path: box(payload.indirizzo),
        // Written by the Order's request, checked then against the change's schema.
        body: payload.modifiche as Record<string, unknown>,
      };
    case 'reset-password':
      return { method: 'POST', path: `${box(payload.indirizzo)}/reset-password` };
    case 'cancellazione':
      return { method: 'DELETE', path: box(payload.indirizzo) };
    case 'trasferimento-ingresso':
      return {
        method: 'POST',
        path: '/partner/v1/trasferimenti',
        body: { direzione: 'ingresso', ...payload },
      };
    case 'trasferimento-uscita':
      return {
        method: 'POST',
        path: '/partner/v1/trasferimenti',
        body: { direzione: 'uscita', ...payload },
      };
    case 'segnalazione-anomalia':
      return { method: 'POST', path: '/partner/v1/segnalazioni', body: payload };
  }
}

/** A box as the provider's partner API describes it (in a creation's answer, in a transfer's). */
export const providerBox = z.looseObject({
  indirizzo: z.string().optional(),
  stato: z.string().optional(),
  creataIl: z.string().nullish(),
  attivataIl: z.string().nullish(),
});

/** The messages of a case as the provider keeps them (none when the answer has no thread). */
export const caseThread = (body: Record<string, unknown>): unknown[] | undefined =>
  Array.isArray(body.messaggi) ? (body.messaggi as unknown[]) : undefined;

/** The provider's answer as the ledger reads it. */
export type ProviderAnswer =
  | { kind: 'done'; status: number; body: Record<string, unknown> }
  | { kind: 'refused'; status: number; reason: string }
  | { kind: 'unreachable'; error: string };

/**
 * 2xx done; 401, 408, 429 and 5xx are the provider's trouble (tried again); any other 4xx is a
 * refusal with its reason.
 */
export function answerOf(status: number, body: Record<string, unknown>): ProviderAnswer {
  if (status >= 200 && status < 300) return { kind: 'done', status, body };
  if (status === 401)
    return {
      kind: 'unreachable',
      error: "il gestore non riconosce le credenziali del pannello dell'Ordine",
    };
  if (status === 408 || status === 429 || status >= 500)
    return { kind: 'unreachable', error: `il gestore ha risposto ${status}` };
  return {
    kind: 'refused',
    status,
    reason:
      typeof body.motivo === 'string' && body.motivo
        ? body.motivo
        : `Richiesta rifiutata dal gestore (${status}).`,
  };
}

/** The wait before attempt `attempts + 1`: the configured steps, the last one repeating. */
export const retryDelay = (attempts: number, delays: number[]) =>
  delays[Math.min(Math.max(attempts - 1, 0), delays.length - 1)] ?? 60_000;

/** Why a request still waits, in the words the Order reads beside it. */
export const waitingReason = (error: string, next: Date) =>
  `In attesa: ${error}. Nuovo tentativo alle ` +
  `${next.toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome' })}.`;

/** A case of the provider's back office as the ledger reads it: still open, done, or refused. */
export function caseOutcome(found: {
  stato?: string;
  esito?: string | null;
  motivo?: string | null;
}): { step?: 'executed' | 'refused'; outcome?: string; reason?: string } {
  if (found.stato === 'eseguita')
    return {
      step: 'executed',
      outcome: found.esito ?? 'eseguita',
      reason: found.motivo ?? undefined,
    };
  if (found.stato === 'respinta')
    return {
      step: 'refused',
      outcome: found.esito ?? 'respinta',
      reason: found.motivo ?? 'Pratica respinta dal gestore.',
    };
  return {};
}

/** A ledger row as people read it: its kind and state in words beside the codes. */
export const labelled = <T extends { kind: string; state: string }>(row: T) => ({
  ...row,
  kindLabel: requestKinds[row.kind as RequestKind] ?? row.kind,
  stateLabel: requestStates[row.state as RequestState] ?? row.state,
});
