import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A message in a mailbox: its UID, its bytes, and whether it is marked for removal. */
export interface StoredMessage {
  uid: number;
  raw: Buffer;
  deleted: boolean;
}
export interface Mailbox {
  password: string;
  messages: StoredMessage[];
  nextUid: number;
}

/**
 * The part of IMAP4rev1 (RFC 3501) a mail client needs to collect a mailbox: LOGIN, SELECT/EXAMINE
 * INBOX, FETCH and UID FETCH of whole messages, STORE of \Deleted, EXPUNGE, CLOSE, NOOP, LOGOUT.
 * Enough for a real client library to read receipts; not a general mail server.
 */
export async function startImapServer(
  mailboxes: Map<string, Mailbox>,
  port: number,
  host: string,
): Promise<{ port: number; server: Server }> {
  const server = createServer((socket) => session(socket, mailboxes));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return { port: (server.address() as AddressInfo).port, server };
}

function session(socket: Socket, mailboxes: Map<string, Mailbox>): void {
  const connection = new ImapSession(socket, mailboxes);
  let buffer = '';
  connection.send('* OK [CAPABILITY IMAP4rev1] Simulatore PEC pronto\r\n');
  socket.on('error', () => undefined);
  socket.on('data', (chunk) => {
    buffer += chunk.toString('latin1');
    let end: number;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      connection.handle(line);
    }
  });
}

/** One client's session: who logged in, whether INBOX is selected, and the commands it sends. */
class ImapSession {
  private user: Mailbox | undefined;
  private selected = false;

  constructor(
    private readonly socket: Socket,
    private readonly mailboxes: Map<string, Mailbox>,
  ) {}

  send(line: string | Buffer): void {
    this.socket.write(line);
  }

  handle(line: string): void {
    const match = /^(\S+) (\S+)(?: (.*))?$/.exec(line);
    if (!match) return;
    const [, tag = '', verb = '', rest = ''] = match;
    const command = verb.toUpperCase();
    if (command === 'CAPABILITY')
      return this.send(`* CAPABILITY IMAP4rev1\r\n${tag} OK CAPABILITY completato\r\n`);
    if (command === 'NOOP') return this.send(`${tag} OK NOOP completato\r\n`);
    if (command === 'LOGOUT') {
      this.send(`* BYE Arrivederci\r\n${tag} OK LOGOUT completato\r\n`);
      return void this.socket.end();
    }
    if (command === 'LOGIN') return this.login(tag, rest);
    if (!this.user) return this.send(`${tag} NO Autenticazione richiesta\r\n`);
    if (command === 'SELECT' || command === 'EXAMINE') return this.select(tag, command, this.user);
    if (command === 'LIST' || command === 'LSUB')
      return this.send(
        `* ${command} (\\HasNoChildren) "/" "INBOX"\r\n${tag} OK ${command} completato\r\n`,
      );
    if (!this.selected) return this.send(`${tag} BAD Nessuna casella selezionata\r\n`);
    this.inSelected(tag, command, rest, this.user);
  }

