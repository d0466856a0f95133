import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppError } from '@app/platform/errors';
import { recordExternalCall } from '@app/platform/telemetry';
import type { Config } from '../config.js';
import type { PdndCredentials } from '../pdnd/pdnd-credentials.js';
import { trackingEvidence, type RupIdentity } from '../pdnd/tracking-evidence.js';
import type { voucherClient } from '../pdnd/voucher-client.js';
import { insertTransmission } from './transmissions.store.js';

export type EService = keyof Config['PCP_ESERVICES'];

export interface PcpCall {
  /**
   * The request the call belongs to, for its Log trasmissioni; none for the platform's own reads
   * (code lists).
   */
  cigRequestId?: string;
  eservice: EService;
  operation: string;
  method: 'GET' | 'POST';
  body?: unknown;
  query?: Record<string, string>;
  rup: RupIdentity;
  businessFlowID: string;
  /**
   * Whether a call that may have reached ANAC can be sent again (not so for crea-*: it would create
   * twice).
   */
  repeatable: boolean;
}

export interface PcpAnswer {
  status: number;
  body: Record<string, unknown>;
}

const transient = (status: number) => status === 429 || status >= 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type PcpDeps = {
  config: Config;
  credentials: PdndCredentials;
  vouchers: ReturnType<typeof voucherClient>;
  dataSource: DataSource;
  logger: Logger;
  baseDelayMs?: number;
};

interface Attempt {
  answer?: PcpAnswer;
  retryAfterMs?: number;
  failure?: unknown;
}

/** Retry-After in seconds or as an HTTP date. */
const retryAfterMs = (header: string | null) => {
  if (!header) return undefined;
  return /^\d+$/.test(header)
    ? Number(header) * 1000
    : Math.max(0, Date.parse(header) - Date.now());
};

/** Exponential backoff with jitter, never sooner than ANAC asked, never more than a minute. */
const retryWaitMs = (baseDelay: number, attempt: number, asked: number | undefined) => {
  const backoff = baseDelay * 2 ** (attempt - 1);
  return Math.min(60_000, Math.max(asked ?? 0, backoff / 2 + (Math.random() * backoff) / 2));
};

/** One request: a fresh tracking JWS, the voucher for its purpose, a timeout. */
async function send(deps: PcpDeps, call: PcpCall, url: URL) {
  const { config } = deps;
  const service = config.PCP_ESERVICES[call.eservice];
  const tracking = await trackingEvidence(deps.credentials, {
    audience: service.audience ?? service.url,
    rup: call.rup,
    businessFlowID: call.businessFlowID,
    traceID: randomUUID(),
    purposeId: service.purposeId,
    platform: {
      codicePiattaforma: config.REG_CODICE_PIATTAFORMA,
      codiceComponente: config.REG_CODICE_COMPONENTE,
    },
  });
  const voucher = await deps.vouchers.forAudit(service.purposeId, tracking);
  return fetch(url, {
    method: call.method,
    signal: AbortSignal.timeout(config.PCP_TIMEOUT_MS),
    headers: {
      authorization: `Bearer ${voucher}`,
      'agid-jwt-trackingevidence': tracking,
      accept: 'application/json',
      ...(call.body ? { 'content-type': 'application/json' } : {}),
    },
    ...(call.body ? { body: JSON.stringify(call.body) } : {}),
  });
}

/** One attempt, measured and written to the transmission log whatever happened. */
async function attempt(deps: PcpDeps, call: PcpCall, number: number): Promise<Attempt> {
  const service = deps.config.PCP_ESERVICES[call.eservice];
  const url = new URL(`${service.url}/${call.operation}`);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  const started = new Date();
  let answer: PcpAnswer | undefined;
  let failure: unknown;
  let retryAfter: string | null = null;
  try {
    const response = await send(deps, call, url);
    retryAfter = response.headers.get('retry-after');
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    answer = { status: response.status, body };
  } catch (error) {
    failure = error;
  }
  recordExternalCall('anac-pcp', call.operation, answer?.status);
  if (call.cigRequestId) {
    const logged = { ...call, cigRequestId: call.cigRequestId };
    await logTransmission(
      deps.dataSource,
      logged,
      url.toString(),
      number,
      started,
      answer,
      failure,
    );
  }
  return { answer, failure, retryAfterMs: retryAfterMs(retryAfter) };
}

