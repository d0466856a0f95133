import type { Request, RequestHandler, Response } from 'express';
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
  const { _csrf: _token, ...values } = body;
  return {
    problem: error.problem,
    fields: Object.fromEntries(invalid.map((field) => [field.path, field.message])),
    messages: [...new Set(invalid.map((field) => field.message))],
    values,
  };
}
