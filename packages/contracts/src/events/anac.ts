import { z } from 'zod';
import { defineEvent } from '../registry.js';

const anacError = z.object({ codice: z.string(), dettaglio: z.string(), spiegazione: z.string() });
const request = z.object({ cigRequestId: z.uuid(), agencyId: z.uuid(), codiceAppalto: z.string(), parentCig: z.string(), adhesionId: z.uuid().nullable() });

/** What the ANAC gateway announces of CIG requests and schede, for ordering and the notification service. */
export const anacEvents = {
  appaltoConfirmed: defineEvent({
    type: 'anac.appalto.confirmed.v1',
    summary: 'ANAC confirmed the appalto of a CIG request (conferma-appalto, esito OK): its CIGs can be acquired.',
    data: request.extend({ idAppalto: z.uuid(), confirmedAt: z.iso.datetime({ offset: true }) }),
  }),
  appaltoRejected: defineEvent({
    type: 'anac.appalto.rejected.v1',
    summary: 'ANAC refused the appalto (esito KO), with its errors and an Italian explanation of each.',
    data: request.extend({ idAppalto: z.uuid().nullable(), errors: z.array(anacError) }),
  }),
  cigAcquired: defineEvent({
    type: 'anac.cig.acquired.v1',
    summary: 'The CIGs ANAC assigned to the lots of a confirmed appalto were acquired (recupera-cig).',
    data: request.extend({ idAppalto: z.uuid(), cigs: z.array(z.object({ lotIdentifier: z.string(), cig: z.string(), amountCents: z.number().int() })), totalCents: z.number().int() }),
  }),
};
