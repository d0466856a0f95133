import { lookup as systemLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { Agent } from 'undici';
import { forbiddenRanges, internalAddressRefusal } from './webhook.rules.js';
import { defined } from '@app/platform/errors';

type Resolver = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * Connections to partners' endpoints that check the address they connect to. A name checked before
 * the call and resolved again by the call could answer a public address first and an internal one
 * second (DNS rebinding); here the one resolution is the one used, and an internal address is
 * refused before any byte is sent. The resolver is the system's; tests hand one in.
 */
export function checkedAgent(
  allowPrivate: boolean,
  resolve: Resolver = systemLookup as unknown as Resolver,
): Agent {
  return new Agent({
    connect: {
      lookup: (
        hostname: string,
        options: LookupOptions,
        callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
      ) => {
        resolve(hostname, { ...options, all: true }, (error, addresses) => {
          if (error) return callback(error, []);
          const internal = allowPrivate
            ? undefined
            : internalAddressAmong(addresses.map((found) => found.address));
          if (internal) return callback(new Error(internalAddressRefusal(internal)), []);
          if (options.all) return callback(null, addresses);
          const first = defined(addresses[0], `an address of ${hostname}`);
          return callback(null, first.address, first.family);
        });
      },
    },
  });
}

/** The first address among those a name resolves to that lies in a forbidden range, if any. */
export function internalAddressAmong(addresses: string[]): string | undefined {
  return addresses.find((address) => forbiddenRanges.has(ipaddr.process(address).range()));
}

/**
 * A POST through a checked agent, answered with its status alone: the partner's body is read and
 * dropped (undici's request, not fetch, which builds a Request, a Response and their streams for
 * each call). Redirects are not followed: a 3xx is the partner's answer.
 */
export async function postThrough(
  agent: Agent,
  url: string,
  init: { body: string; headers: Record<string, string>; timeoutMs: number },
): Promise<{ status: number }> {
  const target = new URL(url);
  const { statusCode, body } = await agent.request({
    origin: target.origin,
    path: `${target.pathname}${target.search}`,
    method: 'POST',
    body: init.body,
    headers: init.headers,
    signal: AbortSignal.timeout(init.timeoutMs),
  });
  await body.dump();
  return { status: statusCode };
}
