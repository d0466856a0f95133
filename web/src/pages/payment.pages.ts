import { Router, type Request, type Response } from 'express';
import { action } from '../form.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { fileForm } from '../upload.js';

const signedIn = { signedIn: true };

/** What the list reads of a mandate (seed 003's columns). */
interface MandateRow {
  id: string;
  mandateNumber: string;
  amountCents: number;
  act: { date: string; number: string; amountCents: number } | null;
  statusLabel: string;
}

const one = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/**
 * Seed 003's «servizio mandati»: the mandates of a payer body towards the agency (ricevuti) or
 * those the agency issued (emessi), searched and sorted by date and amount; each in detail; and the
 * payer's import of its accounting export, checked first without storing anything.
 */
export function paymentPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/mandati', page(deps, showMandates, signedIn));
  router.get('/mandati/importa', page(deps, showImport, signedIn));
  router.post(
    '/mandati/importa',
    action(deps, showImport, async (req, tools) => {
      const dryRun = req.body.azione !== 'importa';
      const report = await tools.api.postForm(
        `/api/v1/payments/import?dryRun=${dryRun}`,
        fileForm(req),
      );
      await showImport(req, undefined, tools, { report, dryRun });
    }),
  );
  router.get('/mandati/:id', page(deps, showMandate, signedIn));
  return router;
}

async function showMandates(req: Request, _res: Response, { api, show }: PageTools) {
  const verso = req.query.verso === 'emessi' ? 'emessi' : 'ricevuti';
  const filters = {
    q: one(req.query.q) ?? '',
    sort: req.query.sort === 'importo' ? 'importo' : 'data',
    order: req.query.order === 'asc' ? 'asc' : 'desc',
  };
  const query = new URLSearchParams({ verso, ...filters });
  if (!filters.q) query.delete('q');
  const mandates = await api.get<MandateRow[]>(`/api/v1/payments?${query}`);
  show('payments/list', {
    title: 'Situazione mandati',
    section: 'amministrazione',
    breadcrumbs: [{ label: 'Amministrazione', href: '/amministrazione' }, { label: 'Mandati' }],
    verso,
    filters,
    mandates,
    tabs: [
      { id: 'ricevuti', label: 'Mandati verso il tuo ente' },
      { id: 'emessi', label: 'Mandati emessi dal tuo ente' },
    ].map((tab) => ({ ...tab, active: tab.id === verso, href: `/mandati?verso=${tab.id}` })),
  });
}

async function showMandate(req: Request, _res: Response, { api, show }: PageTools) {
  const mandate = await api.get<MandateRow>(`/api/v1/payments/${req.params.id}`);
  show('payments/detail', {
    title: `Mandato ${mandate.mandateNumber}`,
    section: 'amministrazione',
    breadcrumbs: [
      { label: 'Amministrazione', href: '/amministrazione' },
      { label: 'Mandati', href: '/mandati' },
      { label: `Mandato ${mandate.mandateNumber}` },
    ],
    mandate,
  });
}

async function showImport(
  _req: Request,
  _res: Response | undefined,
  { show }: PageTools,
  outcome?: { report: unknown; dryRun: boolean },
) {
  show('payments/import', {
    title: 'Importa mandati',
    section: 'amministrazione',
    breadcrumbs: [
      { label: 'Amministrazione', href: '/amministrazione' },
      { label: 'Mandati', href: '/mandati?verso=emessi' },
      { label: 'Importa' },
    ],
    ...outcome,
  });
}
