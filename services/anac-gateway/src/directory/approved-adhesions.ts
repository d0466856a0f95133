import type { EntityManager } from 'typeorm';
import { adhesionEvents } from '@app/events';
import { AppError } from '@app/platform/errors';
import type { EventHandler } from '@app/platform/messaging';

/** Keeps each adhesion adhesion approves, with its agency and the contract's CIG. */
export const adhesionApproved: EventHandler = async (event, manager) => {
  const data = adhesionEvents.approved.data.parse(event.data);
  await manager.query(
    `INSERT INTO approved_adhesions (adhesion_id, agency_id, contract_id, contract_cig, code, approved_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (adhesion_id) DO NOTHING`,
    [data.adhesionId, data.agencyId, data.contractId, data.contractCig, data.code, data.approvedAt]);
};

const notUsable = (detail: string) => new AppError({ code: 'ADHESION_NOT_USABLE', status: 422, title: 'Adesione non utilizzabile', detail });

/**
 * An adhesion named by a CIG request must be one of the caller's agency's approved adhesions, to the
 * framework agreement whose CIG the request names. Another agency's adhesion is answered as unknown.
 */
export async function checkAdhesionReference(manager: EntityManager, agencyId: string, reference: { adhesionId: string | null; parentCig: string }): Promise<void> {
  if (!reference.adhesionId) return;
  const [row] = await manager.query('SELECT agency_id, contract_cig, code FROM approved_adhesions WHERE adhesion_id = $1', [reference.adhesionId]);
  if (!row || row.agency_id !== agencyId) {
    throw notUsable("L'adesione indicata non è tra le adesioni approvate del tuo ente (se è stata appena approvata, riprova tra qualche istante).");
  }
  if (row.contract_cig !== reference.parentCig) {
    throw notUsable(`L'adesione ${row.code} riguarda l'accordo quadro con CIG ${row.contract_cig}, non ${reference.parentCig}.`);
  }
}
