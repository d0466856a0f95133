import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createCertificationAuthority } from '@app/platform/x509';
import type { SigningIdentity } from '@app/signed-documents';
import { providerMessage } from './envelope.js';
import { startImapServer, type Mailbox } from './imap-server.js';
import { partnerApi } from './partner-api.js';
import {
  partnerPanels,
  type OutsideOrder,
  type PanelAccount,
  type PartnerPanels,
} from './partner-panels.js';

/**
 * The partner panels of a convention (seed 004): the Orders' accounts, the Orders outside it, the
 * boxes' domain.
 */
export interface PartnerOptions {
  port?: number;
  domain: string;
  accounts: PanelAccount[];
  outside: OutsideOrder[];
  credentialsSmtpUrl?: string;
  anomalyResolveMs?: number;
}

export interface PecProviderOptions {
  host?: string;
  smtpPort?: number;
  imapPort?: number;
  httpPort?: number;
  domain?: string;
  mailboxes?: { address: string; password: string }[];
  partner?: PartnerOptions;
}

export interface PecProvider {
  smtpUrl: (address: string, password: string) => string;
  imap: { host: string; port: number };
  httpUrl: string;
  /** The provider's certification authority: who verifies its signatures trusts this. */
  caPem: string;
  mailboxes: Map<string, Mailbox>;
  addMailbox(address: string, password: string): void;
  /** The partner interface (HTTPS), when the provider was started with panels. */
  partner?: { url: string; panels: PartnerPanels };
  stop(): Promise<void>;
}

/**
 * A recipient the provider cannot deliver to: the reserved `.invalid` domain, or a mailbox named
 * `inesistente`.
 */
const undeliverable = (address: string) =>
  /\.invalid$/i.test(address) || /^inesistente[@.]/i.test(address);

type Tls = { privateKeyPem: string; certificatePem: string };

/** The provider's own authority, the key it signs receipts with, and its server certificate. */
async function providerCredentials(domain: string, host: string) {
  const authority = await createCertificationAuthority(
    'CN=Simulatore PEC CA,O=Gestore PEC simulato,C=IT',
    5,
  );
  const signing = await authority.issue({
    subject: `CN=${domain},O=Gestore PEC simulato,C=IT`,
    signing: true,
  });
  const tls: Tls = await authority.issue({
    subject: 'CN=localhost',
    serverAuth: true,
    dnsNames: ['localhost', host],
  });
  const signer: SigningIdentity = {
    certificatePem: signing.certificatePem,
    privateKeyPem: signing.privateKeyPem,
    chainPem: authority.certificatePem,
  };
  return { caPem: authority.certificatePem, signer, tls };
}

/** The provider's mailboxes by address (case-insensitive), made on first use. */
class Mailboxes {
  readonly byAddress = new Map<string, Mailbox>();

  of(address: string): Mailbox {
    const key = address.toLowerCase();
    const found = this.byAddress.get(key);
    if (found) return found;
    const made: Mailbox = { password: randomUUID(), messages: [], nextUid: 1 };
    this.byAddress.set(key, made);
    return made;
  }

  store(address: string, raw: Buffer): void {
    const mailbox = this.of(address);
    mailbox.messages.push({ uid: mailbox.nextUid++, raw, deleted: false });
  }
}

type Receipt = Parameters<typeof providerMessage>[0];

/**
 * What the provider does with a message sent: the acceptance to the sender, then for each recipient
 * the transport envelope and the delivery receipt, or a non-delivery notice.
 */
