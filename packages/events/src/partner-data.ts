import type { PartnerScope } from './scopes.js';

/**
 * What partners never receive: facts about people (registrations, profiles, credentials, sessions),
 * the agencies' own registry, and the commands services send each other.
 */
export const notForPartners = new RegExp(
  [
    String.raw`^identity\.(person|profile|credentials|session)\.`,
    String.raw`^identity\.agency\.`,
    String.raw`\.(appalto-confirmation|cig-acquisition)-requested\.v\d+$`,
    // The supplier's PEC with the order's files: for notify, which sends it.
    String.raw`\.supplier-dispatch\.v\d+$`,
  ].join('|'),
);

/**
 * Personal data in the events, and what partners may learn of it. A partner system is told about
 * its agency's procedures, not about the people who work them or are served by them: fields that
 * name or reach a natural person are removed before an event enters the partner feed, its webhooks
 * and queues, unless a scope the partner holds declares it needs that field. No scope declares any
 * yet.
 */
export const personalFields: { types: RegExp; paths: string[]; why: string }[] = [
  {
    types: /^(ordering\.order|adhesion\.adhesion)\./,
    paths: ['actor.subject', 'actor.profileId'],
    why: 'who acted: a person of the agency (their identifiers)',
  },
  {
    types: /^(ordering\.order|adhesion\.adhesion)\./,
    paths: ['sender.subject', 'sender.profileId'],
    why: 'who sent the adhesion or the order: a person of the agency',
  },
  {
    types: /^pec\.mailbox\./,
    paths: ['holder.name', 'holder.referenceEmail', 'address'],
    why: "an Order member's name, personal e-mail and PEC mailbox",
  },
  { types: /^pec\.anomaly\./, paths: ['address'], why: "an Order member's PEC mailbox" },
  {
    types: /^notify\.delivery\.failed\./,
    paths: ['address'],
    why: "the recipient's e-mail or PEC address (or the partner endpoint's URL)",
  },
  {
    types: /^identity\.registration\.approved\./,
    paths: ['users[].profileId', 'users[].personId', 'users[].fiscalCode', 'users[].email'],
    why: "the people registered with the agency's Punto Ordinante",
  },
];

/**
 * Fields whose names look personal but are not: each with the reason a partner may have it.
 * Economic operators and public offices are not natural persons; their identifiers are public in
 * procurement.
 */
export const businessFields: { types: RegExp; paths: string[]; why: string }[] = [
  {
    types: /^(catalog\.contract|ordering\.order)\./,
    paths: ['supplier.name', 'supplier.fiscalCode', 'supplier.pec'],
    why: 'the supplier, an economic operator named in the contract',
  },
  {
    types: /^ordering\.order\.outcome-published\./,
    paths: ['subject', 'buyerName'],
    why: "the order's oggetto and the buying agency, published in Aggiudicazioni e affidamenti",
  },
  {
    types: /^ordering\.payment\.registered\./,
    paths: ['beneficiaryFiscalCode'],
    why: 'the supplier paid, as the mandate names it (payments:read)',
  },
  {
    types: /^(ordering\.order|adhesion\.adhesion)\./,
    paths: ['actor.agencyId', 'sender.agencyId', 'agencyName'],
    why: 'the agency, not the person',
  },
  {
    types: /^identity\.agency\./,
    paths: ['name', 'fiscalCode', 'offices[].name'],
    why: 'a public administration and its offices',
  },
  {
    types: /^pec\.mailbox\.transferred\./,
    paths: ['toOrderName'],
    why: 'a professional Order, a public body',
  },
  {
    types: /^pec\.mailbox\./,
    paths: ['mailboxId'],
    why: "the box's number in the Order's panel, with no name or address",
  },
  {
    types: /^catalog\.contract\./,
    paths: ['rounds[].documents[].name', 'orderRequirements[].name'],
    why: 'the names of the documents the contract requires',
  },
];

/**
 * Scopes that need a personal field, by event type and path: none does today (so the feed can store
 * the partners' copy once).
 */
export const personalDataByScope: Partial<
  Record<PartnerScope, { types: RegExp; paths: string[] }[]>
> = {};

const removable = (type: string, scopes: readonly string[]) =>
  [
    ...personalFields.filter((entry) => entry.types.test(type)).flatMap((entry) => entry.paths),
  ].filter(
    (path) =>
      !scopes.some((scope) =>
        personalDataByScope[scope as PartnerScope]?.some(
          (grant) => grant.types.test(type) && grant.paths.includes(path),
        ),
      ),
  );

function without(value: unknown, path: string[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(value)) return value.map((item) => without(item, path));
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head];
  else if (head in copy) copy[head] = without(copy[head], rest);
  return copy;
}

/**
 * The event's data as partners holding `scopes` receive it: every personal field no scope of theirs
 * declares removed.
 */
export function dataForPartners(
  type: string,
  data: unknown,
  scopes: readonly string[] = [],
): unknown {
  return removable(type, scopes).reduce(
    (current, path) => without(current, path.replace(/\[\]/g, '').split('.')),
    data,
  );
}
