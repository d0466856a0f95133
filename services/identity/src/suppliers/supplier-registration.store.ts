import type { EntityManager } from 'typeorm';
import type {
  SupplierRegistration,
  SupplierRegistrationStatus,
  SupplierRequest,
} from './supplier-registration.rules.js';

const select = `SELECT id, name, fiscal_code AS "fiscalCode", pec, address, referent, status,
  reason, agency_id AS "agencyId", created_at AS "createdAt" FROM supplier_registrations`;

/** A new request; one already waiting for the operator stays as it is. */
export async function insertRequest(manager: EntityManager, request: SupplierRequest) {
  await manager.query(
    `INSERT INTO supplier_registrations (name, fiscal_code, pec, address, referent)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [
      request.name,
      request.fiscalCode,
      request.pec.toLowerCase(),
      request.address,
      JSON.stringify(request.referent),
    ],
  );
}

export function listRequests(manager: EntityManager): Promise<SupplierRegistration[]> {
  return manager.query(`${select} ORDER BY created_at DESC LIMIT 200`);
}

export async function findRequest(
  manager: EntityManager,
  id: string,
): Promise<SupplierRegistration | undefined> {
  const [row] = await manager.query(`${select} WHERE id = $1 FOR UPDATE`, [id]);
  return row;
}

export async function decide(
  manager: EntityManager,
  id: string,
  decision: { status: SupplierRegistrationStatus; by: string; reason?: string; agencyId?: string },
): Promise<void> {
  await manager.query(
    `UPDATE supplier_registrations SET status = $2, decided_by = $3, decided_at = now(),
       reason = $4, agency_id = $5 WHERE id = $1`,
    [id, decision.status, decision.by, decision.reason ?? null, decision.agencyId ?? null],
  );
}
