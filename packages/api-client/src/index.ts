export type { components, operations, paths } from './negozio-api.js';
export { negozioClient, partnerClient, type NegozioClient } from './client.js';
export {
  clientCredentialsToken,
  TokenRefused,
  type ClientCredentials,
  type ClientToken,
} from './token.js';
export { verifyWebhook, WebhookRefused, type WebhookKeys } from './webhook.js';
