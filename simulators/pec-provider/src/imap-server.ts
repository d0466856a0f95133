import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { defined } from '@app/platform/errors';

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
  let user: Mailbox | undefined;
  let selected = false;
  let buffer = '';
  const send = (line: string | Buffer) => socket.write(line);
  send('* OK [CAPABILITY IMAP4rev1] Simulatore PEC pronto\r\n');
  socket.on('error', () => undefined);
  socket.on('data', (chunk) => {
    buffer += chunk.toString('latin1');
    let end: number;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      handle(line);
    }
  });

  const live = () => defined(user).messages.filter((message) => !message.deleted);
  function fetchMessages(tag: string, set: string, byUid: boolean) {
    const messages = defined(user).messages;
    const max = byUid ? Math.max(0, ...messages.map((m) => m.uid)) : messages.length;
    const wanted = rangeOf(set, max);
    messages.forEach((message, index) => {
      const number = index + 1;
      if (!wanted(byUid ? message.uid : number)) return;
      send(
        `* ${number} FETCH (UID ${message.uid} FLAGS ` +
          `(${message.deleted ? '\\Deleted' : ''}) RFC822.SIZE ${message.raw.length} ` +
          `BODY[] {${message.raw.length}}\r\n`,
      );
      send(message.raw);
      send(')\r\n');
    });
    send(`${tag} OK FETCH completato\r\n`);
  }
  function store(tag: string, set: string, byUid: boolean, flags: string) {
    const messages = defined(user).messages;
    const wanted = rangeOf(
      set,
      byUid ? Math.max(0, ...messages.map((m) => m.uid)) : messages.length,
    );
    messages.forEach((message, index) => {
      if (wanted(byUid ? message.uid : index + 1) && /\\Deleted/i.test(flags))
        message.deleted = true;
    });
    send(`${tag} OK STORE completato\r\n`);
  }
  function expunge(tag: string, quiet = false) {
    const kept: StoredMessage[] = [];
    let removed = 0;
    defined(user).messages.forEach((message, index) => {
      if (!message.deleted) return void kept.push(message);
      // Each EXPUNGE names the message's number as it is at that moment, after the earlier
      // removals.
      if (!quiet) send(`* ${index + 1 - removed} EXPUNGE\r\n`);
      removed++;
    });
    defined(user).messages = kept;
    send(`${tag} OK ${quiet ? 'CLOSE' : 'EXPUNGE'} completato\r\n`);
  }

  function handle(line: string) {
    const match = /^(\S+) (\S+)(?: (.*))?$/.exec(line);
    if (!match) return;
    const [, tag, verb, rest = ''] = match;
    const command = defined(verb).toUpperCase();
    if (command === 'CAPABILITY')
      return send(`* CAPABILITY IMAP4rev1\r\n${tag} OK CAPABILITY completato\r\n`);
    if (command === 'NOOP') return send(`${tag} OK NOOP completato\r\n`);
    if (command === 'LOGOUT') {
      send(`* BYE Arrivederci\r\n${tag} OK LOGOUT completato\r\n`);
      return void socket.end();
    }
    if (command === 'LOGIN') {
      const [name, password] = (rest.match(/"((?:[^"\\]|\\.)*)"|\S+/g) ?? []).map((word) =>
        word.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1'),
      );
      const mailbox = mailboxes.get(String(name).toLowerCase());
      if (!mailbox || mailbox.password !== password)
        return send(`${tag} NO [AUTHENTICATIONFAILED] Credenziali non valide\r\n`);
      user = mailbox;
      return send(`${tag} OK [CAPABILITY IMAP4rev1] LOGIN completato\r\n`);
    }
    if (!user) return send(`${tag} NO Autenticazione richiesta\r\n`);
    if (command === 'SELECT' || command === 'EXAMINE') {
      selected = true;
      const uidNext = user.nextUid;
      return send(
        `* ${user.messages.length} EXISTS\r\n* 0 RECENT\r\n* FLAGS (\\Deleted ` +
          `\\Seen)\r\n* OK [PERMANENTFLAGS (\\Deleted \\Seen)] Flag\r\n* OK ` +
          `[UIDVALIDITY 1] UID\r\n* OK [UIDNEXT ${uidNext}] UID\r\n${tag} OK ` +
          `[${command === 'SELECT' ? 'READ-WRITE' : 'READ-ONLY'}] ${command} ` +
          `completato\r\n`,
      );
    }
    if (command === 'LIST' || command === 'LSUB')
      return send(
        `* ${command} (\\HasNoChildren) "/" "INBOX"\r\n${tag} OK ${command} completato\r\n`,
      );
    if (!selected) return send(`${tag} BAD Nessuna casella selezionata\r\n`);
    const uid = command === 'UID';
    const [sub, set, ...more] = uid ? rest.split(' ') : [command, ...rest.split(' ')];
    const action = defined(sub).toUpperCase();
    if (action === 'FETCH') return fetchMessages(defined(tag), defined(set), uid);
    if (action === 'STORE') return store(defined(tag), defined(set), uid, more.join(' '));
    if (action === 'EXPUNGE') return expunge(defined(tag));
    if (command === 'CLOSE') {
      selected = false;
      return expunge(defined(tag), true);
    }
    if (command === 'SEARCH')
      return send(
        `* SEARCH ${live()
          .map((_, i) => i + 1)
          .join(' ')}\r\n${tag} OK SEARCH completato\r\n`,
      );
    return send(`${tag} BAD Comando non gestito dal simulatore: ${command}\r\n`);
  }
}

/** An IMAP sequence set (`1:*`, `3`, `2,5:7`) as a test of numbers. */
function rangeOf(set: string, max: number): (n: number) => boolean {
  const parts = set.split(',').map((part) => {
    const [from, to = from] = part.split(':').map((end) => (end === '*' ? max : Number(end)));
    return [Math.min(defined(from), defined(to)), Math.max(defined(from), defined(to))] as const;
  });
  return (n) => parts.some(([from, to]) => n >= from && n <= to);
}
