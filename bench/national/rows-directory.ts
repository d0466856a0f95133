// The national dataset's directory: identity's agencies, offices, people and profiles; catalog's
// contracts; adhesion's copy of them, its members and the adhesions with their history and audit.
import { idSql, type DatasetSize } from './dataset.js';

/** Five years of activity, spread evenly over the row numbers: row n of `count`. */
export const overFiveYears = (n: string, count: number) =>
  `(timestamptz '2021-12-01 08:00+01' + (${n})::float8 / ${count} * interval '1825 days')`;

export const supplierFiscalCode = (s: string) => `lpad((${s})::text, 11, '0')`;

/** The agencies and suppliers as the services' directories keep them: id, name, kind, codice fiscale. */
export const agencyDirectorySelect = (size: DatasetSize, seed: number) =>
  `SELECT ${idSql(seed, 'agency', 'n')}, 'Amministrazione ' || code, 'ente', '8' || lpad(n::text, 10, '0') FROM ipa
   UNION ALL SELECT ${idSql(seed, 'supplier', 's')}, 'Fornitore ' || s || ' S.p.A.', 'operatore-economico',
     ${supplierFiscalCode('s')} FROM generate_series(1, ${size.suppliers}) s`;

export function identityRows(size: DatasetSize, seed: number) {
  const id = (kind: string, n: string) => idSql(seed, kind, n);
  const people = size.agencies * size.peoplePerAgency;
  return [
    {
      table: 'agencies',
      sql: `INSERT INTO agencies (id, name, kind, fiscal_code, ipa_code, pec, created_at)
        SELECT ${id('agency', 'n')}, 'Amministrazione ' || code, 'ente', '8' || lpad(n::text, 10, '0'),
          code, code || '@pec.example.it', ${overFiveYears('n', size.agencies)} FROM ipa
        UNION ALL SELECT ${id('supplier', 's')}, 'Fornitore ' || s || ' S.p.A.', 'operatore-economico',
          ${supplierFiscalCode('s')}, NULL, 'f' || s || '@pec.example.it', now()
          FROM generate_series(1, ${size.suppliers}) s
        UNION ALL SELECT ${id('ordine', 'o')}, 'Ordine professionale ' || o, 'ordine',
          '9' || lpad(o::text, 10, '0'), NULL, 'ordine' || o || '@pec.example.it', now()
          FROM generate_series(1, ${size.professionalOrders}) o`,
    },
    {
      table: 'offices',
      sql: `INSERT INTO offices (id, agency_id, name)
        SELECT ${id('office', '(n - 1) * 3 + k')}, ${id('agency', 'n')}, 'Ufficio ' || k
        FROM generate_series(1, ${size.agencies}) n, generate_series(1, 3) k`,
    },
    {
      table: 'persons',
      sql: `INSERT INTO persons (id, fiscal_code, given_name, family_name, email)
        SELECT ${id('person', 'p')}, 'NZN' || lpad(p::text, 13, '0'), 'Nome' || p, 'Cognome' || (p % 9973),
          'persona' || p || '@example.it' FROM generate_series(1, ${people}) p`,
    },
    {
      table: 'profiles',
      sql: `INSERT INTO profiles (id, person_id, agency_id, office_id, roles)
        SELECT ${id('profile', 'p')}, ${id('person', 'p')}, ${id('agency', 'pg_temp.agency_of_profile(p)')},
          ${id('office', '(pg_temp.agency_of_profile(p) - 1) * 3 + (p - 1) % 3 + 1')},
          CASE (p - 1) % ${size.peoplePerAgency} WHEN 0 THEN '{amministratore-ente}'::text[]
            WHEN 1 THEN '{rup}' ELSE '{buyer}' END
        FROM generate_series(1, ${people}) p`,
    },
  ];
}

/** A contract's columns from its number c, as catalog, adhesion, ordering and notify each keep them. */
export const contractSql = (seed: number) => ({
  id: idSql(seed, 'contract', 'c'),
  banditore: idSql(seed, 'agency', 'pg_temp.banditore_of_contract(c)'),
  kind: `CASE WHEN c % 3 = 0 THEN 'accordo-quadro' ELSE 'convenzione' END`,
  title: `(ARRAY['Servizi di', 'Fornitura di', 'Noleggio di', 'Manutenzione di'])[1 + c % 4] || ' ' ||
    (ARRAY['pulizia e sanificazione', 'arredi per uffici', 'energia elettrica', 'cloud computing',
      'carta e cancelleria', 'veicoli in noleggio', 'software gestionale', 'ristorazione scolastica',
      'vigilanza armata', 'telefonia mobile', 'manutenzione del verde', 'dispositivi medici'])[1 + (c / 4) % 12]
    || ' — lotto ' || c`,
  cig: `'B' || lpad(to_hex(c), 9, '0')`,
  status: `CASE WHEN c % 10 = 0 THEN 'chiuso' ELSE 'pubblicato' END`,
  ceiling: '(1000 + c % 5000)::bigint * 100000000',
  startDate: `date '2021-01-01' + (c % 1500)::int`,
  expiryDate: `date '2026-01-01' + (c % 1500)::int`,
  supplierName: `'Fornitore ' || pg_temp.supplier_of_contract(c) || ' S.p.A.'`,
  supplierFiscalCode: supplierFiscalCode('pg_temp.supplier_of_contract(c)'),
  supplierPec: `'f' || pg_temp.supplier_of_contract(c) || '@pec.example.it'`,
});

