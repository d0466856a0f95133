import { Router, type Request, type Response } from 'express';
import {
  type Created,
  type Page,
  type PecAnomalyAnswer,
  type PecImportAnswer,
} from '../answers.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { fileForm } from '../upload.js';
import { passFile } from './adhesion.pages.js';
import { panelPageSize, pecFrame, pecTab } from './pec.pages.js';
import { pageNumber, pagination, queryDate, withQuery } from './query.js';

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/** Seed 004's panel, the rest: the ledger of requests, anomaly reports, bulk load and INI-PEC. */
export function pecPanelPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/pec/richieste', page(deps, showRequests, { signedIn: true }));
  router.get('/pec/anomalie', page(deps, showAnomalies, { signedIn: true }));
  router.post(
    '/pec/anomalie',
    action(deps, showAnomalies, async (req, { api }) => {
      const { kind, address, description } = req.body as Record<string, string>;
      const report = await api.post<Created>('/api/v1/pec/anomalies', {
        kind,
        description,
        ...(address?.trim() ? { address: address.trim() } : {}),
      });
      return `/pec/anomalie/${report.id}`;
    }),
  );
  router.get('/pec/anomalie/:id', page(deps, showAnomaly, { signedIn: true }));
  router.get('/pec/caricamenti', page(deps, showImportForm, { signedIn: true }));
  router.post(
    '/pec/caricamenti',
    action(deps, showImportForm, async (req, { api }) => {
      const report = await api.postForm<Created>(
        `/api/v1/pec/imports?formato=${encodeURIComponent(String(req.body.formato ?? ''))}`,
        fileForm(req),
      );
      return `/pec/caricamenti/${report.id}`;
    }),
  );
  router.get('/pec/caricamenti/:id', page(deps, showImport, { signedIn: true }));
  router.post(
    '/pec/caricamenti/:id',
    action(deps, showImport, async (req, { api }) => {
      const chosen = ([] as unknown[])
        .concat(req.body.righe ?? [])
        .map(Number)
        .filter(Number.isInteger);
      await api.post(`/api/v1/pec/imports/${req.params.id}/apply`, { rows: chosen });
      return `/pec/caricamenti/${req.params.id}?applicato=1`;
    }),
  );
  router.get('/pec/ini-pec', page(deps, showIniPec, { signedIn: true }));
  router.get(
    '/pec/ini-pec/file',
    passFile(
      deps,
      (req) => `/api/v1/pec/ini-pec/export?giorno=${queryDate(req.query.giorno) ?? today()}`,
    ),
  );
  router.post(
    '/pec/ini-pec',
    action(deps, showIniPec, async (req, tools) => {
      const check = await tools.api.postForm('/api/v1/pec/ini-pec/check', fileForm(req));
      await showIniPec(req, undefined, tools, check);
    }),
  );
  return router;
}

async function showRequests(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const stato =
    typeof req.query.stato === 'string' && req.query.stato ? req.query.stato : undefined;
  const filter: Record<string, string> = stato ? { stato } : {};
  const current = pageNumber(req);
  const found = await api.get<Page<{ state: string }> & { counts: Record<string, number> }>(
    withQuery('/api/v1/pec/requests', { ...filter, page: current, pageSize: panelPageSize }),
  );
  show('pec/requests', {
    title: 'Richieste al gestore',
    ...pecFrame(pecTab.requests),
    stato,
    requests: found.items,
    counts: found.counts,
    pages: pagination('/pec/richieste', filter, current, found.items.length, panelPageSize),
  });
}

async function showAnomalies(
  _req: Request,
  _res: Response,
  { api, show }: PageTools,
): Promise<void> {
  const found = await api.get<Page<unknown>>('/api/v1/pec/anomalies');
  show('pec/anomalies', {
    title: 'Segnalazioni di anomalia',
    ...pecFrame(pecTab.anomalies),
    anomalies: found.items,
  });
}

async function showAnomaly(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const report = await api.get<PecAnomalyAnswer>(`/api/v1/pec/anomalies/${req.params.id}`);
  show('pec/anomaly', {
    title: 'Segnalazione di anomalia',
    ...pecFrame(pecTab.anomalies, report.payload.indirizzo ?? 'Segnalazione'),
    report,
  });
}

async function showImportForm(_req: Request, _res: Response, { show }: PageTools): Promise<void> {
  show('pec/imports', { title: 'Caricamento dei nuovi iscritti', ...pecFrame(pecTab.imports) });
}

async function showImport(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const report = await api.get<PecImportAnswer>(`/api/v1/pec/imports/${req.params.id}`);
  const rows = report.rows.map((row) => ({
    ...row,
    applied: report.appliedRows.includes(row.row),
  }));
  show('pec/import', {
    title: `Caricamento ${report.fileName ?? ''}`.trim(),
    ...pecFrame(pecTab.imports, report.fileName ?? 'Resoconto'),
    report,
    rows,
    applied: req.query.applicato === '1',
    pending: rows.some((row) => row.outcome !== 'errore' && !row.applied),
  });
}

async function showIniPec(
  req: Request,
  _res: Response | undefined,
  { show }: PageTools,
  check?: unknown,
): Promise<void> {
  const giorno = queryDate(req.query.giorno) ?? today();
  show('pec/ini-pec', { title: 'INI-PEC', ...pecFrame(pecTab.iniPec), giorno, check });
}
