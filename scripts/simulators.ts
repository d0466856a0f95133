import { createPublicKey } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { readDemoIdentities } from '@app/identity';
import { createFederationSimulator } from '@app/sim-oidc-federation';
import { createSpidIdp, selfSignedCredential } from '@app/sim-spid-idp';
import { loadServiceConfig as identityConfig } from '@app/identity';
import { loadServiceConfig as anacConfig } from '@app/anac-gateway';
import { createPcpSimulator, openPcpStore, type Appalto } from '@app/sim-anac-pcp';
import { startMailSimulator, type MailSimulator } from '@app/sim-mail';
import { startPecProvider, type PanelAccount, type PecProvider } from '@app/sim-pec-provider';
import { createQualifiedCaSimulator, type QualifiedCaSimulator } from '@app/sim-qualified-ca';
import { agidValidation, createNsoSimulator } from '@app/sim-nso';
import { ensureDemoSigning } from './demo-signing.js';
import { ensurePdndKey } from './pdnd-key.js';
import { defined } from '@app/platform/errors';

const publicKeyOf = (privateKeyFile: string) =>
  createPublicKey(readFileSync(privateKeyFile, 'utf8'))
    .export({ type: 'spki', format: 'pem' })
    .toString();

interface DemoPanels {
  domain: string;
  panels: {
    ordine: string;
    name: string;
    fiscalCode: string;
    attivazione: 'immediata' | 'accettazione';
    boxes: PanelAccount['boxes'];
  }[];
  outside: { ordine: string; name: string }[];
}

export interface RunningSimulators {
  urls: {
    spidIdp: string;
    federation: string;
    anacPcp: string;
    mailbox: string;
    qualifiedCa: string;
    /** The Nodo di Smistamento degli Ordini; its supplier side at /supplier/v1/orders?endpoint=. */
    nso: string;
  };
  /** The demo authority's OCSP responder, CRL and time-stamping authority. */
  qualifiedCa: QualifiedCaSimulator;
  /** The mail provider: SMTP in, an HTTP inbox out (GET /messages?to=…). */
  mail: MailSimulator;
  /**
   * The PEC provider: SMTP submission, IMAP mailboxes with the receipts, an HTTP view (GET
   * /mailboxes/{address}/messages).
   */
  pec: PecProvider;
  /** What the services need to send mail and PEC through the simulators. */
  mailEnv: NodeJS.ProcessEnv;
  /**
   * What identity needs to trust the federation simulator: its pinned anchor, the CIE and SPID
   * providers.
   */
  federationEnv: NodeJS.ProcessEnv;
  /** What the anac-gateway needs to reach the PCP simulator (PDND token URL, e-services). */
  anacEnv: NodeJS.ProcessEnv;
  /** What ordering needs to reach NSO (its URL and the platform's token). */
  nsoEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Loopback unless told otherwise (SIMULATORS_HOST=0.0.0.0 in a container other containers call).
 */
const bindHost = () => process.env.SIMULATORS_HOST ?? '127.0.0.1';

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bindHost(), resolve);
  });

