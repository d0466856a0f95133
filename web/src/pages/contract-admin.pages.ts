import { Router, type Request, type Response } from 'express';
import { type ContractAnswer, type Created } from '../answers.js';
import { ApiProblem } from '../api-client.js';
import { page, type PageTools, type WebDeps } from '../page.js';
import { action } from '../form.js';
import { fileForm } from '../upload.js';
import { centsOf } from '../money.js';
import { crumbs } from './contract.pages.js';
import { passFile } from './adhesion.pages.js';

const text = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const lifecycle = {
  pubblica: 'publish',
  sospendi: 'suspend',
  riprendi: 'resume',
  chiudi: 'close',
} as const;

/**
 * The banditore's side of a contract: Nuovo contratto, Modifica, the lifecycle, price revisions.
 */
export function contractAdminPages(deps: WebDeps): Router {
  const router = Router();
  router.get('/contratti/nuovo', page(deps, newContractForm, { signedIn: true }));
  router.post(
    '/contratti/nuovo',
    action(deps, newContractForm, async (req, { api }) => {
      const created = await api.post<Created>('/api/v1/contracts', newContractOf(req));
      return `/contratti/${created.id}`;
    }),
  );
  router.get('/contratti/:id/modifica', page(deps, editForm, { signedIn: true }));
  router.post(
    '/contratti/:id/modifica',
    action(deps, editForm, async (req, { api }) => {
      const change = {
        description: text(req.body.description),
        expiryDate: text(req.body.expiryDate),
        contacts: text(req.body.contacts),
      };
      await api.patch(
        `/api/v1/contracts/${req.params.id}`,
        Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
      );
      return `/contratti/${req.params.id}`;
    }),
  );
  for (const [name, command] of Object.entries(lifecycle)) {
    router.post(
      `/contratti/:id/${name}`,
      action(deps, editForm, async (req, { api }) => {
        await api.post(`/api/v1/contracts/${req.params.id}/${command}`);
        return `/contratti/${req.params.id}`;
      }),
    );
  }
  documentationRoutes(router, deps);
  router.post(
    '/contratti/:id/listino/revisioni',
    action(deps, editForm, async (req, { api }) => {
      const negative = String(req.body.percent ?? '')
        .trim()
        .startsWith('-');
      const basisPoints = centsOf(String(req.body.percent ?? '').replace(/^\s*-/, ''));
      if (basisPoints === undefined)
        throw new ApiProblem(400, {
          title: 'Percentuale non valida',
          detail: 'Scrivi la percentuale con al più due decimali, per esempio 4,9.',
        });
      await api.post(`/api/v1/contracts/${req.params.id}/price-list/revisions`, {
        effectiveFrom: text(req.body.effectiveFrom),
        percentBasisPoints: negative ? -basisPoints : basisPoints,
        ...(text(req.body.note) ? { note: text(req.body.note) } : {}),
      });
      return `/contratti/${req.params.id}/listino?data=${encodeURIComponent(text(req.body.effectiveFrom) ?? '')}`;
    }),
  );
  return router;
}

/** Documentazione allegata: the file of a listed document (a model to download), and its upload. */
function documentationRoutes(router: Router, deps: WebDeps): void {
  router.get(
    '/contratti/:id/documenti/:index',
    passFile(
      deps,
      (req) => `/api/v1/contracts/${req.params.id}/documents/${req.params.index}/file`,
    ),
  );
  router.post(
    '/contratti/:id/documenti/:index',
    action(deps, editForm, async (req, { api }) => {
      await api.put(
        `/api/v1/contracts/${req.params.id}/documents/${req.params.index}/file`,
        fileForm(req),
      );
      return `/contratti/${req.params.id}/modifica#documentazione`;
    }),
  );
}

async function newContractForm(_req: Request, _res: Response, { show }: PageTools): Promise<void> {
  show('contracts/new', {
    title: 'Nuovo contratto',
    section: 'contratti',
    breadcrumbs: [{ label: 'Elenco contratti', href: '/contratti' }, { label: 'Nuovo contratto' }],
  });
}

async function editForm(req: Request, _res: Response, { api, show }: PageTools): Promise<void> {
  const contract = await api.get<ContractAnswer>(`/api/v1/contracts/${req.params.id}`);
  show('contracts/edit', {
    title: `Modifica — ${contract.title}`,
    section: 'contratti',
    breadcrumbs: crumbs(contract, 'Modifica'),
    contract,
    today: new Date().toISOString().slice(0, 10),
  });
}

/**
 * One lot, one round with one document, one document for orders: the rest is added with Modifica.
 */
function newContractOf(req: Request) {
  const body = req.body as Record<string, unknown>;
  const ceilingCents = centsOf(body.ceiling) ?? -1;
  return {
    kind: text(body.kind),
    title: text(body.title),
    description: text(body.description),
    cig: text(body.cig)?.toUpperCase(),
    ...(text(body.cup) ? { cup: text(body.cup) } : {}),
    cpv: String(body.cpv ?? '')
      .split(/[\s,;]+/)
      .filter(Boolean),
    lots: [
      { number: 1, title: text(body.lotTitle) ?? text(body.title), amountCents: ceilingCents },
    ],
    rup: { name: text(body.rupName), fiscalCode: text(body.rupFiscalCode)?.toUpperCase() },
    ceilingCents,
    startDate: text(body.startDate),
    expiryDate: text(body.expiryDate),
    supplier: {
      name: text(body.supplierName),
      fiscalCode: text(body.supplierFiscalCode),
      pec: text(body.supplierPec),
    },
    rounds: [
      {
        title: text(body.roundTitle),
        documents: [
          {
            name: text(body.roundDocument),
            signed: body.roundDocumentSigned === 'on',
            ipotesi: 'AB',
          },
        ],
      },
    ],
    orderRequirements: text(body.orderDocument)
      ? [{ name: text(body.orderDocument), signed: true }]
      : [],
    supplierResponseDays: Number(body.supplierResponseDays) || 10,
    supplierMayDispute: body.supplierMayDispute === 'on',
    ...(text(body.contacts) ? { contacts: text(body.contacts) } : {}),
  };
}
