import { Router, type Request, type Response } from 'express';
import {
  type CigRequestAnswer,
  type ContractAnswer,
  type Created,
  type OrderAnswer,
} from '../answers.js';
import { ApiProblem } from '../api-client.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { centsOf, typedEuro } from '../money.js';
import { fileForm } from '../upload.js';
import { passFile } from './adhesion.pages.js';
import {
  cigFieldName,
  cigRequestOf,
  codeChoices,
  contractObjects,
  lotCountOf,
} from './cig-form.js';
import { crumbs } from './contract.pages.js';
import { offers } from './roles.js';
import { outcomeMessage, outcomePages } from './outcome.pages.js';
import { defined } from '@app/platform/errors';

const blankLines = 3;

const contrattiOrdiniAction = (deps: WebDeps) =>
  action(deps, cigRequestForm, async (req, tools) => {
    const { api } = tools;
    // «Aggiungi un lotto» / «Rimuovi l'ultimo lotto»: the same form again, with what was typed.
    if (req.body.azione === 'aggiungi-lotto' || req.body.azione === 'rimuovi-lotto') {
      const lots = lotCountOf(req.body) + (req.body.azione === 'aggiungi-lotto' ? 1 : -1);
      req.body.lotti = String(lots);
      // A new lot starts as the first one's copy of subject and CPV, with the next identifier.
      const added = lots - 1;
      req.body[`lotIdentifier-${added}`] ??= `LOTTO-${lots}`;
      for (const name of ['lotSubject', 'cpv'])
        req.body[`${name}-${added}`] ??= req.body[`${name}-0`];
      return cigRequestForm(req, {} as Response, {
        ...tools,
        show: (view, context) =>
          tools.show(view, { ...context, failure: { values: req.body, fields: {}, messages: [] } }),
      });
    }
    const contract = await api.get<ContractAnswer>(`/api/v1/contracts/${req.params.id}`);
    const request = await api
      .post<CigRequestAnswer>('/api/v1/cig-requests', cigRequestOf(req, contract))
      .catch(renameFields);
    const order = await api.post<Created>(`/api/v1/contracts/${req.params.id}/orders`, {
      cigRequestId: request.id,
      adhesionId: request.data?.adhesionId,
    });
    return `/richieste-cig/${request.id}/salvata?ordine=${order.id}`;
  });

const ordiniRigheAction = (deps: WebDeps) =>
  action(deps, showOrder, async (req, { api }) => {
    await api.putJson(`/api/v1/orders/${req.params.id}`, { lines: linesOf(req) });
    return `/ordini/${req.params.id}#passo-1`;
  });

const ordiniSchedaSintesiAction = (deps: WebDeps) =>
  action(deps, showOrder, async (req, { api }) => {
    await api.put(`/api/v1/orders/${req.params.id}/summary-sheet`, fileForm(req));
    return `/ordini/${req.params.id}#passo-2`;
  });

const ordiniDocumentiAction = (deps: WebDeps) =>
  action(deps, showOrder, async (req, { api }) => {
    await api.put(
      `/api/v1/orders/${req.params.id}/documents/${req.params.requirementId}`,
      fileForm(req),
    );
    return `/ordini/${req.params.id}#passo-2`;
  });

/** "Richiesta CIG salvata": the request just saved, and the order it belongs to. */
const cigSavedPage = (deps: WebDeps) =>
  page(
    deps,
    async (req, _res, { api, show }) => {
      const request = await api.get<CigRequestAnswer>(`/api/v1/cig-requests/${req.params.id}`);
      show('orders/cig-saved', {
        title: 'Richiesta CIG salvata',
        section: 'contratti',
        request,
        orderId: String(req.query.ordine ?? ''),
        breadcrumbs: [{ label: 'Richiedi CIG' }],
      });
    },
    { signedIn: true },
  );

