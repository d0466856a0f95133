import { Router, type Request, type Response } from 'express';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';

/** The profile's notifications (seed 001's automatic ones), newest first; reading one marks it. */
export function inboxPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/notifiche', page(deps, showInbox, { signedIn: true }));
  router.post(
    '/notifiche/:id/letta',
    action(deps, showInbox, async (req, { api }) => {
      await api.post(`/api/v1/notifications/${req.params.id}/read`);
      return '/notifiche';
    }),
  );
  return router;
}

async function showInbox(_req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const inbox = await api.get('/api/v1/notifications?limit=100');
  show('inbox/list', { title: 'Notifiche', breadcrumbs: [{ label: 'Notifiche' }], inbox });
}
