import express, { type Express } from 'express';
import { generateKeyPair } from 'jose';
import { createFaults } from './faults.js';
import { govway, type TrackingClaims } from './govway.js';
import { pcpOperations } from './operations.js';
import { createPcpState } from './pcp-state.js';
import { createPdnd, type PdndClient } from './pdnd.js';

export type { PdndClient } from './pdnd.js';
export type { Fault } from './faults.js';

export interface PcpSimulatorOptions {
  /** Where the simulator is reached: e-service audiences are `${baseUrl}/modi/rest/<EService>/<version>`. */
  baseUrl: string;
  /** The `aud` PDND expects in client assertions. */
  assertionAudience: string;
  clients: PdndClient[];
  /** e-service name → the purpose a voucher must carry to call it. */
  purposes: Record<string, string>;
  /** CIGs of framework agreements and conventions the PCP knows: an AD4 naming another is KO ERR98. */
  frameworkCigs: string[];
  confirmDelayMs?: number;
  voucherTtlSeconds?: number;
  /** The series letter of the CIGs it assigns (A–U). */
  cigSeries?: string;
}

export interface ReceivedCall { operation: string; method: string; at: string; body: unknown; query: Record<string, unknown>; tracking: TrackingClaims }

/**
 * ANAC's side for development and tests: PDND's token endpoint, GovWay's ModI checks, and the PCP
 * operations. `GET /_sim/received` lists what reached the PCP (after GovWay); `POST /_sim/faults`
 * queues a fault for an operation's next call.
 */
export async function createPcpSimulator(options: PcpSimulatorOptions): Promise<{ app: Express; received: ReceivedCall[]; setConfirmDelay(ms: number): void }> {
  const keys = await generateKeyPair('RS256');
  const pdnd = createPdnd({ audience: options.assertionAudience, voucherTtlSeconds: options.voucherTtlSeconds ?? 600, clients: options.clients, keys, issuer: `${options.baseUrl}/pdnd` });
  const faults = createFaults();
  const state = createPcpState(options.cigSeries ?? 'B');
  let confirmDelayMs = options.confirmDelayMs ?? 300;
  const received: ReceivedCall[] = [];

  const app = express();
  app.disable('x-powered-by');
  app.use(pdnd.router);
  app.use(faults.router);
  app.get('/_sim/received', (_req, res) => void res.json(received));
  app.delete('/_sim/received', (_req, res) => {
    received.length = 0;
    res.status(204).end();
  });
  app.use(govway({ baseUrl: options.baseUrl, purposes: options.purposes, pdnd, maxAgeSeconds: 10 }));
  app.use('/modi/rest', express.json({ limit: '5mb' }), (req, res, next) => {
    received.push({ operation: req.path.split('/').pop() ?? '', method: req.method, at: new Date().toISOString(), body: req.body, query: req.query, tracking: res.locals.tracking });
    next();
  });
  app.use(faults.middleware);
  app.use(pcpOperations({ state, faults, frameworkCigs: new Set(options.frameworkCigs), confirmDelayMs: () => confirmDelayMs }));
  return { app, received, setConfirmDelay: (ms) => { confirmDelayMs = ms; } };
}
