import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { defineRoute, type RouteSpec } from '@app/platform/http';
import { receiveUpload } from '@app/signed-documents';
import { fileRefusals } from './ini-pec.rules.js';
import * as service from './ini-pec.service.js';

const access = { tenant: true as const, roles: ['amministratore-ordine'], tags: ['pec'] };
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/**
 * INI-PEC: the day's file the Order uploads, and the check of INI-PEC's extract against the Order's
 * boxes.
 */
export function iniPecRoutes({ dataSource }: { dataSource: DataSource }): RouteSpec[] {
  return [
    defineRoute({
      ...access,
      method: 'get',
      path: '/api/v1/pec/ini-pec/export',
      operationId: 'exportIniPec',
      query: z.object({ giorno: z.iso.date('Giorno non valido (AAAA-MM-GG).').optional() }),
      summary:
        'Il file INI-PEC del giorno (Indirizzo PEC;Nome;Cognome;Numero ' +
        'Iscrizione;Codice Fiscale;Stato;Data Iscrizione;Data Cancellazione)',
      responses: [
        {
          status: 200,
          description: 'CSV separato da ;, Stato 1 aggiornamento, 2 inserimento, 3 cancellazione',
        },
      ],
      handler: async ({ caller, query, res }) => {
        const file = await service.dayFile(dataSource, caller, query.giorno ?? today());
        res.type('text/csv; charset=utf-8').attachment(file.fileName).send(file.csv);
      },
    }),
    defineRoute({
      ...access,
      method: 'post',
      path: '/api/v1/pec/ini-pec/check',
      operationId: 'checkIniPec',
      summary:
        "Confronta l'estratto INI-PEC con le caselle attive dell'Ordine ed elenca le differenze",
      upload: { field: 'file', description: 'Estratto INI-PEC, CSV separato da ;' },
      responses: [{ status: 200, description: 'Le differenze, titolare per titolare' }],
      refusals: [fileRefusals.CSV_UNREADABLE],
      handler: async ({ caller, req, res }) =>
        service.check(
          dataSource,
          caller,
          (await receiveUpload(req, res, 4 * 1_048_576)).bytes.toString('utf8'),
        ),
    }),
  ];
}
