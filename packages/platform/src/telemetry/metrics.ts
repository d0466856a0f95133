import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import type { ObservableResult } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';

// One provider for the process: in single-process mode every service shares it, told apart by
// label.
const exporter = new PrometheusExporter({ preventServerStart: true });
const provider = new MeterProvider({
  readers: [exporter],
  resource: resourceFromAttributes({
    'service.name': process.env.OTEL_SERVICE_NAME ?? 'negozio-elettronico',
  }),
});
const meter = provider.getMeter('@app/platform');

const httpRequests = meter.createCounter('http_server_requests_total', {
  description: 'Requests answered, by service, method, route and status',
});
const httpDuration = meter.createHistogram('http_server_duration_seconds', {
  description: 'Time to answer a request',
  advice: { explicitBucketBoundaries: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] },
});

/**
 * One answered request: the route is the template (`/api/v1/orders/:id`), never the path, to keep
 * the series few.
 */
export function recordHttpRequest(
  service: string,
  method: string,
  route: string,
  status: number,
  seconds: number,
): void {
  const labels = { service, method, route, status: String(status) };
  httpRequests.add(1, labels);
  httpDuration.record(seconds, labels);
}

const externalCalls = meter.createCounter('external_calls_total', {
  description: 'Calls to external systems, by system, operation and outcome',
});

/**
 * One attempt at an external system: `ok`, `4xx`, `5xx` by its answer, or `no-answer` (timeout,
 * connection).
 */
export function recordExternalCall(
  system: string,
  operation: string,
  status: number | undefined,
): void {
  const outcome =
    status === undefined ? 'no-answer' : status >= 500 ? '5xx' : status >= 400 ? '4xx' : 'ok';
  externalCalls.add(1, { system, operation, outcome });
}

/** Counters of the event pipeline, labelled by service or consumer. */
export const messagingMetrics = {
  published: meter.createCounter('outbox_published_total', {
    description: 'Events confirmed by the transport',
  }),
  publishFailures: meter.createCounter('outbox_publish_failures_total', {
    description: 'Events refused, returned or unconfirmed',
  }),
  redeliveries: meter.createCounter('messaging_redeliveries_total', {
    description: 'Messages delivered again (broker redelivery or retry)',
  }),
  duplicates: meter.createCounter('messaging_duplicates_total', {
    description: 'Messages skipped by the inbox as already processed',
  }),
  deadLettered: meter.createCounter('messaging_dead_lettered_total', {
    description: 'Messages moved to the dead-letter queue',
  }),
};

/**
 * Shows the service's counters at zero from the start, so dashboards and alerts see them before the
 * first event.
 */
export function initialiseMessagingCounters(service: string): void {
  messagingMetrics.published.add(0, { service });
  messagingMetrics.publishFailures.add(0, { service });
  for (const counter of [
    messagingMetrics.redeliveries,
    messagingMetrics.duplicates,
    messagingMetrics.deadLettered,
  ])
    counter.add(0, { consumer: service });
}

/** Registers a gauge read at scrape time (outbox backlog, dead-letter depth). */
export function observeGauge(
  name: string,
  description: string,
  labels: Record<string, string>,
  read: () => Promise<number>,
): void {
  let last = 0;
  const gauge = meter.createObservableGauge(name, { description });
  gauge.addCallback(async (result: ObservableResult) => {
    try {
      last = await read();
    } catch {
      // keep the last reading: a scrape must not fail because the database blinked
    }
    result.observe(last, labels);
  });
}

/** Serves the Prometheus text format. */
export function metricsHandler(req: IncomingMessage, res: ServerResponse): void {
  exporter.getMetricsRequestHandler(req, res);
}

/**
 * Records every answered request of a component that is not a service (the gateway, the portal)
 * under a route group the caller names, so the series stay few; /healthz and /readyz are not
 * counted.
 */
export function requestMetrics(
  component: string,
  routeOf: (path: string, template?: string) => string,
) {
  return (
    req: IncomingMessage & { path?: string; route?: { path?: string } },
    res: ServerResponse,
    next: () => void,
  ): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const path = req.path ?? new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/healthz' || path.startsWith('/readyz')) return;
      const route = routeOf(path, typeof req.route?.path === 'string' ? req.route.path : undefined);
      recordHttpRequest(
        component,
        req.method ?? 'GET',
        route,
        res.statusCode,
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  };
}

/**
 * /metrics on a port of its own, for a component whose main port is public (the gateway) or reached
 * only through the gateway (the portal): Prometheus scrapes it inside the cluster, nobody outside
 * can read it. Port 0 picks a free one.
 */
export async function startMetricsServer(
  port: number,
  host: string,
): Promise<{ port: number; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics')
      return metricsHandler(req, res);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(port, host, resolve),
  );
  return {
    port: (server.address() as AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
