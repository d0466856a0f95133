// The national dataset in ordering: its copies of agencies, contracts, approved adhesions and
// members; two million orders over five years with their history and audit; the payment mandates.
import { idSql, type DatasetSize } from './dataset.js';
import {
  adhesionSql,
  agencyDirectorySelect,
  contractSql,
  overFiveYears,
  supplierFiscalCode,
} from './rows-directory.js';

/** Order m's columns. Three in four are approved; the rest spread over the other states. */
export const orderSql = (seed: number) => ({
  id: idSql(seed, 'order', 'm'),
  adhesion: idSql(seed, 'adhesion', 'pg_temp.adhesion_of_order(m)'),
  agency: idSql(seed, 'agency', 'pg_temp.agency_of_adhesion(pg_temp.adhesion_of_order(m))'),
  contract: idSql(seed, 'contract', 'pg_temp.contract_of_adhesion(pg_temp.adhesion_of_order(m))'),
  status: `(ARRAY['bozza', 'cig-acquisito', 'inviato', 'rifiutato', 'annullato'])[1 + m % 20]`,
  cig: `CASE WHEN m % 20 <> 0 THEN 'Z' || lpad(to_hex(m), 9, '0') END`,
});

function directory(size: DatasetSize, seed: number) {
  const c = contractSql(seed);
  const a = adhesionSql(seed);
  return [
    {
      table: 'agency_directory',
      sql: `INSERT INTO agency_directory (agency_id, name, kind, fiscal_code) ${agencyDirectorySelect(size, seed)}`,
    },
    {
      table: 'known_contracts',
      sql: `INSERT INTO known_contracts (contract_id, banditore_agency_id, title, cig, supplier,
          order_requirements, requires_adhesion, expiry_date, supplier_response_days, status, version, kind)
        SELECT ${c.id}, ${c.banditore}, ${c.title}, ${c.cig},
          jsonb_build_object('name', ${c.supplierName}, 'fiscalCode', ${c.supplierFiscalCode},
            'pec', ${c.supplierPec}), '[]', true, ${c.expiryDate}, 10, ${c.status}, 1, ${c.kind}
        FROM generate_series(1, ${size.contracts}) c`,
    },
    {
      table: 'approved_adhesions',
      sql: `INSERT INTO approved_adhesions (adhesion_id, contract_id, agency_id, code, amount_cents)
        SELECT ${a.id}, ${a.contract}, ${a.agency}, 'ADE-' || lpad(a::text, 7, '0'), (10 + a % 500)::bigint * 100000
        FROM generate_series(1, ${size.adhesions}) a WHERE a % 10 < 8`,
    },
    {
      table: 'agency_members',
      sql: `INSERT INTO agency_members (profile_id, agency_id, fiscal_code, active)
        SELECT ${idSql(seed, 'profile', 'p')}, ${idSql(seed, 'agency', 'pg_temp.agency_of_profile(p)')},
          'NZN' || lpad(p::text, 13, '0'), true
        FROM generate_series(1, ${size.agencies * size.peoplePerAgency}) p`,
    },
  ];
}

export function orderingRows(size: DatasetSize, seed: number) {
  const o = orderSql(seed);
  const when = overFiveYears('m', size.orders);
  const approved = 'm % 20 >= 5';
  return [
    ...directory(size, seed),
    {
      table: 'orders',
      sql: `INSERT INTO orders (id, code, contract_id, agency_id, adhesion_id, cig_request_id, subject, status,
          total_cents, cig_request_total_cents, derived_cig, ceiling, supplier_response, supplier_deadline,
          created_by, created_at, updated_at, submitted_at, approved_at)
        SELECT ${o.id}, 'ORD-' || lpad(m::text, 8, '0'), ${o.contract}, ${o.agency}, ${o.adhesion},
          ${idSql(seed, 'cig-request', 'm')}, 'Ordinativo di fornitura n. ' || m,
          CASE WHEN ${approved} THEN 'approvato' ELSE ${o.status} END,
          (5 + m % 900)::bigint * 10000, (5 + m % 900)::bigint * 10000, ${o.cig},
          CASE WHEN ${approved} THEN 'consumato' ELSE 'nessuna' END,
          CASE WHEN ${approved} THEN CASE WHEN m % 100 = 5 THEN 'in-attesa' ELSE 'presa-visione' END END,
          CASE WHEN ${approved} AND m % 100 = 5 THEN timestamptz '2027-06-01 12:00+02' END,
          'bench', ${when}, ${when} + interval '3 days',
          CASE WHEN m % 20 >= 2 THEN ${when} + interval '1 day' END,
          CASE WHEN ${approved} THEN ${when} + interval '3 days' END
        FROM generate_series(1, ${size.orders}) m`,
    },
    {
      table: 'order_history',
      sql: `INSERT INTO order_history (order_id, action, from_status, to_status, actor_subject, actor_agency, at)
        SELECT ${o.id}, (ARRAY['created', 'cig-acquired', 'submitted', 'approved'])[k],
          (ARRAY[NULL, 'cig-in-corso', 'cig-acquisito', 'inviato'])[k],
          (ARRAY['bozza', 'cig-acquisito', 'inviato', 'approvato'])[k], 'bench', ${o.agency},
          ${when} + (k - 1) * interval '1 day'
        FROM generate_series(1, ${size.orders}) m, generate_series(1, ${size.historyPerOrder}) k`,
    },
    {
      table: 'audit_log',
      sql: `INSERT INTO audit_log (at, tenant, person, action, entity_type, entity_id)
        SELECT ${when} + (k - 1) * interval '1 day', (${o.agency})::text, 'bench',
          (ARRAY['order.created', 'order.cig-acquired', 'order.submitted', 'order.approved'])[k], 'order',
          (${o.id})::text
        FROM generate_series(1, ${size.orders}) m, generate_series(1, ${size.historyPerOrder}) k`,
    },
  ];
}

/** One mandate for every other order, issued by the ordering agency to the contract's supplier. */
export function paymentRows(size: DatasetSize, seed: number) {
  const o = orderSql(seed);
  const contractOf = 'pg_temp.contract_of_adhesion(pg_temp.adhesion_of_order(m))';
  return [
    {
      table: 'payments',
      sql: `INSERT INTO payments (id, agency_id, mandate_number, issued_on, amount_cents, paid_on,
          beneficiary_name, beneficiary_fiscal_code, reason, cig, registered_by, registered_at)
        SELECT ${idSql(seed, 'mandate', 'm')}, ${o.agency}, 'M' || lpad(m::text, 8, '0'),
          (${overFiveYears('m', size.orders)} + interval '30 days')::date, (5 + m % 900)::bigint * 10000,
          (${overFiveYears('m', size.orders)} + interval '40 days')::date,
          'Fornitore ' || pg_temp.supplier_of_contract(${contractOf}) || ' S.p.A.',
          ${supplierFiscalCode(`pg_temp.supplier_of_contract(${contractOf})`)},
          'Pagamento ordinativo n. ' || m, ${o.cig}, 'bench', now()
        FROM generate_series(2, ${size.orders}, 2) m`,
    },
  ];
}
