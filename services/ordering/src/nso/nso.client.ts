import type { NsoError } from './nso.rules.js';

/** NSO's answer to a document: accepted for delivery, or discarded at once with its errors. */
export type NsoAnswer =
  | { stato: 'accettato'; messageId: string }
  | { stato: 'scartato'; messageId?: string; errori: NsoError[] };

export interface NsoNotification {
  seq: number;
  tipo: 'consegna' | 'scarto' | 'documento';
  messageId: string;
  idempotencyKey: string | null;
  documentType: 'Order' | 'OrderResponse';
  errori?: NsoError[];
  xml?: string;
}

export interface NsoClient {
  /** Sends a document; the same key always gets the same answer. Throws when NSO cannot be reached. */
  send(xml: string, idempotencyKey: string): Promise<NsoAnswer>;
  notifications(after: number): Promise<{ stream: string; items: NsoNotification[]; next: number }>;
}

/** The platform's access point to NSO: its bearer token, a timeout on every call. */
export function nsoClient(url: string, token: string, timeoutMs: number): NsoClient {
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${url}${path}`, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 422 || response.ok) return response.json();
    throw new Error(`NSO ha risposto ${response.status} a ${path}`);
  };
  return {
    send: (xml, idempotencyKey) =>
      call('/nso/v1/documents', {
        method: 'POST',
        headers: { 'content-type': 'application/xml', 'idempotency-key': idempotencyKey },
        body: xml,
      }),
    notifications: (after) => call(`/nso/v1/notifications?after=${after}`),
  };
}
