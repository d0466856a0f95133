import type { EntityManager } from 'typeorm';
import type { Mandate } from './payment.rules.js';

const columns = `p.id, p.agency_id AS "agencyId", p.mandate_number AS "mandateNumber",
  to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn",
  p.amount_cents::float8 AS "amountCents", to_char(p.paid_on, 'YYYY-MM-DD') AS "paidOn",
    p.payment_method AS "paymentMethod",
  json_build_object('name', p.beneficiary_name, 'fiscalCode', p.beneficiary_fiscal_code) AS
    beneficiary, p.reason,
  to_char(p.due_on, 'YYYY-MM-DD') AS "dueOn", p.cig, p.cup, p.invoices, p.registered_at AS
    "registeredAt",
  CASE WHEN p.act_number IS NULL THEN NULL ELSE json_build_object('date',
    to_char(p.act_date, 'YYYY-MM-DD'), 'number', p.act_number, 'amountCents',
    p.act_amount_cents::float8) END AS act,
  json_build_object('agencyId', p.agency_id, 'name', payer.name) AS payer`;
const fromPayments = `FROM payments p LEFT JOIN agency_directory payer ON payer.agency_id =
  p.agency_id`;
/** The mandates towards the agency: those naming its codice fiscale as beneficiary. */
const towards = (agency: string) => `p.beneficiary_fiscal_code = (SELECT fiscal_code FROM
  agency_directory WHERE agency_id = ${agency})`;

/**
 * Registers the mandate unless the agency already has one with its number (then nothing changes).
 */
export async function insertMandate(
  manager: EntityManager,
  id: string,
  agencyId: string,
  mandate: Mandate,
  registeredBy: string,
): Promise<boolean> {
  const rows = await manager.query(
    `INSERT INTO payments (id, agency_id, mandate_number, issued_on, amount_cents, paid_on,
      payment_method, beneficiary_name,
       beneficiary_fiscal_code, reason, due_on, cig, cup, invoices, registered_by, act_date,
       act_number, act_amount_cents)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     ON CONFLICT (agency_id, mandate_number) DO NOTHING RETURNING id`,
    [
      id,
      agencyId,
      mandate.mandateNumber,
      mandate.issuedOn,
      mandate.amountCents,
      mandate.paidOn ?? null,
      mandate.paymentMethod ?? null,
      mandate.beneficiary.name,
      mandate.beneficiary.fiscalCode ?? null,
      mandate.reason ?? null,
      mandate.dueOn ?? null,
      mandate.cig ?? null,
      mandate.cup ?? null,
      JSON.stringify(mandate.invoices),
      registeredBy,
      mandate.act?.date ?? null,
      mandate.act?.number ?? null,
      mandate.act?.amountCents ?? null,
    ],
  );
  return rows.length > 0;
}

export interface PaymentQuery {
  /** Seed 003: the mandates towards the agency (ricevuti), or those it issued (emessi). */
  verso: 'ricevuti' | 'emessi';
  q?: string;
  cig?: string;
  sort: 'data' | 'importo';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const sortColumn = { data: 'p.issued_on', importo: 'p.amount_cents' } as const;

/**
 * "Situazione pagamenti" of an agency (seed 003): the mandates towards it or those it issued,
 * searched by number, beneficiary or causale, sorted by date or amount.
 */
export function listPayments(manager: EntityManager, agencyId: string, query: PaymentQuery) {
  const whose = query.verso === 'emessi' ? 'p.agency_id = $1' : towards('$1');
  return manager.query(
    `SELECT ${columns} ${fromPayments}
     WHERE ${whose} AND ($2::text IS NULL OR p.mandate_number ILIKE '%' || $2 || '%' OR
       p.beneficiary_name ILIKE '%' || $2 || '%'
       OR p.reason ILIKE '%' || $2 || '%') AND ($3::text IS NULL OR p.cig = $3)
     ORDER BY ${sortColumn[query.sort]} ${query.order === 'asc' ? 'ASC' : 'DESC'}, p.mandate_number
     LIMIT $4 OFFSET $5`,
    [
      agencyId,
      query.q ?? null,
      query.cig ?? null,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ],
  );
}

export async function findPayment(manager: EntityManager, agencyId: string, id: string) {
  const [row] = await manager.query(
    `SELECT ${columns} ${fromPayments} WHERE p.id = $1 AND (p.agency_id = $2 OR ${towards('$2')})`,
    [id, agencyId],
  );
  return row;
}

export async function paymentByNumber(
  manager: EntityManager,
  agencyId: string,
  mandateNumber: string,
) {
  const [row] = await manager.query(
    `SELECT ${columns} ${fromPayments} WHERE p.agency_id = $1 AND p.mandate_number = $2`,
    [agencyId, mandateNumber],
  );
  return row;
}

/** The agency's mandates that name a CIG: how payments meet orders. */
export function paymentsWithCig(
  manager: EntityManager,
  agencyId: string,
  cig: string,
): Promise<{ amountCents: number }[]> {
  return manager.query(
    `SELECT ${columns} ${fromPayments} WHERE p.agency_id = $1 AND p.cig = $2 ORDER BY p.issued_on`,
    [agencyId, cig],
  );
}

/** The agency's order with this CIG derivato, if any. */
export async function orderWithCig(
  manager: EntityManager,
  agencyId: string,
  cig: string,
): Promise<string | null> {
  const [row] = await manager.query(
    'SELECT id FROM orders WHERE agency_id = $1 AND derived_cig = $2 LIMIT 1',
    [agencyId, cig],
  );
  return row?.id ?? null;
}
