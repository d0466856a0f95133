// Every list or read a person or partner uses, as requests on the national dataset: who asks (the
// token's claims) and what. The callers are picked by the dataset's arithmetic, so the same reads
// work on the full dataset and on a sample of it.
import { idOf, shape, type DatasetSize } from './dataset.js';

export interface Read {
  name: string;
  service: 'catalog' | 'adhesion' | 'ordering' | 'notify' | 'pec-admin';
  path: string;
  claims: Record<string, unknown>;
  /** A read whose next page follows the cursor of the previous answer (the partner feed). */
  follows?: 'next';
}

const agencyPeople = ['buyer', 'rup', 'amministratore-ente', 'servizio-mandati'];
const person = (tenant: string, roles: string[], profileId?: string) => ({
  sub: `bench-${roles[0]}`,
  tenant,
  roles,
  ...(profileId ? { profile_id: profileId } : {}),
});

/**
 * Who asks and about what, for agency number `agency`: its first adhesion, that adhesion's contract
 * and its banditore, an order under it; contract 1, the national convention, and its banditore; a
 * supplier; the first Order; a partner client of the agency.
 */
function cast(size: DatasetSize, seed: number, agency: number) {
  const id = (kind: string, n: number) => idOf(seed, kind, n);
  const contract = shape.contractOfAdhesion(agency, size);
  const agencyId = id('agency', agency);
  const banditoreId = id('agency', shape.banditoreOfContract(contract, size));
  return {
    contractId: id('contract', contract),
    bigConvention: id('contract', 1),
    orderId: id('order', agency + size.adhesions),
    buyer: person(agencyId, agencyPeople, id('profile', shape.firstProfileOf(agency, size) + 2)),
    banditoreId,
    banditore: person(banditoreId, agencyPeople),
    bigBanditore: person(id('agency', shape.banditoreOfContract(1, size)), agencyPeople),
    supplier: person(id('supplier', shape.supplierOfContract(contract, size)), [
      'servizio-mandati',
    ]),
    orderAdmin: person(id('ordine', 1), ['amministratore-ordine']),
    partner: {
      sub: 'bench-partner',
      tenant: agencyId,
      roles: ['amministratore-ente'],
      client_id: 'bench-partner',
      scope: 'events:read',
    },
  };
}
type Cast = ReturnType<typeof cast>;

const catalogReads = (c: Cast): Read[] => [
  { name: 'Elenco contratti', service: 'catalog', path: '/api/v1/contracts', claims: c.buyer },
  {
    name: 'Elenco contratti, ogni filtro insieme',
    service: 'catalog',
    path:
      '/api/v1/contracts?q=pulizia&kind=convenzione&status=pubblicato&cpv=90910000-9' +
      `&banditore=${c.banditoreId}&expiryFrom=2026-01-01&expiryTo=2030-12-31` +
      '&amountMin=100000000&amountMax=900000000000&supplier=Fornitore%2017&sort=scadenza&page=2',
    claims: c.buyer,
  },
];

const listsOfContract = (c: Cast): Read[] =>
  (['adhesion', 'ordering'] as const).flatMap((service) => {
    const [what, path] =
      service === 'adhesion' ? ['Adesioni', 'adhesions'] : ['Ordinativi', 'orders'];
    return [
      { name: `${what} dell’ente a un contratto`, claims: c.buyer, contract: c.contractId },
      {
        name: `${what} di un contratto, per il banditore`,
        claims: c.banditore,
        contract: c.contractId,
      },
      {
        name: `${what} della convenzione nazionale, per il banditore`,
        claims: c.bigBanditore,
        contract: c.bigConvention,
      },
      {
        name: `${what} della convenzione nazionale, pagina 20`,
        claims: c.bigBanditore,
        contract: c.bigConvention,
        page: 20,
      },
    ].map(({ name, claims, contract, page }) => ({
      name,
      service,
      path: `/api/v1/contracts/${contract}/${path}${page ? `?page=${page}` : ''}`,
      claims,
    }));
  });

const orderingReads = (c: Cast): Read[] => [
  {
    name: 'Storia di un ordinativo',
    service: 'ordering',
    path: `/api/v1/orders/${c.orderId}/history`,
    claims: c.buyer,
  },
  {
    name: 'Registro delle operazioni di un ordinativo',
    service: 'ordering',
    path: `/api/v1/orders/${c.orderId}/audit`,
    claims: c.buyer,
  },
  {
    name: 'Mandati emessi',
    service: 'ordering',
    path: '/api/v1/payments?verso=emessi',
    claims: c.buyer,
  },
  {
    name: 'Mandati ricevuti dal fornitore, per importo',
    service: 'ordering',
    path: '/api/v1/payments?verso=ricevuti&sort=importo',
    claims: c.supplier,
  },
];

const notifyReads = (c: Cast): Read[] => [
  {
    name: 'Notifiche (e non lette)',
    service: 'notify',
    path: '/api/v1/notifications',
    claims: c.buyer,
  },
  {
    name: 'Notifiche non lette di un contratto',
    service: 'notify',
    path: `/api/v1/notifications?unread=true&contractId=${c.contractId}`,
    claims: c.buyer,
  },
  {
    name: 'Eventi per i partner, dal cursore 0',
    service: 'notify',
    path: '/api/v1/events?limit=100',
    claims: c.partner,
  },
  {
    name: 'Eventi per i partner, pagina seguente',
    service: 'notify',
    path: '/api/v1/events?limit=100',
    claims: c.partner,
    follows: 'next',
  },
];

const pecReads = (c: Cast): Read[] => [
  {
    name: 'Iscritti dell’Ordine',
    service: 'pec-admin',
    path: '/api/v1/pec/members',
    claims: c.orderAdmin,
  },
  {
    name: 'Iscritti dell’Ordine, ricerca',
    service: 'pec-admin',
    path: '/api/v1/pec/members?q=Cognome12',
    claims: c.orderAdmin,
  },
  {
    name: 'Registro richieste PEC dell’Ordine',
    service: 'pec-admin',
    path: '/api/v1/pec/requests',
    claims: c.orderAdmin,
  },
];

/** The reads, for agency number `agency` (and the things it owns). */
export function nationalReads(size: DatasetSize, seed: number, agency = 42): Read[] {
  const c = cast(size, seed, agency);
  return [
    ...catalogReads(c),
    ...listsOfContract(c),
    ...orderingReads(c),
    ...notifyReads(c),
    ...pecReads(c),
  ];
}
