import { catalogEvents } from '@app/events';
import { refuse, refusals } from '@app/platform/errors';
import { defineLifecycle } from '@app/platform/lifecycle';
import { editableAfterPublication, type ContractFields } from './contract.schema.js';

export type ContractStatus = 'bozza' | 'pubblicato' | 'sospeso' | 'chiuso';

/** `scaduto` is a published contract past its expiry: read, never stored. */
export const statusLabels: Record<ContractStatus | 'scaduto', string> = {
  bozza: 'Bozza',
  pubblicato: 'Pubblicato',
  sospeso: 'Sospeso',
  chiuso: 'Chiuso',
  scaduto: 'Scaduto',
};

export interface Contract extends ContractFields {
  id: string;
  banditore: { agencyId: string; name: string | null };
  status: ContractStatus | 'scaduto';
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const contractRefusals = refusals({
  NOT_BANDITORE: { status: 403, title: 'Operazione non consentita' },
  CONTRACT_CLOSED: { status: 409, title: 'Contratto chiuso' },
  FIELD_LOCKED: { status: 409, title: 'Campo non modificabile dopo la pubblicazione' },
  DATES_INVERTED: { status: 400, title: 'Dati non validi' },
  INVALID_TRANSITION: { status: 409, title: 'Passaggio di stato non ammesso' },
  EXPIRED: { status: 409, title: 'Contratto scaduto' },
});
const why = contractRefusals;

const describeContract = (contract: {
  status: ContractStatus;
  shownAs: ContractStatus | 'scaduto';
}) => `un contratto nello stato «${statusLabels[contract.shownAs]}»`;

/** bozza → pubblicato → sospeso ↔ pubblicato → chiuso; `scaduto` is read as `pubblicato`. */
export const contractLifecycle = defineLifecycle<
  ContractStatus,
  'publish' | 'suspend' | 'resume' | 'close',
  { status: ContractStatus; shownAs: ContractStatus | 'scaduto' }
>({
  entity: 'contract',
  title: 'Contratto (convenzione o accordo quadro)',
  states: {
    bozza: 'Bozza',
    pubblicato: 'Pubblicato',
    sospeso: 'Sospeso',
    chiuso: 'Chiuso',
  } satisfies Record<ContractStatus, string>,
  initial: ['bozza'],
  actions: {
    publish: 'Pubblicazione',
    suspend: 'Sospensione',
    resume: 'Riattivazione',
    close: 'Chiusura',
  },
  describe: describeContract,
  refusalText: (step, contract): string =>
    `Non è possibile ${step.refused} ${describeContract(contract)}.`,
  steps: {
    publish: {
      from: ['bozza'],
      to: 'pubblicato',
      by: 'soggetto banditore',
      emits: catalogEvents.contractPublished.type,
      refusal: why.INVALID_TRANSITION,
      refused: 'pubblicare',
    },
    suspend: {
      from: ['pubblicato'],
      to: 'sospeso',
      by: 'soggetto banditore',
      emits: catalogEvents.contractUpdated.type,
      refusal: why.INVALID_TRANSITION,
      refused: 'sospendere',
    },
    resume: {
      from: ['sospeso'],
      to: 'pubblicato',
      by: 'soggetto banditore',
      emits: catalogEvents.contractUpdated.type,
      refusal: why.INVALID_TRANSITION,
      refused: 'riattivare',
    },
    close: {
      from: ['pubblicato', 'sospeso'],
      to: 'chiuso',
      by: 'soggetto banditore',
      emits: catalogEvents.contractUpdated.type,
      refusal: why.INVALID_TRANSITION,
      refused: 'chiudere',
    },
  },
});

export type Transition = keyof typeof contractLifecycle.steps;

/** Published contracts for everyone, drafts only for their banditore. */
export const isVisible = (contract: Contract, tenant: string | undefined) =>
  contract.status !== 'bozza' || contract.banditore.agencyId === tenant;

export function checkBanditore(contract: Contract, tenant: string): void {
  if (contract.banditore.agencyId !== tenant)
    throw refuse(why.NOT_BANDITORE, 'Solo il soggetto banditore può modificare il contratto.');
}

/**
 * The fields a change really changes: any field of a draft; after publication only the editable
 * ones; nothing of a closed contract; the expiry always after the start.
 */
export function changedFields(
  before: Contract,
  change: Partial<ContractFields>,
): (keyof ContractFields)[] {
  if (before.status === 'chiuso')
    throw refuse(why.CONTRACT_CLOSED, 'Il contratto è chiuso: non può essere modificato.');
  const changed = (Object.keys(change) as (keyof ContractFields)[]).filter(
    (field) => JSON.stringify(change[field]) !== JSON.stringify(before[field]),
  );
  const locked =
    before.status === 'bozza'
      ? []
      : changed.filter((field) => !(editableAfterPublication as readonly string[]).includes(field));
  if (locked.length) {
    throw refuse(
      why.FIELD_LOCKED,
      `Dopo la pubblicazione si possono modificare solo descrizione, ` +
        `documentazione, scadenza, contatti e contestazione degli ordinativi ` +
        `(non: ${locked.join(', ')}).`,
    );
  }
  const merged = { ...before, ...change };
  if (changed.length && merged.expiryDate <= merged.startDate) {
    throw refuse(why.DATES_INVERTED, 'La scadenza deve essere successiva alla data di inizio.');
  }
  return changed;
}

/** A contract past its expiry is stored as pubblicato and takes the steps a published one does. */
export const storedState = (contract: Contract) => ({
  status: contract.status === 'scaduto' ? ('pubblicato' as const) : contract.status,
  shownAs: contract.status,
});

/**
 * Whether the contract may take the transition. A publication recorded from history (the demo
 * world) may concern a contract expired since; any other needs an expiry still ahead.
 */
export function checkTransition(
  before: Contract,
  transition: Transition,
  today: string,
  fromHistory: boolean,
): void {
  contractLifecycle.check(transition, storedState(before));
  if (transition === 'publish' && !fromHistory && before.expiryDate < today) {
    throw refuse(why.EXPIRED, 'La scadenza è già passata: aggiornala prima di pubblicare.');
  }
}

/** What other services are told of a contract (catalog.contract.* events). */
export function facts(contract: Contract) {
  return {
    contractId: contract.id,
    kind: contract.kind,
    banditoreAgencyId: contract.banditore.agencyId,
    title: contract.title,
    cig: contract.cig,
    cup: contract.cup ?? null,
    supplierResponseDays: contract.supplierResponseDays,
    supplierMayDispute: contract.supplierMayDispute,
    ceilingCents: contract.ceilingCents,
    startDate: contract.startDate,
    expiryDate: contract.expiryDate,
    eligibleAgencies: contract.eligibleAgencies,
    supplier: contract.supplier,
    rounds: contract.rounds,
    orderRequirements: contract.orderRequirements,
    status: contract.status,
    version: contract.version,
  };
}

/** The Registro delle operazioni's words for a contract's changes. */
export const auditLabels: Record<string, string> = {
  created: 'Contratto creato (bozza)',
  changed: 'Contratto modificato',
  publish: 'Contratto pubblicato',
  suspend: 'Contratto sospeso',
  resume: 'Contratto riattivato',
  close: 'Contratto chiuso',
  'items-changed': 'Voci del listino modificate',
  revised: 'Revisione dei prezzi registrata',
};