/** "Situazione pagamenti" of an order. */
const paymentsPage = (deps: WebDeps) =>
  page(
    deps,
    async (req, _res, { api, show }) => {
      const [order, payments] = await Promise.all([
        api.get<OrderAnswer>(`/api/v1/orders/${req.params.id}`),
        api.get<{ mandates: Mandate[] }>(`/api/v1/orders/${req.params.id}/payments`),
      ]);
      const search = searchOf(req);
      show('orders/payments', {
        title: `Situazione pagamenti — ${order.code}`,
        section: 'contratti',
        order,
        payments,
        search,
        mandates: searchedMandates(payments.mandates, search),
        breadcrumbs: orderCrumbs(order, 'Situazione pagamenti'),
      });
    },
    { signedIn: true },
  );

interface Mandate {
  mandateNumber: string;
  issuedOn: string;
  amountCents: number;
  reason?: string | null;
  beneficiary?: { name?: string };
}

/** Seed 003: the mandates searched (number, beneficiary, causale) and sorted by date or amount. */
const searchOf = (req: Request) => ({
  q: typeof req.query.q === 'string' ? req.query.q.trim() : '',
  sort: req.query.ordina === 'importo' ? 'importo' : 'data',
  order: req.query.verso === 'crescente' ? 'crescente' : 'decrescente',
});

function searchedMandates(mandates: Mandate[], search: ReturnType<typeof searchOf>): Mandate[] {
  const wanted = search.q.toLowerCase();
  const key = (m: Mandate) => (search.sort === 'importo' ? m.amountCents : Date.parse(m.issuedOn));
  return mandates
    .filter((m) =>
      [m.mandateNumber, m.beneficiary?.name, m.reason].some((text) =>
        (text ?? '').toLowerCase().includes(wanted),
      ),
    )
    .sort((a, b) => (search.order === 'crescente' ? key(a) - key(b) : key(b) - key(a)));
}

/** The order's buttons, each a command of the API on the order, back to the order's page. */
function orderCommands(router: Router, deps: WebDeps) {
  const commands: [string, string, (req: Request) => unknown][] = [
    ['conferma-appalto', 'confirm-appalto', () => ({})],
    ['acquisisci-cig', 'acquire-cig', () => ({})],
    ['invia', 'submit', () => ({})],
    ['approva', 'approve', () => ({})],
    ['rifiuta', 'reject', (req) => ({ reason: req.body.reason })],
    ['presa-visione', 'acknowledge', () => ({})],
    ['contesta', 'dispute', (req) => ({ reason: req.body.reason })],
    [
      'risposta-nso',
      'order-response',
      (req) => ({ code: req.body.code, ...(req.body.reason ? { reason: req.body.reason } : {}) }),
    ],
  ];
  for (const [name, command, body] of commands) {
    router.post(
      `/ordini/:id/${name}`,
      action(deps, showOrder, async (req, { api }) => {
        await api.post(`/api/v1/orders/${req.params.id}/${command}`, body(req));
        return `/ordini/${req.params.id}${name === 'invia' ? '?inviato=1' : ''}`;
      }),
    );
  }
}

/**
 * Nuovo ordine → Richiedi CIG → Vai all'ordine → passo 1, 2, 3; the banditore's and supplier's
 * answers; Esito.
 */
export function orderPages(deps: WebDeps): Router {
  const router = Router();
  const signedIn = { signedIn: true };
  router.get('/contratti/:id/ordini/nuovo', page(deps, cigRequestForm, signedIn));
  router.post('/contratti/:id/ordini', contrattiOrdiniAction(deps));
  router.get('/richieste-cig/:id/salvata', cigSavedPage(deps));
  router.get('/ordini/:id', page(deps, showOrder, signedIn));
  router.get('/ordini/:id/invia', page(deps, confirmSending, signedIn));
  router.post('/ordini/:id/righe', ordiniRigheAction(deps));
  orderCommands(router, deps);
  router.post('/ordini/:id/scheda-sintesi', ordiniSchedaSintesiAction(deps));
  router.post('/ordini/:id/documenti/:requirementId', ordiniDocumentiAction(deps));
  router.post(
    '/ordini/:id/documenti-fornitore/:kind',
    action(deps, showOrder, async (req, { api }) => {
      const subject = typeof req.body.soggetto === 'string' ? req.body.soggetto : '';
      await api.put(
        `/api/v1/orders/${req.params.id}/supplier-documents/${req.params.kind}?soggetto=` +
          encodeURIComponent(subject),
        fileForm(req),
      );
      return `/ordini/${req.params.id}#documenti-fornitore`;
    }),
  );
  router.get(
    '/ordini/:id/scheda-sintesi',
    passFile(deps, (req) => `/api/v1/orders/${req.params.id}/summary-sheet`),
  );
  router.get(
    '/ordini/:id/file/:documentId',
    passFile(deps, (req) => `/api/v1/orders/${req.params.id}/files/${req.params.documentId}`),
  );
  router.get(
    '/ordini/:id/nso/:documentId',
    passFile(
      deps,
      (req) => `/api/v1/orders/${req.params.id}/nso-documents/${req.params.documentId}`,
    ),
  );
  router.get('/ordini/:id/pagamenti', paymentsPage(deps));
  router.use(outcomePages(deps, showOrder));
  return router;
}

