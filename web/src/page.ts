import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { sameSitePath } from '@app/platform/http';
import type { PageContext, PageRenderer } from '@app/page-layout';
import { ApiProblem, apiFor, type Api, type Problem } from './api-client.js';
import type { WebConfig } from './config.js';

export interface WebDeps {
  config: WebConfig;
  logger: Logger;
  render: PageRenderer;
  csrfToken(req: Request, res: Response): string;
}

/** The person as /api/v1/me tells: who, which profile, which roles. */
export interface Me {
  person: { id: string; givenName: string; familyName: string; fiscalCode: string };
  selectedProfile: {
    id: string;
    roles: string[];
    roleLabels: string[];
    agency: { id: string; name: string; kind?: string };
  } | null;
  profiles: unknown[];
}

/** A page's own data; the layout adds the person and the CSRF token. */
export type ShownContext = { title: string } & Record<string, unknown>;

export interface PageTools {
  api: Api;
  me: Me | undefined;
  /** The operations the API lets this caller call (its route table's answer). */
  callable: ReadonlySet<string>;
  /** Renders a view in the layout, with the person, the CSRF token and the form's last values. */
  show(view: string, context: ShownContext, status?: number): void;
}

type PageWork = (req: Request, res: Response, tools: PageTools) => Promise<void>;

/**
 * A page: the person is read from the API; an expired token goes through identity's refresh first.
 */
export function page(
  deps: WebDeps,
  work: PageWork,
  options: { signedIn?: boolean } = {},
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const api = apiFor(deps.config, req);
    try {
      if (options.signedIn && !api.signedIn) return res.redirect(303, '/api/v1/auth/login');
      // The header's unread count comes with the person, in parallel; a profile not yet chosen has
      // none.
      const avvisi = api
        .get<{ items: { banner: string }[] }>('/api/v1/announcements?kind=avviso&pageSize=3')
        .then((answer) => answer.items.map((item) => item.banner))
        // Without the catalog the page still shows, without its banner.
        .catch(() => [] as string[]);
      const [me, unread, callable] = api.signedIn
        ? await Promise.all([
            api.get<Me>('/api/v1/me').catch(expiredOrAbsent),
            api.get<{ unread: number }>('/api/v1/notifications?unread=true&limit=1').then(
              (inbox) => inbox.unread,
              () => undefined,
            ),
            api
              .get<{ operations: string[] }>('/api/v1/operations')
              .then((answer) => new Set(answer.operations)),
          ])
        : [undefined, undefined, new Set<string>()];
      if (api.signedIn && !me) return refreshThenBack(req, res);
      const banners = await avvisi;
      if (options.signedIn && me && !me.selectedProfile)
        return res.redirect(303, '/api/v1/auth/login');
      const show = (view: string, context: ShownContext, status = 200) => {
        res.status(status).setHeader('cache-control', 'no-store');
        const person = personOf(me);
        res.type('html').send(
          deps.render(view, {
            ...context,
            person: person && { ...person, unread },
            avvisi: banners,
            csrfToken: deps.csrfToken(req, res),
          }),
        );
      };
      await work(req, res, { api, me, callable, show });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) return refreshThenBack(req, res);
      if (error instanceof ApiProblem && error.status < 500)
        return problemPage(deps, req, res, error.status, error.problem);
      next(error);
    }
  };
}

const expiredOrAbsent = (error: unknown) => {
  if (error instanceof ApiProblem && error.status === 401) return undefined;
  throw error;
};

function personOf(me: Me | undefined): PageContext['person'] {
  if (!me) return undefined;
  const profile = me.selectedProfile;
  return {
    name: `${me.person.givenName} ${me.person.familyName}`,
    profile: profile
      ? `${profile.roleLabels.join(', ')} — ${profile.agency.name}`
      : 'profilo da scegliere',
    agency: profile?.agency.name,
  };
}

/** Back to the page the person was on (a form's page, not its action) once the token is renewed. */
function refreshThenBack(req: Request, res: Response): void {
  const back = req.method === 'GET' ? req.originalUrl : refererPath(req);
  res.redirect(303, `/api/v1/auth/refresh?next=${encodeURIComponent(back)}`);
}

function refererPath(req: Request): string {
  try {
    const referer = new URL(req.get('referer') ?? '/', `http://${req.get('host')}`);
    return referer.host === req.get('host') ? sameSitePath(referer.pathname + referer.search) : '/';
  } catch {
    return '/';
  }
}

/** 403, 404 and the like as a page of the portal, in the API's own words. */
export function problemPage(
  deps: WebDeps,
  req: Request,
  res: Response,
  status: number,
  problem: Problem,
): void {
  res
    .status(status)
    .type('html')
    .send(
      deps.render('problem', {
        title: problem.title,
        problem,
        status,
        csrfToken: deps.csrfToken(req, res),
      }),
    );
}
