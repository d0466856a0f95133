import type { EntityManager } from 'typeorm';

export interface CodeEntry {
  code: string;
  label: string;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * Replaces a whole list in one transaction: readers see the old list or the new one, never half of
 * each.
 */
export async function replaceList(
  manager: EntityManager,
  list: string,
  entries: CodeEntry[],
): Promise<void> {
  await manager.query('DELETE FROM anac_code_lists WHERE list = $1', [list]);
  for (let start = 0; start < entries.length; start += 1000) {
    const chunk = entries.slice(start, start + 1000);
    await manager.query(
      `INSERT INTO anac_code_lists (list, code, label, valid_from, valid_to)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[]) ON
         CONFLICT DO NOTHING`,
      [
        list,
        chunk.map((e) => e.code),
        chunk.map((e) => e.label),
        chunk.map((e) => e.validFrom),
        chunk.map((e) => e.validTo),
      ],
    );
  }
  await manager.query(
    `INSERT INTO anac_code_list_syncs (list, entries, synced_at) VALUES ($1, $2, now())
     ON CONFLICT (list) DO UPDATE SET entries = EXCLUDED.entries, synced_at = EXCLUDED.synced_at`,
    [list, entries.length],
  );
}

/** The entries of some codes of some lists, for checking a request in one query. */
export async function entriesOf(
  manager: EntityManager,
  wanted: { list: string; code: string }[],
): Promise<Map<string, CodeEntry>> {
  if (wanted.length === 0) return new Map();
  const rows: (CodeEntry & { list: string })[] = await manager.query(
    `SELECT c.list, c.code, c.label, c.valid_from AS "validFrom", c.valid_to AS "validTo"
     FROM anac_code_lists c JOIN unnest($1::text[], $2::text[]) AS w(list, code) ON c.list =
       w.list AND c.code = w.code`,
    [wanted.map((w) => w.list), wanted.map((w) => w.code)],
  );
  return new Map(rows.map((row) => [`${row.list}|${row.code}`, row]));
}

/** The lists read so far (a list not read yet cannot check anything). */
export async function syncedLists(
  manager: EntityManager,
): Promise<Map<string, { entries: number; syncedAt: string }>> {
  const rows: { list: string; entries: number; synced_at: Date }[] = await manager.query(
    'SELECT list, entries, synced_at FROM anac_code_list_syncs',
  );
  return new Map(
    rows.map((row) => [row.list, { entries: row.entries, syncedAt: row.synced_at.toISOString() }]),
  );
}

/** A page of a list's entries in force today, searched by code or label (the Richiedi CIG form). */
export async function searchList(
  manager: EntityManager,
  list: string,
  query: { q?: string; page: number; pageSize: number },
) {
  const pattern = query.q ? `%${query.q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const where = `list = $1 AND (valid_from IS NULL OR valid_from <= now()) AND (valid_to IS NULL OR valid_to > now())
    AND ($2::text IS NULL OR lower(label) LIKE $2 OR lower(code) LIKE $2)`;
  const [{ total }] = await manager.query(
    `SELECT count(*)::int AS total FROM anac_code_lists WHERE ${where}`,
    [list, pattern],
  );
  const items = await manager.query(
    `SELECT code, label FROM anac_code_lists WHERE ${where} ORDER BY code LIMIT $3 OFFSET $4`,
    [list, pattern, query.pageSize, (query.page - 1) * query.pageSize],
  );
  return { list, total, page: query.page, pageSize: query.pageSize, items };
}
