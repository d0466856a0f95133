import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface TestServices {
  databaseUrl: string;
  amqpUrl?: string;
  stop(): Promise<void>;
}

/**
 * Order of preference: the URLs in the environment, containers where Docker answers, the embedded
 * PostgreSQL.
 */
export async function resolveTestServices(log: (line: string) => void): Promise<TestServices> {
  const stops: (() => Promise<unknown>)[] = [];
  const docker = await dockerAnswers();
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl && docker) {
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine')
      .withCommand(['postgres', '-c', 'fsync=off'])
      .start();
    stops.push(() => container.stop());
    databaseUrl = container.getConnectionUri();
    log(`PostgreSQL in a container: ${container.getHost()}:${container.getPort()}`);
  }
  if (!databaseUrl) {
    const database = await startEmbeddedPostgres(join(tmpdir(), 'negozio-test-pg'), 54398);
    stops.push(() => database.stop());
    databaseUrl = database.url;
    log('PostgreSQL embedded (embedded-postgres)');
  }
  let amqpUrl = process.env.AMQP_URL;
  if (!amqpUrl && docker) {
    const { RabbitMQContainer } = await import('@testcontainers/rabbitmq');
    const container = await new RabbitMQContainer('rabbitmq:3.13-alpine').start();
    stops.push(() => container.stop());
    amqpUrl = container.getAmqpUrl();
    log(`RabbitMQ in a container: ${amqpUrl}`);
  }
  if (!amqpUrl && (await portOpen('127.0.0.1', 5672)))
    amqpUrl = 'amqp://guest:guest@127.0.0.1:5672';
  return {
    databaseUrl,
    amqpUrl,
    stop: async () => void (await Promise.allSettled(stops.map((stop) => stop()))),
  };
}

async function dockerAnswers(): Promise<boolean> {
  const socket = process.env.DOCKER_HOST?.replace(/^unix:\/\//, '') ?? '/var/run/docker.sock';
  if (!socket.startsWith('/') || !existsSync(socket)) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
