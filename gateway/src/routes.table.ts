import type { ServiceName } from './config.js';

/** The API paths under /api/v1 that start with one of these names. */
const apiPaths = (...names: string[]) => new RegExp(`^/api/v1/(${names.join('|')})(/|$)`);

/**
 * Which service owns which public path. Order matters: the first match wins, so nested resources
 * owned by another service (a contract's adhesions) come before their parent's prefix.
 */
export const routeTable: { pattern: RegExp; service: ServiceName }[] = [
  {
    pattern: /^\/\.well-known\/(jwks\.json|revoked-sessions|openid-federation)$/,
    service: 'identity',
  },
  { pattern: /^\/api\/v1\/contracts\/[^/]+\/adhesions(\/|$)/, service: 'adhesion' },
  { pattern: /^\/api\/v1\/contracts\/[^/]+\/orders(\/|$)/, service: 'ordering' },
  { pattern: /^\/api\/v1\/contracts\/[^/]+\/communications(\/|$)/, service: 'notify' },
  {
    pattern: apiPaths(
      'auth',
      'me',
      'persons',
      'profiles',
      'agencies',
      'registrations',
      'supplier-registrations',
      'api-clients',
      'users',
    ),
    service: 'identity',
  },
  {
    pattern: /^\/api\/v1\/(contracts|notices|awards|ceilings|ocds|announcements)(\/|$)/,
    service: 'catalog',
  },
  { pattern: /^\/api\/v1\/adhesions(\/|$)/, service: 'adhesion' },
  { pattern: /^\/api\/v1\/(orders|payments|nso)(\/|$)/, service: 'ordering' },
  { pattern: /^\/api\/v1\/(cig-requests|schede|code-lists)(\/|$)/, service: 'anac-gateway' },
  {
    pattern: apiPaths(
      'notifications',
      'notification-templates',
      'notification-deliveries',
      'communications',
      'webhooks',
      'amqp-subscriptions',
      'events',
    ),
    service: 'notify',
  },
  { pattern: /^\/api\/v1\/(mailboxes|pec)(\/|$)/, service: 'pec-admin' },
];

/** The service that owns a path, if any. */
export function ownerOf(path: string): ServiceName | undefined {
  return routeTable.find((route) => route.pattern.test(path))?.service;
}

/**
 * The portal's pages and assets: every path outside the API, the well-known documents and the API
 * docs.
 */
export const portalOwns = (path: string) =>
  !/^\/(api|\.well-known|docs)(\/|$)/.test(path) && !['/healthz', '/readyz'].includes(path);
