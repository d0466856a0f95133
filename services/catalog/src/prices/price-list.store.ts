import type { EntityManager } from 'typeorm';
import type { PriceItem, Revision } from './price-list.rules.js';

export async function baseItems(manager: EntityManager, contractId: string): Promise<PriceItem[]> {
  return manager.query(
    `SELECT code, description, unit, unit_price_cents::float8 AS "unitPriceCents"
       FROM price_items WHERE contract_id = $1 ORDER BY code`,
    [contractId],
  );
}

export async function revisionsOf(
  manager: EntityManager,
  contractId: string,
): Promise<(Revision & { id: string; note: string | null })[]> {
  return manager.query(
    `SELECT id, to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", percent_basis_points AS
      "percentBasisPoints",
            prices, note
       FROM price_revisions WHERE contract_id = $1 ORDER BY effective_from, created_at`,
    [contractId],
  );
}

/** Adds the item, or replaces the one with the same code. */
export async function putItem(
  manager: EntityManager,
  contractId: string,
  item: PriceItem,
): Promise<void> {
  await manager.query(
    `INSERT INTO price_items (contract_id, code, description, unit, unit_price_cents) VALUES ($1,
      $2, $3, $4, $5)
     ON CONFLICT (contract_id, code) DO UPDATE SET description = EXCLUDED.description, unit =
       EXCLUDED.unit,
       unit_price_cents = EXCLUDED.unit_price_cents`,
    [contractId, item.code, item.description, item.unit, item.unitPriceCents],
  );
}

export async function insertRevision(
  manager: EntityManager,
  contractId: string,
  revision: {
    effectiveFrom: string;
    percentBasisPoints?: number;
    prices?: Record<string, number>;
    note?: string;
  },
  author: string,
): Promise<string> {
  const [row] = await manager.query(
    `INSERT INTO price_revisions (contract_id, effective_from, percent_basis_points, prices, note,
      created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      contractId,
      revision.effectiveFrom,
      revision.percentBasisPoints ?? null,
      revision.prices ? JSON.stringify(revision.prices) : null,
      revision.note ?? null,
      author,
    ],
  );
  return row.id;
}
