import { randomUUID } from 'node:crypto';
import type { DemoPlatform } from '../../scripts/demo-platform.js';
import { tokenSession, type Session } from '../../scripts/gateway-client.js';
import { defined } from '@app/platform/errors';

/** The running notify service of a demo platform. */
export const notifyOf = (demo: DemoPlatform) =>
  defined(demo.platform.services.find((service) => service.name === 'notify'));

/**
 * Hands an event to notify as the broker would, in a transaction of its own, `times` times (a
 * redelivery); the event's id.
 */
export async function deliverToNotify(
  demo: DemoPlatform,
  type: string,
  data: unknown,
  options: { tenant?: string; times?: number } = {},
): Promise<string> {
  const notify = notifyOf(demo);
  const event = {
    id: randomUUID(),
    type,
    source: '/services/prova',
    specversion: '1.0',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    ...(options.tenant ? { tenant: options.tenant } : {}),
    data,
  };
  for (let time = 0; time < (options.times ?? 1); time++) {
    await notify.deps.dataSource.transaction((manager) =>
      defined(notify.consumer.handlers[type])(event as never, manager),
    );
  }
  return event.id;
}

/** A partner system of the administrator's agency with the given scopes, holding its client-credentials token. */
export async function partnerClient(
  demo: DemoPlatform,
  admin: Session,
  scopes: string[],
): Promise<Session> {
  const client = await admin.call(
    'POST',
    '/api/v1/api-clients',
    { name: `Sistema ${randomUUID().slice(0, 8)}`, scopes },
    201,
  );
  const { access_token: token } = await (
    await fetch(`${demo.gateway}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }),
    })
  ).json();
  return tokenSession(demo.gateway, token);
}
