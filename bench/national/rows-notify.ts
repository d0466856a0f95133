// The national dataset in notify (its directory, twenty million notifications, the partner feed the
// orders imply) and in pec-admin (the Orders' members, their mailboxes and the ledger of requests).
import { idSql, type DatasetSize } from './dataset.js';
import {
  adhesionSql,
  agencyDirectorySelect,
  contractSql,
  overFiveYears,
} from './rows-directory.js';

function directory(size: DatasetSize, seed: number) {
  const c = contractSql(seed);
  const a = adhesionSql(seed);
  const people = size.agencies * size.peoplePerAgency;
  return [
    {
      table: 'agencies',
      sql: `INSERT INTO agencies (agency_id, name, kind, fiscal_code) ${agencyDirectorySelect(size, seed)}`,
    },
    {
      table: 'people',
      sql: `INSERT INTO people (person_id, fiscal_code, given_name, family_name, email)
        SELECT ${idSql(seed, 'person', 'p')}, 'NZN' || lpad(p::text, 13, '0'), 'Nome' || p, 'Cognome' || (p % 9973),
          'persona' || p || '@example.it' FROM generate_series(1, ${people}) p`,
    },
    {
      table: 'recipients',
      sql: `INSERT INTO recipients (profile_id, person_id, agency_id, roles)
        SELECT ${idSql(seed, 'profile', 'p')}, ${idSql(seed, 'person', 'p')},
          ${idSql(seed, 'agency', 'pg_temp.agency_of_profile(p)')},
          CASE (p - 1) % ${size.peoplePerAgency} WHEN 0 THEN '{amministratore-ente}'::text[]
            WHEN 1 THEN '{rup}' ELSE '{buyer}' END
        FROM generate_series(1, ${people}) p`,
    },
    {
      table: 'contracts',
      sql: `INSERT INTO contracts (contract_id, banditore_agency_id, title, cig, supplier_name, supplier_pec,
          version, supplier_fiscal_code, status)
        SELECT ${c.id}, ${c.banditore}, ${c.title}, ${c.cig}, ${c.supplierName}, ${c.supplierPec}, 1,
          ${c.supplierFiscalCode}, ${c.status}
        FROM generate_series(1, ${size.contracts}) c`,
    },
    {
      table: 'contract_members',
      sql: `INSERT INTO contract_members (contract_id, agency_id)
        SELECT ${a.contract}, ${a.agency} FROM generate_series(1, ${size.adhesions}) a WHERE a % 10 < 8
        ON CONFLICT DO NOTHING`,
    },
  ];
}

export function notifyRows(size: DatasetSize, seed: number) {
  const people = size.agencies * size.peoplePerAgency;
  // Notification n goes to a profile spread over all of them (104,729 is prime, so every one is hit).
  const profile = `1 + (n::bigint * 104729) % ${people}`;
  const feedOrder = '(f + 2) / 3';
  const adhesionOfFeed = `pg_temp.adhesion_of_order(${feedOrder})`;
  return [
    ...directory(size, seed),
    {
      table: 'notifications',
      sql: `INSERT INTO notifications (id, event_id, event_type, profile_id, agency_id, title, body, link,
          created_at, read_at, contract_id)
        SELECT ${idSql(seed, 'notification', 'n')}, 'evt-n-' || n,
          (ARRAY['ordering.order.approved.v1', 'adhesion.adhesion.approved.v1', 'catalog.contract.published.v1',
            'catalog.price-list.revised.v1'])[1 + n % 4], ${idSql(seed, 'profile', profile)},
          ${idSql(seed, 'agency', `pg_temp.agency_of_profile(${profile})`)},
          'Ordinativo approvato', 'L’ordinativo n. ' || n || ' è stato approvato.', '/ordini/' || n,
          ${overFiveYears('n', size.notifications)},
          CASE WHEN n % 10 <> 0 THEN ${overFiveYears('n', size.notifications)} + interval '1 day' END,
          CASE WHEN n % 2 = 0 THEN ${idSql(seed, 'contract', `1 + n % ${size.contracts}`)} END
        FROM generate_series(1, ${size.notifications}) n`,
    },
    {
      table: 'partner_events',
      sql: `INSERT INTO partner_events (seq, event_id, type, public, agencies, envelope, recorded_at)
        SELECT f, 'evt-f-' || f, (ARRAY['ordering.order.submitted.v1', 'ordering.order.approved.v1',
            'ordering.order.outcome-published.v1'])[1 + f % 3], f % 200 = 0,
          ARRAY[${idSql(seed, 'agency', `pg_temp.agency_of_adhesion(${adhesionOfFeed})`)},
            ${idSql(seed, 'agency', `pg_temp.banditore_of_contract(pg_temp.contract_of_adhesion(${adhesionOfFeed}))`)}],
          jsonb_build_object('specversion', '1.0', 'id', 'evt-f-' || f, 'source', 'ordering',
            'type', 'ordering.order.approved.v1', 'datacontenttype', 'application/json',
            'time', to_char(${overFiveYears('f', size.feedEvents)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            'data', jsonb_build_object('orderId', ${idSql(seed, 'order', feedOrder)})),
          ${overFiveYears('f', size.feedEvents)}
        FROM generate_series(1, ${size.feedEvents}) f`,
    },
    {
      table: 'partner_event_seq',
      sql: `SELECT setval('partner_event_seq', ${size.feedEvents})`,
    },
  ];
}

