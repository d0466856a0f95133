import { Router, type Request, type Response } from 'express';
import type { OrderAnswer } from '../answers.js';
import { fieldRefused } from '../api-client.js';
import { action } from '../form.js';
import type { PageTools, WebDeps } from '../page.js';

/**
 * Seed 001's Esito: «salva e pubblica» on the order's page, then «Il Sistema riepiloga le
 * informazioni inserite e mostra il pulsante “salva e procedi”», then «un messaggio di conferma».
 */
export function outcomePages(deps: WebDeps, showOrder: ShowOrder): Router {
  const router = Router();
  // «Salva e pubblica»: what was entered, checked here and summed up; nothing is published yet.
  router.post('/ordini/:id/esito', action(deps, showOrder, showRecap));
  router.post(
    '/ordini/:id/esito/pubblica',
    action(deps, showOrder, async (req, { api }) => {
      await api.post(`/api/v1/orders/${req.params.id}/outcome`, {
        awardDate: req.body.awardDate,
        ...(req.body.notes ? { notes: String(req.body.notes) } : {}),
      });
      return `/ordini/${req.params.id}?esito=1`;
    }),
  );
  return router;
}

type ShowOrder = (req: Request, res: Response, tools: PageTools) => Promise<void>;

async function showRecap(req: Request, { api, show }: PageTools): Promise<void> {
  const order = await api.get<OrderAnswer & OrderRecapFields>(`/api/v1/orders/${req.params.id}`);
  if (!req.body.awardDate) {
    throw fieldRefused('Dati mancanti', 'awardDate', "Indica la data dell'affidamento.");
  }
  show('orders/outcome-recap', {
    title: `Esito dell’ordinativo ${order.code}`,
    section: 'contratti',
    order,
    awardDate: String(req.body.awardDate),
    notes: typeof req.body.notes === 'string' ? req.body.notes.trim() : '',
    breadcrumbs: [
      { label: `Ordinativo ${order.code}`, href: `/ordini/${order.id}` },
      { label: 'Esito' },
    ],
  });
}

interface OrderRecapFields {
  subject?: string;
  totalCents?: number;
  contract: { id: string; title: string; supplier?: { name: string } };
}

/** Seed 001: after «salva e procedi», «il sistema restituisce un messaggio di conferma». */
export const outcomeMessage = (req: Request, order: OrderAnswer) =>
  req.query.esito === '1' && order.outcomePublishedAt
    ? 'L’esito è stato pubblicato correttamente: è visibile nella sezione «Aggiudicazioni e ' +
      'affidamenti».'
    : undefined;
