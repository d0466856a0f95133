import express, { type Express, type RequestHandler } from 'express';
import { generateKeyPair } from 'jose';
import { appaltoOperations } from './appalto-operations.js';
import { comuniOperations } from './comuni-operations.js';
import { createFaults } from './faults.js';
import { govway, type TrackingClaims } from './govway.js';
import { checkRequest } from './npa/npa-schemas.js';
import { createPcpState, type Appalto } from './pcp-state.js';
import type { PcpStore } from './pcp-store.js';
import { createPdnd, type PdndClient } from './pdnd.js';
import { pcpError } from './problems.js';
import { schedaOperations } from './scheda-operations.js';

export type { PdndClient } from './pdnd.js';
export { openPcpStore, type PcpStore } from './pcp-store.js';
export type { Appalto } from './pcp-state.js';
export type { Fault } from './faults.js';
export {
  checkAgainst,
  checkRequest,
  checkResponse,
  checkSchedaBody,
  type SchemaCheck,
} from './npa/npa-schemas.js';
export { npaCodeList, npaCodeListNames, npaFolder } from './npa/npa-documents.js';

export interface PcpSimulatorOptions {
  /**
   * Where the simulator is reached: e-service audiences are
   * `${baseUrl}/modi/rest/<EService>/<version>`.
   */
  baseUrl: string;
  /** The `aud` PDND expects in client assertions. */
  assertionAudience: string;
  clients: PdndClient[];
  /** e-service name → the purpose a voucher must carry to call it. */
  purposes: Record<string, string>;
  /**
   * CIGs of framework agreements and conventions the PCP knows: an AD4 naming another is KO ERR98.
   */
  frameworkCigs: string[];
  confirmDelayMs?: number;
  voucherTtlSeconds?: number;
  /** The series letter of the CIGs it assigns (A–U). */
  cigSeries?: string;
  /** Where the PCP keeps its appalti and CIG counter across restarts; in memory without one. */
  store?: PcpStore<Appalto>;
}

/** A call that passed GovWay, with the answer the PCP gave (none when the reply was dropped). */
export interface ReceivedCall {
  operation: string;
  method: string;
  at: string;
  body: unknown;
  query: Record<string, unknown>;
  tracking: TrackingClaims;
  response?: { status: number; body: unknown };
}

/**
 * ANAC checks every request body against its OpenAPI first: ERR5 for what is not JSON, ERR4 for the
 * rest.
 */
const checkedBodies: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  if (!req.is('application/json'))
    return pcpError(res, 400, [
      { codice: 'ERR5', dettaglio: 'anacForm non è in un formato json valido' },
    ]);
  const check = checkRequest(`/${req.path.split('/').pop()}`, req.method, req.body);
  if (!check.valid)
    return pcpError(res, 400, [
      {
        codice: 'ERR4',
        dettaglio:
          'errore nella conversione della scheda secondo il json schema definito: ' +
          check.errors.slice(0, 5).join('; '),
      },
    ]);
  next();
};

/** What tests and benchmarks see: the calls received, every appalto held. */
function testView(received: ReceivedCall[], state: ReturnType<typeof createPcpState>) {
  const view = express.Router();
  view.get('/received', (_req, res) => void res.json(received));
  // Every appalto held, by codice appalto: a benchmark counts them to find any created twice.
  view.get(
    '/appalti',
    (_req, res) =>
      void res.json(
        [...state.appalti.values()].map(({ idAppalto, codiceAppalto, stato, cigs }) => ({
          idAppalto,
          codiceAppalto,
          stato,
          cigs: cigs.length,
        })),
      ),
  );
  view.delete('/received', (_req, res) => {
    received.length = 0;
    res.status(204).end();
  });
  return view;
}

/** Every answer of the PCP waits until what the call changed is saved, as ANAC's commit. */
function committing(state: ReturnType<typeof createPcpState>): RequestHandler {
  return (_req, res, next) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      void state.flush().then(
        () => json(body),
        // What could not be saved is not answered as done: ANAC's generic error.
        (error: unknown) => {
          res.status(500).type('application/problem+json');
          const errore = { codice: 'ERR9999', dettaglio: String(error) };
          json({
            type: 'about:blank',
            title: 'Internal Server Error',
            status: 500,
            detail: `${errore.codice}: ${errore.dettaglio}`,
            errori: [{ idTipologica: 'errori', ...errore }],
          });
        },
      );
      return res;
    };
    next();
  };
}

/** Each call to the PCP kept, with the answer it got. */
function recording(received: ReceivedCall[]): RequestHandler {
  return (req, res, next) => {
    const call: ReceivedCall = {
      operation: req.path.split('/').pop() ?? '',
      method: req.method,
      at: new Date().toISOString(),
      body: req.body,
      query: req.query,
      tracking: res.locals.tracking,
    };
    received.push(call);
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      call.response = { status: res.statusCode, body };
      return json(body);
    };
    next();
  };
}

/**
 * ANAC's side for development and tests: PDND's token endpoint, GovWay's ModI checks, and the PCP
 * operations with ANAC's own schemas and code lists. `GET /_sim/received` lists what reached the
 * PCP (after GovWay) and what it answered; `POST /_sim/faults` queues a fault for an operation's
 * next call.
 */
export async function createPcpSimulator(
  options: PcpSimulatorOptions,
): Promise<{ app: Express; received: ReceivedCall[]; setConfirmDelay(ms: number): void }> {
  const keys = await generateKeyPair('RS256');
  const pdnd = createPdnd({
    audience: options.assertionAudience,
    voucherTtlSeconds: options.voucherTtlSeconds ?? 600,
    clients: options.clients,
    keys,
    issuer: `${options.baseUrl}/pdnd`,
  });
  const faults = createFaults();
  const saved = await options.store?.load();
  const state = createPcpState(
    options.cigSeries ?? 'B',
    1,
    options.store && saved ? { saved, save: options.store.save } : undefined,
  );
  let confirmDelayMs = options.confirmDelayMs ?? 300;
  const received: ReceivedCall[] = [];

  const app = express();
  app.disable('x-powered-by');
  app.use(pdnd.router);
  app.use(faults.router);
  app.use('/_sim', testView(received, state));
  app.use(
    govway({ baseUrl: options.baseUrl, purposes: options.purposes, pdnd, maxAgeSeconds: 10 }),
  );
  app.use('/modi/rest', express.json({ limit: '5mb' }), recording(received), committing(state));
  app.use(faults.middleware);
  app.use('/modi/rest', checkedBodies);
  const operations = {
    state,
    faults,
    frameworkCigs: new Set(options.frameworkCigs),
    confirmDelayMs: () => confirmDelayMs,
  };
  app.use(
    appaltoOperations(operations),
    schedaOperations(operations),
    comuniOperations(operations),
  );
  return {
    app,
    received,
    setConfirmDelay: (ms) => {
      confirmDelayMs = ms;
    },
  };
}
