/**
 * The roles a profile can hold, with the labels users read (seeds 000, 001, 002). Codes travel in
 * tokens and route guards; labels are for screens and messages.
 */
export const roleLabels = {
  buyer: 'Buyer',
  rup: 'RUP',
  'punto-ordinante': 'Punto Ordinante',
  'punto-istruttore': 'Punto Istruttore',
  'punto-richiedente': 'Punto Richiedente',
  'assistente-punto-ordinante': 'Assistente del Punto Ordinante',
  'responsabile-eprocurement': 'Responsabile eProcurement',
  'amministratore-ente': 'Amministratore ente',
  'operatore-economico': 'Operatore economico',
  'servizio-mandati': 'Servizio mandati',
  'amministratore-ordine': 'Amministratore Ordine',
  'gestore-piattaforma': 'Gestore della piattaforma',
} as const;

export type Role = keyof typeof roleLabels;
export const roles = Object.keys(roleLabels) as [Role, ...Role[]];

/** Roles only the platform's Gestore may grant: an agency never makes itself platform operator. */
export const platformOnlyRoles: ReadonlySet<Role> = new Set(['gestore-piattaforma']);
