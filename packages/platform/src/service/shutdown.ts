import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { endEventStreams } from '../http/event-stream.js';

export interface ShutdownOptions {
  logger: Logger;
  /** Longest the stop may take; past it the process exits with 1. */
  graceMs: number;
  exit?: (code: number) => void;
}

/**
 * SIGTERM or SIGINT stops the process once: `stop` runs, and the process exits 0 when it finished,
 * 1 when it failed or outlived its grace — a stuck handler must not keep a pod Terminating until it
 * is killed, nor a stop that never ends look like a clean one.
 */
export function stopOnSignals(stop: () => Promise<void>, options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    options.logger.info({ signal, graceMs: options.graceMs }, 'stopping');
    const deadline = setTimeout(() => {
      options.logger.error({ graceMs: options.graceMs }, 'stop outlived its grace: exiting');
      exit(1);
    }, options.graceMs);
    stop().then(
      () => {
        clearTimeout(deadline);
        options.logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        options.logger.error({ err: error }, 'stop failed');
        exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

/**
 * Stops taking connections and resolves when the requests in flight have been answered: event
 * streams are ended (browsers reconnect elsewhere with Last-Event-ID), a kept-alive connection is
 * closed as soon as it is idle (Node closes only those idle at the moment of `close`; the others
 * would wait for their keep-alive timeout), and whatever is still open after `forceAfterMs` is cut.
 */
export function closeServer(
  server: Pick<Server, 'close' | 'closeIdleConnections' | 'closeAllConnections'>,
  forceAfterMs: number,
): Promise<void> {
  endEventStreams();
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const force = setTimeout(() => server.closeAllConnections(), forceAfterMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(force);
      resolve();
    });
  });
}

/**
 * What is left of the grace for requests to finish, keeping two seconds for the rest of the stop.
 */
export const requestsGraceMs = (graceMs: number, delayMs: number) =>
  Math.max(graceMs - delayMs - 2_000, 500);

/**
 * A readiness check that fails once the process is stopping: balancers take it out before it
 * closes.
 */
export function lifecycle() {
  let stopping = false;
  return {
    check: async () => {
      if (stopping) throw new Error('in arresto');
    },
    stopping: () => {
      stopping = true;
    },
  };
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
