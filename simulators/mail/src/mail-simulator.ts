import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the simulator received it over SMTP. */
export interface ReceivedMail {
  id: number;
  receivedAt: string;
  /** The SMTP envelope: who the server was told the message is from and for. */
  envelope: { from: string; to: string[] };
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
}

export interface MailSimulator {
  smtpUrl: string;
  httpUrl: string;
  messages: ReceivedMail[];
  /** The messages for one address, waiting up to `timeoutMs` for the first one to arrive. */
  waitFor(to: string, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/** SMTP that keeps every message; an address under `.invalid` has no mailbox. */
function receivingServer(messages: ReceivedMail[]) {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'Simulatore di posta del Negozio Elettronico',
    // Addresses under the reserved `.invalid` domain (RFC 2606) have no mailbox: a final refusal,
    // as a real server gives.
    onRcptTo(address, _session, callback) {
      if (/\.invalid$/i.test(address.address))
        return callback(
          Object.assign(new Error('5.1.1 Casella inesistente'), { responseCode: 550 }),
        );
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        messages.push({
          id: messages.length + 1,
          receivedAt: new Date().toISOString(),
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          },
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: parsed.html || null,
          headers: Object.fromEntries(
            [...parsed.headers].map(([name, value]) => [name, String(value)]),
          ),
        });
        callback();
      }, callback);
    },
  });
}

/** The messages over HTTP: all, or those to one address; emptied between tests. */
function mailboxApi(messages: ReceivedMail[]) {
  const app = express();
  app.get('/messages', (req, res) => {
    const to = typeof req.query.to === 'string' ? req.query.to.toLowerCase() : undefined;
    res.json({ messages: to ? messages.filter((m) => m.envelope.to.includes(to)) : messages });
  });
  app.delete('/messages', (_req, res) => {
    messages.length = 0;
    res.status(204).end();
  });
  return app;
}

/**
 * An SMTP server that keeps what it receives, with an HTTP inbox to read it: the mail provider of
 * development and tests. The platform's real SMTP client talks to it unchanged.
 */
export async function startMailSimulator(
  options: { smtpPort?: number; httpPort?: number; host?: string } = {},
): Promise<MailSimulator> {
  const host = options.host ?? '127.0.0.1';
  const messages: ReceivedMail[] = [];
  const smtp = receivingServer(messages);
  // A client that drops its connection (a process killed mid-session) ends that session only, as
  // on a real server; without a listener the server's 'error' would stop the whole process.
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(options.smtpPort ?? 8025, host, () => resolve());
  });
  const http: Server = createServer(mailboxApi(messages));
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.httpPort ?? 8026, host, resolve);
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    httpUrl: `http://${host}:${(http.address() as AddressInfo).port}`,
    messages,
    async waitFor(to, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      const mine = () => messages.filter((m) => m.envelope.to.includes(to.toLowerCase()));
      while (mine().length === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      return mine();
    },
    async stop() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}
