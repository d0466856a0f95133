import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { receiveUpload } from '@app/signed-documents';
import type { Config } from '../config.js';
import { fileRefusals } from '../inipec/ini-pec.rules.js';
import { applySchema, importQuery } from './import.rules.js';
import * as service from './import.service.js';

const access = { tenant: true as const, roles: ['amministratore-ordine'], tags: ['pec'] };
const byId = z.object({ id: z.uuid('Caricamento non valido.') });
const maxBytes = 2 * 1_048_576;

/**
 * Bulk load of new members: a dry run with a report per row, then only the confirmed rows applied,
 * once.
 */
export function importRoutes({
  dataSource,
  config,
}: {
  dataSource: DataSource;
  config: Config;
}): RouteSpec[] {
  return [
    defineRoute({
      ...access,
      method: 'post',
      path: '/api/v1/pec/imports',
      operationId: 'checkPecImport',
      query: importQuery,
      summary:
        'Prova di caricamento dei nuovi iscritti (CSV nel tracciato INI-PEC o ' +
        '«nuove iscrizioni»): esito riga per riga, nulla cambia',
      upload: { field: 'file', description: 'CSV con separatore ;' },
      responses: [{ status: 201, description: 'Il caricamento con il resoconto di ogni riga' }],
      refusals: [fileRefusals.CSV_UNREADABLE],
      handler: async ({ command, query, req, res }) => {
        const file = await receiveUpload(req, res, maxBytes);
        res.status(201);
        return service.dryRun(dataSource, command, config, query.formato, {
          fileName: file.fileName,
          text: file.bytes.toString('utf8'),
        });
      },
    }),
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/imports/:id',
      operationId: 'getPecImport',
      params: byId,
      summary: 'Il resoconto di un caricamento e le righe già applicate',
      responses: [{ status: 200, description: 'Il caricamento' }],
      handler: ({ caller, params }) => service.importReport(dataSource, caller, params.id),
    }),
    defineRoute({
      ...access,
      method: 'post',
      path: '/api/v1/pec/imports/:id/apply',
      operationId: 'applyPecImport',
      params: byId,
      body: applySchema,
      summary:
        'Applica le righe confermate: iscritto e richiesta di casella per ' +
        'ciascuna; una riga già applicata non cambia nulla',
      responses: [{ status: 200, description: 'Righe applicate e già applicate' }],
      refusals: [fileRefusals.ROWS_NOT_APPLICABLE],
      handler: ({ command, params, body }) =>
        service.apply(dataSource, command, config, params.id, body.rows),
    }),
  ];
}
