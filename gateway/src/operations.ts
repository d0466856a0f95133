import type { RequestHandler } from 'express';
import { onBehalfOf } from '@app/platform/auth';
import type { ServiceName } from './config.js';

/**
 * `GET /api/v1/operations`: the operations the caller may call, as each service's own route table
 * says (its `/operations`), merged. The portal offers a button only when its operation is here; a
 * service that does not answer adds nothing and is named.
 */
export function callableOperations(services: Record<ServiceName, string>): RequestHandler {
  return async (req, res) => {
    const authorization = onBehalf(req);
    const answers = await Promise.all(
      Object.entries(services).map(async ([name, url]) => {
        try {
          const response = await fetch(`${url}/operations`, {
            headers: authorization,
            signal: AbortSignal.timeout(3000),
          });
          if (!response.ok) return { name, operations: undefined };
          const body = (await response.json()) as { operations: string[] };
          return { name, operations: body.operations };
        } catch {
          return { name, operations: undefined };
        }
      }),
    );
    res.set('cache-control', 'no-store').json({
      operations: answers.flatMap((answer) => answer.operations ?? []).sort(),
      unavailable: answers.filter((answer) => !answer.operations).map((answer) => answer.name),
    });
  };
}

/** The caller's token as a bearer header; none when the request carries no credential. */
function onBehalf(req: Parameters<RequestHandler>[0]): Record<string, string> {
  try {
    return { authorization: onBehalfOf(req) };
  } catch {
    return {};
  }
}