const orderCrumbs = (
  order: { id: string; code: string; contract: { id: string; title: string } },
  last?: string,
) => [
  ...crumbs(order.contract, `Ordinativo ${order.code}`).slice(0, 2),
  ...(last
    ? [{ label: `Ordinativo ${order.code}`, href: `/ordini/${order.id}` }, { label: last }]
    : [{ label: `Ordinativo ${order.code}` }]),
];

/** The API names a lot's field by its path; the form by its input's name. */
function renameFields(error: unknown): never {
  if (error instanceof ApiProblem && Array.isArray(error.problem.invalidFields)) {
    error.problem.invalidFields = (
      error.problem.invalidFields as { path: string; message: string }[]
    ).map((field) => ({ ...field, path: cigFieldName(field.path) }));
  }
  throw error;
}

/**
 * The rows the person filled (blank rows ignored), in cents; a row that cannot be read is refused
 * here.
 */
function linesOf(req: Request) {
  const list = (name: string): string[] => [req.body[name] ?? []].flat().map(String);
  const [descriptions, prices, quantities] = [
    list('descrizione'),
    list('prezzo'),
    list('quantita'),
  ];
  const lines = [];
  for (let row = 0; row < descriptions.length; row++) {
    const description = defined(descriptions[row]).trim();
    if (!description && !prices[row]?.trim() && !quantities[row]?.trim()) continue;
    const unitPriceCents = centsOf(prices[row]);
    const quantity = Number(quantities[row]);
    if (unitPriceCents === undefined || !Number.isInteger(quantity)) {
      throw new ApiProblem(400, {
        title: 'Riga non valida',
        detail:
          `Riga ${row + 1}: indica l'importo unitario in euro (per esempio 100,00) ` +
          `e una quantità intera.`,
      });
    }
    lines.push({ description, unitPriceCents, quantity });
  }
  return lines;
}

async function cigRequestForm(
  req: Request,
  _res: Response,
  { api, show }: PageTools,
): Promise<void> {
  const [contract, adhesions, choices] = await Promise.all([
    api.get<ContractAnswer>(`/api/v1/contracts/${req.params.id}`),
    api.get<{ status: string }[]>(`/api/v1/contracts/${req.params.id}/adhesions`).catch(() => []),
    codeChoices(api),
  ]);
  const approved = adhesions.filter((adhesion) => adhesion.status === 'approvata');
  const lotCount = lotCountOf(req.body ?? {});
  show('orders/cig-request', {
    lots: Array.from({ length: lotCount }, (_, index) => ({
      index,
      number: index + 1,
      identifier: `LOTTO-${index + 1}`,
    })),
    lotCount,
    canAddLot: lotCount < 10,
    title: 'Richiedi CIG',
    section: 'contratti',
    breadcrumbs: crumbs(contract, 'Richiedi CIG'),
    contract,
    adhesions: approved,
    choices: { ...choices, contractObjects },
    defaults: {
      cpv: String(contract.cpv?.[0] ?? '').slice(0, 8),
      lotSubject: contract.title,
      lotIdentifier: 'LOTTO-1',
      today: new Date().toISOString().slice(0, 10),
    },
  });
}

