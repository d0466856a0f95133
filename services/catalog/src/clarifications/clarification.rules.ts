import { refuse, refusals } from '@app/platform/errors';
import type { Contract } from '../contracts/contract.rules.js';

export const clarificationRefusals = refusals({
  BANDITORE_ASKS: { status: 409, title: 'Domanda non ammessa' },
  CONTRACT_NOT_OPEN: { status: 409, title: 'Contratto non aperto ai chiarimenti' },
  NOT_ELIGIBLE: { status: 403, title: 'Operazione non consentita' },
  NOT_BANDITORE: { status: 403, title: 'Operazione non consentita' },
});
const why = clarificationRefusals;

/**
 * Agencies that may adhere ask, while the contract is published or suspended; the banditore
 * answers.
 */
export function checkMayAsk(contract: Contract, tenant: string): void {
  if (contract.banditore.agencyId === tenant)
    throw refuse(why.BANDITORE_ASKS, 'Il banditore risponde ai chiarimenti, non li chiede.');
  if (contract.status === 'bozza' || contract.status === 'chiuso') {
    throw refuse(
      why.CONTRACT_NOT_OPEN,
      'Il contratto non accetta chiarimenti nel suo stato attuale.',
    );
  }
  if (contract.eligibleAgencies && !contract.eligibleAgencies.includes(tenant)) {
    throw refuse(
      why.NOT_ELIGIBLE,
      'Il tuo ente non è tra quelli che possono aderire a questo contratto.',
    );
  }
}

export function checkMayAnswer(contract: Contract, tenant: string): void {
  if (contract.banditore.agencyId !== tenant)
    throw refuse(why.NOT_BANDITORE, 'Solo il soggetto banditore risponde ai chiarimenti.');
}
