import { Router, type Request, type Response } from 'express';
import { type Created, type ThreadAnswer } from '../answers.js';
import { offers } from './roles.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { contractTab } from './contract.pages.js';
import { passFile } from './adhesion.pages.js';
import { fileForm } from '../upload.js';

/**
 * Comunicazioni (seed 001): a contract's threads are its tab; here a new one, a thread, a reply.
 */
export function communicationPages(deps: WebDeps): Router {
  const router = Router();
  router.post(
    '/contratti/:id/comunicazioni',
    action(
      deps,
      (req, _res, tools) => contractTab(req.params.id as string, 'comunicazioni', tools),
      async (req, { api }) => {
        const [party, agencyId] = String(req.body.to ?? '').split(':');
        const thread = await api.post<Created>(
          `/api/v1/contracts/${req.params.id}/communications`,
          {
            kind: req.body.kind,
            to: { party, ...(party === 'aderente' && agencyId ? { agencyId } : {}) },
            subject: req.body.subject,
            body: req.body.body,
          },
        );
        return `/comunicazioni/${thread.id}`;
      },
    ),
  );
  router.get('/comunicazioni/:id', page(deps, showThread, { signedIn: true }));
  router.post(
    '/comunicazioni/:id/risposte',
    action(deps, showThread, async (req, { api }) => {
      await api.post(`/api/v1/communications/${req.params.id}/replies`, { body: req.body.body });
      return `/comunicazioni/${req.params.id}`;
    }),
  );
  router.post(
    '/comunicazioni/:id/allegati',
    action(deps, showThread, async (req, { api }) => {
      await api.postForm(`/api/v1/communications/${req.params.id}/attachments`, fileForm(req));
      return `/comunicazioni/${req.params.id}`;
    }),
  );
  router.get(
    '/comunicazioni/:id/allegati/:documentId',
    passFile(
      deps,
      (req) => `/api/v1/communications/${req.params.id}/attachments/${req.params.documentId}`,
    ),
  );
  return router;
}

async function showThread(
  req: Request,
  _res: Response,
  { api, me, callable, show }: PageTools,
): Promise<void> {
  const thread = await api.get<ThreadAnswer>(`/api/v1/communications/${req.params.id}`);
  show('communications/thread', {
    title: thread.subject,
    section: 'contratti',
    thread,
    can: { auditTrail: offers(me, callable).auditTrail },
    breadcrumbs: [
      { label: 'Elenco contratti', href: '/contratti' },
      { label: 'Comunicazioni', href: `/contratti/${thread.contractId}?tab=comunicazioni` },
      { label: thread.subject },
    ],
  });
}
