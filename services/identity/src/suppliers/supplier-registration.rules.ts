import { z } from 'zod';
import { fiscalCodeSchema, organisationCodeSchema } from '@app/italian-codes';
import { refuse, refusals } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';

export type SupplierRegistrationStatus = 'in-attesa' | 'approvata' | 'respinta';

export const statusLabels: Record<SupplierRegistrationStatus, string> = {
  'in-attesa': 'In attesa',
  approvata: 'Approvata',
  respinta: 'Respinta',
};

export interface SupplierRegistration {
  id: string;
  name: string;
  fiscalCode: string;
  pec: string;
  address: string;
  referent: { fiscalCode: string; givenName: string; familyName: string; email: string };
  status: SupplierRegistrationStatus;
  reason: string | null;
  agencyId: string | null;
  createdAt: string;
}

export const supplierRegistrationRefusals = refusals({
  SUPPLIER_REQUEST_DECIDED: { status: 409, title: 'Richiesta già decisa' },
  NOT_FOUND: { status: 404, title: 'Risorsa non trovata' },
});
const why = supplierRegistrationRefusals;

/** Seed 002's «Registrazione indirizzario»: the operator, its PEC and seat, and its referent. */
export const supplierRequestSchema = z.object({
  name: z.string().trim().min(2, 'Indica la ragione sociale.').max(300),
  fiscalCode: organisationCodeSchema,
  pec: z.email("L'indirizzo PEC non è valido.").max(254),
  address: z.string().trim().min(5, 'Indica la sede legale.').max(300),
  referent: z.object({
    fiscalCode: fiscalCodeSchema,
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    email: z.email('Indirizzo e-mail non valido: serve per le credenziali di primo accesso.'),
  }),
});

export type SupplierRequest = z.output<typeof supplierRequestSchema>;

/** The answer to every request: nobody learns from it whether an operator was already known. */
export const supplierRequestReceived =
  'Richiesta di registrazione ricevuta: il Gestore della piattaforma la esamina e, se la ' +
  'approva, il referente riceve per e-mail le credenziali di primo accesso.';

export const supplierRequestNotFound = () =>
  refuse(why.NOT_FOUND, 'Richiesta di registrazione non trovata.');

/** An operator's request waits for the Gestore, who approves or rejects it once. */
export const supplierRegistrationLifecycle = defineLifecycle({
  entity: 'supplier-registration',
  title: 'Registrazione indirizzario di un operatore economico',
  states: statusLabels,
  initial: ['in-attesa'],
  actions: {
    approved: 'Richiesta approvata dal Gestore',
    rejected: 'Richiesta respinta dal Gestore',
  },
  describe: (request: Pick<SupplierRegistration, 'status'>) =>
    statusLabels[request.status].toLowerCase(),
  refusalText: (_step, request) =>
    `La richiesta è già stata ${statusLabels[request.status].toLowerCase()}.`,
  steps: {
    approved: {
      from: ['in-attesa'],
      to: 'approvata',
      by: 'Gestore',
      refusal: why.SUPPLIER_REQUEST_DECIDED,
      refused: 'approvare',
    },
    rejected: {
      from: ['in-attesa'],
      to: 'respinta',
      by: 'Gestore',
      refusal: why.SUPPLIER_REQUEST_DECIDED,
      refused: 'respingere',
    },
  },
});
