import type { EntityManager } from 'typeorm';

/**
 * The people (by codice fiscale) an approved registration enables for its agency on a convention,
 * whichever of their profiles in that agency they act with; a redelivery adds nothing.
 */
export async function saveRegisteredPeople(
  manager: EntityManager,
  registration: { registrationId: string; agencyId: string; contractId: string },
  fiscalCodes: string[],
): Promise<void> {
  for (const fiscalCode of fiscalCodes)
    await manager.query(
      `INSERT INTO registered_people (contract_id, agency_id, fiscal_code, registration_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [registration.contractId, registration.agencyId, fiscalCode, registration.registrationId],
    );
}

export async function isRegistered(
  manager: EntityManager,
  contractId: string,
  caller: { tenant: string; fiscalNumber?: string },
): Promise<boolean> {
  if (!caller.fiscalNumber) return false;
  const rows = await manager.query(
    `SELECT 1 FROM registered_people WHERE contract_id = $1 AND agency_id = $2
       AND fiscal_code = $3`,
    [contractId, caller.tenant, caller.fiscalNumber.toUpperCase()],
  );
  return rows.length > 0;
}
