import { Router, type Request, type Response } from 'express';
import { type CigRequestAnswer, type ListOrPage, itemsOf } from '../answers.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { isSchedaChoice, schedaBodyOf, schedaChoices } from './scheda-form.js';

interface SchedaRow {
  id: string;
  code: string;
  status: string;
}

/**
 * A CIG request's page: its schede (Crea nuova scheda → «Inserimento dati» → «Salva e procedi»,
 * Invia scheda, Verifica invio, Elimina, Annulla comunicazione) and the Log trasmissioni.
 */
export function schedaPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/richieste-cig/:id', page(deps, showRequest, { signedIn: true }));
  router.get('/richieste-cig/:id/schede/nuova', page(deps, showNewScheda, { signedIn: true }));
  router.post(
    '/richieste-cig/:id/schede',
    action(deps, showNewScheda, async (req, { api }) => {
      const code = req.body.code;
      if (!isSchedaChoice(code)) return `/richieste-cig/${req.params.id}#schede`;
      await api.post(`/api/v1/cig-requests/${req.params.id}/schede`, schedaBodyOf(code, req.body));
      return `/richieste-cig/${req.params.id}?salvata=${code}#schede`;
    }),
  );
  const commands: [string, string, (req: Request) => unknown][] = [
    ['invia', 'send', () => ({})],
    ['verifica', 'verify', () => ({})],
    // «Annulla comunicazione»: ANAC's two reasons, chosen by the RUP.
    ['annulla', 'rollback', (req) => ({ reason: req.body.reason })],
  ];
  for (const [name, command, body] of commands) {
    router.post(
      `/richieste-cig/:id/schede/:schedaId/${name}`,
      action(deps, showRequest, async (req, { api }) => {
        await api.post(`/api/v1/schede/${req.params.schedaId}/${command}`, body(req));
        return `/richieste-cig/${req.params.id}${name === 'invia' ? '?inviata=1' : ''}#schede`;
      }),
    );
  }
  router.post(
    '/richieste-cig/:id/schede/:schedaId/elimina',
    action(deps, showRequest, async (req, { api }) => {
      await api.delete(`/api/v1/schede/${req.params.schedaId}`);
      return `/richieste-cig/${req.params.id}#schede`;
    }),
  );
  return router;
}

async function loadRequest(api: PageTools['api'], id: string) {
  const [request, schede, transmissions] = await Promise.all([
    api.get<CigRequestAnswer & { status: string }>(`/api/v1/cig-requests/${id}`),
    api.get<ListOrPage<SchedaRow>>(`/api/v1/cig-requests/${id}/schede`),
    api.get<ListOrPage<unknown>>(`/api/v1/cig-requests/${id}/transmissions`),
  ]);
  return { request, schede: itemsOf(schede) ?? [], transmissions: itemsOf(transmissions) ?? [] };
}

/**
 * Seed 001: «L'invio della scheda ANN non sarà possibile se è già stata inviata una scheda della
 * fase di esecuzione».
 */
const sentOrConfirmed = (scheda: SchedaRow) => ['inviata', 'confermata'].includes(scheda.status);

async function showRequest(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const { request, schede, transmissions } = await loadRequest(api, String(req.params.id));
  const annulled = request.status === 'annullato';
  const executionSent = schede.some((s) => s.code !== 'ANN' && sentOrConfirmed(s));
  show('schede/request', {
    title: `Richiesta CIG — ${request.data.subject}`,
    section: 'contratti',
    request,
    schede: schede.map((scheda) => ({
      ...scheda,
      rollbackable: scheda.status === 'confermata' && ['ANN', 'CO1', 'CO2'].includes(scheda.code),
    })),
    transmissions,
    annulled,
    choices: schedaChoices.map((choice) => ({
      ...choice,
      disabled: annulled || (choice.code === 'ANN' && executionSent),
    })),
    saved: typeof req.query.salvata === 'string' ? req.query.salvata : undefined,
    breadcrumbs: [{ label: 'Richiesta CIG' }],
  });
}

/** The tab «Inserimento dati» of a new scheda, with the CIG and (for ANN) the reason prefilled. */
async function showNewScheda(req: Request, res: Response, { api, show }: PageTools) {
  const code = req.method === 'GET' ? req.query.code : req.body.code;
  const id = String(req.params.id);
  if (!isSchedaChoice(code)) return res.redirect(303, `/richieste-cig/${id}#schede`);
  const request = await api.get<CigRequestAnswer & { cigs?: { cig: string }[] }>(
    `/api/v1/cig-requests/${id}`,
  );
  const choice = schedaChoices.find((c) => c.code === code);
  show('schede/new', {
    title: `Nuova scheda ${code}`,
    section: 'contratti',
    request,
    code,
    label: choice?.label,
    cigs: (request.cigs ?? []).map((lot) => lot.cig),
    [code]: true,
    breadcrumbs: [
      { label: 'Richiesta CIG', href: `/richieste-cig/${id}` },
      { label: `Nuova scheda ${code}` },
    ],
  });
}
