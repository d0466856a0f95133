// The national dataset's size and shape: how many of each thing a national platform holds after five
// years, at a scale (1 = Italy; a CI sample is a fraction of it), and how the things refer to each
// other. Every id is derived from the seed and a number, so two loads with the same seed are the
// same data and a bench can name "agency 42" or "the buyer of agency 42" without reading the tables.
import { createHash } from 'node:crypto';

/** How many of each thing: national figures times the scale, never below a floor that keeps plans honest. */
export interface DatasetSize {
  scale: number;
  agencies: number;
  /** The central purchasing bodies and big agencies that publish conventions: the first ones. */
  banditori: number;
  suppliers: number;
  professionalOrders: number;
  /** Profiles per agency (one person each): 12, in 3 offices. */
  peoplePerAgency: number;
  contracts: number;
  adhesions: number;
  orders: number;
  historyPerOrder: number;
  notifications: number;
  /** Partner feed rows: three events an order tells partners about (sent, approved, outcome). */
  feedEvents: number;
  pecMembers: number;
  mandates: number;
}

const at = (national: number, scale: number, floor: number) =>
  Math.max(floor, Math.round(national * scale));

export function datasetSize(scale: number): DatasetSize {
  if (!(scale > 0 && scale <= 1)) throw new Error(`scala non valida: ${scale} (tra 0 e 1)`);
  const agencies = at(23_000, scale, 200);
  const orders = at(2_000_000, scale, 20_000);
  return {
    scale,
    agencies,
    banditori: Math.max(5, Math.round(agencies / 115)),
    suppliers: at(2_000, scale, 50),
    // About a hundred Orders run their members’ PEC with us, at any scale: a sample has fewer members each.
    professionalOrders: 100,
    peoplePerAgency: 12,
    contracts: at(100_000, scale, 5_000),
    adhesions: at(250_000, scale, 10_000),
    orders,
    historyPerOrder: 4,
    notifications: at(20_000_000, scale, 200_000),
    feedEvents: orders * 3,
    pecMembers: at(50_000, scale, 2_000),
    mandates: Math.round(orders / 2),
  };
}

/**
 * SQL for the id of the `n`-th thing of a kind (n an SQL expression): the same for the same seed, in
 * the layout of a version 4 UUID.
 */
export const idSql = (seed: number, kind: string, n: string) =>
  `overlay(overlay(md5('${Math.trunc(seed)}:${kind}:' || (${n})) placing '4' from 13) placing '8' from 17)::uuid`;

/** The same id, computed here: what a bench or test asks about. */
export function idOf(seed: number, kind: string, n: number): string {
  const md5 = createHash('md5')
    .update(`${Math.trunc(seed)}:${kind}:${n}`)
    .digest('hex');
  // An RFC 9562 version 4 layout (version and variant nibbles set), as the API's validation wants.
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Who is who, as pure arithmetic on numbers (1-based), mirrored by the SQL functions the loader
 * declares: the bench and the plan test pick their callers with these.
 */
export const shape = {
  /** Profile p works for agency ⌈p / 12⌉; the first of each agency administers it, the second is its RUP. */
  agencyOfProfile: (profile: number, size: DatasetSize) =>
    Math.floor((profile - 1) / size.peoplePerAgency) + 1,
  firstProfileOf: (agency: number, size: DatasetSize) => (agency - 1) * size.peoplePerAgency + 1,
  /**
   * Adhesion a: agency 1 + (a - 1) mod A, to a contract spread over all of them; but one agency in
   * five adheres to contract 1, the big national convention (4,600 agencies, 37,000 orders).
   */
  agencyOfAdhesion: (adhesion: number, size: DatasetSize) => ((adhesion - 1) % size.agencies) + 1,
  contractOfAdhesion: (adhesion: number, size: DatasetSize) =>
    adhesion <= size.agencies && adhesion % 5 === 0
      ? 1
      : ((Math.floor((adhesion - 1) / size.agencies) * 7_919 + (adhesion - 1) * 31) %
          size.contracts) +
        1,
  /** Order m: under adhesion 1 + (m - 1) mod D, so its agency and contract are the adhesion's. */
  adhesionOfOrder: (order: number, size: DatasetSize) => ((order - 1) % size.adhesions) + 1,
  banditoreOfContract: (contract: number, size: DatasetSize) => (contract % size.banditori) + 1,
  supplierOfContract: (contract: number, size: DatasetSize) => (contract % size.suppliers) + 1,
  professionalOrderOfMember: (member: number, size: DatasetSize) =>
    ((member - 1) % size.professionalOrders) + 1,
};

/** The same arithmetic as SQL functions in pg_temp, for the loader's INSERT … SELECT. */
export function shapeFunctions(size: DatasetSize): string[] {
  const fn = (name: string, body: string) =>
    `CREATE FUNCTION pg_temp.${name}(n bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT ${body} $$`;
  return [
    fn('agency_of_profile', `(n - 1) / ${size.peoplePerAgency} + 1`),
    fn('agency_of_adhesion', `(n - 1) % ${size.agencies} + 1`),
    fn(
      'contract_of_adhesion',
      `CASE WHEN n <= ${size.agencies} AND n % 5 = 0 THEN 1
        ELSE (((n - 1) / ${size.agencies}) * 7919 + (n - 1) * 31) % ${size.contracts} + 1 END`,
    ),
    fn('adhesion_of_order', `(n - 1) % ${size.adhesions} + 1`),
    fn('banditore_of_contract', `n % ${size.banditori} + 1`),
    fn('supplier_of_contract', `n % ${size.suppliers} + 1`),
    fn('order_of_member', `(n - 1) % ${size.professionalOrders} + 1`),
  ];
}
