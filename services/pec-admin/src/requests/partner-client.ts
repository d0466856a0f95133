import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { rootCertificates } from 'node:tls';
import { Agent, request } from 'undici';
import type { Config } from '../config.js';
import * as orders from '../orders/order.store.js';
import { answerOf, type ProviderAnswer, type ProviderCall } from './request.rules.js';

export type PartnerAccount = Config['PEC_PARTNER_ACCOUNTS'][string];

/**
 * The panel credentials (and activation) of an Order, by its codice fiscale: none when it has no
 * panel here.
 */
export const accountOf = (
  config: Config,
  fiscalCode: string | undefined,
): PartnerAccount | undefined => (fiscalCode ? config.PEC_PARTNER_ACCOUNTS[fiscalCode] : undefined);

/** The same, from the Order's agency id (identity told us its codice fiscale). */
export const accountOfOrder = async (manager: EntityManager, config: Config, orderId: string) =>
  accountOf(config, (await orders.find(manager, orderId))?.fiscalCode);

/**
 * The provider's partner interface, as an adapter: HTTPS with the provider's certificate checked,
 * each Order with its own panel credentials, every change carrying the request's id as
 * Idempotency-Key so a repeated attempt is the same operation. Switching provider is configuration
 * only.
 */
export function partnerClient(config: Config) {
  const extraCas = config.PEC_PARTNER_CA_FILE.map((file) => readFileSync(file, 'utf8'));
  const agent = new Agent({
    connect: { ca: extraCas.length ? [...rootCertificates, ...extraCas] : undefined },
    keepAliveTimeout: 10_000,
  });

  async function send(
    account: PartnerAccount,
    call: ProviderCall,
    key?: string,
  ): Promise<ProviderAnswer> {
    if (!config.PEC_PARTNER_URL)
      return { kind: 'unreachable', error: 'il gestore PEC non è configurato' };
    try {
      const response = await request(new URL(call.path, config.PEC_PARTNER_URL), {
        method: call.method,
        dispatcher: agent,
        headersTimeout: config.PEC_PARTNER_TIMEOUT_MS,
        bodyTimeout: config.PEC_PARTNER_TIMEOUT_MS,
        headers: {
          authorization: `Basic ${Buffer.from(`${account.user}:${account.password}`).toString('base64')}`,
          accept: 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
          ...(call.body ? { 'content-type': 'application/json' } : {}),
        },
        ...(call.body ? { body: JSON.stringify(call.body) } : {}),
      });
      const body = (await response.body.json().catch(() => ({}))) as Record<string, unknown>;
      return answerOf(response.statusCode, body);
    } catch (error) {
      return {
        kind: 'unreachable',
        error: `il gestore non risponde (${(error as Error).message.slice(0, 120)})`,
      };
    }
  }

  return {
    accountOf: (fiscalCode: string | undefined) => accountOf(config, fiscalCode),
    accountOfOrder: (manager: EntityManager, orderId: string) =>
      accountOfOrder(manager, config, orderId),
    send,
    close: () => agent.close(),
  };
}

export type PartnerClient = ReturnType<typeof partnerClient>;
