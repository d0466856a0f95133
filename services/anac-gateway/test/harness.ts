import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import {
  startTestIssuer,
  testDatabaseUrl,
  uniqueName,
  waitFor,
  type TestIssuer,
  dropSchema,
} from '@app/platform/testing';
import { createPcpSimulator, type Fault, type ReceivedCall } from '@app/sim-anac-pcp';
import { definition, loadServiceConfig } from '../src/index.js';

export const comune = '0b5f5d6e-1c1a-4b7e-9d4e-0000000000c1';
export const altroComune = '0b5f5d6e-1c1a-4b7e-9d4e-0000000000c2';
export const purposes = {
  ComunicaAppalto: 'finalita-appalto',
  ComunicaPostPubblicazione: 'finalita-schede',
  ServiziComuni: 'finalita-servizi',
};

/** A CIG request for an adhesion to Sistema Cloud Toscana (CIG 7154112FF8), two lots. */
export const cloudRequest = (parentCig = '7154112FF8') => ({
  parentCig,
  subject: 'Proroga dei servizi cloud del Comune di Prato',
  adhesionDate: '2026-11-20',
  costCentre: 'CDC-PRATO-01',
  singleProcedureReport: true,
  supplier: { fiscalCode: '12345678903', name: 'Servizi Integrati S.p.A.' },
  lots: [
    {
      lotIdentifier: 'LOT-0001',
      subject: 'Infrastruttura IaaS',
      contractObject: 'servizi',
      amountCents: 30_000_00,
      cpv: '72000000-5',
      nuts: 'ITI15',
      istat: '009100005',
      ccnl: 'H01',
      category: 'FS',
      financing: [{ type: 'A', amountCents: 30_000_00 }],
    },
    {
      lotIdentifier: 'LOT-0002',
      subject: 'Servizi di migrazione',
      contractObject: 'servizi',
      amountCents: 12_500_00,
      cpv: '72500000',
      nuts: 'ITI15',
      istat: '009100005',
      ccnl: 'H01',
      category: 'FS',
      financing: [{ type: 'A', amountCents: 12_500_00 }],
    },
  ],
});

/** The body of an answer expected with `status` (the body is shown when it is not). */
export async function expectJson(response: Response, status: number) {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return text ? JSON.parse(text) : undefined;
}

export type Who = 'rupSpid' | 'rupPassword' | 'buyerSpid' | 'rupAltroComune';

