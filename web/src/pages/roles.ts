import type { Me } from '../page.js';

/**
 * Which buttons a page offers. Only a convenience: the API decides every action, and a refused one
 * is shown with its message. Roles are the API's own names, read from /api/v1/me.
 */
export function offers(me: Me | undefined) {
  const roles = new Set(me?.selectedProfile?.roles ?? []);
  const has = (...names: string[]) => names.some((name) => roles.has(name));
  return {
    agencyId: me?.selectedProfile?.agency.id,
    orders: has('buyer', 'punto-ordinante', 'rup'),
    judges: has('rup', 'responsabile-eprocurement'),
    supplier: has('operatore-economico'),
    admin: has('amministratore-ente', 'gestore-piattaforma'),
    orderAdmin: has('amministratore-ordine'),
    operator: has('gestore-piattaforma'),
    payments: has('servizio-mandati', 'amministratore-ente', 'operatore-economico'),
  };
}
