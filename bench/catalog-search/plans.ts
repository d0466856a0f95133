// bench/catalog-search/plans: the plan of every query shape of "Elenco contratti" on the generated
// contracts, as EXPLAIN (ANALYZE, BUFFERS) prints it. npx tsx bench/catalog-search/plans.ts
// (DATABASE_URL; BENCH_CONTRACTS)
import { pino } from 'pino';
import type { EntityManager } from 'typeorm';
import { InProcessTransport } from '@app/platform/messaging';
import { startService } from '@app/platform/service';
import { uniqueName } from '@app/platform/testing';
import {
  definition,
  scanMode,
  loadServiceConfig,
  searchContracts,
  searchQuery,
  searchStatements,
} from '@app/catalog';
import { generateContracts } from '@app/catalog/testing';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const contracts = Number(process.env.BENCH_CONTRACTS ?? 100_000);
const agencies = [
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000a',
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000b',
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000c',
];
const schema = uniqueName('bench_plans');
const catalog = await startService(
  { ...definition, schema },
  {
    config: loadServiceConfig({
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    }),
    transport: new InProcessTransport(),
    logger: pino({ level: 'silent' }),
  },
);
await generateContracts(catalog.deps.dataSource, contracts, agencies);
const queries = process.argv[2]
  ? [process.argv[2]]
  : [
      'q=pulizia',
      'q=servizi%20cloud',
      'q=arred',
      'q=energia%20elettrica&sort=scadenza',
      'q=manutenzione%20verde&pageSize=50',
      'q=noleggio%20veicoli&kind=convenzione',
      'kind=convenzione&cpv=72000000-5&expiryFrom=2025-01-01&sort=scadenza',
      'amountMin=100000000&amountMax=300000000&status=pubblicato&sort=importo',
      `banditore=${agencies[1]}&expiryTo=2026-12-31&page=3`,
      'supplier=Fornitore%2042&sort=titolo',
      'q=toscna',
      '',
    ];
const explain = async (
  manager: EntityManager,
  label: string,
  statement: { sql: string; params: unknown[] },
) => {
  const plan = (await manager.query(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.sql}`,
    statement.params,
  )) as { 'QUERY PLAN': string }[];
  console.log(`--- ${label}: ${statement.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
  console.log(plan.map((line) => line['QUERY PLAN']).join('\n'));
};
for (const text of queries) {
  const query = searchQuery.parse(Object.fromEntries(new URLSearchParams(text)));
  const started = performance.now();
  const result = await searchContracts(catalog.deps.dataSource.manager, query, agencies[0]);
  console.log(
    `\n=== ${text || '(no filter)'}: ${(performance.now() - started).toFixed(1)} ` +
      `ms, ${result.total}${result.totalIsLowerBound ? '+' : ''} matches`,
  );
  await catalog.deps.dataSource.transaction(async (manager) => {
    const statements = searchStatements(query, agencies[0], false);
    await scanMode(manager, statements.scans.count);
    await explain(manager, `count (${statements.scans.count})`, statements.count);
    const n = (await manager.query(statements.count.sql, statements.count.params))[0].n as number;
    await scanMode(manager, statements.scans.page(n));
    await explain(manager, `page (${n} matches, ${statements.scans.page(n)})`, statements.page(n));
  });
}
await catalog.deps.dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
await catalog.stop();
