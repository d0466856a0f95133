import { randomUUID } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import { nsoChecks, parseDocument, type NsoError, type RoutedDocument } from './nso-checks.js';

export type { NsoError, RoutedDocument } from './nso-checks.js';
export { nsoChecks, parseDocument } from './nso-checks.js';
export {
  agidValidation,
  type FailedAssertion,
  type Transaction,
  type Verdict,
} from './agid-validation.js';

/**
 * A notification NSO keeps for a client: the receipt of a document it sent (consegna or scarto,
 * with NSO's errors), or a document addressed to one of the endpoints it serves.
 */
export interface NsoNotification {
  seq: number;
  tipo: 'consegna' | 'scarto' | 'documento';
  messageId: string;
  /** The Idempotency-Key the sender gave: how a sender matches the receipt to its document. */
  idempotencyKey: string | null;
  documentType: RoutedDocument['type'];
  errori?: NsoError[];
  /** For «documento»: the document itself. */
  xml?: string;
  at: string;
}

export interface NsoSimulatorOptions {
  /** The platform's credential (a bearer token): its buyers' endpoints are served by it. */
  clientToken: string;
  /**
   * A validator for AgID's published rules (the compiled schematron) run beside the simulator's own
   * NSO checks; its errors discard the document like NSO's.
   */
  validate?: (type: RoutedDocument['type'], xml: string) => Promise<NsoError[]>;
}

interface Faults {
  down: boolean;
  delayMs: number;
  duplicateNotifications: boolean;
  /** The next document from the platform is discarded with these errors (NSO's own codes). */
  discard: NsoError[] | null;
  /** The next document from the platform is taken, then the connection drops before the answer. */
  dropReply: boolean;
}

interface Delivered {
  messageId: string;
  routed: RoutedDocument;
  xml: string;
  from: 'piattaforma' | 'fornitore';
}

function createState() {
  const notifications: NsoNotification[] = [];
  const answers = new Map<string, { status: number; body: unknown }>();
  const delivered: Delivered[] = [];
  const faults: Faults = {
    down: false,
    delayMs: 0,
    duplicateNotifications: false,
    discard: null,
    dropReply: false,
  };
  /** The notifications' stream: sequence numbers count within it, a restarted NSO starts another. */
  const stream = randomUUID();
  const notify = (notification: Omit<NsoNotification, 'seq' | 'at'>) => {
    const copies = faults.duplicateNotifications ? 2 : 1;
    for (let copy = 0; copy < copies; copy++)
      notifications.push({
        ...notification,
        seq: notifications.length + 1,
        at: new Date().toISOString(),
      });
  };
  return { notifications, answers, delivered, faults, notify, stream };
}

type State = ReturnType<typeof createState>;

/** An Order Response is routed only for an order NSO delivered, and only from that order's seller. */
function routingErrors(state: State, routed: RoutedDocument): NsoError[] {
  if (routed.type !== 'OrderResponse') return [];
  const order = state.delivered.find(
    (entry) =>
      entry.routed.type === 'Order' && entry.routed.orderTripletta === routed.orderTripletta,
  );
  if (!order)
    return [
      {
        codice: 'NSO_146',
        messaggio: 'NSO_146 – L’Ordine indicato nel riferimento non è stato consegnato da NSO.',
      },
    ];
  if (
    order.routed.sellerEndpoint !== routed.sellerEndpoint ||
    order.routed.buyerEndpoint !== routed.buyerEndpoint
  )
    return [
      {
        codice: 'NSO_147',
        messaggio: 'NSO_147 – Il mittente della Risposta non è il fornitore dell’Ordine.',
      },
    ];
  return [];
}

/** Delivery after acceptance: the order to the supplier's side, a response to the buyer's platform. */
function deliver(state: State, entry: Delivered, idempotencyKey: string | null) {
  state.delivered.push(entry);
  if (entry.from === 'piattaforma')
    state.notify({
      tipo: 'consegna',
      messageId: entry.messageId,
      idempotencyKey,
      documentType: entry.routed.type,
    });
  if (entry.routed.type === 'OrderResponse')
    state.notify({
      tipo: 'documento',
      messageId: entry.messageId,
      idempotencyKey: null,
      documentType: 'OrderResponse',
      xml: entry.xml,
    });
}

