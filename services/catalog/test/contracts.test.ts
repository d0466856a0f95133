import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { orderingEvents } from '@app/events';
import { createTokenVerifier } from '@app/platform/auth';
import { asAgency, asService, schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import {
  startTestIssuer,
  testDatabaseUrl,
  uniqueName,
  type TestIssuer,
  type UncheckedJson,
} from '@app/platform/testing';
import { loadServiceConfig } from '../src/config.js';
import { definition } from '../src/service.js';
import { scanSettings, searchStatements } from '../src/contracts/contract-search.store.js';
import { searchQuery } from '../src/contracts/contract-search.schema.js';
import { announceExpiries } from '../src/contracts/contract-expiry.service.js';
import { declaredExtensions, ocdsValidator } from './ocds-validator.js';
import { cloudToscana, comune, regione } from './fixtures.js';
import { defined } from '@app/platform/errors';

describe('catalog: contracts, their lifecycle and versions, Elenco contratti', () => {
  let service: RunningService;
  let issuer: TestIssuer;
  const transport = new InProcessTransport();
  const tokens: Record<string, string> = {};

  before(async () => {
    issuer = await startTestIssuer();
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('catalog') },
      {
        config,
        transport,
        logger: pino({ level: 'silent' }),
        verifyToken: createTokenVerifier({
          jwksUrl: issuer.jwksUrl,
          issuer: issuer.issuer,
          audience: issuer.audience,
        }),
      },
    );
    await service.deps.dataSource.query(
      "INSERT INTO agency_directory (agency_id, name, kind, fiscal_code) VALUES ($1, 'Regione Toscana', 'ente', '01386030488'), ($2, 'Comune di Prato', 'ente', '84006890481')",
      [regione, comune],
    );
    tokens.rup = await issuer.sign({
      sub: 'p-rup',
      tenant: regione,
      roles: ['rup'],
      auth_method: 'spid',
    });
    tokens.otherRup = await issuer.sign({
      sub: 'p-rup-prato',
      tenant: comune,
      roles: ['rup'],
      auth_method: 'spid',
    });
    tokens.buyer = await issuer.sign({
      sub: 'p-buyer',
      tenant: comune,
      roles: ['buyer'],
      auth_method: 'password',
    });
  });
  after(async () => {
    await service.deps.dataSource.query(
      `DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`,
    );
    await service.stop();
    await issuer.close();
  });

  const call = (
    who: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${service.url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[who]}`,
        ...headers,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const count = async () =>
    (await service.deps.dataSource.query('SELECT count(*)::int AS n FROM contracts'))[0]
      .n as number;

  test('when the RUP creates, publishes and revises a contract, then each change is a version and publication is announced', async () => {
    const created = await call('rup', 'POST', '/api/v1/contracts', cloudToscana);
    assert.equal(created.status, 201, await created.clone().text());
    const draft = await created.json();
    assert.equal(draft.status, 'bozza');
    assert.equal(draft.banditore.name, 'Regione Toscana');
    assert.equal(draft.rounds[0].documents[0].ipotesi, 'AB');
    assert.equal(
      (await call('buyer', 'GET', `/api/v1/contracts/${draft.id}`)).status,
      404,
      'a draft is seen only by its banditore',
    );

    const published = await (
      await call('rup', 'POST', `/api/v1/contracts/${draft.id}/publish`)
    ).json();
    assert.equal(published.status, 'pubblicato');
    const [event] = await service.deps.dataSource.query(
      "SELECT envelope FROM outbox WHERE routing_key = 'catalog.contract.published.v1' AND envelope->>'subject' = $1",
      [draft.id],
    );
    assert.equal(event.envelope.data.rounds.length, 2);
    assert.equal(event.envelope.data.ceilingCents, 5_000_000_000);

    const revised = await call('rup', 'PATCH', `/api/v1/contracts/${draft.id}`, {
      expiryDate: '2028-06-30',
      description: 'Accordo quadro prorogato per servizi cloud.',
    });
    assert.equal((await revised.json()).version, 3);
    const locked = await call('rup', 'PATCH', `/api/v1/contracts/${draft.id}`, { ceilingCents: 1 });
    assert.equal(locked.status, 409);
    assert.match(
      (await locked.json()).detail,
      /solo descrizione, documentazione, scadenza, contatti e contestazione degli ordinativi/,
    );
    const versions = await (
      await call('buyer', 'GET', `/api/v1/contracts/${draft.id}/versions`)
    ).json();
    assert.deepEqual(
      versions.map((v: { version: number }) => v.version),
      [1, 2, 3],
    );
    assert.deepEqual(versions[2].changedFields.sort(), ['description', 'expiryDate']);

    assert.equal((await call('rup', 'POST', `/api/v1/contracts/${draft.id}/suspend`)).status, 200);
    assert.equal((await call('rup', 'POST', `/api/v1/contracts/${draft.id}/publish`)).status, 409);
    assert.equal(
      (await (await call('rup', 'POST', `/api/v1/contracts/${draft.id}/resume`)).json()).status,
      'pubblicato',
    );
  });

  test("when another agency's RUP edits or publishes the contract, then 403 and nothing changes", async () => {
    const draft = await (
      await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        cig: 'P0013869AC',
        title: 'Convenzione servizi di pulizia degli uffici regionali',
      })
    ).json();
    await call('rup', 'POST', `/api/v1/contracts/${draft.id}/publish`);
    for (const [method, path, body] of [
      [
        'PATCH',
        `/api/v1/contracts/${draft.id}`,
        { description: 'Descrizione cambiata da un altro ente.' },
      ],
      ['POST', `/api/v1/contracts/${draft.id}/close`, undefined],
    ] as const) {
      const response = await call('otherRup', method, path, body);
      assert.equal(response.status, 403);
      assert.equal((await response.json()).code, 'NOT_BANDITORE');
    }
    assert.equal(
      (await call('buyer', 'POST', '/api/v1/contracts', cloudToscana)).status,
      403,
      'a buyer does not write contracts',
    );
    const after = await (await call('buyer', 'GET', `/api/v1/contracts/${draft.id}`)).json();
    assert.equal(after.version, 2);
  });

  test('when the input is wrong, then 400 with a clear message and nothing stored', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ cig: '7154112FF9' }, /caratteri di controllo del CIG/],
      [{ cpv: ['7200000-5'] }, /CPV/],
      [{ ceilingCents: -5 }, /positivo/],
      [{ ceilingCents: 1234.5 }, /numero intero/],
      [{ expiryDate: '2016-01-01' }, /scadenza deve essere successiva/],
      [{ rounds: [{ title: 'Fase 0', documents: [] }] }, /almeno un documento/],
    ];
    for (const [change, message] of cases) {
      const response = await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        ...change,
      });
      assert.equal(response.status, 400, JSON.stringify(change));
      assert.match((await response.json()).detail, message);
    }
    assert.equal(await count(), before);
  });

  test('when a buyer searches Elenco contratti, then Italian stems, partial words, filters and capped pages work', async () => {
    const stems = await (await call('buyer', 'GET', '/api/v1/contracts?q=servizio%20cloud')).json();
    assert.ok(
      stems.items.some((c: { cig: string }) => c.cig === '7154112FF8'),
      '"servizio" finds "servizi"',
    );
    const partial = await (await call('buyer', 'GET', '/api/v1/contracts?q=pulizi')).json();
    assert.deepEqual(
      partial.items.map((c: { cig: string }) => c.cig),
      ['P0013869AC'],
    );
    const typo = await (await call('buyer', 'GET', '/api/v1/contracts?q=pulizzia')).json();
    assert.deepEqual(
      typo.items.map((c: { cig: string }) => c.cig),
      ['P0013869AC'],
      'a typo is caught by trigram similarity',
    );
    const filtered = await (
      await call(
        'buyer',
        'GET',
        `/api/v1/contracts?kind=accordo-quadro&cpv=72000000-5&banditore=${regione}&amountMin=1000&expiryFrom=2027-01-01&sort=scadenza`,
      )
    ).json();
    assert.ok(filtered.total >= 2);
    const capped = await (await call('buyer', 'GET', '/api/v1/contracts?pageSize=100000')).json();
    assert.equal(capped.pageSize, 100, JSON.stringify(capped));
    const none = await (
      await call('buyer', 'GET', '/api/v1/contracts?supplier=Nessuno%20SpA')
    ).json();
    assert.deepEqual(none, {
      items: [],
      total: 0,
      totalIsLowerBound: false,
      page: 1,
      pageSize: 20,
    });
  });

  test('when a search repeats, then it is answered from memory until a contract changes, and a draft stays with its banditore', async () => {
    const titles = async (who: string) =>
      (await (await call(who, 'GET', '/api/v1/contracts?q=zefiro')).json()).items.map(
        (c: { title: string }) => c.title,
      );
    assert.deepEqual(await titles('buyer'), []);
    const draft = await (
      await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        cig: 'Z010000045',
        title: 'Convenzione Zefiro per la ventilazione degli edifici',
      })
    ).json();
    assert.deepEqual(
      await titles('rup'),
      ['Convenzione Zefiro per la ventilazione degli edifici'],
      'the banditore finds its draft at once',
    );
    assert.deepEqual(
      await titles('buyer'),
      [],
      'nobody else sees a draft, even from a remembered search',
    );
    await call('rup', 'POST', `/api/v1/contracts/${draft.id}/publish`);
    assert.deepEqual(
      await titles('buyer'),
      ['Convenzione Zefiro per la ventilazione degli edifici'],
      'publication clears remembered searches',
    );
    // A change made behind the service's back shows the search is served from memory…
    await service.deps.dataSource.query(
      "UPDATE contracts SET title = 'Convenzione Zefiro per il ricambio d''aria' WHERE id = $1",
      [draft.id],
    );
    const first = await call('buyer', 'GET', '/api/v1/contracts?q=zefiro');
    assert.deepEqual(
      (await first.json()).items.map((c: { title: string }) => c.title),
      ['Convenzione Zefiro per la ventilazione degli edifici'],
    );
    // (fetch adds "cache-control: no-cache" to a conditional request unless one is given, as a browser revalidating does)
    const again = await call('buyer', 'GET', '/api/v1/contracts?q=zefiro', undefined, {
      'if-none-match': defined(first.headers.get('etag')),
      'cache-control': 'max-age=0',
    });
    assert.equal(again.status, 304, 'the same answer has the same ETag');
    // …until a change through the service, which clears it when it commits.
    await call('rup', 'PATCH', `/api/v1/contracts/${draft.id}`, {
      contacts: 'ufficio.contratti@regione.toscana.example',
    });
    assert.deepEqual(await titles('buyer'), ["Convenzione Zefiro per il ricambio d'aria"]);
  });

  test('when a person searches with words or a typo, then the search runs as the service and its statements read the full-text and trigram indexes', async () => {
    const manager = service.deps.dataSource.manager;
    const who = { agencyId: randomUUID(), roles: ['buyer'] };
    const identity = () =>
      manager.query(
        "SELECT current_user AS u, coalesce(current_setting('app.agency_id', true), '') AS a",
      );
    const [request] = await asAgency(who, identity);
    const [asItself] = await asAgency(who, () => asService(identity));
    assert.deepEqual([request.a, asItself.a], [who.agencyId, ''], 'no agency set as the service');
    assert.notEqual(
      asItself.u,
      request.u,
      'the service connects as itself, not as the request role',
    );
    // The search's own WHERE holds the drafts' rule: as the service, its statements use the indexes.
    const plan = async (fuzzy: boolean) => {
      const statements = searchStatements(searchQuery.parse({ q: 'pulizia' }), who.agencyId, fuzzy);
      return manager.transaction(async (tx) => {
        await tx.query(scanSettings(statements.scans.count));
        const rows = await tx.query(`EXPLAIN ${statements.count.sql}`, statements.count.params);
        return rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      });
    };
    assert.match(await plan(false), /Bitmap Index Scan on contracts_search/);
    assert.match(await plan(true), /Bitmap Index Scan on contracts_title_trigram/);
  });

  test('when anyone reads a published contract as OCDS, then it is one framework process valid against the official OCDS 1.1.5 schemas and the extensions it declares', async () => {
    const draft = await (
      await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        cig: 'Z0100010F0',
        eligibleAgencies: [comune],
      })
    ).json();
    assert.equal(
      (await fetch(`${service.url}/api/v1/contracts/${draft.id}/ocds`)).status,
      404,
      'a draft is not open data',
    );
    await call('rup', 'POST', `/api/v1/contracts/${draft.id}/publish`);
    const response = await fetch(`${service.url}/api/v1/contracts/${draft.id}/ocds`);
    assert.equal(response.status, 200);
    const ocds = (await response.json()) as { releases: Record<string, UncheckedJson>[] };
    const validate = ocdsValidator();
    assert.ok(validate(ocds), JSON.stringify(validate.errors));
    const release = defined(ocds.releases[0]);
    assert.deepEqual(
      (ocds as unknown as { extensions: string[] }).extensions,
      declaredExtensions(),
      'only extensions copied at refs that exist',
    );
    const pkg = ocds as unknown as { publisher: Record<string, string>; publicationPolicy: string };
    assert.deepEqual([pkg.publisher.scheme, pkg.publisher.uid], ['IT-CF', '99999999990']);
    const policy = await fetch(pkg.publicationPolicy.replace(/^https?:\/\/[^/]+/, service.url));
    assert.equal(policy.status, 200);
    assert.match(await policy.text(), /Politica di pubblicazione dei dati OCDS/);
    assert.deepEqual(release.buyer, { id: release.parties[0].id, name: 'Regione Toscana' });
    assert.equal(release.ocid, `ocds-negele-${draft.id}`);
    assert.equal(release.tender.id, 'Z0100010F0');
    assert.deepEqual(release.tender.techniques, {
      hasFrameworkAgreement: true,
      frameworkAgreement: { method: 'withoutReopeningCompetition' },
    });
    assert.deepEqual(
      release.awards[0].maximumValue,
      { amount: 50_000_000, currency: 'EUR' },
      "the ceiling is the award's maximum value",
    );
    assert.deepEqual(release.awards[0].suppliers, [
      { id: 'IT-CF-12345678903', name: 'Servizi Integrati S.p.A.' },
    ]);
    assert.deepEqual(
      release.parties.map((p: { name: string; roles: string[] }) => [p.name, p.roles]),
      [
        ['Regione Toscana', ['procuringEntity', 'buyer']],
        ['Servizi Integrati S.p.A.', ['supplier']],
        ['Comune di Prato', ['buyer']],
      ],
    );
    assert.equal(release.planning.budget.projectID, 'D11B17000180002');
    // The schema is not a formality: what OCDS forbids fails it.
    for (const broken of [
      { ...release, ocid: undefined },
      { ...release, initiationType: 'gara' },
      {
        ...release,
        awards: [{ ...release.awards[0], maximumValue: { amount: 1, currency: 'euro' } }],
      },
    ]) {
      assert.equal(validate({ ...ocds, releases: [broken] }), false);
    }
  });

  test('when ordering publishes outcomes and annuls one, then Aggiudicazioni e affidamenti lists them publicly, once each, filterable', async () => {
    const contract = await (
      await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        cig: 'Z0100020A0',
        title: 'Convenzione sedute e scrivanie per uffici',
        cpv: ['39130000-2'],
      })
    ).json();
    await call('rup', 'POST', `/api/v1/contracts/${contract.id}/publish`);
    const deliver = (type: string, data: Record<string, unknown>) => {
      const envelope = {
        specversion: '1.0' as const,
        id: randomUUID(),
        source: '/services/ordering',
        type,
        time: new Date().toISOString(),
        datacontenttype: 'application/json' as const,
        data,
      };
      return transport.publish([{ id: envelope.id, routingKey: type, envelope }]);
    };
    const outcome = (orderId: string, subject: string, amountCents: number) => ({
      orderId,
      contractId: contract.id,
      cig: 'Z0100020A0',
      buyerAgencyId: comune,
      buyerName: 'Comune di Prato',
      subject,
      supplier: { name: 'Servizi Integrati S.p.A.', fiscalCode: '12345678903' },
      amountCents,
      publishedAt: '2026-11-20T10:00:00+01:00',
    });
    const [desks, chairs] = [randomUUID(), randomUUID()];
    const published = orderingEvents.outcomePublished.type;
    for (let i = 0; i < 2; i++)
      await deliver(published, outcome(desks, 'Scrivanie per la sede comunale', 1_000_000));
    // The annulment of the second order overtakes its outcome.
    await deliver(orderingEvents.orderAnnulled.type, {
      orderId: chairs,
      contractId: contract.id,
      agencyId: comune,
      banditoreAgencyId: regione,
      cig: 'Z0100020A0',
      reason: '1 – Errata comunicazione',
      annulledAt: '2026-11-21T09:00:00+01:00',
    });
    await deliver(published, outcome(chairs, 'Sedute ergonomiche', 250_000));
    const list = await (
      await fetch(`${service.url}/api/v1/awards?contratto=${contract.id}`)
    ).json();
    assert.deepEqual(
      list.items
        .map((a: Record<string, unknown>) => [
          a.oggetto,
          a.tipoDiAppalto,
          a.importoCents,
          a.stato,
          a.dataDiPubblicazione,
        ])
        .sort(),
      [
        [
          'Comune di Prato — Scrivanie per la sede comunale',
          'Forniture',
          1_000_000,
          'Aggiudicazione efficace',
          '2026-11-20',
        ],
        ['Comune di Prato — Sedute ergonomiche', 'Forniture', 250_000, 'Annullata', '2026-11-20'],
      ],
      'read without logging in; a redelivered outcome is listed once',
    );
    const annulled = await (
      await fetch(`${service.url}/api/v1/awards?stato=Annullata&q=sedute`)
    ).json();
    assert.deepEqual(
      annulled.items.map((a: { orderId: string }) => a.orderId),
      [chairs],
    );
    const wrong = await fetch(`${service.url}/api/v1/awards?stato=Vinta`);
    assert.equal(wrong.status, 400);
  });

  test('when the price list is revised by +4.9 % from 1 April 2023, then each date reads its prices and an old plan is re-priced', async () => {
    const contract = await (
      await call('rup', 'POST', '/api/v1/contracts', { ...cloudToscana, cig: 'K00003EC3A' })
    ).json();
    await call('rup', 'POST', `/api/v1/contracts/${contract.id}/publish`);
    const items = [
      {
        code: 'IAAS-VM-S',
        description: 'Macchina virtuale piccola (mese)',
        unit: 'mese',
        unitPriceCents: 4_500,
      },
      {
        code: 'STOR-TB',
        description: 'Storage a blocchi (TB/mese)',
        unit: 'TB',
        unitPriceCents: 1_999,
      },
    ];
    assert.equal(
      (await call('rup', 'PUT', `/api/v1/contracts/${contract.id}/price-list/items`, { items }))
        .status,
      200,
    );
    assert.equal(
      (
        await call('otherRup', 'PUT', `/api/v1/contracts/${contract.id}/price-list/items`, {
          items,
        })
      ).status,
      403,
    );
    const early = await call(
      'rup',
      'POST',
      `/api/v1/contracts/${contract.id}/price-list/revisions`,
      { effectiveFrom: '2010-01-01', percentBasisPoints: 490 },
    );
    assert.equal(early.status, 400);
    assert.match((await early.json()).detail, /prima dell'inizio del contratto/);
    assert.equal(
      (
        await call('rup', 'POST', `/api/v1/contracts/${contract.id}/price-list/revisions`, {
          effectiveFrom: '2023-04-01',
          percentBasisPoints: 490,
          note: 'Revisione prezzi +4,9 %',
        })
      ).status,
      201,
    );

    const march = await (
      await call('buyer', 'GET', `/api/v1/contracts/${contract.id}/price-list?at=2023-03-31`)
    ).json();
    const april = await (
      await call('buyer', 'GET', `/api/v1/contracts/${contract.id}/price-list?at=2023-04-01`)
    ).json();
    assert.deepEqual(
      march.items.map((i: { unitPriceCents: number }) => i.unitPriceCents),
      [4_500, 1_999],
    );
    assert.deepEqual(
      april.items.map((i: { unitPriceCents: number }) => i.unitPriceCents),
      [4_721, 2_097],
    );
    assert.equal(april.revisionsApplied.length, 1);

    const plan = await (
      await call('buyer', 'POST', `/api/v1/contracts/${contract.id}/price-list/reprice`, {
        draftedAt: '2023-03-15',
        at: '2023-05-01',
        lines: [
          { code: 'IAAS-VM-S', quantity: 12 },
          { code: 'STOR-TB', quantity: 3 },
        ],
      })
    ).json();
    assert.equal(plan.draftedTotalCents, 12 * 4_500 + 3 * 1_999);
    assert.equal(plan.currentTotalCents, 12 * 4_721 + 3 * 2_097);
    assert.equal(plan.differenceCents, plan.currentTotalCents - plan.draftedTotalCents);
    const wrong = await call(
      'buyer',
      'POST',
      `/api/v1/contracts/${contract.id}/price-list/reprice`,
      { draftedAt: '2023-03-15', lines: [{ code: 'NON-ESISTE', quantity: 1 }] },
    );
    assert.equal(wrong.status, 400);
  });

  test('when 50 reservations race for a ceiling that fits 20 of them, then exactly 20 pass, the others learn the remaining amount, and thresholds are announced once', async () => {
    const contract = await (
      await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        cig: 'L00003DC3A',
        ceilingCents: 20_500_000,
        lots: [{ number: 1, title: 'Lotto unico', amountCents: 20_500_000 }],
      })
    ).json();
    assert.equal(
      (
        await call('rup', 'POST', `/api/v1/contracts/${contract.id}/ceiling/reservations`, {
          reference: 'early',
          amountCents: 1,
        })
      ).status,
      409,
      'a draft takes no reservations',
    );
    await call('rup', 'POST', `/api/v1/contracts/${contract.id}/publish`);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call('rup', 'POST', `/api/v1/contracts/${contract.id}/ceiling/reservations`, {
          reference: `adesione-${i}`,
          amountCents: 1_000_000,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 20);
    assert.equal(statuses.filter((s) => s === 409).length, 30);
    const refusal = await defined(responses.find((r) => r.status === 409)).json();
    assert.equal(refusal.code, 'CEILING_EXCEEDED');
    assert.equal(refusal.remainingCents, 500_000);
    assert.match(refusal.detail, /massimale residuo del contratto: 5\.000,00\s€/);

    const state = await (
      await call('buyer', 'GET', `/api/v1/contracts/${contract.id}/ceiling`)
    ).json();
    assert.deepEqual(
      [state.totalCents, state.reservedCents, state.consumedCents, state.remainingCents],
      [20_500_000, 20_000_000, 0, 500_000],
    );
    assert.deepEqual(
      state.movements,
      [],
      'another agency sees the totals, not whose adhesions they are',
    );
    const banditore = await (
      await call('rup', 'GET', `/api/v1/contracts/${contract.id}/ceiling`)
    ).json();
    assert.equal(
      banditore.movements.filter((m: { kind: string }) => m.kind === 'refused').length,
      30,
    );
    const thresholds = await service.deps.dataSource.query(
      "SELECT envelope->'data'->>'thresholdPercent' AS t FROM outbox WHERE routing_key = 'catalog.ceiling.threshold-reached.v1' AND envelope->>'subject' = $1 ORDER BY 1",
      [contract.id],
    );
    assert.deepEqual(
      thresholds.map((r: { t: string }) => r.t),
      ['80', '90'],
    );

    const winner = statuses.indexOf(201);
    assert.equal(
      (
        await call('rup', 'POST', `/api/v1/contracts/${contract.id}/ceiling/reservations`, {
          reference: `adesione-${winner}`,
          amountCents: 1_000_000,
        })
      ).status,
      201,
      'a retried reservation gets its first answer',
    );
    const twins = await Promise.all(
      [1, 2].map(() =>
        call('rup', 'POST', `/api/v1/contracts/${contract.id}/ceiling/reservations`, {
          reference: 'gemella',
          amountCents: 100_000,
        }),
      ),
    );
    assert.deepEqual(
      twins.map((r) => r.status),
      [201, 201],
      'the same reference twice at once: one reservation, the same answer',
    );
    const [{ n: twinRows }] = await service.deps.dataSource.query(
      "SELECT count(*)::int AS n FROM ceiling_movements WHERE reference = 'gemella'",
    );
    assert.equal(twinRows, 1);
    await call(
      'rup',
      'POST',
      `/api/v1/contracts/${contract.id}/ceiling/reservations/gemella/release`,
    );
    const consumed = await (
      await call(
        'rup',
        'POST',
        `/api/v1/contracts/${contract.id}/ceiling/reservations/adesione-${winner}/consume`,
        { amountCents: 400_000 },
      )
    ).json();
    assert.equal(consumed.remainingCents, 500_000);
    assert.equal(
      (
        await call(
          'rup',
          'POST',
          `/api/v1/contracts/${contract.id}/ceiling/reservations/adesione-${winner}/consume`,
          { amountCents: 700_000 },
        )
      ).status,
      409,
    );
    const released = await (
      await call(
        'rup',
        'POST',
        `/api/v1/contracts/${contract.id}/ceiling/reservations/adesione-${winner}/release`,
      )
    ).json();
    assert.deepEqual([released.amountCents, released.remainingCents], [600_000, 1_100_000]);
    assert.equal(
      (
        await call('otherRup', 'POST', `/api/v1/contracts/${contract.id}/ceiling/reservations`, {
          reference: 'x',
          amountCents: 1,
        })
      ).status,
      403,
    );
  });

  test('when a Comune asks a clarification and the banditore answers, then every agency reads it anonymised; the notice is public', async () => {
    const contract = await (
      await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        cig: 'P000F27E3D',
        title: 'Convenzione per la fornitura di arredi scolastici',
        cpv: ['39160000-1'],
      })
    ).json();
    await call('rup', 'POST', `/api/v1/contracts/${contract.id}/publish`);
    const asked = await call('buyer', 'POST', `/api/v1/contracts/${contract.id}/clarifications`, {
      question: "È possibile aderire solo per una parte delle scuole dell'ente?",
    });
    assert.equal(asked.status, 201);
    const { id } = await asked.json();
    tokens.otherBuyer = await issuer.sign({
      sub: 'p-buyer-3',
      tenant: '0b5f5d6e-1c1a-4b7e-9d4e-000000000003',
      roles: ['buyer'],
    });
    assert.deepEqual(
      await (
        await call('otherBuyer', 'GET', `/api/v1/contracts/${contract.id}/clarifications`)
      ).json(),
      [],
      'unanswered questions stay with the asker and the banditore',
    );
    const forBanditore = await (
      await call('rup', 'GET', `/api/v1/contracts/${contract.id}/clarifications`)
    ).json();
    assert.equal(forBanditore[0].askedBy.name, 'Comune di Prato');
    assert.equal(
      (
        await call(
          'otherRup',
          'POST',
          `/api/v1/contracts/${contract.id}/clarifications/${id}/answer`,
          { answer: 'No.' },
        )
      ).status,
      403,
    );
    await call('rup', 'POST', `/api/v1/contracts/${contract.id}/clarifications/${id}/answer`, {
      answer: "Sì: l'adesione indica le sedi interessate nel piano dei fabbisogni.",
    });
    const forOthers = await (
      await call('otherBuyer', 'GET', `/api/v1/contracts/${contract.id}/clarifications`)
    ).json();
    assert.equal(forOthers.length, 1);
    assert.match(forOthers[0].answer, /sedi interessate/);
    assert.equal(forOthers[0].askedBy, null, 'anonymised');

    const notices = await (await fetch(`${service.url}/api/v1/notices?q=arredi`)).json();
    assert.equal(notices.items.length, 1);
    assert.deepEqual(
      { ...notices.items[0], id: undefined },
      {
        id: undefined,
        oggetto: 'Regione Toscana — Convenzione per la fornitura di arredi scolastici',
        tipoDiAppalto: 'Forniture',
        cig: 'P000F27E3D',
        importoCents: 5_000_000_000,
        stato: 'Pubblicato',
        dataDiPubblicazione: new Date().toISOString().slice(0, 10),
      },
    );
    const services = await (await fetch(`${service.url}/api/v1/notices?tipo=Servizi`)).json();
    assert.ok(
      services.items.every((n: { tipoDiAppalto: string }) => n.tipoDiAppalto === 'Servizi') &&
        services.items.length > 0,
    );
  });

  test('when a published contract passes its expiry, then the sweep announces it once, even with two sweeps at the same time', async () => {
    const contract = await (
      await call('rup', 'POST', '/api/v1/contracts', {
        ...cloudToscana,
        cig: '9050626CD6',
        title: 'Convenzione telefonia fissa e mobile',
      })
    ).json();
    await call('rup', 'POST', `/api/v1/contracts/${contract.id}/publish`);
    await service.deps.dataSource.query(
      "UPDATE contracts SET start_date = '2020-01-01', expiry_date = current_date - 1 WHERE id = $1",
      [contract.id],
    );
    await Promise.all([
      announceExpiries(service.deps.dataSource),
      announceExpiries(service.deps.dataSource),
    ]);
    await announceExpiries(service.deps.dataSource);
    const events = await service.deps.dataSource.query(
      "SELECT envelope FROM outbox WHERE routing_key = 'catalog.contract.expired.v1' AND envelope->>'subject' = $1",
      [contract.id],
    );
    assert.equal(events.length, 1);
    assert.equal(events[0].envelope.data.cig, '9050626CD6');
    assert.equal(
      (await (await call('buyer', 'GET', `/api/v1/contracts/${contract.id}`)).json()).status,
      'scaduto',
    );
  });
});
