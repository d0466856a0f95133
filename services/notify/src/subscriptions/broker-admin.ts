/**
 * The RabbitMQ management HTTP API, for what partners' subscriptions need: users, permissions,
 * queues and bindings in the platform's virtual host.
 */
export function brokerAdmin(managementUrl: string, vhost: string) {
  const base = new URL(managementUrl);
  const user = `${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`;
  const authorization = `Basic ${Buffer.from(user).toString('base64')}`;
  const root = `${base.protocol}//${base.host}${base.pathname.replace(/\/$/, '')}/api`;
  const v = encodeURIComponent(vhost);
  async function call(method: string, path: string, body?: unknown): Promise<void> {
    const response = await fetch(`${root}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(10_000),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      throw new Error(
        `API di gestione del broker: ${method} ${path} → ${response.status} ${(await response.text()).slice(0, 200)}`,
      );
    }
  }
  return {
    putExchange: (name: string) =>
      call('PUT', `/exchanges/${v}/${encodeURIComponent(name)}`, { type: 'topic', durable: true }),
    putQueue: (name: string) =>
      call('PUT', `/queues/${v}/${encodeURIComponent(name)}`, {
        durable: true,
        arguments: { 'x-queue-type': 'quorum' },
      }),
    bind: (exchange: string, queue: string, routingKey: string) =>
      call(
        'POST',
        `/bindings/${v}/e/${encodeURIComponent(exchange)}/q/${encodeURIComponent(queue)}`,
        { routing_key: routingKey },
      ),
    putUser: (name: string, password: string) =>
      call('PUT', `/users/${encodeURIComponent(name)}`, { password, tags: '' }),
    permit: (user: string, permissions: { configure: string; write: string; read: string }) =>
      call('PUT', `/permissions/${v}/${encodeURIComponent(user)}`, permissions),
    deleteUser: (name: string) => call('DELETE', `/users/${encodeURIComponent(name)}`),
    deleteQueue: (name: string) => call('DELETE', `/queues/${v}/${encodeURIComponent(name)}`),
  };
}

export type BrokerAdmin = ReturnType<typeof brokerAdmin>;

/** The virtual host an AMQP URL names (`/` when it names none). */
export const vhostOf = (amqpUrl: string) =>
  decodeURIComponent(new URL(amqpUrl).pathname.slice(1)) || '/';
