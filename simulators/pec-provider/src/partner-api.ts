import { randomBytes, timingSafeEqual } from 'node:crypto';
import express, {
  type Request,
  type RequestHandler,
  type Response,
  type NextFunction,
} from 'express';
import nodemailer from 'nodemailer';
import { Refusal, type Box, type PanelAccount, type PartnerPanels } from './partner-panels.js';

/**
 * A fault the tests ask for: the next `count` partner calls answer `status` or lose the connection
 * before anything is done; `lose-answer` does the next change and then loses its answer.
 */
export type PartnerFault =
  | { kind: 'status'; status: number; count: number }
  | { kind: 'reset'; count: number }
  | { kind: 'lose-answer'; count: number };

export interface PartnerApiOptions {
  panels: PartnerPanels;
  /** Where the holder's credentials go: the provider's own outgoing mail (SMTP). */
  credentialsSmtpUrl?: string;
  /** The provider's public address, for the holder's acceptance link. */
  publicUrl: () => string;
  /** The back office closes anomaly reports by itself after this long (0: only by hand). */
  anomalyResolveMs: number;
}

const equal = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const text = (value: unknown, max = 300) =>
  typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : undefined;

/** What the panel shows of a box: never its password or its acceptance token. */
const boxView = ({ tokenAttivazione: _token, ...box }: Box) => box;

/** The holder's credentials, by e-mail from the provider: never in an answer to the Order. */
function credentialsSender(
  options: PartnerApiOptions,
  mailer: ReturnType<typeof nodemailer.createTransport> | undefined,
  sentCredentials: { to: string; indirizzo: string; kind: string }[],
) {
  return async function sendCredentials(box: Box, kind: 'nuova' | 'reset') {
    const password = randomBytes(9).toString('base64url');
    const acceptance = box.tokenAttivazione
      ? `\r\nPer attivarla accetta le condizioni del servizio: ` +
        `${options.publicUrl()}/attivazione/${box.tokenAttivazione}\r\n`
      : '';
    const body =
      kind === 'nuova'
        ? `Gentile ${box.nome} ${box.cognome},\r\nè stata creata la tua casella PEC ` +
          `${box.indirizzo} (piano ${box.piano}).\r\nNome utente: ` +
          `${box.indirizzo}\r\nPassword provvisoria: ${password}\r\n${acceptance}Al ` +
          `primo accesso ti sarà chiesto di cambiarla.\r\n`
        : `Gentile ${box.nome} ${box.cognome},\r\nla password della casella ${box.indirizzo} ` +
          `è stata reimpostata su richiesta del tuo Ordine.\r\nPassword ` +
          `provvisoria: ${password}\r\n`;
    sentCredentials.push({ to: box.emailRiferimento, indirizzo: box.indirizzo, kind });
    await mailer?.sendMail({
      from: 'Gestore PEC <credenziali@pec.simulatore.example>',
      to: box.emailRiferimento,
      subject:
        kind === 'nuova'
          ? `Credenziali della casella PEC ${box.indirizzo}`
          : `Nuova password della casella PEC ${box.indirizzo}`,
      text: body,
    });
  };
}

