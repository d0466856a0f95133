/**
 * What a partner system (OAuth2 client credentials) may be granted: each route open to partners
 * names the scopes it needs. Identity grants them; every service and the API document read them
 * from here.
 */
export const partnerScopes = {
  'events:read': "Leggere il feed degli eventi dell'ente",
  'events:subscribe': "Ricevere gli eventi dell'ente (webhook, code AMQP)",
  'contracts:read': 'Consultare convenzioni e accordi quadro, listini e massimali',
  'adhesions:read': "Consultare le adesioni dell'ente",
  'orders:read': "Consultare gli ordinativi dell'ente",
  'payments:read': "Consultare i mandati di pagamento dell'ente",
  'payments:write': "Registrare i mandati di pagamento dell'ente (contabilità)",
  'cig-requests:read': "Consultare le richieste CIG dell'ente, le schede e il log trasmissioni",
} as const;

export type PartnerScope = keyof typeof partnerScopes;
export const partnerScopeNames = Object.keys(partnerScopes) as [PartnerScope, ...PartnerScope[]];
