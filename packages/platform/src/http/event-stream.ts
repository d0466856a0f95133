import type { Request, Response } from 'express';

/** One Server-Sent Event: its id is what a reconnecting browser sends back as Last-Event-ID. */
export interface StreamEvent {
  id: string;
  event: string;
  data: unknown;
}

export interface EventStreamOptions {
  /**
   * The events after the given id (the last one sent, or the browser's Last-Event-ID); undefined at
   * first.
   */
  next(afterId: string | undefined): Promise<StreamEvent[]>;
  pollMs?: number;
  /** A stream ends after a while; the browser reconnects by itself, with Last-Event-ID. */
  lifetimeMs?: number;
}

const heartbeatMs = 15_000;

/**
 * Ends of the streams open in this process: a stopping process ends them, browsers reconnect
 * elsewhere.
 */
const openStreams = new Set<() => void>();

/** Ends every stream this process has open, with their last event ids already sent. */
export function endEventStreams(): void {
  for (const end of openStreams) end();
}

/**
 * Answers with a text/event-stream that polls `next` until the client leaves: resumable
 * (Last-Event-ID), kept open through proxies by comments, never buffered. The first poll's errors
 * (a 404, a 403) are thrown before the stream starts, so the caller gets a normal problem document.
 */
export async function streamEvents(
  req: Request,
  res: Response,
  options: EventStreamOptions,
): Promise<void> {
  let lastId = req.header('last-event-id') || undefined;
  const first = await options.next(lastId);
  res.status(200).set({
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  res.write(`retry: ${options.pollMs ?? 1000}\n\n`);
  const send = (events: StreamEvent[]) => {
    for (const event of events) {
      res.write(`id: ${event.id}\nevent: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`);
      lastId = event.id;
    }
  };
  send(first);
  let open = true;
  let wake = () => undefined as void;
  const end = () => {
    open = false;
    wake();
  };
  openStreams.add(end);
  req.on('close', end);
  const started = Date.now();
  let lastWrite = Date.now();
  while (open && Date.now() - started < (options.lifetimeMs ?? 10 * 60_000)) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs ?? 1000);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (!open) break;
    const events = await options.next(lastId).catch(() => []);
    if (events.length) {
      send(events);
      lastWrite = Date.now();
    } else if (Date.now() - lastWrite > heartbeatMs) {
      res.write(': ancora qui\n\n');
      lastWrite = Date.now();
    }
  }
  openStreams.delete(end);
  res.end();
}
