import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Tables that grow with use (orders, histories, notifications, feeds, ledgers, audit): on them a
 * migration may neither rewrite the table nor hold a lock that stops writes while it works.
 */
export const bigTables = [
  'orders',
  'order_history',
  'order_documents',
  'order_supplier_documents',
  'payments',
  'nso_documents',
  'adhesions',
  'adhesion_history',
  'adhesion_documents',
  'contracts',
  'contract_versions',
  'price_items',
  'price_revisions',
  'ceiling_movements',
  'awards',
  'cig_requests',
  'schede',
  'transmissions',
  'notifications',
  'outgoing_mail',
  'partner_events',
  'webhook_deliveries',
  'webhook_attempts',
  'communications',
  'communication_messages',
  'communication_reads',
  'pec_receipts',
  'members',
  'mailboxes',
  'requests',
  'audit_log',
  'outbox',
  'processed_messages',
  'dead_letters',
  'documents',
  'idempotency_keys',
  'login_sessions',
  'people',
  'profiles',
];

/** Migrations from this one on are checked; the ones before ran when every table was small. */
export const checkedFrom = 1767500000000;

const alterTable = (table: string) => `ALTER\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?${table}\\b[^;]*?`;
const volatileDefault = 'DEFAULT\\s+(now|clock_timestamp|random|gen_random_uuid|nextval)\\b';
const regex = (...parts: string[]) => new RegExp(parts.join(''), 'i');

/** What in a statement would rewrite a big table or lock its writes, and how to do it instead. */
const hazards: { pattern: (table: string) => RegExp; why: string }[] = [
  {
    pattern: (t) =>
      regex('CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(?!CONCURRENTLY)[^;]*?\\bON\\s+(ONLY\\s+)?', t, '\\b'),
    why: 'CREATE INDEX without CONCURRENTLY locks writes: build it concurrently (transaction = false)',
  },
  {
    pattern: (t) =>
      regex(
        alterTable(t),
        'ADD\\s+COLUMN[^;,]*?\\b(UNIQUE|PRIMARY\\s+KEY|REFERENCES|',
        volatileDefault,
        ')',
      ),
    why:
      'ADD COLUMN with a key, a reference or a volatile default rewrites or scans under lock: ' +
      'add it bare, then index concurrently and backfill in batches',
  },
  {
    pattern: (t) => regex(alterTable(t), 'ALTER\\s+COLUMN[^;,]*?\\b(TYPE|SET\\s+NOT\\s+NULL)\\b'),
    why:
      'ALTER COLUMN TYPE rewrites the table, SET NOT NULL scans it under lock: expand and ' +
      'contract instead (a NOT VALID check, validated)',
  },
  {
    pattern: (t) =>
      regex(
        alterTable(t),
        'ADD\\s+CONSTRAINT[^;]*?\\b(CHECK|FOREIGN\\s+KEY)\\b(?![^;]*NOT\\s+VALID)',
      ),
    why:
      'ADD CONSTRAINT without NOT VALID scans the table under lock: add it NOT VALID, then ' +
      'VALIDATE CONSTRAINT',
  },
  {
    pattern: (t) =>
      regex(
        alterTable(t),
        'ADD\\s+(CONSTRAINT\\s+\\w+\\s+)?(UNIQUE|PRIMARY\\s+KEY)\\b(?![^;]*USING\\s+INDEX)',
      ),
    why:
      'a UNIQUE or PRIMARY KEY constraint builds its index under lock: build the index ' +
      'concurrently, then ADD CONSTRAINT … USING INDEX',
  },
  {
    pattern: (t) =>
      regex(
        '(VACUUM\\s+FULL|CLUSTER|REINDEX\\s+(TABLE|INDEX)\\s+(?!CONCURRENTLY))[^;]*?\\b',
        t,
        '\\b|LOCK\\s+TABLE\\s+',
        t,
        '\\b',
      ),
    why: 'VACUUM FULL, CLUSTER, REINDEX without CONCURRENTLY and LOCK TABLE stop the table',
  },
  {
    pattern: (t) =>
      regex('(UPDATE\\s+', t, '\\b|DELETE\\s+FROM\\s+', t, '\\b)(?![^;]*\\bLIMIT\\b)'),
    why:
      'an UPDATE or DELETE of the whole table holds its rows for the whole run: backfill in ' +
      'batches (… LIMIT n, repeated)',
  },
];

/** The hazards of one migration's source: each with the table and how to do it safely. */
export function migrationHazards(source: string): { table: string; why: string }[] {
  const text = source.replace(/\s+/g, ' ');
  // A table the migration itself creates is empty: anything goes on it.
  const created = new Set(
    [...text.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi)].map(([, name]) =>
      (name ?? '').toLowerCase(),
    ),
  );
  const found: { table: string; why: string }[] = [];
  for (const table of bigTables.filter((name) => !created.has(name)))
    for (const hazard of hazards)
      if (hazard.pattern(`"?${table}"?`).test(text)) found.push({ table, why: hazard.why });
  if (/\bCONCURRENTLY\b/.test(text) && !/transaction\s*=\s*false/.test(text))
    found.push({
      table: '*',
      why: 'CONCURRENTLY cannot run in a transaction: set transaction = false',
    });
  return found;
}

/** Every service's and the platform's migrations checked since `checkedFrom`, by file. */
export function migrationFiles(root: string): { file: string; timestamp: number }[] {
  const dirs = [
    ...readdirSync(join(root, 'services')).map((service) =>
      join('services', service, 'src', 'db', 'migrations'),
    ),
  ];
  return dirs.flatMap((dir) => {
    let names: string[];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      return [];
    }
    return names
      .filter((name) => /^\d{13}-.*\.ts$/.test(name))
      .map((name) => ({ file: join(dir, name), timestamp: Number(name.slice(0, 13)) }));
  });
}

export const readSource = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
