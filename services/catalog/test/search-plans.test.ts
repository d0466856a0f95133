import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type { EntityManager } from 'typeorm';
import { schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import { testDatabaseUrl, uniqueName } from '@app/platform/testing';
import { loadServiceConfig } from '../src/config.js';
import { definition } from '../src/service.js';
import { awardStatement } from '../src/awards/award.store.js';
import { awardQuery } from '../src/awards/award.schema.js';
import {
  scanMode,
  searchContracts,
  searchStatements,
  similarityThreshold,
} from '../src/contracts/contract-search.store.js';
import { searchQuery } from '../src/contracts/contract-search.schema.js';
import { noticeStatement } from '../src/notices/notice.store.js';
import { noticeQuery } from '../src/notices/notice.schema.js';
import { generateAwards, generateContracts } from '../src/testing/index.js';
import { defined } from '@app/platform/errors';

const agencies = [
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000a',
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000b',
  '0b5f5d6e-1c1a-4b7e-9d4e-00000000000c',
];

/** Every query shape of the public lists, as the pages and the bench send them. */
const elencoContratti = [
  '',
  'q=pulizia',
  'q=servizi%20cloud',
  'q=arred',
  'q=energia%20elettrica&sort=scadenza',
  'q=manutenzione%20verde&pageSize=50',
  'q=noleggio%20veicoli&kind=convenzione',
  'q=pulizia&sort=importo&order=asc',
  'q=toscna',
  'kind=convenzione&cpv=72000000-5&expiryFrom=2025-01-01&sort=scadenza',
  'amountMin=100000000&amountMax=300000000&status=pubblicato&sort=importo',
  `banditore=${agencies[1]}&expiryTo=2026-12-31&page=3`,
  'supplier=Fornitore%2042&sort=titolo',
  'supplier=00000000042',
  'status=scaduto&sort=scadenza',
  'status=sospeso',
  'kind=accordo-quadro&sort=titolo&order=desc',
  'cpv=09310000-5&sort=pubblicazione',
];
const bandi = ['', 'q=pulizia', 'tipo=Servizi', 'stato=Scaduto', 'q=energia&tipo=Forniture&page=2'];
const aggiudicazioni = [
  '',
  'q=Comune%2012',
  'ordina=importo',
  'ordina=oggetto&verso=asc',
  'tipo=Servizi&stato=Annullata',
];

/** The nodes of a JSON plan that read the whole of a table. */
function seqScans(plan: Record<string, unknown>, table: string): string[] {
  const own =
    plan['Node Type'] === 'Seq Scan' && plan['Relation Name'] === table
      ? [`Seq Scan on ${table}`]
      : [];
  return [
    ...own,
    ...((plan.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap((child) =>
      seqScans(child, table),
    ),
  ];
}

async function planOf(manager: EntityManager, statement: { sql: string; params: unknown[] }) {
  const [row] = await manager.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.params);
  return defined((row['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]).Plan;
}

/** Issue "Performance": each query shape of the public lists is served by an index on a table of realistic size. */
describe('the plans of Elenco contratti, Bandi e avvisi and Aggiudicazioni on 30,000 contracts', () => {
  let service: RunningService;

  before(async () => {
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('catalog_plans') },
      { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) },
    );
    await generateContracts(service.deps.dataSource, 30_000, agencies);
    await generateAwards(service.deps.dataSource, 20_000);
  });
  after(async () => {
    await service.deps.dataSource.query(
      `DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`,
    );
    await service.stop();
  });

  it('reads contracts through an index for every shape of Elenco contratti: the count, then the page as the count decides', async () => {
    const found: string[] = [];
    for (const text of elencoContratti) {
      const query = searchQuery.parse(Object.fromEntries(new URLSearchParams(text)));
      await service.deps.dataSource.transaction(async (manager) => {
        for (const fuzzy of [false, true]) {
          if (fuzzy && !query.q) continue;
          const statements = searchStatements(query, agencies[0], fuzzy);
          await scanMode(manager, statements.scans.count);
          found.push(
            ...seqScans(await planOf(manager, statements.count), 'contracts').map(
              (scan) => `${text} count: ${scan}`,
            ),
          );
          // Both plans a page may take: few matches (through bitmaps) and many (along a sort index).
          for (const total of [10, 5_000]) {
            await scanMode(manager, statements.scans.page(total));
            found.push(
              ...seqScans(await planOf(manager, statements.page(total)), 'contracts').map(
                (scan) => `${text} page of ${total}: ${scan}`,
              ),
            );
          }
        }
      });
    }
    assert.deepEqual(found, []);
  });

  it('reads contracts through an index for Bandi e avvisi, and awards and contracts for Aggiudicazioni', async () => {
    const manager = service.deps.dataSource.manager;
    const found: string[] = [];
    for (const text of bandi) {
      const plan = await planOf(
        manager,
        noticeStatement(noticeQuery.parse(Object.fromEntries(new URLSearchParams(text)))),
      );
      found.push(...seqScans(plan, 'contracts').map((scan) => `bandi ${text}: ${scan}`));
    }
    for (const text of aggiudicazioni) {
      const plan = await planOf(
        manager,
        awardStatement(awardQuery.parse(Object.fromEntries(new URLSearchParams(text)))),
      );
      found.push(
        ...[...seqScans(plan, 'contracts'), ...seqScans(plan, 'awards')].map(
          (scan) => `aggiudicazioni ${text}: ${scan}`,
        ),
      );
    }
    assert.deepEqual(found, []);
  });

  it('finds a title through common misspellings (the typo fallback), and no noise for a short unrelated word', async () => {
    await service.deps.dataSource.query(
      `INSERT INTO contracts (kind, banditore_agency_id, title, description, cig, cpv, lots, rup, ceiling_cents, start_date, expiry_date, supplier, rounds, status, published_at)
       VALUES ('accordo-quadro', $1, 'Sistema Cloud Toscana — servizi di cloud computing', 'Accordo quadro per servizi in cloud.', '7154112FF8', ARRAY['72000000-5'],
         '[]', '{"name": "RUP", "fiscalCode": "CSRGGL70A01D612B"}', 500000000000, '2017-10-02', '2027-10-02', '{"name": "Servizi Integrati S.p.A.", "fiscalCode": "12345678903"}', '[]', 'pubblicato', now())`,
      [agencies[0]],
    );
    for (const typo of [
      'toscna',
      'toscama',
      'tosccana',
      'Toskana',
      'sistema clod',
      'sitema cloud toscana',
    ]) {
      const result = await searchContracts(
        service.deps.dataSource.manager,
        searchQuery.parse({ q: typo }),
        agencies[0],
      );
      assert.ok(
        result.items.some((item) => item.cig === '7154112FF8'),
        `«${typo}» finds Sistema Cloud Toscana: ${result.items
          .map((item) => item.title)
          .slice(0, 3)
          .join(' | ')}`,
      );
    }
    assert.equal(
      (
        await searchContracts(
          service.deps.dataSource.manager,
          searchQuery.parse({ q: 'zebra' }),
          agencies[0],
        )
      ).total,
      0,
    );
    assert.deepEqual(
      [
        similarityThreshold('toscna'),
        similarityThreshold('sistema clod'),
        similarityThreshold('sistema cloud toscana regionale'),
      ],
      [0.45, 0.5, 0.6],
    );
  });
});
