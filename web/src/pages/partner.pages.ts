import { typedInstant } from '../rome-time.js';
import { fieldRefused } from '../api-client.js';
import { Router, type Request, type Response } from 'express';
import { type Page, type WebhookAnswer } from '../answers.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';

const crumbs = (label: string, extra: { label: string; href?: string }[] = []) => [
  { label: 'Amministrazione', href: '/amministrazione' },
  { label, ...(extra.length ? { href: '/amministrazione/webhook' } : {}) },
  ...extra,
];
const typeFilter = (prefix: unknown) =>
  typeof prefix === 'string' && prefix.trim() ? [{ prefix: { type: prefix.trim() } }] : [];

const amministrazioneRecapitiPage = (deps: WebDeps) =>
  page(
    deps,
    async (req, _res, { api, show }) => {
      const stato = ['in-coda', 'inviato', 'fallito'].includes(String(req.query.stato))
        ? String(req.query.stato)
        : undefined;
      const sent = await api.get(
        `/api/v1/notification-deliveries?limit=200${stato ? `&stato=${stato}` : ''}`,
      );
      show('partners/deliveries', {
        title: 'Messaggi inviati',
        section: 'amministrazione',
        breadcrumbs: crumbs('Messaggi inviati'),
        sent,
        stato,
      });
    },
    { signedIn: true },
  );

const amministrazioneWebhookPage = (deps: WebDeps) => page(deps, showWebhooks, { signedIn: true });

const amministrazioneWebhookAction = (deps: WebDeps) =>
  action(deps, showWebhooks, async (req, tools) => {
    const created = await tools.api.post('/api/v1/webhooks', {
      url: req.body.url,
      description: req.body.description ?? '',
      filters: typeFilter(req.body.prefix),
    });
    // The secret is shown once, on this answer only.
    await showWebhooks(req, undefined as never, {
      ...tools,
      show: (view, context) => tools.show(view, { ...context, created }),
    });
  });

const amministrazioneWebhookStatoAction = (deps: WebDeps) =>
  action(deps, showWebhooks, async (req, { api }) => {
    await api.patch(`/api/v1/webhooks/${req.params.id}`, {
      status: req.body.status === 'attivo' ? 'attivo' : 'disabilitato',
    });
    return '/amministrazione/webhook';
  });

const amministrazioneWebhookSegretoAction = (deps: WebDeps) =>
  action(deps, showWebhooks, async (req, tools) => {
    const created = await tools.api.post(`/api/v1/webhooks/${req.params.id}/rotate-secret`);
    await showWebhooks(req, undefined as never, {
      ...tools,
      show: (view, context) => tools.show(view, { ...context, created, rotated: true }),
    });
  });

const amministrazioneWebhookEliminaAction = (deps: WebDeps) =>
  action(deps, showWebhooks, async (req, { api }) => {
    await api.delete(`/api/v1/webhooks/${req.params.id}`);
    return '/amministrazione/webhook';
  });

const webhookLogPage = (deps: WebDeps) => page(deps, showLog, { signedIn: true });

/** «Riproponi tutti i messaggi dal»: a day and an hour in Rome; the day is needed. */
function sinceOf(body: Record<string, unknown>): string {
  const since = typedInstant(body, 'sinceDay', 'sinceHour');
  if (!since)
    throw fieldRefused('Data non valida', 'sinceDay', 'Indica il giorno nel formato gg/mm/aaaa.');
  return since;
}

const amministrazioneWebhookRiproponiAction = (deps: WebDeps) =>
  action(deps, showLog, async (req, { api }) => {
    await api.post(
      `/api/v1/webhooks/${req.params.id}/replay`,
      req.body.deliveryId ? { deliveryId: req.body.deliveryId } : { since: sinceOf(req.body) },
    );
    return `/amministrazione/webhook/${req.params.id}`;
  });

/**
 * What the agency sends and to whom: messages by e-mail and PEC with their receipts, and its
 * partners' webhooks.
 */
export function partnerPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/amministrazione/recapiti', amministrazioneRecapitiPage(deps));
  router.get('/amministrazione/webhook', amministrazioneWebhookPage(deps));
  router.post('/amministrazione/webhook', amministrazioneWebhookAction(deps));
  router.post('/amministrazione/webhook/:id/stato', amministrazioneWebhookStatoAction(deps));
  router.post('/amministrazione/webhook/:id/segreto', amministrazioneWebhookSegretoAction(deps));
  router.post('/amministrazione/webhook/:id/elimina', amministrazioneWebhookEliminaAction(deps));
  router.get('/amministrazione/webhook/:id', webhookLogPage(deps));
  router.post(
    '/amministrazione/webhook/:id/riproponi',
    amministrazioneWebhookRiproponiAction(deps),
  );
  return router;
}

async function showWebhooks(
  _req: Request,
  _res: Response,
  { api, show }: PageTools,
): Promise<void> {
  const hooks = await api.get<Page<WebhookAnswer>>('/api/v1/webhooks');
  show('partners/webhooks', {
    title: 'Webhook',
    section: 'amministrazione',
    breadcrumbs: crumbs('Webhook'),
    hooks: hooks.items,
  });
}

async function showLog(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const [hook, log] = await Promise.all([
    api.get<WebhookAnswer>(`/api/v1/webhooks/${req.params.id}`),
    api.get<Page<unknown>>(`/api/v1/webhooks/${req.params.id}/deliveries`),
  ]);
  show('partners/webhook-log', {
    title: `Consegne — ${hook.url}`,
    section: 'amministrazione',
    breadcrumbs: crumbs('Webhook', [{ label: 'Consegne' }]),
    hook,
    deliveries: log.items,
  });
}
