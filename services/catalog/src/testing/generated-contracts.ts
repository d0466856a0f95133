import type { DataSource } from 'typeorm';

const subjects = [
  'pulizia e sanificazione',
  'arredi per uffici',
  'energia elettrica',
  'cloud computing',
  'carta e cancelleria',
  'veicoli in noleggio',
  'software gestionale',
  'ristorazione scolastica',
  'vigilanza armata',
  'telefonia mobile',
  'manutenzione del verde',
  'dispositivi medici',
];
const openings = ['Servizi di', 'Fornitura di', 'Noleggio di', 'Manutenzione di'];
const cpvs = ['72000000-5', '90910000-9', '39130000-2', '09310000-5', '34110000-1', '33100000-1'];

/**
 * 100,000 contracts (by default) written by PostgreSQL itself, with Italian titles that stem and
 * vary.
 */
export async function generateContracts(
  dataSource: DataSource,
  count: number,
  agencies: string[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO contracts (kind, banditore_agency_id, title, description, cig, cpv, lots, rup,
      ceiling_cents, start_date, expiry_date, supplier, rounds, status, published_at)
     SELECT CASE WHEN g % 3 = 0 THEN 'accordo-quadro' ELSE 'convenzione' END,
       ($2::uuid[])[1 + g % array_length($2::uuid[], 1)],
       ($3::text[])[1 + g % 4] || ' ' || ($4::text[])[1 + (g / 4) % array_length($4::text[], 1)]
         || ' — ambito ' || (g % 97) || ' lotto ' || g,
       'Convenzione per ' || ($4::text[])[1 + (g / 4) % array_length($4::text[], 1)] ||
         ' destinata alle amministrazioni del territorio, edizione ' || (2015 + g % 10),
       'B' || lpad(to_hex(g), 9, '0'),
       ARRAY[($5::text[])[1 + g % array_length($5::text[], 1)]],
       '[]', '{"name": "RUP", "fiscalCode": "CSRGGL70A01D612B"}',
       (1000 + g % 5000)::bigint * 100000,
       date '2018-01-01' + (g % 1500), date '2024-01-01' + (g % 2500),
       jsonb_build_object('name', 'Fornitore ' || (g % 700) || ' S.p.A.', 'fiscalCode', lpad((g %
         700)::text, 11, '0'), 'pec', 'f' || (g % 700) || '@pec.example'),
       '[]', CASE WHEN g % 10 = 0 THEN 'bozza' ELSE 'pubblicato' END, now() - (g % 1500) *
         interval '1 day'
     FROM generate_series(1, $1) g`,
    [count, agencies, openings, subjects, cpvs],
  );
  // As autovacuum leaves a table in steady use: statistics, visibility map, GIN pending lists
  // merged.
  await dataSource.query('VACUUM ANALYZE contracts');
}

/**
 * Published outcomes of orders on the generated contracts (one per contract up to `count`), for
 * "Aggiudicazioni".
 */
export async function generateAwards(dataSource: DataSource, count: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO awards (order_id, contract_id, cig, buyer_agency_id, buyer_name, subject,
      supplier, amount_cents, published_at)
     SELECT gen_random_uuid(), c.id, 'Z' || lpad(to_hex(n), 9, '0'), c.banditore_agency_id,
       'Comune ' || (n % 300), 'Ordinativo ' || n || ' — ' || c.title,
       c.supplier, (100 + n % 900)::bigint * 10000, now() - (n % 700) * interval '1 day'
     FROM (SELECT id, title, banditore_agency_id, supplier, row_number() OVER (ORDER BY id) AS n
       FROM contracts WHERE status <> 'bozza') c
     WHERE c.n <= $1`,
    [count],
  );
  await dataSource.query('VACUUM ANALYZE awards');
}
