import { Router, type Request, type Response } from 'express';
import { ApiProblem } from '../api-client.js';
import { failureOf } from '../form.js';
import { page, type PageTools, type WebDeps } from '../page.js';

const text = (body: Record<string, unknown>, name: string) =>
  typeof body[name] === 'string' ? body[name].trim() : '';

/** The form's fields as the API's request: each named as the API's path, so errors sit beside it. */
const requestOf = (body: Record<string, unknown>) => ({
  name: text(body, 'name'),
  fiscalCode: text(body, 'fiscalCode'),
  pec: text(body, 'pec'),
  address: text(body, 'address'),
  referent: {
    fiscalCode: text(body, 'referent.fiscalCode'),
    givenName: text(body, 'referent.givenName'),
    familyName: text(body, 'referent.familyName'),
    email: text(body, 'referent.email'),
  },
});

function showForm(_req: Request, _res: Response, { show }: PageTools, extra = {}) {
  show('public/supplier-registration', {
    title: 'Registrazione indirizzario',
    breadcrumbs: [{ label: 'Registrazione indirizzario' }],
    ...extra,
  });
}

/**
 * Seed 002's «Registrazione indirizzario» for Operatori economici: open to anyone; the Gestore
 * decides.
 */
export function supplierPages(deps: WebDeps): Router {
  const router = Router();
  router.get(
    '/registrazione-indirizzario',
    page(deps, async (req, res, tools) => showForm(req, res, tools)),
  );
  router.post(
    '/registrazione-indirizzario',
    page(deps, async (req, res, tools) => {
      try {
        const answer = await tools.api.post<{ message: string }>(
          '/api/v1/supplier-registrations',
          requestOf(req.body ?? {}),
        );
        showForm(req, res, tools, { received: answer.message });
      } catch (error) {
        if (!(error instanceof ApiProblem) || error.status >= 500) throw error;
        const failure = failureOf(error, req.body ?? {});
        tools.show(
          'public/supplier-registration',
          {
            title: 'Registrazione indirizzario',
            breadcrumbs: [{ label: 'Registrazione indirizzario' }],
            failure,
          },
          error.status,
        );
      }
    }),
  );
  return router;
}
