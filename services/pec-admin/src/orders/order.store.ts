import type { EntityManager } from 'typeorm';

/**
 * The Orders as identity announced them: their codice fiscale names their panel at the provider.
 */
export const upsert = (
  manager: EntityManager,
  order: { agencyId: string; fiscalCode: string; name: string },
) =>
  manager.query(
    `INSERT INTO orders (agency_id, fiscal_code, name) VALUES ($1, $2, $3)
   ON CONFLICT (agency_id) DO UPDATE SET fiscal_code = EXCLUDED.fiscal_code, name = EXCLUDED.name`,
    [order.agencyId, order.fiscalCode, order.name],
  );

export async function find(
  manager: EntityManager,
  agencyId: string,
): Promise<{ fiscalCode: string; name: string } | undefined> {
  const [row] = await manager.query(
    'SELECT fiscal_code AS "fiscalCode", name FROM orders WHERE agency_id = $1',
    [agencyId],
  );
  return row;
}
