// bench/national's platform process: the reading services on the national dataset behind a gateway
// (limits lifted: the bench is one caller asking at the offered rate), the search cache off. It
// tells its parent the gateway's address over IPC, answers `memory` with its resident set and `cpu`
// with its CPU time and longest pauses, and stops when the parent goes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { createGatewayApp, loadGatewayConfig, serviceUrlVariable } from '@app/gateway';
import type { ServiceName } from '@app/events';
import { startReadingServices, type IssuerInfo } from './services.js';
import { liftedGatewayLimits } from '../gateway-limits.js';

const issuer = JSON.parse(process.env.BENCH_ISSUER ?? '{}') as IssuerInfo;
const running = await startReadingServices({
  databaseUrl: process.env.BENCH_DATABASE_URL ?? '',
  issuer,
  poolSize: 10,
  searchCacheSeconds: 0,
});
const gatewayEnv: Record<string, string> = { ...liftedGatewayLimits };
for (const [name, url] of Object.entries(running.urls))
  gatewayEnv[serviceUrlVariable(name as ServiceName)] = url;
const server = createServer(
  createGatewayApp(
    loadGatewayConfig(gatewayEnv),
    pino({ level: 'silent' }),
    createTokenVerifier(issuer),
  ),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
if (!process.send) throw new Error('run me through bench/national/run.ts (an IPC channel)');
process.send({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
// Where a tail comes from: the longest the event loop was held and the longest garbage collection,
// since the previous `cpu`.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let longestGcMs = 0;
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration);
}).observe({ entryTypes: ['gc'] });
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ rss: process.memoryUsage().rss });
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({
      seconds: (user + system) / 1e6,
      loopMaxMs: loopDelay.max / 1e6,
      gcMaxMs: longestGcMs,
    });
    loopDelay.reset();
    longestGcMs = 0;
  }
});
process.on('disconnect', () => {
  server.close();
  void running.stop().finally(() => process.exit(0));
});
