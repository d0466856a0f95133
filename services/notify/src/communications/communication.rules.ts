import { refusals } from '@app/platform/errors';

/** Seed 001: the two kinds of message an agency composes in a contract's Comunicazioni. */
export const kinds = { comunicazione: 'Comunicazione', chiarimento: 'Chiarimento' } as const;
export type Kind = keyof typeof kinds;

/**
 * The parties of a contract: its banditore's cost centre, the supplier (OE aggiudicatario), the
 * adhering agencies.
 */
export const parties = {
  banditore: 'Centro di costo banditore',
  fornitore: 'OE aggiudicatario',
  aderente: 'Ente aderente',
} as const;
export type Party = keyof typeof parties;

export const communicationRefusals = refusals({
  CONTRACT_NOT_PUBLISHED: { status: 409, title: 'Comunicazioni non attive' },
  NOT_A_PARTY: { status: 403, title: 'Ente non parte del contratto' },
  RECIPIENT_NOT_ALLOWED: { status: 422, title: 'Destinatario non ammesso' },
  PROFILE_REQUIRED: { status: 409, title: 'Profilo non scelto' },
});

export interface ContractParties {
  banditoreAgencyId: string;
  supplierAgencyId: string | null;
  members: string[];
  status: string;
}

/**
 * What the caller's agency is in the contract, if anything (the banditore first: it may also be an
 * aderente).
 */
export function partyOf(contract: ContractParties, agencyId: string): Party | undefined {
  if (contract.banditoreAgencyId === agencyId) return 'banditore';
  if (contract.supplierAgencyId === agencyId) return 'fornitore';
  return contract.members.includes(agencyId) ? 'aderente' : undefined;
}

/**
 * Whom a party may write to (seed 001): banditore ↔ aderenti, aderenti ↔ OE aggiudicatario,
 * banditore ↔ OE aggiudicatario. The agency of the recipient, or the reason it is refused.
 */
export function recipientOf(
  contract: ContractParties,
  from: Party,
  to: { party: Party; agencyId?: string },
): { agencyId: string } | { refused: string } {
  if (from === to.party)
    return {
      refused:
        `Un ${parties[from].toLowerCase()} non scrive a un altro ` +
        `${parties[to.party].toLowerCase()}: scegli il banditore, l'OE ` +
        `aggiudicatario o un ente aderente.`,
    };
  if (to.party === 'banditore') return { agencyId: contract.banditoreAgencyId };
  if (to.party === 'fornitore') {
    return contract.supplierAgencyId
      ? { agencyId: contract.supplierAgencyId }
      : { refused: "L'OE aggiudicatario non è ancora registrato sul Negozio Elettronico." };
  }
  if (!to.agencyId || !contract.members.includes(to.agencyId))
    return { refused: "L'ente indicato non ha aderito a questo contratto." };
  return { agencyId: to.agencyId };
}

/** Who of an agency is told of a new message: those who follow the contract for it. */
export const followersOf: Record<Party, string[]> = {
  banditore: ['rup', 'responsabile-eprocurement'],
  fornitore: ['operatore-economico'],
  aderente: ['buyer', 'punto-ordinante', 'rup', 'punto-istruttore'],
};

/**
 * Whom a party may write to in this contract, for the form's choice (agencies by id; names added by
 * the caller).
 */
export function recipientsFor(
  contract: ContractParties,
  from: Party,
): { party: Party; agencyId: string }[] {
  const members = contract.members.filter(
    (id) => id !== contract.banditoreAgencyId && id !== contract.supplierAgencyId,
  );
  const choices: { party: Party; agencyId: string }[] = [];
  if (from !== 'banditore')
    choices.push({ party: 'banditore', agencyId: contract.banditoreAgencyId });
  if (from !== 'fornitore' && contract.supplierAgencyId)
    choices.push({ party: 'fornitore', agencyId: contract.supplierAgencyId });
  if (from !== 'aderente')
    choices.push(...members.map((agencyId) => ({ party: 'aderente' as const, agencyId })));
  return choices;
}

/** The Registro delle operazioni's words for a thread. */
export const auditLabels: Record<string, string> = {
  started: 'Comunicazione avviata',
  replied: 'Risposta inviata',
  'document-attached': 'Documento allegato',
};