/** A server listening on the port asked (0: any free one), and its loopback URL. */
async function listening(port: number): Promise<{ server: Server; url: string }> {
  const server = createServer();
  await listen(server, port);
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const closed = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

type Identities = Awaited<ReturnType<typeof readDemoIdentities>>;

/** The SPID identity provider; it names itself by its URL, so the port is settled first. */
async function startSpidIdp(env: NodeJS.ProcessEnv, users: Identities, logger: Logger) {
  const { server, url } = await listening(Number(env.SPID_IDP_PORT ?? 8090));
  const spid = createSpidIdp({
    baseUrl: url,
    users,
    credential: await selfSignedCredential('Simulatore SPID del Negozio Elettronico'),
  });
  server.on('request', spid.app);
  logger.info({ url }, 'SPID IdP simulator started');
  return { server, url };
}

/** The SPID/CIE id OpenID Connect federation: identity's public URL is the anchor's relying party. */
async function startFederation(env: NodeJS.ProcessEnv, users: Identities, logger: Logger) {
  const identity = identityConfig(env);
  const listened = await listening(Number(env.OIDC_FEDERATION_PORT ?? 8091));
  const url = env.OIDC_FEDERATION_URL ?? listened.url;
  const federation = await createFederationSimulator({
    baseUrl: url,
    users,
    relyingParties: [identity.PUBLIC_URL.replace(/\/$/, '')],
    anchorKey: env.OIDC_FEDERATION_ANCHOR_KEY
      ? JSON.parse(env.OIDC_FEDERATION_ANCHOR_KEY)
      : undefined,
  });
  listened.server.on('request', federation.app);
  logger.info(
    {
      trustAnchor: federation.trustAnchor.entityId,
      cie: federation.cie.entityId,
      spid: federation.spid.entityId,
    },
    'SPID/CIE OpenID Connect federation simulator started',
  );
  const federationEnv = {
    OIDC_TRUST_ANCHORS: JSON.stringify([federation.pinnedAnchor]),
    CIE_PROVIDER: federation.cie.entityId,
    SPID_OIDC_PROVIDERS: `demo=${federation.spid.entityId}`,
  };
  return { server: listened.server, url, federationEnv };
}

/** The demo certification authority's trust services: what verifiers ask about its signers. */
async function startQualifiedCa(env: NodeJS.ProcessEnv, logger: Logger) {
  const { server, url } = await listening(Number(env.QUALIFIED_CA_PORT ?? 8093));
  const qualifiedCa = await createQualifiedCaSimulator({
    authority: (await ensureDemoSigning()).authority,
    baseUrl: url,
  });
  server.on('request', qualifiedCa.app);
  logger.info(
    { ocsp: qualifiedCa.urls.ocsp, crl: qualifiedCa.urls.crl, tsa: qualifiedCa.urls.tsa },
    'qualified trust service provider simulator started (OCSP, CRL, time-stamping)',
  );
  return { server, url, qualifiedCa };
}

/** ANAC's PCP behind PDND and GovWay, trusting the platform's PDND client key. */
async function startAnacPcp(env: NodeJS.ProcessEnv, logger: Logger) {
  const { server, url } = await listening(Number(env.ANAC_PCP_PORT ?? 8092));
  const anac = anacConfig({
    ...env,
    PDND_PRIVATE_KEY_FILE: env.PDND_PRIVATE_KEY_FILE ?? ensurePdndKey(),
  });
  const eservices = Object.entries(anac.PCP_ESERVICES);
  const anacEnv: NodeJS.ProcessEnv = {
    PDND_TOKEN_URL: `${url}/token.oauth2`,
    PCP_ESERVICES: JSON.stringify(
      Object.fromEntries(
        eservices.map(([name, service]) => [
          name,
          { ...service, url: `${url}/modi/rest/${name}/v1`, audience: undefined },
        ]),
      ),
    ),
  };
  const frameworkCigs = (
    JSON.parse(readFileSync(join(process.cwd(), 'demo', 'contracts.json'), 'utf8')) as {
      contract: { cig: string };
    }[]
  ).map((entry) => entry.contract.cig);
  // ANAC keeps its appalti and CIG numbering in a schema of its own beside the platform's.
  const store = env.DATABASE_URL
    ? await openPcpStore<Appalto>(
        env.DATABASE_URL,
        env.PCP_SIMULATOR_SCHEMA ??
          ['anac_pcp_simulator', env.DATABASE_SCHEMA_SUFFIX].filter(Boolean).join('_'),
      )
    : undefined;
  const pcp = await createPcpSimulator({
    store,
    baseUrl: url,
    assertionAudience: anac.PDND_ASSERTION_AUDIENCE,
    frameworkCigs,
    confirmDelayMs: 2_000,
    purposes: Object.fromEntries(eservices.map(([name, service]) => [name, service.purposeId])),
    clients: [
      {
        clientId: anac.PDND_CLIENT_ID,
        kid: anac.PDND_KID,
        publicKeyPem: publicKeyOf(defined(anac.PDND_PRIVATE_KEY_FILE)),
        purposeIds: eservices.map(([, service]) => service.purposeId),
      },
    ],
  });
  server.on('request', pcp.app);
  logger.info({ url }, 'ANAC PCP simulator started (PDND, GovWay, PCP)');
  return { server, url, anacEnv, closeStore: async () => store?.close() };
}

/**
 * The PEC provider: the platform's own mailbox there (the provider's CA is what notify trusts) and
 * each Order's panel, with credentials handed out anew at every start.
 */
async function startPec(env: NodeJS.ProcessEnv, mail: MailSimulator, logger: Logger) {
  const pecAddress = env.PEC_FROM ?? 'negozio-elettronico@pec.negozio-elettronico.example';
  const pecPassword = randomBytes(18).toString('base64url');
  const demoPanels = JSON.parse(
    readFileSync(join(process.cwd(), 'demo', 'pec-panels.json'), 'utf8'),
  ) as DemoPanels;
  const accounts = demoPanels.panels.map((panel) => ({
    ...panel,
    user: `partner-${panel.ordine.toLowerCase()}`,
    password: randomBytes(18).toString('base64url'),
  }));
  const pec = await startPecProvider({
    smtpPort: Number(env.PEC_SMTP_PORT ?? 8465),
    imapPort: Number(env.PEC_IMAP_PORT ?? 8143),
    httpPort: Number(env.PEC_HTTP_PORT ?? 8466),
    mailboxes: [{ address: pecAddress, password: pecPassword }],
    partner: {
      port: Number(env.PEC_PARTNER_PORT ?? 8467),
      domain: demoPanels.domain,
      accounts,
      outside: demoPanels.outside,
      credentialsSmtpUrl: mail.smtpUrl,
      anomalyResolveMs: Number(env.PEC_ANOMALY_RESOLVE_MS ?? 5_000),
    },
  });
  const pecCaFile = join(mkdtempSync(join(tmpdir(), 'negozio-pec-')), 'gestore-pec-ca.pem');
  writeFileSync(pecCaFile, pec.caPem);
  const mailbox = `${encodeURIComponent(pecAddress)}:${encodeURIComponent(pecPassword)}`;
  const pecEnv = {
    PEC_SMTP_URL: pec.smtpUrl(pecAddress, pecPassword),
    PEC_IMAP_URL: `imap://${mailbox}@${pec.imap.host}:${pec.imap.port}`,
    PEC_CA_FILE: pecCaFile,
    PEC_FROM: pecAddress,
    PEC_PARTNER_URL: defined(pec.partner).url,
    PEC_PARTNER_CA_FILE: pecCaFile,
    PEC_PARTNER_ACCOUNTS: JSON.stringify(
      Object.fromEntries(
        accounts.map((account) => [
          account.fiscalCode,
          { user: account.user, password: account.password, attivazione: account.attivazione },
        ]),
      ),
    ),
  };
  logger.info(
    {
      smtp: pec.smtpUrl(pecAddress, '***'),
      mailboxes: `${pec.httpUrl}/mailboxes/{indirizzo}/messages`,
      partner: pec.partner?.url,
      backOffice: `${pec.httpUrl}/_sim/partner/cases`,
    },
    'PEC provider simulator started',
  );
  return { pec, pecEnv };
}

/** NSO, with a token of its own handed to ordering at every start. */
async function startNso(env: NodeJS.ProcessEnv, logger: Logger) {
  const { server, url } = await listening(Number(env.NSO_PORT ?? 8094));
  // Compose hands the simulator and ordering one token; npm start makes a new one each time.
  const token = env.NSO_TOKEN || randomBytes(24).toString('base64url');
  // With AgID's compiled schematrons and the UBL schemas at hand, NSO validates with them too.
  const agid = env.NSO_VALIDATION_DIR ? agidValidation(env.NSO_VALIDATION_DIR) : undefined;
  if (agid && !agid.available)
    logger.warn({ missing: agid.missing }, 'NSO: AgID validation not available');
  server.on(
    'request',
    createNsoSimulator({
      clientToken: token,
      ...(agid?.available ? { validate: agid.nsoErrors } : {}),
    }),
  );
  logger.info(
    { url, supplierSide: `${url}/supplier/v1/orders?endpoint=IT…` },
    'NSO simulator started',
  );
  return { server, url, nsoEnv: { NSO_URL: url, NSO_TOKEN: token } };
}

/**
 * The external systems `npm start` needs, simulated on loopback: the SPID identity provider, the
 * SPID/CIE OpenID Connect federation (trust anchor, CIE id, a SPID provider), ANAC's PCP (with
 * PDND's token endpoint and GovWay's checks) and a mail server. The demo identities log in there
 * with the same username and password as on the password form.
 */
export async function startSimulators(
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<RunningSimulators> {
  const identities = await readDemoIdentities(join(process.cwd(), 'demo', 'identities.json'));
  const spid = await startSpidIdp(env, identities, logger);
  const federation = await startFederation(env, identities, logger);
  const ca = await startQualifiedCa(env, logger);
  const anac = await startAnacPcp(env, logger);
  const nso = await startNso(env, logger);
  const mail = await startMailSimulator({
    host: bindHost(),
    smtpPort: Number(env.MAIL_SMTP_PORT ?? 8025),
    httpPort: Number(env.MAIL_HTTP_PORT ?? 8026),
  });
  logger.info({ smtp: mail.smtpUrl, inbox: `${mail.httpUrl}/messages` }, 'mail simulator started');
  const { pec, pecEnv } = await startPec(env, mail, logger);
  return {
    urls: {
      spidIdp: spid.url,
      federation: federation.url,
      anacPcp: anac.url,
      mailbox: `${mail.httpUrl}/messages`,
      qualifiedCa: ca.url,
      nso: nso.url,
    },
    qualifiedCa: ca.qualifiedCa,
    federationEnv: federation.federationEnv,
    anacEnv: anac.anacEnv,
    nsoEnv: nso.nsoEnv,
    mail,
    pec,
    mailEnv: { SMTP_URL: mail.smtpUrl, ...pecEnv },
    stop: async () => {
      for (const server of [spid.server, federation.server, anac.server, ca.server, nso.server])
        await closed(server);
      await anac.closeStore();
      await mail.stop();
      await pec.stop();
    },
  };
}
