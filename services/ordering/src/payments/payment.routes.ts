import { z } from 'zod';
import { defineRoute, pageQuery, type RouteSpec } from '@app/platform/http';
import { receiveUpload } from '@app/signed-documents';
import type { OrderDeps } from '../orders/order.service.js';
import { mandateSchema, paymentRefusals } from './payment.rules.js';
import * as payments from './payment.service.js';

/**
 * Who reads and registers an agency's mandates: people granted the "mandati" service (seed 003), or
 * its accounting system.
 */
const readers = ['servizio-mandati', 'amministratore-ente'];
const common = { tags: ['payments'], tenant: true as const };
const listQuery = z.object({
  /** Seed 003: the mandates towards the agency (ricevuti, the default) or those it issued. */
  verso: z.enum(['ricevuti', 'emessi']).default('ricevuti'),
  q: z.string().trim().max(100).optional(),
  cig: z.string().trim().toUpperCase().max(10).optional(),
  sort: z.enum(['data', 'importo']).default('data'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...pageQuery.shape,
});

function paymentRoutesContext(deps: OrderDeps) {
  const { dataSource } = deps;
  return { deps, dataSource };
}

type PaymentRoutesContext = ReturnType<typeof paymentRoutesContext>;

const registerPaymentsRoute = ({ dataSource }: PaymentRoutesContext) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/payments',
    operationId: 'registerPayments',
    roles: readers,
    scopes: ['payments:write'],
    summary:
      "Registra mandati di pagamento dell'ente (campi SIOPE+), una volta per " +
      'numero: un invio ripetuto non cambia nulla',
    body: z.object({
      mandates: z.array(mandateSchema).min(1, 'Indica almeno un mandato.').max(1_000),
    }),
    responses: [{ status: 200, description: 'Esito per mandato: registrato o già registrato' }],
    handler: ({ body, command }) => payments.registerMandates(dataSource, command, body.mandates),
  });

const importPaymentsCsvRoute = ({ deps, dataSource }: PaymentRoutesContext) =>
  defineRoute({
    ...common,
    method: 'post',
    path: '/api/v1/payments/import',
    operationId: 'importPaymentsCsv',
    roles: readers,
    scopes: ['payments:write'],
    summary:
      "Importa mandati dall'esportazione della contabilità, CSV (numero_mandato, data_mandato, " +
      'importo, …) o XML (un elemento mandato per mandato): esito riga per riga; con ' +
      'dryRun=true verifica senza registrare',
    query: z.object({
      dryRun: z
        .enum(['true', 'false'])
        .transform((value) => value === 'true')
        .default(false),
    }),
    upload: {
      field: 'file',
      description: 'CSV con intestazione (separatore ; o ,) o XML con elementi <mandato>',
    },
    responses: [
      {
        status: 200,
        description: 'Esito per riga: registrato, già registrato o scartato con i motivi',
      },
    ],
    refusals: Object.values(paymentRefusals),
    handler: async ({ command, query, req, res }) => {
      const file = await receiveUpload(req, res, deps.maxUploadBytes);
      return payments.importMandates(dataSource, command, file.bytes.toString('utf8'), {
        dryRun: query.dryRun,
      });
    },
  });

const listPaymentsRoute = ({ dataSource }: PaymentRoutesContext) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/payments',
    operationId: 'listPayments',
    roles: readers,
    scopes: ['payments:read'],
    summary:
      "Situazione mandati (seed 003): i mandati verso l'ente (ricevuti) o emessi dall'ente, con " +
      "l'atto di riferimento e lo stato di pagamento, cercati e ordinati per data o importo",
    query: listQuery,
    responses: [{ status: 200, description: 'Mandati' }],
    handler: ({ query, caller }) => payments.listPayments(dataSource, caller, query),
  });

const getPaymentRoute = ({ dataSource }: PaymentRoutesContext) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/payments/:id',
    operationId: 'getPayment',
    roles: readers,
    scopes: ['payments:read'],
    summary:
      'Dettaglio del mandato, per chi lo emette e per il beneficiario: scadenza, importo, data ' +
      'e modalità di pagamento, motivo',
    params: z.object({ id: z.uuid('Mandato non valido.') }),
    responses: [{ status: 200, description: 'Il mandato' }],
    handler: ({ params, caller }) => payments.getPayment(dataSource, caller, params.id),
  });

const getOrderPaymentsRoute = ({ deps }: PaymentRoutesContext) =>
  defineRoute({
    ...common,
    method: 'get',
    path: '/api/v1/orders/:id/payments',
    operationId: 'getOrderPayments',
    scopes: ['payments:read'],
    roles: [...readers, 'operatore-economico'],
    summary:
      "Pagamenti dell'ordinativo: ordinato, pagato, residuo, con i mandati " +
      'abbinati per CIG (anche al fornitore)',
    params: z.object({ id: z.uuid('Ordinativo non valido.') }),
    responses: [{ status: 200, description: 'Ordinato, pagato, residuo' }],
    handler: ({ params, caller }) => payments.orderPayments(deps, caller, params.id),
  });

export function paymentRoutes(deps: OrderDeps): RouteSpec[] {
  const context = paymentRoutesContext(deps);
  return [
    registerPaymentsRoute(context),
    importPaymentsCsvRoute(context),
    listPaymentsRoute(context),
    getPaymentRoute(context),
    getOrderPaymentsRoute(context),
  ];
}
