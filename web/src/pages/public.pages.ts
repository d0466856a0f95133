import { Router } from 'express';
import { type Page } from '../answers.js';
import { page, type WebDeps } from '../page.js';
import { pageNumber, pagination, textQuery, withQuery } from './query.js';

const pageSize = 20;
const procurementTypes = ['Forniture', 'Servizi', 'Lavori'];

const homePage = (deps: WebDeps) =>
  page(deps, async (_req, _res, { api, me, show }) => {
    const [latest, comunicati] = await Promise.all([
      api.get<Page<unknown>>(withQuery('/api/v1/notices', { pageSize: 5 })),
      api.get<Page<unknown>>('/api/v1/announcements?kind=comunicato&pageSize=3'),
    ]);
    show('public/home', {
      title: 'Home',
      notices: latest.items,
      comunicati: comunicati.items,
      signedIn: Boolean(me),
      profile: me?.selectedProfile,
    });
  });

/** «Tutti i comunicati informativi» (seed 002), newest first. */
const comunicatiPage = (deps: WebDeps) =>
  page(deps, async (req, _res, { api, show }) => {
    const current = pageNumber(req);
    const found = await api.get<Page<unknown>>(
      withQuery('/api/v1/announcements', { kind: 'comunicato', page: current, pageSize }),
    );
    show('public/announcements', {
      title: 'Comunicati informativi',
      breadcrumbs: [{ label: 'Comunicati informativi' }],
      comunicati: found.items,
      pages: pagination('/comunicati', {}, current, found.items.length, pageSize),
    });
  });

const bandiPage = (deps: WebDeps) =>
  page(deps, async (req, _res, { api, show }) => {
    const filters = textQuery(req, ['q', 'tipo', 'stato']);
    const current = pageNumber(req);
    const found = await api.get<Page<unknown>>(
      withQuery('/api/v1/notices', { ...filters, page: current, pageSize }),
    );
    show('public/notices', {
      title: 'Bandi e avvisi',
      section: 'bandi',
      breadcrumbs: [{ label: 'Bandi e avvisi' }],
      filters,
      notices: found.items,
      types: procurementTypes,
      states: ['Pubblicato', 'Sospeso', 'Chiuso', 'Scaduto'],
      pages: pagination('/bandi', filters, current, found.items.length, pageSize),
    });
  });

const aggiudicazioniPage = (deps: WebDeps) =>
  page(deps, async (req, _res, { api, show }) => {
    const filters = textQuery(req, ['q', 'tipo', 'stato', 'ordina', 'verso']);
    const current = pageNumber(req);
    const found = await api.get<Page<unknown>>(
      withQuery('/api/v1/awards', { ...filters, page: current, pageSize }),
    );
    const sortLink = (column: string) =>
      withQuery('/aggiudicazioni', {
        ...filters,
        ordina: column,
        verso: filters.ordina === column && filters.verso !== 'desc' ? 'desc' : 'asc',
      });
    const sortState = (column: string) =>
      filters.ordina === column
        ? filters.verso === 'desc'
          ? 'descending'
          : 'ascending'
        : column === 'pubblicazione' && !filters.ordina
          ? 'descending'
          : 'none';
    show('public/awards', {
      title: 'Aggiudicazioni e affidamenti',
      section: 'aggiudicazioni',
      breadcrumbs: [{ label: 'Aggiudicazioni e affidamenti' }],
      filters,
      awards: found.items,
      types: procurementTypes,
      states: ['Aggiudicazione efficace', 'Annullata'],
      columns: ['oggetto', 'cig', 'importo', 'pubblicazione'].map((column) => ({
        column,
        href: sortLink(column),
        sort: sortState(column),
      })),
      pages: pagination('/aggiudicazioni', filters, current, found.items.length, pageSize),
    });
  });

/** The help desk the site publishes (Contatti, Istruzioni). */
const supportOf = ({ config }: WebDeps) => ({
  email: config.SUPPORT_EMAIL,
  phone: config.SUPPORT_PHONE,
  hours: config.SUPPORT_HOURS,
});

/**
 * Home, "Bandi e avvisi", "Aggiudicazioni e affidamenti" and the footer's pages: open to everyone.
 */
export function publicPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/', homePage(deps));
  router.get('/comunicati', comunicatiPage(deps));
  router.get('/bandi', bandiPage(deps));
  router.get('/aggiudicazioni', aggiudicazioniPage(deps));
  for (const [path, view, title] of [
    ['/accessibilita', 'public/accessibility', 'Dichiarazione di accessibilità'],
    ['/privacy', 'public/privacy', 'Informativa privacy'],
    ['/note-legali', 'public/legal', 'Note legali'],
    ['/istruzioni', 'public/instructions', 'Istruzioni'],
    ['/faq', 'public/faq', 'Domande frequenti'],
    ['/contatti', 'public/contacts', 'Contatti'],
  ] as const) {
    router.get(
      path,
      page(deps, async (_req, _res, { show }) =>
        show(view, { title, breadcrumbs: [{ label: title }], support: supportOf(deps) }),
      ),
    );
  }
  return router;
}
