import { Router, type Request, type Response } from 'express';
import { type Created, type Page, type PecBoxAnswer, type PecMemberAnswer } from '../answers.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { pageNumber, pagination, withQuery } from './query.js';
import { defined } from '@app/platform/errors';

/** The Order's panel: every page carries the same tabs (seed 004's operations). */
export const pecTab = {
  members: { href: '/pec/iscritti', label: 'Iscritti' },
  boxes: { href: '/pec/caselle', label: 'Caselle' },
  requests: { href: '/pec/richieste', label: 'Richieste al gestore' },
  imports: { href: '/pec/caricamenti', label: 'Caricamento iscritti' },
  anomalies: { href: '/pec/anomalie', label: 'Anomalie' },
  iniPec: { href: '/pec/ini-pec', label: 'INI-PEC' },
};
type PecTab = (typeof pecTab)[keyof typeof pecTab];

/**
 * What every page of the panel shows around its content: the tabs with its own marked, and where it
 * stands.
 */
export const pecFrame = (current: PecTab, label?: string) => ({
  section: 'amministrazione',
  tabs: Object.values(pecTab).map((tab) => ({ ...tab, current: tab === current })),
  breadcrumbs: [
    { label: "Pannello PEC dell'Ordine", href: pecTab.members.href },
    { label: current.label, ...(label ? { href: current.href } : {}) },
    ...(label ? [{ label }] : []),
  ],
});

/** Empty fields of a form are absent, not blank: the API keeps what is not sent. */
const filled = (body: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(
    names
      .filter((name) => typeof body[name] === 'string' && (body[name] as string).trim() !== '')
      .map((name) => [name, (body[name] as string).trim()]),
  );
const memberFields = [
  'givenName',
  'familyName',
  'fiscalCode',
  'registrationNumber',
  'registeredOn',
  'address',
  'phone',
  'fax',
  'referenceEmail',
];
const contactFields = ['address', 'phone', 'fax', 'referenceEmail'];

/** Seed 004: the Order's panel — its members and their PEC mailboxes. */
export function pecPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/pec/iscritti', page(deps, showMembers, { signedIn: true }));
  router.post(
    '/pec/iscritti',
    action(deps, showMembers, async (req, { api }) => {
      const created = await api.post<Created>(
        '/api/v1/pec/members',
        filled(req.body, memberFields),
      );
      return `/pec/iscritti/${created.id}`;
    }),
  );
  router.get('/pec/iscritti/:id', page(deps, showMember, { signedIn: true }));
  router.post(
    '/pec/iscritti/:id',
    action(deps, showMember, async (req, { api }) => {
      await api.patch(`/api/v1/pec/members/${req.params.id}`, filled(req.body, contactFields));
      return `/pec/iscritti/${req.params.id}`;
    }),
  );
  router.post(
    '/pec/iscritti/:id/casella',
    action(deps, showMember, async (req, { api }) => {
      const box = await api.post<Created>('/api/v1/pec/mailboxes', {
        memberId: req.params.id,
        ...filled(req.body, ['transferFromAddress']),
      });
      return `/pec/caselle/${box.id}`;
    }),
  );
  router.get('/pec/caselle', page(deps, showMailboxes, { signedIn: true }));
  router.get('/pec/caselle/:id', page(deps, showMailbox, { signedIn: true }));
  for (const [path, operation] of [
    ['reset-password', 'reset-password'],
    ['cancella', 'delete'],
    ['trasferisci', 'transfer'],
  ] as const) {
    router.post(
      `/pec/caselle/:id/${path}`,
      action(deps, showMailbox, async (req, { api }) => {
        await api.post(
          `/api/v1/pec/mailboxes/${req.params.id}/${operation}`,
          operation === 'transfer' ? filled(req.body, ['destinationOrder']) : undefined,
        );
        return `/pec/caselle/${req.params.id}`;
      }),
    );
  }
  return router;
}

/** The panel's lists come a page at a time: an Order may have tens of thousands of members. */
export const panelPageSize = 50;

async function showMembers(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const q = typeof req.query.q === 'string' && req.query.q.trim() ? req.query.q.trim() : undefined;
  const filter: Record<string, string> = q ? { q } : {};
  const current = pageNumber(req);
  const found = await api.get<Page<unknown>>(
    withQuery('/api/v1/pec/members', { ...filter, page: current, pageSize: panelPageSize }),
  );
  show('pec/members', {
    title: 'Caselle PEC degli iscritti',
    ...pecFrame(pecTab.members),
    members: found.items,
    q,
    pages: pagination('/pec/iscritti', filter, current, found.items.length, panelPageSize),
  });
}

async function showMember(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const member = await api.get<PecMemberAnswer>(`/api/v1/pec/members/${req.params.id}`);
  const history = (
    await api.get<Page<unknown>>(`/api/v1/pec/mailboxes?q=${encodeURIComponent(member.fiscalCode)}`)
  ).items as { state: string }[];
  const live = history.find((box) => ['richiesta', 'non-attiva', 'attiva'].includes(box.state));
  const name = `${member.givenName} ${member.familyName}`;
  show('pec/member', { title: name, ...pecFrame(pecTab.members, name), member, live, history });
}

async function showMailboxes(
  req: Request,
  _res: Response,
  { api, show }: PageTools,
): Promise<void> {
  const stato =
    typeof req.query.stato === 'string' && req.query.stato ? req.query.stato : undefined;
  const q = typeof req.query.q === 'string' && req.query.q.trim() ? req.query.q.trim() : undefined;
  const filter: Record<string, string> = { ...(stato ? { stato } : {}), ...(q ? { q } : {}) };
  const current = pageNumber(req);
  const found = await api.get<Page<unknown>>(
    withQuery('/api/v1/pec/mailboxes', { ...filter, page: current, pageSize: panelPageSize }),
  );
  show('pec/mailboxes', {
    title: 'Caselle PEC',
    ...pecFrame(pecTab.boxes),
    mailboxes: found.items,
    stato,
    q,
    pages: pagination('/pec/caselle', filter, current, found.items.length, panelPageSize),
  });
}

async function showMailbox(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const box = await api.get<PecBoxAnswer>(`/api/v1/pec/mailboxes/${req.params.id}`);
  const label = box.address ?? `Casella di ${box.givenName} ${box.familyName}`;
  const pending = box.requests.filter((request) =>
    ['richiesta', 'inviata'].includes(request.state),
  );
  // The provider's paperwork (the *Trasferimenti* sheet) as the table it is.
  const sheets = box.requests
    .filter((request) => request.providerSheet)
    .map((request) => ({
      stateLabel: request.stateLabel,
      rows: defined(request.providerSheet)
        .split(/\r?\n/)
        .map((line) => line.split(';')),
    }))
    .map((sheet) => ({ ...sheet, header: sheet.rows[0], rows: sheet.rows.slice(1) }));
  show('pec/mailbox', {
    title: label,
    ...pecFrame(pecTab.boxes, label),
    box,
    pending,
    sheets,
    manageable:
      ['attiva', 'non-attiva'].includes(box.state) &&
      !pending.some((request) => ['cancellazione', 'trasferimento-uscita'].includes(request.kind)),
  });
}