async function certify(
  provider: { mailboxes: Mailboxes; domain: string; signer: SigningIdentity },
  sender: string,
  recipients: string[],
  raw: Buffer,
) {
  const { mailboxes, domain, signer } = provider;
  const from = `posta-certificata@${domain}`;
  const parsed = await simpleParser(raw);
  const base = {
    sender,
    recipients,
    subject: parsed.subject ?? '',
    provider: `Gestore PEC simulato (${domain})`,
    originalMessageId: parsed.messageId ?? `<${randomUUID()}@${domain}>`,
    id: `opec-${randomUUID()}@${domain}`,
  };
  const deliver = async (
    to: string,
    receipt: Omit<Receipt, keyof typeof base | 'at'>,
    attached?: Buffer,
  ) => {
    const message = { ...base, ...receipt, at: new Date() } as Receipt;
    mailboxes.store(to, await providerMessage(message, attached, to, from, signer));
  };
  await deliver(sender, { kind: 'accettazione' });
  for (const recipient of recipients) {
    if (undeliverable(recipient)) {
      await deliver(sender, {
        kind: 'errore-consegna',
        deliveredTo: recipient,
        error: '5.1.1 - Casella di posta certificata inesistente',
      });
      continue;
    }
    await deliver(recipient, { kind: 'posta-certificata' }, raw);
    await deliver(sender, { kind: 'avvenuta-consegna', deliveredTo: recipient }, raw);
  }
}

/** Submission over SMTP: STARTTLS, then AUTH as one of the provider's mailboxes, sending as it. */
function smtpSubmission(
  mailboxes: Mailboxes,
  tls: Tls,
  certified: (sender: string, recipients: string[], raw: Buffer) => Promise<void>,
) {
  return new SMTPServer({
    banner: 'Simulatore del gestore PEC',
    key: tls.privateKeyPem,
    cert: tls.certificatePem,
    authMethods: ['PLAIN', 'LOGIN'],
    // The rules want the channel protected: no credentials and no message before STARTTLS.
    allowInsecureAuth: false,
    hideSTARTTLS: false,
    onAuth(auth, _session, callback) {
      const mailbox = mailboxes.byAddress.get(String(auth.username).toLowerCase());
      if (!mailbox || mailbox.password !== auth.password)
        return callback(new Error('Credenziali della casella PEC non valide'));
      callback(null, { user: String(auth.username).toLowerCase() });
    },
    onMailFrom(address, session, callback) {
      if (address.address.toLowerCase() !== session.user)
        return callback(
          Object.assign(new Error('Il mittente deve essere la casella autenticata'), {
            responseCode: 553,
          }),
        );
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        certified(String(session.user), recipients, Buffer.concat(chunks)).then(
          () => callback(),
          callback,
        );
      });
    },
  });
}

/** The simulator's own HTTP side: each mailbox's messages, as headers, for tests to look at. */
async function backOfficeServer(mailboxes: Mailboxes, port: number, host: string) {
  const app = express();
  app.get('/mailboxes/:address/messages', (req, res) => {
    const mailbox = mailboxes.byAddress.get(req.params.address.toLowerCase());
    res.json({
      messages: (mailbox?.messages ?? []).map((message) => ({
        uid: message.uid,
        size: message.raw.length,
        headers: message.raw.toString('latin1').split('\r\n\r\n')[0],
      })),
    });
  });
  const http: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  return { app, http };
}

/**
 * A PEC provider as the rules describe it, for development and tests: submission over SMTP with
 * STARTTLS and AUTH from the provider's own mailboxes; for each message a signed acceptance receipt
 * to the sender, the transport envelope (`POSTA CERTIFICATA:`) in the recipient's mailbox, and a
 * signed delivery receipt (or a non-delivery notice) back to the sender; mailboxes read over IMAP.
 */