async function showOrder(
  req: Request,
  _res: Response,
  { api, me, callable, show }: PageTools,
): Promise<void> {
  const [order, history] = await Promise.all([
    api.get<OrderAnswer>(`/api/v1/orders/${req.params.id}`),
    api.get(`/api/v1/orders/${req.params.id}/history`),
  ]);
  const nso = ['approvato', 'annullato'].includes(order.status)
    ? await api.get<NsoAnswer>(`/api/v1/orders/${req.params.id}/nso-documents`)
    : null;
  const lines = [
    ...order.lines.map((line) => ({
      ...line,
      price: typedEuro(line.unitPriceCents),
    })),
    ...Array.from({ length: blankLines }, () => ({})),
  ];
  const step =
    order.status === 'bozza' || order.status.startsWith('appalto')
      ? 0
      : ['cig-in-corso', 'cig-acquisito'].includes(order.status)
        ? 1
        : 2;
  show('orders/detail', {
    title: `Ordinativo ${order.code}`,
    section: 'contratti',
    order,
    sent: sentMessage(req, order) ?? outcomeMessage(req, order),
    history,
    lines,
    breadcrumbs: orderCrumbs(order),
    steps: ["Righe dell'ordine", 'CIG e documenti', 'Invio'].map((label, index) => ({
      label,
      number: index + 1,
      state: index < step ? 'confirmed' : index === step ? 'active' : '',
    })),
    live: `/api/v1/orders/${order.id}/events`,
    today: new Date().toISOString().slice(0, 10),
    nso,
    can: orderOffers(order, offers(me, callable), nso),
  });
}

interface NsoAnswer {
  tripletta: string | null;
  documents: { kind: string; variant: string | null; status: string }[];
}

/** The order's page offers each party what its state and the caller's profile allow. */
function orderOffers(order: OrderAnswer, can: ReturnType<typeof offers>, nso: NsoAnswer | null) {
  const mine = order.side === 'ordinante';
  const answerable =
    order.side === 'fornitore' &&
    order.status === 'approvato' &&
    [null, 'in-attesa'].includes(order.supplierResponse);
  const delivered = nso?.documents.some(
    (document) => document.variant === 'iniziale' && document.status === 'consegnato',
  );
  const answered = nso?.documents.some(
    (document) => document.kind === 'risposta' && document.status !== 'scartato',
  );
  return {
    edit: mine && ['bozza', 'appalto-confermato'].includes(order.status) && !order.derivedCig,
    confirm: mine && order.status === 'bozza',
    acquire: mine && order.status === 'appalto-confermato',
    documents: mine && order.status === 'cig-acquisito',
    // A Punto Richiedente prepares; only who may send sees «Invia» (decision 0032).
    send: mine && order.status === 'cig-acquisito' && can.sendOrder,
    decide: order.side === 'banditore' && can.judgeOrders && order.status === 'inviato',
    answer: answerable,
    // Delivered through NSO, the supplier answers with an Order Response, once.
    answerNso: answerable && delivered && !answered,
    outcome: mine && order.status === 'approvato' && !order.outcomePublishedAt,
    payments: can.payments && order.status === 'approvato',
    auditTrail: can.auditTrail,
    returnDocuments: order.side === 'fornitore' && order.status === 'approvato',
  };
}

/** Seed 001: «Cliccando su “invia” e confermando l’azione»: the order is sent after a Sì. */
async function confirmSending(req: Request, _res: Response, { api, show }: PageTools) {
  const order = await api.get<OrderAnswer>(`/api/v1/orders/${req.params.id}`);
  show('confirm-send', {
    title: `Invio dell’ordinativo ${order.code}`,
    section: 'contratti',
    breadcrumbs: orderCrumbs(order, 'Invio'),
    question: `Confermi l’invio dell’ordinativo ${order.code} al soggetto banditore?`,
    action: `/ordini/${order.id}/invia`,
    back: `/ordini/${order.id}#passo-3`,
  });
}

/** Seed 001: «un messaggio di conferma di corretto invio dell’ordinativo», after «Sì». */
const sentMessage = (req: Request, order: { code: string; status: string }) =>
  req.query.inviato === '1' && order.status === 'inviato'
    ? `L’ordinativo ${order.code} è stato inviato correttamente.`
    : undefined;
