import { Router, type Request, type Response } from 'express';
import { type CigRequestAnswer, type ListOrPage, itemsOf } from '../answers.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { centsOf } from '../money.js';

/**
 * A CIG request's page: its schede (Crea nuova scheda, Invia scheda, Verifica invio) and the Log
 * trasmissioni.
 */
export function schedaPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/richieste-cig/:id', page(deps, showRequest, { signedIn: true }));
  router.post(
    '/richieste-cig/:id/schede',
    action(deps, showRequest, async (req, { api }) => {
      const body =
        req.body.code === 'SC1'
          ? {
              code: 'SC1',
              startDate: req.body.startDate,
              endDate: req.body.endDate,
              guaranteeCents: centsOf(req.body.guarantee) ?? -1,
            }
          : { code: 'ANN' };
      await api.post(`/api/v1/cig-requests/${req.params.id}/schede`, body);
      return `/richieste-cig/${req.params.id}#schede`;
    }),
  );
  for (const [name, command] of [
    ['invia', 'send'],
    ['verifica', 'verify'],
  ] as const) {
    router.post(
      '/richieste-cig/:id/schede/:schedaId/' + name,
      action(deps, showRequest, async (req, { api }) => {
        await api.post(`/api/v1/schede/${req.params.schedaId}/${command}`);
        return `/richieste-cig/${req.params.id}#schede`;
      }),
    );
  }
  return router;
}

async function showRequest(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const [request, schede, transmissions] = await Promise.all([
    api.get<CigRequestAnswer>(`/api/v1/cig-requests/${req.params.id}`),
    api.get<ListOrPage<unknown>>(`/api/v1/cig-requests/${req.params.id}/schede`),
    api.get<ListOrPage<unknown>>(`/api/v1/cig-requests/${req.params.id}/transmissions`),
  ]);
  show('schede/request', {
    title: `Richiesta CIG — ${request.data.subject}`,
    section: 'contratti',
    request,
    schede: itemsOf(schede),
    transmissions: itemsOf(transmissions),
    breadcrumbs: [{ label: 'Richiesta CIG' }],
  });
}
