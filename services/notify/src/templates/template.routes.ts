import { z } from 'zod';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { channels, templateRefusals } from './template.rules.js';
import * as templates from './template.service.js';

/** The platform's administrators: the templates are the same for every agency. */
const administrators = ['gestore-piattaforma'];
const tags = ['notifications'];

/** The message templates, and each one previewed on a channel with example data. */
export function templateRoutes({ portalUrl }: { portalUrl: string }): RouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/notification-templates',
      operationId: 'listNotificationTemplates',
      tags,
      roles: administrators,
      summary: 'I modelli dei messaggi automatici, con i canali che hanno un testo proprio',
      responses: [{ status: 200, description: 'Modelli' }],
      handler: () => templates.listTemplates(),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/notification-templates/:key/preview',
      operationId: 'previewNotificationTemplate',
      tags,
      roles: administrators,
      summary:
        'Anteprima di un modello su un canale (notifica, e-mail testo e HTML, ' +
        'PEC) con dati di esempio',
      params: z.object({
        key: z.string().regex(/^[a-z][a-z-]{1,60}$/, 'Nome di modello non valido.'),
      }),
      query: z.object({ canale: z.enum(channels).default('email') }),
      responses: [
        { status: 200, description: 'Oggetto e testo come li leggerebbe il destinatario' },
      ],
      refusals: [templateRefusals.TEMPLATE_UNKNOWN],
      handler: ({ params, query }) => templates.preview(params.key, query.canale, portalUrl),
    }),
  ];
}
