import type { EntityManager } from 'typeorm';
import type { ContractDocument } from './contract-documents.rules.js';

/**
 * The Documentazione allegata with a file attached: not a new version of the contract (its terms
 * are unchanged), the audit log keeps who attached what.
 */
export async function setDocuments(
  manager: EntityManager,
  id: string,
  documents: ContractDocument[],
): Promise<void> {
  await manager.query(`UPDATE contracts SET documents = $2, updated_at = now() WHERE id = $1`, [
    id,
    JSON.stringify(documents),
  ]);
}
