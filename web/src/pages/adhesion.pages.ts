import { Router, type Request, type Response } from 'express';
import { type AdhesionAnswer, type ContractAnswer, type Created } from '../answers.js';
import { ApiProblem } from '../api-client.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { centsOf, typedEuro } from '../money.js';
import { fileForm } from '../upload.js';
import { crumbs } from './contract.pages.js';
import { offers } from './roles.js';

const steps = (active: number) =>
  ["Dati dell'adesione", 'Documenti', 'Invio'].map((label, index) => ({
    label,
    state: index < active ? 'confirmed' : index === active ? 'active' : '',
    number: index + 1,
  }));

const contrattiAdesioniAction = (deps: WebDeps) =>
  action(deps, newAdhesion, async (req, { api }) => {
    const created = await api.post<Created>(`/api/v1/contracts/${req.params.id}/adhesions`, {
      ipotesi: req.body.ipotesi,
      amountCents: amountOf(req),
    });
    return `/adesioni/${created.id}`;
  });

const adesioniDatiAction = (deps: WebDeps) =>
  action(deps, editAdhesion, async (req, { api }) => {
    await api.putJson(`/api/v1/adhesions/${req.params.id}`, {
      ipotesi: req.body.ipotesi,
      amountCents: amountOf(req),
    });
    return `/adesioni/${req.params.id}`;
  });

const adesioniDocumentiAction = (deps: WebDeps) =>
  action(deps, showAdhesion, async (req, { api }) => {
    await api.put(
      `/api/v1/adhesions/${req.params.id}/documents/${req.params.requirementId}`,
      fileForm(req),
    );
    return `/adesioni/${req.params.id}#documento-${req.params.requirementId}`;
  });

const adesioniEliminaAction = (deps: WebDeps) =>
  action(deps, showAdhesion, async (req, { api }) => {
    const adhesion = await api.get<AdhesionAnswer>(`/api/v1/adhesions/${req.params.id}`);
    await api.delete(`/api/v1/adhesions/${req.params.id}`);
    return `/contratti/${adhesion.contractId}?tab=adesioni`;
  });

/**
 * Richiedi adesione (passo 1 and 2), Invia, Ritira invio, Elimina bozza, and the RUP's evaluation
 * per round.
 */
export function adhesionPages(deps: WebDeps): Router {
  const router = Router();
  const signedIn = { signedIn: true };
  router.get('/contratti/:id/adesioni/nuova', page(deps, newAdhesion, signedIn));
  router.post('/contratti/:id/adesioni', contrattiAdesioniAction(deps));
  router.get('/adesioni/:id', page(deps, showAdhesion, signedIn));
  router.get('/adesioni/:id/modifica', page(deps, editAdhesion, signedIn));
  router.get('/adesioni/:id/invia', page(deps, confirmSending, signedIn));
  router.post('/adesioni/:id/dati', adesioniDatiAction(deps));
  router.post('/adesioni/:id/documenti/:requirementId', adesioniDocumentiAction(deps));
  const simple: [string, (id: string, req: Request) => string, string][] = [
    ['invia', (id) => `/api/v1/adhesions/${id}/submit`, 'post'],
    ['ritira', (id) => `/api/v1/adhesions/${id}/withdraw`, 'post'],
    [
      'prendi-in-carico',
      (id, req) => `/api/v1/adhesions/${id}/rounds/${Number(req.body.round)}/take-charge`,
      'post',
    ],
    [
      'approva',
      (id, req) => `/api/v1/adhesions/${id}/rounds/${Number(req.body.round)}/approve`,
      'post',
    ],
    [
      'rifiuta',
      (id, req) => `/api/v1/adhesions/${id}/rounds/${Number(req.body.round)}/reject`,
      'post',
    ],
  ];
  for (const [name, path] of simple) {
    router.post(
      `/adesioni/:id/${name}`,
      action(deps, showAdhesion, async (req, { api }) => {
        await api.post(
          path(req.params.id as string, req),
          name === 'rifiuta' ? { reason: req.body.reason } : {},
        );
        return `/adesioni/${req.params.id}${name === 'invia' ? '?inviata=1' : ''}`;
      }),
    );
  }
  router.post('/adesioni/:id/elimina', adesioniEliminaAction(deps));
  router.get(
    '/adesioni/:id/file/:documentId',
    passFile(deps, (req) => `/api/v1/adhesions/${req.params.id}/files/${req.params.documentId}`),
  );
  return router;
}