/** The panel's Basic credentials, then the outage or reset a test asked for. */
function panelAuthentication(panels: PartnerPanels, faults: PartnerFault[]) {
  return function authenticate(req: Request, res: Response, next: NextFunction) {
    const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
    const [user, password] = Buffer.from(encoded ?? '', 'base64')
      .toString('utf8')
      .split(/:(.*)/s);
    const account = [...panels.panels.values()].find((candidate) =>
      equal(candidate.user, user ?? ''),
    );
    if (scheme !== 'Basic' || !account || !equal(account.password, password ?? '')) {
      res
        .set('www-authenticate', 'Basic realm="Pannello partner"')
        .status(401)
        .json({ codice: 'NON-AUTORIZZATO', motivo: 'Credenziali del pannello non valide.' });
      return;
    }
    res.locals.account = account;
    const fault = faults[0];
    if (fault && fault.kind !== 'lose-answer') {
      if (--fault.count <= 0) faults.shift();
      if (fault.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      res.status(fault.status).json({
        codice: 'SERVIZIO-NON-DISPONIBILE',
        motivo: 'Servizio temporaneamente non disponibile.',
      });
      return;
    }
    next();
  };
}

/**
 * One change, once per key and panel: a repeated key gets the first answer again and changes
 * nothing.
 */
function changeOnce(
  answered: Map<string, { status: number; body: unknown }>,
  faults: PartnerFault[],
) {
  return (
      work: (req: Request, account: PanelAccount) => Promise<{ status: number; body: unknown }>,
    ) =>
    async (req: Request, res: Response) => {
      const account = res.locals.account as PanelAccount;
      const key = req.get('idempotency-key');
      if (!key || key.length > 100) {
        res.status(400).json({
          codice: 'CHIAVE-MANCANTE',
          motivo: 'Ogni modifica richiede un Idempotency-Key.',
        });
        return;
      }
      const slot = `${account.user}\u0000${key}`;
      let answer = answered.get(slot);
      if (!answer) {
        try {
          answer = await work(req, account);
        } catch (error) {
          if (!(error instanceof Refusal)) throw error;
          answer = { status: error.status, body: { codice: error.codice, motivo: error.message } };
        }
        answered.set(slot, answer);
      }
      const fault = faults[0];
      if (fault?.kind === 'lose-answer') {
        if (--fault.count <= 0) faults.shift();
        req.socket.destroy();
        return;
      }
      res.status(answer.status).json(answer.body);
    };
}

/** A read: the answer, or the refusal as the panel words it. */
const read =
  (work: (req: Request, account: PanelAccount) => unknown) => (req: Request, res: Response) => {
    try {
      res.json(work(req, res.locals.account as PanelAccount));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      res.status(error.status).json({ codice: error.codice, motivo: error.message });
    }
  };

function caseFor(panels: PartnerPanels, ordine: string, id: string) {
  const found = panels.cases.get(id);
  if (!found || found.ordine !== ordine)
    throw new Refusal(404, 'PRATICA-SCONOSCIUTA', 'Pratica sconosciuta per questo pannello.');
  return found;
}

/** The state and helpers the routes share. */
function partnerApiContext(options: PartnerApiOptions) {
  const { panels } = options;
  const answered = new Map<string, { status: number; body: unknown }>();
  const faults: PartnerFault[] = [];
  const mailer = options.credentialsSmtpUrl
    ? nodemailer.createTransport(options.credentialsSmtpUrl)
    : undefined;
  const sentCredentials: { to: string; indirizzo: string; kind: string }[] = [];
  const sendCredentials = credentialsSender(options, mailer, sentCredentials);
  const authenticate = panelAuthentication(panels, faults);
  const change = changeOnce(answered, faults);
  const caseOf = (ordine: string, id: string) => caseFor(panels, ordine, id);

  return {
    panels,
    faults,
    mailer,
    sentCredentials,
    sendCredentials,
    authenticate,
    change,
    caseOf,
    options,
  };
}
type PartnerApiContext = ReturnType<typeof partnerApiContext>;

/**
 * The provider's partner interface (HTTPS, each Order with its own credentials, as the seed's
 * panel): create, read, edit, reset the password of and delete its members' boxes, ask a transfer,
 * report an anomaly, follow a case. Every change is idempotent by `Idempotency-Key`; credentials go
 * by e-mail from the provider to the holder, never in an answer.
 */
export function partnerApi(options: PartnerApiOptions) {
  const api = partnerApiContext(options);
  const { faults, mailer, sentCredentials, authenticate } = api;
  const app = express.Router();
  app.use(express.json({ limit: '64kb' }));
  app.use('/partner/v1', authenticate);
  app.get('/partner/v1/caselle', listCaselle(api));
  app.get('/partner/v1/caselle/:indirizzo', getCasella(api));
  app.post('/partner/v1/caselle', createCasella(api));
  app.patch('/partner/v1/caselle/:indirizzo', patchCasella(api));
  app.post('/partner/v1/caselle/:indirizzo/reset-password', postResetPassword(api));
  app.delete('/partner/v1/caselle/:indirizzo', deleteCasella(api));
  app.post('/partner/v1/trasferimenti', postTrasferimenti(api));
  app.post('/partner/v1/segnalazioni', postSegnalazioni(api));
  app.get('/partner/v1/pratiche/:id', getPratiche(api));

  /**
   * The holder accepts the box the Order asked for (the activation model where boxes start *non
   * attivo*).
   */
  app.get('/attivazione/:token', getAttivazione());
  app.post('/attivazione/:token', postAttivazione(api));
  return { router: app, faults, sentCredentials, close: () => mailer?.close() };
}

function listCaselle(api: PartnerApiContext): RequestHandler {
  const { panels } = api;
  return read((_req, account) => ({
    caselle: [...panels.boxes.values()].filter((box) => box.ordine === account.ordine).map(boxView),
  }));
}

function getCasella(api: PartnerApiContext): RequestHandler {
  const { panels } = api;
  return read((req, account) =>
    boxView(panels.boxOf(account.ordine, String(req.params.indirizzo))),
  );
}

function createCasella(api: PartnerApiContext): RequestHandler {
  const { panels, sendCredentials, change } = api;
  return change(async (req, account) => {
    const body = req.body ?? {};
    const holder = {
      nome: text(body.nome, 100),
      cognome: text(body.cognome, 100),
      codiceFiscale: text(body.codiceFiscale, 16),
      emailRiferimento: text(body.emailRiferimento, 254),
    };
    if (!holder.nome || !holder.cognome || !holder.codiceFiscale || !holder.emailRiferimento) {
      throw new Refusal(
        422,
        'DATI-INCOMPLETI',
        'Servono nome, cognome, codice fiscale ed e-mail di riferimento del titolare.',
      );
    }
    const box = panels.create(
      account.ordine,
      {
        nome: holder.nome,
        cognome: holder.cognome,
        codiceFiscale: holder.codiceFiscale,
        emailRiferimento: holder.emailRiferimento,
        telefono: text(body.telefono, 30) ?? null,
        fax: text(body.fax, 30) ?? null,
        indirizzoResidenza: text(body.indirizzoResidenza) ?? null,
      },
      body.attivazione !== 'accettazione',
    );
    await sendCredentials(box, 'nuova');
    return { status: 201, body: boxView(box) };
  });
}

function patchCasella(api: PartnerApiContext): RequestHandler {
  const { panels, change } = api;
  return change(async (req, account) => {
    const box = panels.live(panels.boxOf(account.ordine, String(req.params.indirizzo)));
    const body = req.body ?? {};
    if (['nome', 'cognome', 'codiceFiscale'].some((field) => body[field] !== undefined)) {
      throw new Refusal(
        422,
        'DATI-NON-MODIFICABILI',
        'Nome, cognome e codice fiscale del titolare non si modificano dal pannello.',
      );
    }
    for (const field of ['telefono', 'fax', 'indirizzoResidenza'] as const)
      if (body[field] !== undefined) box[field] = text(body[field]) ?? null;
    const email = text(body.emailRiferimento, 254);
    if (email) box.emailRiferimento = email;
    return { status: 200, body: boxView(box) };
  });
}

function postResetPassword(api: PartnerApiContext): RequestHandler {
  const { panels, sendCredentials, change } = api;
  return change(async (req, account) => {
    const box = panels.live(panels.boxOf(account.ordine, String(req.params.indirizzo)));
    await sendCredentials(box, 'reset');
    return { status: 200, body: boxView(box) };
  });
}

function deleteCasella(api: PartnerApiContext): RequestHandler {
  const { panels, change } = api;
  return change(async (req, account) => {
    const box = panels.live(panels.boxOf(account.ordine, String(req.params.indirizzo)));
    box.stato = 'cancellata';
    box.cancellataIl = new Date().toISOString();
    return { status: 200, body: boxView(box) };
  });
}

function postTrasferimenti(api: PartnerApiContext): RequestHandler {
  const { panels, change } = api;
  return change(async (req, account) => {
    const body = req.body ?? {};
    if (body.direzione === 'ingresso') {
      const box = panels.transferIn(
        account.ordine,
        String(text(body.indirizzo, 254) ?? ''),
        String(text(body.codiceFiscale, 16) ?? ''),
      );
      return { status: 200, body: { stato: 'eseguita', casella: boxView(box) } };
    }
    const opened = panels.transferOut(
      account.ordine,
      String(text(body.indirizzo, 254) ?? ''),
      String(text(body.ordineDestinazione, 10) ?? ''),
    );
    return { status: 202, body: opened };
  });
}

function postSegnalazioni(api: PartnerApiContext): RequestHandler {
  const { panels, change, options } = api;
  return change(async (req, account) => {
    const body = req.body ?? {};
    const description = text(body.descrizione, 2000);
    if (!description) throw new Refusal(422, 'DATI-INCOMPLETI', "Descrivi l'anomalia.");
    const opened = panels.open({
      tipo: 'segnalazione',
      ordine: account.ordine,
      indirizzo: text(body.indirizzo, 254) ?? null,
      messaggi: [{ da: 'ordine', testo: description, il: new Date().toISOString() }],
    });
    if (options.anomalyResolveMs > 0) {
      setTimeout(
        () =>
          panels.close(
            opened.id,
            'corretta',
            'Verificato: i dati della casella sono stati corretti e assegnati al ' +
              'pannello giusto.',
          ),
        options.anomalyResolveMs,
      ).unref();
    }
    return { status: 202, body: opened };
  });
}

function getPratiche(api: PartnerApiContext): RequestHandler {
  const { caseOf } = api;
  return read((req, account) => caseOf(account.ordine, String(req.params.id)));
}

function getAttivazione(): RequestHandler {
  return (req, res) => {
    res
      .type('html')
      .send(
        `<!doctype html><html lang="it"><title>Attiva la casella PEC</title><form ` +
          `method="post"><button>Accetto e attivo la casella</button></form></html>`,
      );
  };
}

function postAttivazione(api: PartnerApiContext): RequestHandler {
  const { panels } = api;
  return (req, res) => {
    const box = [...panels.boxes.values()].find(
      (candidate) =>
        candidate.tokenAttivazione && equal(candidate.tokenAttivazione, String(req.params.token)),
    );
    if (!box || box.stato !== 'non-attiva') {
      res.status(404).type('text').send('Link di attivazione non valido o già usato.');
      return;
    }
    box.stato = 'attiva';
    box.attivataIl = new Date().toISOString();
    delete box.tokenAttivazione;
    res.type('text').send(`Casella ${box.indirizzo} attivata.`);
  };
}
