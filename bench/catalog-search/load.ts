// The two kinds of load of bench/catalog-search: as fast as possible (autocannon, 10 connections)
// and an offered rate (loadtest: one request every 1/rate s, whatever the answers, latency from the
// moment each was due). autocannon's own rate mode sends each connection's quota for the second at
// once and corrects for omission with the interval of the wrong unit, so it measures bursts, not a
// rate.
import autocannon from 'autocannon';
import { loadTest } from 'loadtest';
import type { ClientRequest, RequestOptions } from 'node:http';

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
export type Headers = Record<string, string>;

export async function flatOut(
  url: string,
  paths: string[],
  headers: Headers,
  seconds: number,
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path, headers })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** What loadtest 8 resolves to (its bundled types predate the promise). */
interface LoadTestResult {
  totalRequests: number;
  totalErrors: number;
  elapsedSeconds: number;
  percentiles: { 50: number; 99: number };
}
type Send = (params: RequestOptions, callback: (response: unknown) => void) => ClientRequest;

export async function paced(
  url: string,
  paths: string[],
  headers: Headers,
  rate: number,
  seconds: number,
): Promise<Figures> {
  let next = 0;
  const result = await (loadTest as unknown as (options: object) => Promise<LoadTestResult>)({
    url: `${url}${paths[0]}`,
    requestsPerSecond: rate,
    maxSeconds: seconds,
    agentKeepAlive: true,
    quiet: true,
    headers,
    // The paths take turns, as in the flat-out runs (loadtest ends the request).
    requestGenerator: (
      _options: unknown,
      params: RequestOptions,
      send: Send,
      callback: (response: unknown) => void,
    ) => send({ ...params, path: paths[next++ % paths.length] }, callback),
  });
  return {
    rps: result.totalRequests / result.elapsedSeconds,
    p50: result.percentiles[50],
    p99: result.percentiles[99],
    errors: result.totalErrors,
  };
}
