import { Router } from 'express';
import { type ContractAnswer, type Page } from '../answers.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { pageNumber, pagination, queryDate, textQuery, withQuery } from './query.js';
import { offers } from './roles.js';
import { defined } from '@app/platform/errors';

const pageSize = 20;
const tabs = [
  { id: 'informazioni', label: 'Informazioni generali' },
  { id: 'aggiudicatario', label: 'Aggiudicatario' },
  { id: 'chiarimenti', label: 'Chiarimenti' },
  { id: 'adesioni', label: 'Elenco adesioni' },
  { id: 'ordinativi', label: 'Elenco ordinativi' },
  { id: 'comunicazioni', label: 'Comunicazioni' },
];

const contrattiPage = (deps: WebDeps) =>
  page(
    deps,
    async (req, _res, { api, me, callable, show }) => {
      const filters = textQuery(req, [
        'q',
        'kind',
        'status',
        'supplier',
        'cpv',
        'expiryFrom',
        'expiryTo',
        'sort',
      ]);
      for (const name of ['expiryFrom', 'expiryTo'] as const) {
        const iso = queryDate(filters[name]);
        if (iso) filters[name] = iso;
        else delete filters[name];
      }
      const current = pageNumber(req);
      const found = await api.get<Page<unknown>>(
        withQuery('/api/v1/contracts', { ...filters, page: current, pageSize }),
      );
      show('contracts/list', {
        title: 'Elenco contratti',
        section: 'contratti',
        breadcrumbs: [{ label: 'Elenco contratti' }],
        filters,
        contracts: found.items,
        total: found.total,
        pages: pagination(
          '/contratti',
          filters,
          current,
          found.items.length,
          pageSize,
          found.total,
        ),
        can: offers(me, callable),
      });
    },
    { signedIn: true },
  );

const contrattoPage = (deps: WebDeps) =>
  page(deps, (req, res, tools) =>
    tools.me
      ? contractTab(
          req.params.id as string,
          String(req.query.tab ?? 'informazioni'),
          tools,
          pageNumber(req),
        )
      : publicContract(req.params.id as string, tools),
  );

const contrattiChiarimentiAction = (deps: WebDeps) =>
  action(
    deps,
    (req, _res, tools) => contractTab(req.params.id as string, 'chiarimenti', tools),
    async (req, { api }) => {
      await api.post(`/api/v1/contracts/${req.params.id}/clarifications`, {
        question: req.body.question,
      });
      return `/contratti/${req.params.id}?tab=chiarimenti`;
    },
  );

const contrattiChiarimentiRispostaAction = (deps: WebDeps) =>
  action(
    deps,
    (req, _res, tools) => contractTab(req.params.id as string, 'chiarimenti', tools),
    async (req, { api }) => {
      await api.post(
        `/api/v1/contracts/${req.params.id}/clarifications/${req.params.clarificationId}/answer`,
        { answer: req.body.answer },
      );
      return `/contratti/${req.params.id}?tab=chiarimenti`;
    },
  );

const contrattiListinoPage = (deps: WebDeps) =>
  page(
    deps,
    async (req, _res, { api, show }) => {
      const at = queryDate(req.query.data);
      const [contract, list] = await Promise.all([
        api.get<ContractAnswer>(`/api/v1/contracts/${req.params.id}`),
        api.get(withQuery(`/api/v1/contracts/${req.params.id}/price-list`, at ? { at } : {})),
      ]);
      show('contracts/price-list', {
        title: `Listino — ${contract.title}`,
        section: 'contratti',
        breadcrumbs: crumbs(contract, 'Listino'),
        contract,
        list,
        at,
      });
    },
    { signedIn: true },
  );

const contrattiMassimalePage = (deps: WebDeps) =>
  page(
    deps,
    async (req, _res, { api, show }) => {
      const [contract, ceiling] = await Promise.all([
        api.get<ContractAnswer>(`/api/v1/contracts/${req.params.id}`),
        api.get(`/api/v1/contracts/${req.params.id}/ceiling`),
      ]);
      show('contracts/ceiling', {
        title: `Massimale — ${contract.title}`,
        section: 'contratti',
        breadcrumbs: crumbs(contract, 'Massimale'),
        contract,
        ceiling,
      });
    },
    { signedIn: true },
  );

/** "Elenco contratti", a contract's tabs, its price list and (for the banditore) its ceiling. */
export function contractPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/contratti', contrattiPage(deps));
  router.get('/contratti/:id', contrattoPage(deps));
  router.post('/contratti/:id/chiarimenti', contrattiChiarimentiAction(deps));
  router.post(
    '/contratti/:id/chiarimenti/:clarificationId/risposta',
    contrattiChiarimentiRispostaAction(deps),
  );
  router.get('/contratti/:id/listino', contrattiListinoPage(deps));
  router.get('/contratti/:id/massimale', contrattiMassimalePage(deps));
  return router;
}

