import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and every event written during a request or a message should carry. */
export interface RequestContext {
  correlationId: string;
  tenant?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs fn with the given context visible to everything it calls, synchronously or not. */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The context of the current request or message, if any. */
export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