const pcpUnavailable = (call: PcpCall, attempts: number, last: Attempt, timeoutMs: number) =>
  new AppError({
    code: 'PCP_UNAVAILABLE',
    status: 502,
    title: 'Piattaforma ANAC non disponibile',
    detail: last.answer
      ? `La Piattaforma Contratti Pubblici ha risposto ${last.answer.status} a ${call.operation} ` +
        `per ${attempts} volte: riprova più tardi.`
      : `La Piattaforma Contratti Pubblici non ha risposto a ${call.operation} ` +
        `entro ${timeoutMs / 1000} s.`,
    cause: last.failure,
  });

/**
 * Calls to ANAC's PCP through PDND: a voucher per e-service purpose, a fresh tracking JWS per
 * attempt, a timeout on every attempt, retries with exponential backoff and jitter on 429
 * (honouring Retry-After) and 5xx, and a row in the transmission log for every attempt.
 */
export function pcpClient(deps: PcpDeps) {
  const { config } = deps;
  const baseDelay = deps.baseDelayMs ?? 500;
  return {
    async call(call: PcpCall): Promise<PcpAnswer> {
      for (let number = 1; ; number++) {
        const last = await attempt(deps, call, number);
        if (last.answer && !transient(last.answer.status)) return last.answer;
        // A timeout may hide a call that reached ANAC: only repeatable operations are sent again
        // then.
        const mayRepeat = last.answer ? true : call.repeatable;
        if (number >= config.PCP_MAX_ATTEMPTS || !mayRepeat) {
          throw pcpUnavailable(call, number, last, config.PCP_TIMEOUT_MS);
        }
        const wait = retryWaitMs(baseDelay, number, last.retryAfterMs);
        const status = last.answer?.status;
        deps.logger.warn(
          { operation: call.operation, attempt: number, waitMs: Math.round(wait), status },
          'PCP call will be retried',
        );
        await sleep(wait);
      }
    },
  };
}

const secretKeys = /token|assertion|password|secret/i;
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        secretKeys.test(key) ? '***' : withoutSecrets(item),
      ]),
    );
  return value;
}

/**
 * One row of "Log trasmissioni": what was sent and answered, how long it took, ANAC's outcome and
 * errors.
 */
async function logTransmission(
  dataSource: DataSource,
  call: PcpCall & { cigRequestId: string },
  url: string,
  attempt: number,
  started: Date,
  answer: PcpAnswer | undefined,
  failure: unknown,
): Promise<void> {
  const body = answer?.body ?? {};
  const esiti = Array.isArray(body.listaEsiti)
    ? (body.listaEsiti as { esito?: { codice?: string }; errori?: unknown[] }[])
    : [];
  const outcome =
    esiti[0]?.esito?.codice ??
    (answer ? (answer.status < 300 ? 'OK' : 'ERRORE') : 'NESSUNA RISPOSTA');
  const errors = (body.errori as unknown[] | undefined) ?? esiti[0]?.errori ?? null;
  await insertTransmission(dataSource, {
    cigRequestId: call.cigRequestId,
    operation: call.operation,
    method: call.method,
    url,
    attempt,
    startedAt: started,
    durationMs: Date.now() - started.getTime(),
    httpStatus: answer?.status ?? null,
    outcome,
    errors: errors && (errors as unknown[]).length ? errors : null,
    requestBody: call.body ? withoutSecrets(call.body) : null,
    responseBody: answer ? withoutSecrets(answer.body) : null,
    failure: failure ? String((failure as Error).message ?? failure) : null,
  });
}
export type PcpClient = ReturnType<typeof pcpClient>;
