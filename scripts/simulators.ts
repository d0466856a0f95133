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
import { createPcpSimulator } from '@app/sim-anac-pcp';
import { startMailSimulator, type MailSimulator } from '@app/sim-mail';
import { startPecProvider, type PanelAccount, type PecProvider } from '@app/sim-pec-provider';
import { createQualifiedCaSimulator, type QualifiedCaSimulator } from '@app/sim-qualified-ca';
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
  // The IdP names itself by its URL, so the port is settled (0: any free one) before it is built.
  const spidServer = createServer();
  await listen(spidServer, Number(env.SPID_IDP_PORT ?? 8090));
  const spidUrl = `http://127.0.0.1:${(spidServer.address() as AddressInfo).port}`;
  const spid = createSpidIdp({
    baseUrl: spidUrl,
    users: identities,
    credential: await selfSignedCredential('Simulatore SPID del Negozio Elettronico'),
  });
  spidServer.on('request', spid.app);
  logger.info({ url: spidUrl }, 'SPID IdP simulator started');

  // The SPID/CIE id OpenID Connect federation: the platform (identity's public URL) is the anchor's
  // relying party.
  const identity = identityConfig(env);
  const federationServer = createServer();
  await listen(federationServer, Number(env.OIDC_FEDERATION_PORT ?? 8091));
  const federationUrl =
    env.OIDC_FEDERATION_URL ??
    `http://127.0.0.1:${(federationServer.address() as AddressInfo).port}`;
  const federation = await createFederationSimulator({
    baseUrl: federationUrl,
    users: identities,
    relyingParties: [identity.PUBLIC_URL.replace(/\/$/, '')],
    anchorKey: env.OIDC_FEDERATION_ANCHOR_KEY
      ? JSON.parse(env.OIDC_FEDERATION_ANCHOR_KEY)
      : undefined,
  });
  federationServer.on('request', federation.app);
  const federationEnv = {
    OIDC_TRUST_ANCHORS: JSON.stringify([federation.pinnedAnchor]),
    CIE_PROVIDER: federation.cie.entityId,
    SPID_OIDC_PROVIDERS: `demo=${federation.spid.entityId}`,
  };
  logger.info(
    {
      trustAnchor: federation.trustAnchor.entityId,
      cie: federation.cie.entityId,
      spid: federation.spid.entityId,
    },
    'SPID/CIE OpenID Connect federation simulator started',
  );
  // The demo certification authority's trust services: what verifiers ask about its signers'
  // certificates.
  const caServer = createServer();
  await listen(caServer, Number(env.QUALIFIED_CA_PORT ?? 8093));
  const caUrl = `http://127.0.0.1:${(caServer.address() as AddressInfo).port}`;
  const qualifiedCa = await createQualifiedCaSimulator({
    authority: (await ensureDemoSigning()).authority,
    baseUrl: caUrl,
  });
  caServer.on('request', qualifiedCa.app);
  logger.info(
    { ocsp: qualifiedCa.urls.ocsp, crl: qualifiedCa.urls.crl, tsa: qualifiedCa.urls.tsa },
    'qualified trust service provider simulator started (OCSP, CRL, time-stamping)',
  );
  // ANAC's PCP behind PDND and GovWay, trusting the platform's PDND client key.
  const pcpServer = createServer();
  await listen(pcpServer, Number(env.ANAC_PCP_PORT ?? 8092));
  const pcpUrl = `http://127.0.0.1:${(pcpServer.address() as AddressInfo).port}`;
  const anac = anacConfig({
    ...env,
    PDND_PRIVATE_KEY_FILE: env.PDND_PRIVATE_KEY_FILE ?? ensurePdndKey(),
  });
  const anacEnv: NodeJS.ProcessEnv = {
    PDND_TOKEN_URL: `${pcpUrl}/token.oauth2`,
    PCP_ESERVICES: JSON.stringify(
      Object.fromEntries(
        Object.entries(anac.PCP_ESERVICES).map(([name, service]) => [
          name,
          { ...service, url: `${pcpUrl}/modi/rest/${name}/v1`, audience: undefined },
        ]),
      ),
    ),
  };
  const frameworkCigs = (
    JSON.parse(readFileSync(join(process.cwd(), 'demo', 'contracts.json'), 'utf8')) as {
      contract: { cig: string };
    }[]
  ).map((entry) => entry.contract.cig);
  const pcp = await createPcpSimulator({
    baseUrl: pcpUrl,
    assertionAudience: anac.PDND_ASSERTION_AUDIENCE,
    frameworkCigs,
    confirmDelayMs: 2_000,
    purposes: Object.fromEntries(
      Object.entries(anac.PCP_ESERVICES).map(([name, service]) => [name, service.purposeId]),
    ),
    clients: [
      {
        clientId: anac.PDND_CLIENT_ID,
        kid: anac.PDND_KID,
        publicKeyPem: publicKeyOf(defined(anac.PDND_PRIVATE_KEY_FILE)),
        purposeIds: Object.values(anac.PCP_ESERVICES).map((service) => service.purposeId),
      },
    ],
  });
  pcpServer.on('request', pcp.app);
  logger.info({ url: pcpUrl }, 'ANAC PCP simulator started (PDND, GovWay, PCP)');
  const mail = await startMailSimulator({
    host: bindHost(),
    smtpPort: Number(env.MAIL_SMTP_PORT ?? 8025),
    httpPort: Number(env.MAIL_HTTP_PORT ?? 8026),
  });
  logger.info({ smtp: mail.smtpUrl, inbox: `${mail.httpUrl}/messages` }, 'mail simulator started');
  // The platform's own PEC mailbox at the simulated provider; the provider's CA is what notify
  // trusts.
  const pecAddress = env.PEC_FROM ?? 'negozio-elettronico@pec.negozio-elettronico.example';
  const pecPassword = randomBytes(18).toString('base64url');
  const demoPanels = JSON.parse(
    readFileSync(join(process.cwd(), 'demo', 'pec-panels.json'), 'utf8'),
  ) as DemoPanels;
  // Each Order's panel credentials, as the provider hands them to the Order: new ones at every
  // start.
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
  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    urls: {
      spidIdp: spidUrl,
      federation: federationUrl,
      anacPcp: pcpUrl,
      mailbox: `${mail.httpUrl}/messages`,
      qualifiedCa: caUrl,
    },
    qualifiedCa,
    federationEnv,
    anacEnv,
    mail,
    pec,
    mailEnv: { SMTP_URL: mail.smtpUrl, ...pecEnv },
    stop: async () => {
      await close(spidServer);
      await close(federationServer);
      await close(pcpServer);
      await close(caServer);
      await mail.stop();
      await pec.stop();
    },
  };
}