export async function startPecProvider(options: PecProviderOptions = {}): Promise<PecProvider> {
  const host = options.host ?? '127.0.0.1';
  const domain = options.domain ?? 'pec.simulatore.example';
  const { caPem, signer, tls } = await providerCredentials(domain, host);
  const mailboxes = new Mailboxes();
  const addMailbox = (address: string, password: string) => {
    mailboxes.of(address).password = password;
  };
  for (const mailbox of options.mailboxes ?? []) addMailbox(mailbox.address, mailbox.password);
  const smtp = smtpSubmission(mailboxes, tls, (sender, recipients, raw) =>
    certify({ mailboxes, domain, signer }, sender, recipients, raw),
  );
  // A client dropping its session ends that session, not the provider.
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(options.smtpPort ?? 8465, host, () => resolve());
  });
  const imap = await startImapServer(mailboxes.byAddress, options.imapPort ?? 8143, host);
  const { app, http } = await backOfficeServer(mailboxes, options.httpPort ?? 8466, host);
  const partner = options.partner ? await startPartner(options.partner, app, tls, host) : undefined;
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  return {
    // By name: the server's certificate is for `localhost`, as a provider's is for its host name.
    smtpUrl: (address, password) => {
      const user = `${encodeURIComponent(address)}:${encodeURIComponent(password)}`;
      return `smtp://${user}@${host === '127.0.0.1' ? 'localhost' : host}:${smtpPort}`;
    },
    imap: { host, port: imap.port },
    httpUrl: `http://${host}:${(http.address() as AddressInfo).port}`,
    caPem,
    mailboxes: mailboxes.byAddress,
    addMailbox,
    ...(partner ? { partner: { url: partner.url, panels: partner.panels } } : {}),
    async stop() {
      await partner?.stop();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await new Promise<void>((resolve) => imap.server.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

/**
 * The partner interface on its own HTTPS port, and its back office on the simulator's HTTP port:
 * faults to inject, the cases to close by hand, the boxes as the provider holds them.
 */
async function startPartner(
  options: PartnerOptions,
  backOffice: express.Express,
  tls: { privateKeyPem: string; certificatePem: string },
  host: string,
) {
  const panels = partnerPanels(options.domain, options.accounts, options.outside);
  let url = '';
  const api = partnerApi({
    panels,
    credentialsSmtpUrl: options.credentialsSmtpUrl,
    publicUrl: () => url,
    anomalyResolveMs: options.anomalyResolveMs ?? 0,
  });
  const app = express();
  app.use(api.router);
  const server = createHttpsServer({ key: tls.privateKeyPem, cert: tls.certificatePem }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8467, host, resolve);
  });
  url = `https://${host === '127.0.0.1' ? 'localhost' : host}:${(server.address() as AddressInfo).port}`;
  backOffice.use('/_sim/partner', partnerBackOffice(api, panels));
  return {
    url,
    panels,
    async stop() {
      api.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The partner side's back office: faults to inject, the cases to close by hand, the boxes as the
 * provider holds them, the credentials it sent.
 */
function partnerBackOffice(api: ReturnType<typeof partnerApi>, panels: PartnerPanels) {
  const office = express.Router();
  office.use(express.json());
  office.post('/faults', (req, res) => {
    api.faults.push(req.body);
    res.status(204).end();
  });
  office.delete('/faults', (_req, res) => {
    api.faults.length = 0;
    res.status(204).end();
  });
  office.get(
    '/boxes',
    (_req, res) =>
      void res.json([...panels.boxes.values()].map(({ tokenAttivazione: _t, ...box }) => box)),
  );
  office.get('/cases', (_req, res) => void res.json([...panels.cases.values()]));
  office.get('/credentials', (_req, res) => void res.json(api.sentCredentials));
  office.post('/cases/:id/close', (req, res) => {
    const { esito, motivo } = req.body ?? {};
    if (
      !['eseguito', 'spostata', 'corretta', 'respinta'].includes(esito) ||
      typeof motivo !== 'string' ||
      !motivo.trim()
    ) {
      res
        .status(422)
        .json({ motivo: 'Serve un esito (eseguito, spostata, corretta, respinta) e il motivo.' });
      return;
    }
    try {
      res.json(panels.close(String(req.params.id), esito, motivo.trim()));
    } catch (error) {
      res.status(404).json({ motivo: (error as Error).message });
    }
  });
  return office;
}