function amountOf(req: Request): number {
  const cents = centsOf(req.body.amount);
  if (cents === undefined) {
    throw new ApiProblem(400, {
      title: 'Importo non valido',
      detail: "Scrivi l'importo in euro, per esempio 12.500,00.",
      invalidFields: [
        { path: 'amountCents', message: 'Importo in euro, con al più due decimali.' },
      ],
    });
  }
  return cents;
}

async function newAdhesion(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const contract = await api.get<ContractAnswer>(`/api/v1/contracts/${req.params.id}`);
  show('adhesions/new', {
    title: 'Richiedi adesione',
    section: 'contratti',
    breadcrumbs: crumbs(contract, 'Richiedi adesione'),
    contract,
    steps: steps(0),
  });
}

/** Passo 1 again, from the summary's «Modifica»: the same fields, filled with what was saved. */
async function editAdhesion(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const adhesion = await api.get<AdhesionAnswer>(`/api/v1/adhesions/${req.params.id}`);
  show('adhesions/edit', {
    title: `Modifica adesione ${adhesion.code}`,
    section: 'contratti',
    adhesion,
    amountTyped: typedEuro(adhesion.amountCents),
    steps: steps(0),
    breadcrumbs: [
      ...crumbs(adhesion.contract, `Adesione ${adhesion.code}`).slice(0, 2),
      { label: `Adesione ${adhesion.code}`, href: `/adesioni/${adhesion.id}` },
      { label: 'Modifica' },
    ],
  });
}

async function showAdhesion(
  req: Request,
  _res: Response,
  { api, me, callable, show }: PageTools,
): Promise<void> {
  const adhesion = await api.get<AdhesionAnswer>(`/api/v1/adhesions/${req.params.id}`);
  const can = offers(me, callable);
  const own = can.agencyId === adhesion.agencyId;
  const judge = can.judgeAdhesions && can.agencyId === adhesion.contract.banditoreAgencyId;
  const open = adhesion.rounds.find((round) => round.round === adhesion.currentRound);
  show('adhesions/detail', {
    title: `Adesione ${adhesion.code}`,
    section: 'contratti',
    adhesion,
    // Seed 001: after «si», «un messaggio di corretto invio».
    sent:
      req.query.inviata === '1' && adhesion.status === 'inviata'
        ? `L’adesione ${adhesion.code} è stata inviata correttamente.`
        : undefined,
    open,
    amountTyped: typedEuro(adhesion.amountCents),
    breadcrumbs: crumbs(adhesion.contract, `Adesione ${adhesion.code}`),
    steps: steps(adhesion.status === 'bozza' ? 1 : 2),
    can: {
      edit: own && adhesion.status === 'bozza',
      send: own && adhesion.status === 'bozza',
      withdraw: own && adhesion.status === 'inviata',
      remove: own && adhesion.status === 'bozza',
      takeCharge: judge && adhesion.status === 'inviata',
      decide: judge && ['inviata', 'in-valutazione'].includes(adhesion.status),
      auditTrail: can.auditTrail,
    },
  });
}

/** A stored document, streamed from the API to the browser with its name and type. */
export function passFile(deps: WebDeps, path: (req: Request) => string) {
  return page(
    deps,
    async (req, res, { api }) => {
      const answer = await api.raw(path(req));
      if (!answer.ok)
        throw new ApiProblem(
          answer.status,
          await answer.json().catch(() => ({ title: 'Documento non disponibile' })),
        );
      for (const header of ['content-type', 'content-disposition', 'content-length']) {
        const value = answer.headers.get(header);
        if (value) res.setHeader(header, value);
      }
      res.setHeader('cache-control', 'private, no-store');
      res.send(Buffer.from(await answer.arrayBuffer()));
    },
    { signedIn: true },
  );
}

/**
 * Seed 001: «INVIA» asks for confirmation; «no» goes back to the summary, «si» sends the adhesion.
 */
async function confirmSending(req: Request, _res: Response, { api, show }: PageTools) {
  const adhesion = await api.get<AdhesionAnswer>(`/api/v1/adhesions/${req.params.id}`);
  show('confirm-send', {
    title: `Invio dell’adesione ${adhesion.code}`,
    section: 'contratti',
    breadcrumbs: crumbs(adhesion.contract, `Adesione ${adhesion.code}`),
    question: `Confermi l’invio dell’adesione ${adhesion.code} al soggetto banditore?`,
    action: `/adesioni/${adhesion.id}/invia`,
    back: `/adesioni/${adhesion.id}`,
  });
}