export function catalogRows(size: DatasetSize, seed: number) {
  const c = contractSql(seed);
  return [
    {
      table: 'contracts',
      sql: `INSERT INTO contracts (id, kind, banditore_agency_id, title, description, cig, cpv, lots, rup,
          ceiling_cents, start_date, expiry_date, supplier, rounds, status, published_at)
        SELECT ${c.id}, ${c.kind}, ${c.banditore}, ${c.title},
          'Convenzione destinata alle amministrazioni del territorio, edizione ' || (2015 + c % 10),
          ${c.cig}, ARRAY[(ARRAY['72000000-5', '90910000-9', '39130000-2', '09310000-5'])[1 + c % 4]],
          '[]', '{"name": "RUP", "fiscalCode": "CSRGGL70A01D612B"}', ${c.ceiling},
          ${c.startDate}, ${c.expiryDate},
          jsonb_build_object('name', ${c.supplierName}, 'fiscalCode', ${c.supplierFiscalCode},
            'pec', ${c.supplierPec}), '[]', ${c.status}, ${overFiveYears('c', size.contracts)}
        FROM generate_series(1, ${size.contracts}) c`,
    },
    {
      table: 'audit_log',
      sql: `INSERT INTO audit_log (at, tenant, person, action, entity_type, entity_id)
        SELECT ${overFiveYears('c', size.contracts)} + k * interval '1 hour', ${c.banditore}::text,
          'bench', (ARRAY['contract.created', 'contract.published'])[k], 'contract', (${c.id})::text
        FROM generate_series(1, ${size.contracts}) c, generate_series(1, 2) k`,
    },
  ];
}

/** Adhesion a's columns: agency, contract, status (eight in ten approved). */
export const adhesionSql = (seed: number) => ({
  id: idSql(seed, 'adhesion', 'a'),
  agency: idSql(seed, 'agency', 'pg_temp.agency_of_adhesion(a)'),
  contract: idSql(seed, 'contract', 'pg_temp.contract_of_adhesion(a)'),
  status: `CASE WHEN a % 10 < 8 THEN 'approvata' WHEN a % 10 = 8 THEN 'in-valutazione' ELSE 'bozza' END`,
});

export function adhesionRows(size: DatasetSize, seed: number) {
  const c = contractSql(seed);
  const a = adhesionSql(seed);
  const when = overFiveYears('a', size.adhesions);
  return [
    {
      table: 'known_contracts',
      sql: `INSERT INTO known_contracts (contract_id, kind, banditore_agency_id, title, cig, ceiling_cents,
          start_date, expiry_date, rounds, status, version)
        SELECT ${c.id}, ${c.kind}, ${c.banditore}, ${c.title}, ${c.cig}, ${c.ceiling},
          ${c.startDate}, ${c.expiryDate}, '[]', ${c.status}, 1
        FROM generate_series(1, ${size.contracts}) c`,
    },
    {
      table: 'agency_members',
      sql: `INSERT INTO agency_members (profile_id, agency_id, fiscal_code, active)
        SELECT ${idSql(seed, 'profile', 'p')}, ${idSql(seed, 'agency', 'pg_temp.agency_of_profile(p)')},
          'NZN' || lpad(p::text, 13, '0'), true
        FROM generate_series(1, ${size.agencies * size.peoplePerAgency}) p`,
    },
    {
      table: 'adhesions',
      sql: `INSERT INTO adhesions (id, code, contract_id, agency_id, ipotesi, amount_cents, status,
          current_round, created_by, created_at, submitted_at, approved_at)
        SELECT ${a.id}, 'ADE-' || lpad(a::text, 7, '0'), ${a.contract}, ${a.agency},
          CASE WHEN a % 2 = 0 THEN 'A' ELSE 'B' END, (10 + a % 500)::bigint * 100000, ${a.status},
          CASE WHEN a % 10 = 9 THEN 0 ELSE 1 END, 'bench', ${when},
          CASE WHEN a % 10 <> 9 THEN ${when} + interval '1 day' END,
          CASE WHEN a % 10 < 8 THEN ${when} + interval '5 days' END
        FROM generate_series(1, ${size.adhesions}) a`,
    },
    {
      table: 'adhesion_history',
      sql: `INSERT INTO adhesion_history (adhesion_id, action, from_status, to_status, round, actor_subject, at)
        SELECT ${a.id}, (ARRAY['created', 'submitted', 'approved'])[k],
          (ARRAY[NULL, 'bozza', 'in-valutazione'])[k], (ARRAY['bozza', 'inviata', 'approvata'])[k], 1,
          'bench', ${when} + (k - 1) * interval '2 days'
        FROM generate_series(1, ${size.adhesions}) a, generate_series(1, 3) k`,
    },
    {
      table: 'audit_log',
      sql: `INSERT INTO audit_log (at, tenant, person, action, entity_type, entity_id)
        SELECT ${when} + (k - 1) * interval '2 days', (${a.agency})::text, 'bench',
          (ARRAY['adhesion.created', 'adhesion.submitted', 'adhesion.approved'])[k], 'adhesion', (${a.id})::text
        FROM generate_series(1, ${size.adhesions}) a, generate_series(1, 3) k`,
    },
  ];
}
