import type { Request, RequestHandler, Response } from 'express';
import { isoDateOfTyped } from '@app/page-layout';
import { ApiProblem, type Problem } from './api-client.js';
import { page, type PageTools, type WebDeps } from './page.js';

/**
 * A refused form: the API's problem, each invalid field's message by name, the messages alone for
 * the box at the top (the API's detail names its fields, «fiscalCode: …», which a person does not
 * read), and what was typed.
 */
export interface FormFailure {
  problem: Problem;
  fields: Record<string, string>;
  messages: string[];
  values: Record<string, unknown>;
}

type ShowPage = (req: Request, res: Response, tools: PageTools) => Promise<void>;
/** Where to go next; nothing when the action has shown its own page (a secret shown once). */
type Act = (req: Request, tools: PageTools) => Promise<string | void>;

/**
 * A form's action: the API call, then a redirect (303) to the page that shows the result. A refusal
 * (any 4xx but an expired session) shows the form's page again with the problem at the top, each
 * field's message beside it and the values the person typed.
 */
export function action(deps: WebDeps, showPage: ShowPage, act: Act): RequestHandler {
  return page(
    deps,
    async (req, res, tools) => {
      try {
        typedDatesToIso(req);
        const next = await act(req, tools);
        if (typeof next === 'string') res.redirect(303, next);
      } catch (error) {
        if (!(error instanceof ApiProblem) || error.status === 401 || error.status >= 500)
          throw error;
        const failure = failureOf(error, req.body ?? {});
        const show: PageTools['show'] = (view, context) =>
          tools.show(view, { ...context, failure }, error.status);
        await showPage(req, res, { ...tools, show });
      }
    },
    { signedIn: true },
  );
}

export function failureOf(error: ApiProblem, body: Record<string, unknown>): FormFailure {
  const invalid = Array.isArray(error.problem.invalidFields)
    ? (error.problem.invalidFields as { path: string; message: string }[])
    : [];
  const { _csrf: _token, _date: _dates, ...values } = body;
  return {
    problem: error.problem,
    fields: Object.fromEntries(invalid.map((field) => [field.path, field.message])),
    messages: [...new Set(invalid.map((field) => field.message))],
    values,
  };
}

/**
 * The form's date fields (each names itself in a hidden `_date`) as the API reads them: gg/mm/aaaa
 * becomes an ISO date; a day that does not exist is refused here, beside its field.
 */
function typedDatesToIso(req: Request): void {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const names = [body._date ?? []].flat().map(String);
  delete body._date;
  const invalid = [];
  for (const name of names) {
    const typed = body[name];
    if (typeof typed !== 'string' || !typed.trim()) continue;
    const iso = isoDateOfTyped(typed);
    if (iso) body[name] = iso;
    else invalid.push({ path: name, message: 'Indica una data esistente nel formato gg/mm/aaaa.' });
  }
  if (invalid.length) {
    throw new ApiProblem(400, { title: 'Data non valida', status: 400, invalidFields: invalid });
  }
}
