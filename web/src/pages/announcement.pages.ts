import { Router, type Request, type Response } from 'express';
import { itemsOf, type ListOrPage } from '../answers.js';
import { action } from '../form.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { typedInstant } from '../rome-time.js';

/**
 * The Gestore's «Comunicati informativi» and «Avviso» (seed 002): what is published, a new one,
 * and «Ritira».
 */
export function announcementPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/amministrazione/comunicati', page(deps, showAnnouncements, { signedIn: true }));
  router.post(
    '/amministrazione/comunicati',
    action(deps, showAnnouncements, async (req, { api }) => {
      await api.post('/api/v1/announcements', announcementOf(req.body));
      return '/amministrazione/comunicati';
    }),
  );
  router.post(
    '/amministrazione/comunicati/:id/ritira',
    action(deps, showAnnouncements, async (req, { api }) => {
      await api.delete(`/api/v1/announcements/${req.params.id}`);
      return '/amministrazione/comunicati';
    }),
  );
  return router;
}

async function showAnnouncements(_req: Request, _res: Response, { api, show }: PageTools) {
  const all = await api.get<ListOrPage<unknown>>('/api/v1/announcements/all');
  show('admin/announcements', {
    title: 'Comunicati informativi e avvisi',
    section: 'amministrazione',
    announcements: itemsOf(all) ?? [],
    breadcrumbs: [
      { label: 'Amministrazione', href: '/amministrazione' },
      { label: 'Comunicati informativi e avvisi' },
    ],
  });
}

/**
 * The form as the API's announcement: a day typed gg/mm/aaaa (already ISO here) with an hour
 * hh:mm, in Rome's time.
 */
function announcementOf(body: Record<string, unknown>) {
  const text = (name: string) => (typeof body[name] === 'string' ? body[name].trim() : '');
  return {
    kind: text('kind'),
    title: text('title'),
    body: text('body'),
    visibleFrom: typedInstant(body, 'fromDay', 'fromHour'),
    visibleUntil: typedInstant(body, 'untilDay', 'untilHour'),
  };
}
