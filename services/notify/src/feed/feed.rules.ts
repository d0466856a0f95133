import { notForPartners } from '@app/events';
import { refusals } from '@app/platform/errors';

/** Who may read an event: everyone (public notices and awards) or the agencies it concerns. */
export type Visibility = { public: true } | { public: false; agencies: string[] };

/**
 * Published contracts, their price lists and awarded orders are public facts (Bandi e avvisi,
 * Aggiudicazioni).
 */
const publicTypes = new Set([
  'catalog.contract.published.v1',
  'catalog.contract.updated.v1',
  'catalog.contract.expired.v1',
  'catalog.price-list.revised.v1',
  'ordering.order.outcome-published.v1',
]);

/**
 * The agencies an event concerns: every agency its data names at the top (`agencyId`,
 * `banditoreAgencyId`, an Order's `orderAgencyId`, a transfer's `fromOrderAgencyId` and
 * `toOrderAgencyId`, …) and the supplier's.
 */
function agenciesNamed(data: Record<string, unknown>): string[] {
  const supplier = data.supplier as { agencyId?: unknown } | undefined;
  const named = Object.entries(data)
    .filter(([key]) => /agencyId$/i.test(key))
    .map(([, value]) => value);
  return [...named, supplier?.agencyId].filter((id): id is string => typeof id === 'string');
}

/**
 * Who may see an event on the partner channels, or nothing when it is not for partners. A ceiling
 * movement names no agency: it is the banditore's, known from the contract.
 */
export function visibilityOf(
  type: string,
  data: Record<string, unknown>,
  contractBanditore?: string,
): Visibility | undefined {
  if (notForPartners.test(type)) return undefined;
  if (publicTypes.has(type)) return { public: true };
  const agencies = [
    ...new Set([
      ...agenciesNamed(data),
      ...(type.startsWith('catalog.ceiling.') && contractBanditore ? [contractBanditore] : []),
    ]),
  ];
  return agencies.length ? { public: false, agencies } : undefined;
}

export const feedRefusals = refusals({
  CURSOR_INVALID: { status: 400, title: 'Cursore non valido' },
});

/**
 * A subscription's filters, in the dialects of the CloudEvents Subscriptions API: exact, prefix and
 * suffix on an attribute, all (every one holds), any (at least one), not.
 */
export type Filter =
  | { exact: Record<string, string> }
  | { prefix: Record<string, string> }
  | { suffix: Record<string, string> }
  | { all: Filter[] }
  | { any: Filter[] }
  | { not: Filter };

const eachAttribute = (
  rule: Record<string, string>,
  event: Record<string, unknown>,
  test: (value: string, wanted: string) => boolean,
) =>
  Object.entries(rule).every(
    ([attribute, wanted]) =>
      typeof event[attribute] === 'string' && test(event[attribute] as string, wanted),
  );

/**
 * Whether an event's attributes (type, source, subject…) pass a filter; no filter lets everything
 * through.
 */
export function passes(filter: Filter, event: Record<string, unknown>): boolean {
  if ('exact' in filter)
    return eachAttribute(filter.exact, event, (value, wanted) => value === wanted);
  if ('prefix' in filter)
    return eachAttribute(filter.prefix, event, (value, wanted) => value.startsWith(wanted));
  if ('suffix' in filter)
    return eachAttribute(filter.suffix, event, (value, wanted) => value.endsWith(wanted));
  if ('all' in filter) return filter.all.every((inner) => passes(inner, event));
  if ('any' in filter) return filter.any.some((inner) => passes(inner, event));
  return !passes(filter.not, event);
}
