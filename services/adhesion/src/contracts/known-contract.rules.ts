import type { z } from 'zod';
import type { catalogEvents } from '@app/events';
import { refuse, refusals } from '@app/platform/errors';

/** What catalog announces of a contract (its published event). */
export type ContractFacts = z.output<typeof catalogEvents.contractPublished.data>;
export type Ipotesi = 'A' | 'B';

export interface DocumentRequirement {
  /** `<round>-<position>`, e.g. `0-1`: rounds do not change once a contract is published. */
  id: string;
  name: string;
  mandatory: boolean;
  signed: boolean;
  ipotesi: 'A' | 'B' | 'AB';
}

export interface KnownContract {
  contractId: string;
  kind: string;
  banditoreAgencyId: string;
  title: string;
  cig: string;
  ceilingCents: number;
  expiryDate: string;
  eligibleAgencies: string[] | null;
  rounds: { title: string; documents: DocumentRequirement[] }[];
  status: string;
}

export const contractRefusals = refusals({
  CONTRACT_NOT_OPEN: { status: 409, title: 'Contratto non aperto alle adesioni' },
  BANDITORE_ADHERES: { status: 403, title: 'Operazione non consentita' },
  NOT_ELIGIBLE: { status: 403, title: 'Operazione non consentita' },
  REGISTRATION_REQUIRED: { status: 403, title: 'Registrazione alla convenzione richiesta' },
});

/** The rounds as adhesion keeps them: each document with its `<round>-<position>` id. */
export function roundsOf(facts: ContractFacts): KnownContract['rounds'] {
  return facts.rounds.map((round, index) => ({
    title: round.title,
    documents: round.documents.map((document, position) => ({
      id: `${index}-${position + 1}`,
      ...document,
    })),
  }));
}

/**
 * A contract an agency may start an adhesion to: published, not expired, and open to that agency.
 */
export function checkOpenTo(
  contract: KnownContract,
  agencyId: string,
  today = new Date().toISOString().slice(0, 10),
): void {
  const { CONTRACT_NOT_OPEN, BANDITORE_ADHERES, NOT_ELIGIBLE } = contractRefusals;
  if (contract.status !== 'pubblicato' || contract.expiryDate < today) {
    const state = contract.status === 'pubblicato' ? 'scaduto' : contract.status;
    throw refuse(CONTRACT_NOT_OPEN, `Il contratto non accetta adesioni: è ${state}.`);
  }
  if (contract.banditoreAgencyId === agencyId) {
    throw refuse(BANDITORE_ADHERES, 'Il soggetto banditore non aderisce ai propri contratti.');
  }
  if (contract.eligibleAgencies && !contract.eligibleAgencies.includes(agencyId)) {
    throw refuse(
      NOT_ELIGIBLE,
      'Il tuo ente non è tra quelli che possono aderire a questo contratto.',
    );
  }
}

const notRegistered = (contract: Pick<KnownContract, 'title'>) =>
  `Per accedere al negozio elettronico è necessario chiedere la registrazione alle singole ` +
  `convenzioni: il tuo profilo non è registrato a «${contract.title}».`;

/**
 * Seed 000: «Per accedere al negozio elettronico è necessario chiedere la registrazione alle
 * singole convenzioni»: on a convention, only the people its approved registration names act.
 */
export function checkRegistered(
  contract: Pick<KnownContract, 'kind' | 'title'>,
  registered: boolean,
) {
  if (contract.kind !== 'convenzione' || registered) return;
  throw refuse(contractRefusals.REGISTRATION_REQUIRED, notRegistered(contract));
}

/** What a page needs to offer «Richiedi adesione» and «Nuovo ordine» only to who may use them. */
export function registrationStanding(
  contract: Pick<KnownContract, 'kind' | 'title'>,
  registered: boolean,
) {
  const required = contract.kind === 'convenzione';
  return {
    registrationRequired: required,
    registered: required ? registered : true,
    ...(required && !registered ? { detail: notRegistered(contract) } : {}),
  };
}

/** The documents a round asks of an adhesion in the given ipotesi. */
export function requirementsFor(
  contract: KnownContract,
  round: number,
  ipotesi: Ipotesi,
): DocumentRequirement[] {
  const documents = contract.rounds[round]?.documents ?? [];
  return documents.filter(
    (requirement) => requirement.ipotesi === 'AB' || requirement.ipotesi === ipotesi,
  );
}