export interface Harness {
  service: RunningService;
  /** Delivers an event to the service as the broker would (commands from ordering). */
  deliver(type: string, data: unknown, id?: string): Promise<void>;
  received: ReceivedCall[];
  simulatorUrl: string;
  setConfirmDelay(ms: number): void;
  fault(operation: string, fault: Fault, times?: number): Promise<void>;
  call(
    who: Who,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  waitForStatus(id: string, status: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  restart(): Promise<void>;
  privateKeyPem: string;
  stop(): Promise<void>;
}

/** The PCP simulator on a free port, and the anac-gateway service calling it through PDND with a fresh client key. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const privateKeyPem = await exportPKCS8(privateKey);
  const keyFile = join(tmpdir(), `${uniqueName('pdnd')}.pem`);
  writeFileSync(keyFile, privateKeyPem, { mode: 0o600 });
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const simulatorUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const simulator = await createPcpSimulator({
    baseUrl: simulatorUrl,
    assertionAudience: 'pdnd-di-prova/client-assertion',
    purposes,
    frameworkCigs: ['7154112FF8', 'P0013869AC'],
    confirmDelayMs: 150,
    clients: [
      {
        clientId: 'negozio-test',
        kid: 'chiave-test-1',
        publicKeyPem: await exportSPKI(publicKey),
        purposeIds: Object.values(purposes),
      },
    ],
  });
  server.on('request', simulator.app);

  const issuer: TestIssuer = await startTestIssuer();
  const verifyToken = createTokenVerifier({
    jwksUrl: issuer.jwksUrl,
    issuer: issuer.issuer,
    audience: issuer.audience,
  });
  // A restart gets a transport of its own: the stopped instance must not keep receiving events.
  let transport = new InProcessTransport();
  const schema = uniqueName('anac');
  const config = loadServiceConfig({
    DATABASE_URL: testDatabaseUrl(),
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    PDND_TOKEN_URL: `${simulatorUrl}/token.oauth2`,
    PDND_ASSERTION_AUDIENCE: 'pdnd-di-prova/client-assertion',
    PDND_CLIENT_ID: 'negozio-test',
    PDND_KID: 'chiave-test-1',
    PDND_PRIVATE_KEY_FILE: keyFile,
    PCP_ESERVICES: JSON.stringify(
      Object.fromEntries(
        Object.entries(purposes).map(([name, purposeId]) => [
          name,
          { url: `${simulatorUrl}/modi/rest/${name}/v1`, purposeId },
        ]),
      ),
    ),
    PCP_POLL_MS: '100',
    PCP_POLL_MAX_MS: '400',
    PCP_TIMEOUT_MS: '1500',
    ...env,
  });
  const start = () =>
    startService(
      { ...definition, schema },
      { config, transport, logger: pino({ level: 'silent' }), verifyToken },
    );
  // The gateway reads ANAC's code lists from the simulator at start: requests are checked against them.
  const started = async () => {
    const running = await start();
    await waitFor(async () => (await fetch(`${running.url}/readyz`)).ok || undefined, 30_000);
    return running;
  };
  let service = await started();
  await service.deps.dataSource.query(
    `INSERT INTO agency_directory (agency_id, name, fiscal_code, ausa_code) VALUES ($1, 'Comune di Prato', '84006890481', '0000246813'), ($2, 'Comune di Firenze', '01307110484', '0000135791')`,
    [comune, altroComune],
  );
  const spidL2 = { auth_method: 'spid', acr: 'https://www.spid.gov.it/SpidL2' };
  const tokens: Record<Who, string> = {
    rupSpid: await issuer.sign({
      sub: 'p-rup',
      fiscal_number: 'CLMSRA90P55D612W',
      tenant: comune,
      roles: ['rup'],
      ...spidL2,
    }),
    rupPassword: await issuer.sign({
      sub: 'p-rup',
      fiscal_number: 'CLMSRA90P55D612W',
      tenant: comune,
      roles: ['rup'],
      auth_method: 'password',
    }),
    buyerSpid: await issuer.sign({
      sub: 'p-buyer',
      fiscal_number: 'FRRLCU68M20B354K',
      tenant: comune,
      roles: ['buyer'],
      ...spidL2,
    }),
    rupAltroComune: await issuer.sign({
      sub: 'p-rup-fi',
      fiscal_number: 'PLLGRG66S05F839C',
      tenant: altroComune,
      roles: ['rup'],
      ...spidL2,
    }),
  };
  const harness: Harness = {
    get service() {
      return service;
    },
    received: simulator.received,
    simulatorUrl,
    privateKeyPem,
    async deliver(type, data, id = crypto.randomUUID()) {
      const envelope = {
        specversion: '1.0' as const,
        id,
        source: '/services/ordering',
        type,
        time: new Date().toISOString(),
        datacontenttype: 'application/json' as const,
        tenant: comune,
        data,
      };
      await transport.publish([{ id, routingKey: type, envelope }]);
    },
    setConfirmDelay: simulator.setConfirmDelay,
    async fault(operation, fault, times = 1) {
      await fetch(`${simulatorUrl}/_sim/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operation, fault, times }),
      });
    },
    call: (who, method, path, body, headers = {}) =>
      fetch(`${service.url}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tokens[who]}`,
          ...headers,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
    async waitForStatus(id, status, timeoutMs = 10_000) {
      return waitFor(async () => {
        const request = await (
          await harness.call('rupSpid', 'GET', `/api/v1/cig-requests/${id}`)
        ).json();
        return request.status === status ? request : undefined;
      }, timeoutMs);
    },
    async restart() {
      await service.stop();
      await transport.close();
      transport = new InProcessTransport();
      service = await started();
    },
    async stop() {
      // The service first: its background jobs end before the schema goes.
      const schema = schemaOf(service.deps.dataSource);
      await service.stop();
      await dropSchema(schema);
      await transport.close();
      await issuer.close();
      server.closeAllConnections();
      server.close();
    },
  };
  return harness;
}
