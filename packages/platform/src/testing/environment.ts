import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The real PostgreSQL and RabbitMQ the tests use. `scripts/test.mjs` resolves them once per run
 * (environment, else containers, else embedded PostgreSQL) and passes them down as DATABASE_URL /
 * AMQP_URL.
 */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL non impostato: esegui i test con `npm test`');
  return url;
}

export function testAmqpUrl(): string {
  const url = process.env.AMQP_URL;
  if (!url)
    throw new Error(
      'AMQP_URL non impostato: i test di messaggistica richiedono un RabbitMQ ' +
        'reale (`npm test` lo cerca)',
    );
  return url;
}

/** A fresh name for a schema, exchange or queue, so parallel test files never share state. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/**
 * Polls until the check returns a truthy value or the time is up (then throws with the last value).
 */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await sleep(intervalMs);
  }
  throw new Error(
    `condizione non raggiunta entro ${timeoutMs} ms (ultimo valore: ${JSON.stringify(last)})`,
  );
}

/** Whether nothing listens on `port` of loopback right now. */
export const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/**
 * A port free on loopback right now, for a server whose own URL must be known before it starts. It
 * is taken below the kernel's ephemeral range (32768 and up), where the process's own outgoing
 * connections cannot take it between this answer and the server's listen.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await portFree(port)) return port;
  }
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