async function receive(
  state: State,
  options: NsoSimulatorOptions,
  xml: string,
  from: Delivered['from'],
  key: string | null,
) {
  const parsed = parseDocument(xml);
  if (!('localName' in parsed))
    return { status: 422, body: { stato: 'scartato', errori: [parsed] } };
  const checked = nsoChecks(parsed);
  const routed = checked.routed;
  const errors = [...checked.errors];
  if (from === 'piattaforma' && state.faults.discard) {
    errors.push(...state.faults.discard);
    state.faults.discard = null;
  }
  if (routed && !errors.length && options.validate)
    errors.push(...(await options.validate(routed.type, xml)));
  if (routed && !errors.length) errors.push(...routingErrors(state, routed));
  const messageId = randomUUID();
  if (!routed || errors.length) {
    if (from === 'piattaforma' && routed)
      state.notify({
        tipo: 'scarto',
        messageId,
        idempotencyKey: key,
        documentType: routed.type,
        errori: errors,
      });
    return { status: 422, body: { stato: 'scartato', messageId, errori: errors } };
  }
  setImmediate(() => deliver(state, { messageId, routed, xml, from }, key));
  return { status: 202, body: { stato: 'accettato', messageId, tripletta: routed.orderTripletta } };
}

const xmlBody = express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' });

function problem(res: Response, status: number, detail: string) {
  res
    .status(status)
    .type('application/problem+json')
    .json({ title: 'Richiesta non valida', status, detail });
}

/**
 * The Nodo di Smistamento degli Ordini for development and tests. The platform sends documents
 * (`POST /nso/v1/documents`, its bearer token, an Idempotency-Key: the same key gets the same
 * answer) and reads its notifications by sequence (`GET /nso/v1/notifications?after=`); the
 * supplier's side reads the orders NSO delivered to it and answers with an Order Response.
 */
export function createNsoSimulator(options: NsoSimulatorOptions): Express {
  const state = createState();
  const app = express();
  const authorised = (req: Request) => req.get('authorization') === `Bearer ${options.clientToken}`;
  app.use('/nso', async (req, res, next) => {
    if (state.faults.delayMs)
      await new Promise((resolve) => setTimeout(resolve, state.faults.delayMs));
    if (state.faults.down) return problem(res, 503, 'NSO non è al momento disponibile.');
    if (!authorised(req))
      return problem(res, 401, 'Credenziali del punto di accesso mancanti o errate.');
    next();
  });
  app.post('/nso/v1/documents', xmlBody, async (req, res) => {
    const key = req.get('idempotency-key');
    if (!key) return problem(res, 400, 'Manca l’intestazione Idempotency-Key.');
    if (typeof req.body !== 'string')
      return problem(res, 415, 'Il Documento è XML (application/xml).');
    const answer =
      state.answers.get(key) ?? (await receive(state, options, req.body, 'piattaforma', key));
    state.answers.set(key, answer);
    if (state.faults.dropReply) {
      state.faults.dropReply = false;
      return void req.socket.destroy();
    }
    res.status(answer.status).json(answer.body);
  });
  app.get('/nso/v1/notifications', (req, res) => {
    const after = Number(req.query.after ?? 0) || 0;
    const items = state.notifications.filter((item) => item.seq > after).slice(0, 100);
    res.json({ stream: state.stream, items, next: items.at(-1)?.seq ?? after });
  });
  app.get('/supplier/v1/orders', (req, res) => {
    const endpoint = String(req.query.endpoint ?? '');
    res.json(
      state.delivered
        .filter(
          (entry) => entry.routed.type === 'Order' && entry.routed.sellerEndpoint === endpoint,
        )
        .map((entry) => ({
          messageId: entry.messageId,
          tripletta: entry.routed.orderTripletta,
          xml: entry.xml,
        })),
    );
  });
  app.post('/supplier/v1/order-responses', xmlBody, async (req, res) => {
    if (typeof req.body !== 'string')
      return problem(res, 415, 'Il Documento è XML (application/xml).');
    const answer = await receive(state, options, req.body, 'fornitore', null);
    res.status(answer.status).json(answer.body);
  });
  app.post('/_sim/faults', express.json(), (req, res) => {
    Object.assign(state.faults, req.body as Partial<Faults>);
    res.status(204).end();
  });
  return app;
}