export function pecRows(size: DatasetSize, seed: number) {
  const member = idSql(seed, 'member', 'k');
  const order = idSql(seed, 'ordine', 'pg_temp.order_of_member(k)');
  return [
    {
      table: 'orders',
      sql: `INSERT INTO orders (agency_id, fiscal_code, name)
        SELECT ${idSql(seed, 'ordine', 'o')}, '9' || lpad(o::text, 10, '0'), 'Ordine professionale ' || o
        FROM generate_series(1, ${size.professionalOrders}) o`,
    },
    {
      table: 'members',
      sql: `INSERT INTO members (id, order_agency_id, given_name, family_name, fiscal_code, registration_number,
          registered_on, reference_email, ini_pec_address)
        SELECT ${member}, ${order}, 'Nome' || k, 'Cognome' || (k % 7919), 'MBR' || lpad(k::text, 13, '0'),
          k::text, date '1990-01-01' + (k % 12000)::int, 'iscritto' || k || '@example.it',
          'iscritto' || k || '@pec.ordine.example.it'
        FROM generate_series(1, ${size.pecMembers}) k`,
    },
    {
      table: 'mailboxes',
      sql: `INSERT INTO mailboxes (id, order_agency_id, member_id, address, state, requested_at, created_at,
          activated_at)
        SELECT ${idSql(seed, 'mailbox', 'k')}, ${order}, ${member}, 'iscritto' || k || '@pec.ordine.example.it',
          CASE WHEN k % 10 = 0 THEN 'richiesta' ELSE 'attiva' END, ${overFiveYears('k', size.pecMembers)},
          ${overFiveYears('k', size.pecMembers)}, ${overFiveYears('k', size.pecMembers)}
        FROM generate_series(1, ${size.pecMembers}) k`,
    },
    {
      table: 'requests',
      sql: `INSERT INTO requests (id, order_agency_id, kind, state, member_id, mailbox_id, payload, requested_by,
          created_at, completed_at, next_attempt_at)
        SELECT ${idSql(seed, 'request', 'k * 2 + r')}, ${order}, (ARRAY['nuova-casella', 'reset-password'])[r],
          CASE WHEN k % 10 = 0 AND r = 1 THEN 'richiesta' ELSE 'eseguita' END, ${member},
          ${idSql(seed, 'mailbox', 'k')}, '{}', '{"name": "bench"}',
          ${overFiveYears('k', size.pecMembers)} + (r - 1) * interval '90 days',
          CASE WHEN NOT (k % 10 = 0 AND r = 1) THEN ${overFiveYears('k', size.pecMembers)} END,
          timestamptz '2030-01-01 00:00+01'
        FROM generate_series(1, ${size.pecMembers}) k, generate_series(1, 2) r`,
    },
  ];
}
