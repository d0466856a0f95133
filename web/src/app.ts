import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import multer from 'multer';
import type { Logger } from 'pino';
import { pageRenderer } from '@app/page-layout';
import { requestMetrics } from '@app/platform/telemetry';
import type { WebConfig } from './config.js';
import { browserIdentity, csrfProtection, pageHeaders } from './security.js';
import { problemPage, type WebDeps } from './page.js';
import { portalPages } from './pages/index.js';

const bootstrapItalia = join(
  dirname(createRequire(import.meta.url).resolve('bootstrap-italia/package.json')),
  'dist',
);
const own = (path: string) => new URL(path, import.meta.url).pathname;

/** Health and readiness: stateless, ready as soon as it listens, until it stops. */
function probes(app: Express, stopping: () => boolean) {
  app.get('/healthz', (_req, res) => void res.json({ service: 'web', status: 'ok' }));
  app.get('/readyz', (_req, res) => {
    const status = stopping() ? 'stopping' : 'ok';
    res.status(stopping() ? 503 : 200).json({ service: 'web', status });
  });
}

/** Assets, cookies, forms and the one file a form may carry. */
function assetsAndForms(app: Express) {
  app.use(
    '/static/bootstrap-italia',
    express.static(bootstrapItalia, { maxAge: '7d', immutable: true }),
  );
  app.use('/static', express.static(own('../static'), { maxAge: '1h' }));
  app.use(cookieParser());
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  // Signed documents arrive as files: kept in memory and passed on to the API, never on disk here.
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: 25 * 2 ** 20, files: 1 },
  });
  app.use(upload.single('file'));
}

/** Pages that say what went wrong: not found, an expired form, a file too large, a service down. */
function problemPages(app: Express, deps: WebDeps) {
  app.use((req: Request, res: Response) =>
    problemPage(deps, req, res, 404, {
      title: 'Pagina non trovata',
      detail: 'La pagina richiesta non esiste o è stata spostata.',
    }),
  );
  type PageError = Error & { code?: string; status?: number };
  app.use((error: PageError, req: Request, res: Response, _next: NextFunction) => {
    if (error.code === 'LIMIT_FILE_SIZE') {
      const tooLarge = { title: 'File troppo grande', detail: 'Il file supera i 25 MB ammessi.' };
      return problemPage(deps, req, res, 413, tooLarge);
    }
    if (error.code === 'EBADCSRFTOKEN') {
      const detail = 'Il modulo non è più valido: ricarica la pagina e riprova.';
      return problemPage(deps, req, res, 403, { title: 'Modulo scaduto', detail });
    }
    deps.logger.error({ err: error }, 'page failed');
    problemPage(deps, req, res, 502, {
      title: 'Servizio non disponibile',
      detail: 'Il servizio non ha risposto: riprova tra qualche istante.',
    });
  });
}

/** The portal (no listen): pages over the platform's public API, its assets, CSRF on every form. */
export function createWebApp(
  config: WebConfig,
  logger: Logger,
  stopping: () => boolean = () => false,
): Express {
  const app = express();
  app.disable('x-powered-by');
  // Counted by the page's route template (never the path): the series stay few.
  app.use(requestMetrics('web', (_path, template) => template ?? 'altro'));
  // The gateway in front is the only hop: its X-Forwarded-For is the person's address.
  app.set('trust proxy', 'loopback');
  app.use(pageHeaders());
  probes(app, stopping);
  assetsAndForms(app);
  app.use(browserIdentity(config));
  const csrf = csrfProtection(config);
  app.use(csrf.protect);
  const render = pageRenderer(own('../views'));
  const deps: WebDeps = { config, logger, render, csrfToken: csrf.token };
  app.use(portalPages(deps));
  problemPages(app, deps);
  return app;
}
