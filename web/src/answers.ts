/**
 * What the portal reads of the API's answers, field by field, where a page decides something with
 * it (a button, a breadcrumb, a link). The rest of an answer goes to the views as it came: the index
 * signature keeps it without claiming to know it.
 */
interface Answer {
  [more: string]: unknown;
}

export interface Created extends Answer {
  id: string;
}

/** A list answered a page at a time. */
export interface Page<T> extends Answer {
  items: T[];
  total: number;
}

export interface ContractAnswer extends Answer {
  id: string;
  title: string;
  cig: string;
  cpv?: string[];
  supplier: { fiscalCode: string; name: string };
  banditore?: { agencyId: string };
}

export interface CigRequestAnswer extends Answer {
  id: string;
  data: { subject: string; adhesionId?: string };
}

export interface OrderAnswer extends Answer {
  id: string;
  code: string;
  status: string;
  side: 'ordinante' | 'banditore' | 'fornitore';
  derivedCig: string | null;
  supplierResponse: string | null;
  outcomePublishedAt?: string | null;
  lines: { unitPriceCents: number }[];
  contract: { id: string; title: string };
}

export interface AdhesionAnswer extends Answer {
  id: string;
  code: string;
  contractId: string;
  agencyId: string;
  status: string;
  amountCents: number;
  currentRound: number;
  rounds: { round: number }[];
  contract: { id: string; title: string; banditoreAgencyId: string };
}

export interface ThreadAnswer extends Answer {
  id: string;
  subject: string;
  contractId: string;
}

export interface PecMemberAnswer extends Answer {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
}

export interface PecBoxAnswer extends Answer {
  id: string;
  address: string | null;
  givenName: string;
  familyName: string;
  state: string;
  requests: { state: string; kind: string; providerSheet?: string | null; stateLabel: string }[];
}

export interface PecAnomalyAnswer extends Answer {
  id: string;
  payload: { indirizzo?: string };
}

export interface PecImportAnswer extends Answer {
  id: string;
  fileName?: string | null;
  rows: { row: number; outcome: string }[];
  appliedRows: number[];
}

export interface WebhookAnswer extends Answer {
  id: string;
  url: string;
}

/** An answer that some services give as a page and others, older, as a bare list. */
export type ListOrPage<T> = T[] | Page<T>;
export const itemsOf = <T>(answer: ListOrPage<T> | undefined): T[] | undefined =>
  Array.isArray(answer) ? answer : answer?.items;