export const crumbs = (contract: { id: string; title: string }, label: string) => [
  { label: 'Elenco contratti', href: '/contratti' },
  { label: contract.title, href: `/contratti/${contract.id}` },
  { label },
];

const listPageSize = 50;
/** The tabs that list a page of the contract's adhesions or orders: the API's name is the view's. */
const listedOn = { adesioni: 'adhesions', ordinativi: 'orders' } as const;

/** A page of a contract's adhesions or orders, with the links to the pages beside it. */
async function listPage(
  api: PageTools['api'],
  id: string,
  tab: keyof typeof listedOn,
  page: number,
) {
  const items = await api
    .get<unknown[]>(
      withQuery(`/api/v1/contracts/${id}/${listedOn[tab]}`, { page, pageSize: listPageSize }),
    )
    .catch(() => []);
  return {
    items,
    pages: pagination(`/contratti/${id}`, { tab }, page, items.length, listPageSize),
  };
}

/**
 * The contract as a signed-in person sees it, one tab at a time (links, so it works without
 * JavaScript).
 */
export async function contractTab(
  id: string,
  tab: string,
  { api, me, callable, show }: PageTools,
  page = 1,
): Promise<void> {
  const current = tabs.find((t) => t.id === tab) ?? defined(tabs[0]);
  const contract = await api.get<ContractAnswer>(`/api/v1/contracts/${id}`);
  const can = offers(me, callable);
  const data: Record<string, unknown> = {};
  if (current.id === 'chiarimenti')
    data.clarifications = await api.get(`/api/v1/contracts/${id}/clarifications`);
  if (current.id === 'adesioni' || current.id === 'ordinativi') {
    const { items, pages } = await listPage(api, id, current.id, page);
    data[listedOn[current.id]] = items;
    data.pages = pages;
  }
  if (current.id === 'comunicazioni') {
    // Seed 001: the automatic notifications of a contract are in its «comunicazioni» too.
    [data.communications, data.notices] = await Promise.all([
      api.get(`/api/v1/contracts/${id}/communications`),
      api.get(`/api/v1/notifications?contractId=${id}&limit=100`),
    ]);
  }
  const banditore = can.agencyId === contract.banditore?.agencyId;
  // Seed 000: on a convention only the people a registration names adhere and order; the others
  // are told why instead of meeting a refusal.
  const standing =
    !banditore && (can.adhere || can.order) && contract.kind === 'convenzione'
      ? await api
          .get<{ registered: boolean; detail?: string }>(
            `/api/v1/contracts/${id}/adhesions/registration`,
          )
          .catch(() => undefined)
      : undefined;
  const registered = standing?.registered ?? true;
  show('contracts/detail', {
    registration: registered ? undefined : standing?.detail,
    title: contract.title,
    section: 'contratti',
    contract,
    ...data,
    breadcrumbs: [{ label: 'Elenco contratti', href: '/contratti' }, { label: contract.title }],
    tabs: tabs.map((t) => ({
      ...t,
      href: `/contratti/${id}?tab=${t.id}`,
      active: t.id === current.id,
    })),
    tab: current.id,
    can: {
      ...can,
      banditore,
      answer: banditore && can.answerClarification,
      adhere: can.adhere && !banditore && registered,
      order: can.order && !banditore && registered,
      auditTrail: banditore && can.auditTrail,
    },
  });
}

/** What the public page reads of an OCDS release. */
interface OcdsRelease {
  parties?: { roles: string[] }[];
  tender?: { title?: string; value?: { amount: number; currency: string } };
}

/** Without logging in: the contract's open data (its OCDS release). */
async function publicContract(id: string, { api, show }: PageTools): Promise<void> {
  const ocds = await api.get<{ releases?: OcdsRelease[] }>(`/api/v1/contracts/${id}/ocds`);
  const release: OcdsRelease = ocds.releases?.[0] ?? {};
  const buyer = (release.parties ?? []).find((party) => party.roles.includes('procuringEntity'));
  const supplier = (release.parties ?? []).find((party) => party.roles.includes('supplier'));
  show('contracts/public', {
    title: release.tender?.title ?? 'Contratto',
    section: 'bandi',
    release,
    // OCDS writes euro as a number; the page writes them as every other page does.
    amountCents:
      release.tender?.value?.currency === 'EUR'
        ? Math.round(release.tender.value.amount * 100)
        : undefined,
    buyer,
    supplier,
    breadcrumbs: [
      { label: 'Bandi e avvisi', href: '/bandi' },
      { label: release.tender?.title ?? 'Contratto' },
    ],
  });
}
