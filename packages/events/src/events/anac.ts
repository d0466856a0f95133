import { z } from 'zod';
import { defineEvent } from '@app/platform/events';

const anacError = z.object({ codice: z.string(), dettaglio: z.string(), spiegazione: z.string() });
const request = z.object({
  cigRequestId: z.uuid(),
  agencyId: z.uuid(),
  codiceAppalto: z.string(),
  parentCig: z.string(),
  adhesionId: z.uuid().nullable(),
});

const scheda = z.object({
  schedaId: z.uuid(),
  cigRequestId: z.uuid(),
  agencyId: z.uuid(),
  code: z.enum(['ANN', 'SC1', 'I1', 'CO1', 'CO2']),
  cig: z.string().nullable(),
  idScheda: z.uuid().nullable(),
});

/**
 * What the ANAC gateway announces of CIG requests and schede, for ordering and the notification
 * service.
 */
export const anacEvents = {
  appaltoConfirmed: defineEvent({
    type: 'anac.appalto.confirmed.v1',
    summary:
      'ANAC confirmed the appalto of a CIG request (conferma-appalto, esito ' +
      'OK): its CIGs can be acquired.',
    data: request.extend({ idAppalto: z.uuid(), confirmedAt: z.iso.datetime({ offset: true }) }),
  }),
  appaltoRejected: defineEvent({
    type: 'anac.appalto.rejected.v1',
    summary:
      'ANAC refused the appalto (esito KO), with its errors and an Italian explanation of each.',
    data: request.extend({ idAppalto: z.uuid().nullable(), errors: z.array(anacError) }),
  }),
  cigAcquired: defineEvent({
    type: 'anac.cig.acquired.v1',
    summary:
      'The CIGs ANAC assigned to the lots of a confirmed appalto were acquired (recupera-cig).',
    data: request.extend({
      idAppalto: z.uuid(),
      cigs: z.array(
        z.object({ lotIdentifier: z.string(), cig: z.string(), amountCents: z.number().int() }),
      ),
      totalCents: z.number().int(),
    }),
  }),
  schedaSent: defineEvent({
    type: 'anac.scheda.sent.v1',
    summary:
      'A scheda (ANN, SC1, I1, CO1, CO2) was created at ANAC and its ' +
      'confirmation requested (Invia scheda).',
    data: scheda,
  }),
  schedaConfirmed: defineEvent({
    type: 'anac.scheda.confirmed.v1',
    summary:
      'ANAC confirmed a scheda (esito OK of conferma-scheda); after ANN the order is annulled.',
    data: scheda.extend({ anacContractId: z.uuid().nullable() }),
  }),
  schedaRolledBack: defineEvent({
    type: 'anac.scheda.rolled-back.v1',
    summary:
      'ANAC took back a confirmed scheda (rollback-scheda, e.g. an ANN sent in ' +
      'error): it no longer counts; after an ANN the order is no longer ' +
      'annulled.',
    data: scheda.extend({ reason: z.enum(['1', '2']) }),
  }),
  schedaRejected: defineEvent({
    type: 'anac.scheda.rejected.v1',
    summary: 'ANAC refused a scheda, with its errors explained in Italian.',
    data: scheda.extend({ errors: z.array(anacError) }),
  }),
};