  private login(tag: string, rest: string): void {
    const [name, password] = (rest.match(/"((?:[^"\\]|\\.)*)"|\S+/g) ?? []).map((word) =>
      word.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1'),
    );
    const mailbox = this.mailboxes.get(String(name).toLowerCase());
    if (!mailbox || mailbox.password !== password)
      return this.send(`${tag} NO [AUTHENTICATIONFAILED] Credenziali non valide\r\n`);
    this.user = mailbox;
    this.send(`${tag} OK [CAPABILITY IMAP4rev1] LOGIN completato\r\n`);
  }

  private select(tag: string, command: string, user: Mailbox): void {
    this.selected = true;
    this.send(
      `* ${user.messages.length} EXISTS\r\n* 0 RECENT\r\n* FLAGS (\\Deleted ` +
        `\\Seen)\r\n* OK [PERMANENTFLAGS (\\Deleted \\Seen)] Flag\r\n* OK ` +
        `[UIDVALIDITY 1] UID\r\n* OK [UIDNEXT ${user.nextUid}] UID\r\n${tag} OK ` +
        `[${command === 'SELECT' ? 'READ-WRITE' : 'READ-ONLY'}] ${command} ` +
        `completato\r\n`,
    );
  }

  /** FETCH, STORE, EXPUNGE (also as UID commands), CLOSE and SEARCH on the selected INBOX. */
  private inSelected(tag: string, command: string, rest: string, user: Mailbox): void {
    const uid = command === 'UID';
    const [sub = '', set = '', ...more] = uid ? rest.split(' ') : [command, ...rest.split(' ')];
    const action = sub.toUpperCase();
    if (action === 'FETCH') return this.fetchMessages(tag, set, uid, user);
    if (action === 'STORE') return this.store(tag, set, uid, more.join(' '), user);
    if (action === 'EXPUNGE') return this.expunge(tag, user);
    if (command === 'CLOSE') {
      this.selected = false;
      return this.expunge(tag, user, true);
    }
    if (command === 'SEARCH') {
      const live = user.messages.filter((message) => !message.deleted);
      const numbers = live.map((_, i) => i + 1).join(' ');
      return this.send(`* SEARCH ${numbers}\r\n${tag} OK SEARCH completato\r\n`);
    }
    this.send(`${tag} BAD Comando non gestito dal simulatore: ${command}\r\n`);
  }

  private fetchMessages(tag: string, set: string, byUid: boolean, user: Mailbox): void {
    const messages = user.messages;
    const max = byUid ? Math.max(0, ...messages.map((m) => m.uid)) : messages.length;
    const wanted = rangeOf(set, max);
    messages.forEach((message, index) => {
      const number = index + 1;
      if (!wanted(byUid ? message.uid : number)) return;
      this.send(
        `* ${number} FETCH (UID ${message.uid} FLAGS ` +
          `(${message.deleted ? '\\Deleted' : ''}) RFC822.SIZE ${message.raw.length} ` +
          `BODY[] {${message.raw.length}}\r\n`,
      );
      this.send(message.raw);
      this.send(')\r\n');
    });
    this.send(`${tag} OK FETCH completato\r\n`);
  }

  private store(tag: string, set: string, byUid: boolean, flags: string, user: Mailbox): void {
    const messages = user.messages;
    const wanted = rangeOf(
      set,
      byUid ? Math.max(0, ...messages.map((m) => m.uid)) : messages.length,
    );
    messages.forEach((message, index) => {
      if (wanted(byUid ? message.uid : index + 1) && /\\Deleted/i.test(flags))
        message.deleted = true;
    });
    this.send(`${tag} OK STORE completato\r\n`);
  }

  private expunge(tag: string, user: Mailbox, quiet = false): void {
    const kept: StoredMessage[] = [];
    let removed = 0;
    user.messages.forEach((message, index) => {
      if (!message.deleted) return void kept.push(message);
      // Each EXPUNGE names the message's number as it is at that moment, after the earlier
      // removals.
      if (!quiet) this.send(`* ${index + 1 - removed} EXPUNGE\r\n`);
      removed++;
    });
    user.messages = kept;
    this.send(`${tag} OK ${quiet ? 'CLOSE' : 'EXPUNGE'} completato\r\n`);
  }
}

/** An IMAP sequence set (`1:*`, `3`, `2,5:7`) as a test of numbers. */
function rangeOf(set: string, max: number): (n: number) => boolean {
  const parts = set.split(',').map((part) => {
    const [from = NaN, to = from] = part.split(':').map((end) => (end === '*' ? max : Number(end)));
    return [Math.min(from, to), Math.max(from, to)] as const;
  });
  return (n) => parts.some(([from, to]) => n >= from && n <= to);
}
