import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { adhesionEvents } from '@app/events';
import { CookieBrowser, seedSentence, waitFor } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import {
  acquireCig,
  approvedAdhesion,
  cloudContract,
  newOrder,
  orderingCast,
  signAndDocument,
  type Cast,
} from '../../scripts/ordering-story.js';
import { demoPassword, passwordSession, type Session } from '../../scripts/gateway-client.js';
import { defined } from '@app/platform/errors';

const titles = async (session: Session) =>
  ((await session.call('GET', '/api/v1/notifications')).items as { title: string }[]).map(
    (item) => item.title,
  );

/** Issue "Notify", people: seed 001's automatic notifications in the inbox of exactly their recipients. */
describe("the in-app inbox: seed 001's notifications to their recipients only", () => {
  let demo: DemoPlatform;
  let cast: Cast;
  let code: string;
  let contractId: string;
  let adhesionId: string;

  before(async () => {
    demo = await startDemoPlatform();
    cast = await orderingCast(demo);
    contractId = await cloudContract(cast.buyer);
    adhesionId = await approvedAdhesion(cast, contractId, 700_00);
    code = (await cast.buyer.call('GET', `/api/v1/adhesions/${adhesionId}`)).code;
  });

  after(async () => {
    await demo?.stop();
  });

  test("when an adhesion is sent and approved, then the sender and the banditore's RUP are told, and another Comune is not", async () => {
    const sent = defined(
      await waitFor(async () => {
        const found = await titles(cast.buyer);
        return found.includes(`Adesione ${code} approvata`) ? found : undefined;
      }, 10_000),
    );
    assert.ok(sent.includes(`Adesione ${code} inviata`), JSON.stringify(sent));
    assert.ok(sent.includes(`Adesione ${code}: round 0 approvato`));
    const banditore = await titles(cast.banditore);
    assert.ok(banditore.includes(`Nuova adesione da valutare: ${code}`), JSON.stringify(banditore));
    assert.ok(!banditore.includes(`Adesione ${code} approvata`));
    for (const outsider of [cast.otherComune, cast.supplier])
      assert.deepEqual(
        (await titles(outsider)).filter((title) => title.includes(code)),
        [],
      );
  });

  test('when the banditore revises the prices of a contract, then every adhering agency’s orderers are told in seed 001’s words, and an agency that did not adhere is not', async () => {
    await cast.banditore.call(
      'POST',
      `/api/v1/contracts/${contractId}/price-list/revisions`,
      { effectiveFrom: '2026-04-01', percentBasisPoints: 490, note: 'Decreto n. 6687' },
      201,
    );
    const title = 'Revisione prezzi di «Sistema Cloud Toscana»';
    const told = defined(
      await waitFor(async () => {
        const { items } = await cast.buyer.call('GET', '/api/v1/notifications');
        return (items as { title: string; body: string; link: string }[]).find(
          (item) => item.title === title,
        );
      }, 10_000),
    );
    assert.match(
      told.body,
      /è stata applicata a ciascuna voce del listino un incremento del 4,9% con decorrenza dal 1 aprile 2026/,
    );
    assert.equal(told.link, `/contratti/${contractId}`);
    for (const outsider of [cast.otherComune, cast.supplier, cast.banditore])
      assert.ok(!(await titles(outsider)).includes(title));
  });

  test('when a notification is about a contract, then it is also in that contract’s Comunicazioni (seed 001), for its recipient only', async () => {
    // Seed 001, after each automatic notification it lists:
    assert.ok(
      seedSentence(1, 'La comunicazione è disponibile', 'del contratto.').includes(
        'nel modulo “comunicazioni” del contratto',
      ),
    );
    const ofContract = async (session: Session, id: string) =>
      (
        (await session.call('GET', `/api/v1/notifications?contractId=${id}`)).items as {
          title: string;
          contractId: string;
        }[]
      ).filter((item) => item.title.includes(code));
    const mine = await waitFor(async () => {
      const found = await ofContract(cast.buyer, contractId);
      return found.length >= 3 ? found : undefined;
    }, 10_000);
    assert.deepEqual(
      defined(mine).map((item) => item.contractId),
      defined(mine).map(() => contractId),
    );
    const other = (await cast.buyer.call('GET', '/api/v1/contracts?q=arredi')).items[0].id;
    assert.deepEqual(await ofContract(cast.buyer, other), []);
    assert.deepEqual(await ofContract(cast.otherComune, contractId), []);
    await cast.buyer.call('GET', '/api/v1/notifications?contractId=non-un-uuid', undefined, 400);

    const browser = new CookieBrowser();
    const login = await browser.fetch(`${demo.gateway}/api/v1/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'luca.ferri', password: demoPassword }),
    });
    assert.equal(login.status, 303);
    const tab = await (
      await browser.fetch(`${demo.gateway}/contratti/${contractId}?tab=comunicazioni`)
    ).text();
    assert.match(tab, /Notifiche automatiche/);
    assert.ok(tab.includes(`Adesione ${code} approvata`));
  });

  test('when the recipient reads a notification, then the unread count goes down once; nobody else can mark it', async () => {
    const before = await cast.buyer.call('GET', '/api/v1/notifications?unread=true');
    const first = before.items[0];
    const read = await cast.buyer.call('POST', `/api/v1/notifications/${first.id}/read`);
    assert.ok(read.readAt);
    assert.equal(
      (await cast.buyer.call('POST', `/api/v1/notifications/${first.id}/read`)).readAt,
      read.readAt,
    );
    assert.equal(
      (await cast.buyer.call('GET', '/api/v1/notifications?unread=true')).unread,
      before.unread - 1,
    );
    await cast.otherComune.call('POST', `/api/v1/notifications/${first.id}/read`, undefined, 404);
    await cast.banditore.call('POST', `/api/v1/notifications/${randomUUID()}/read`, undefined, 404);
    assert.equal((await fetch(`${demo.gateway}/api/v1/notifications`)).status, 401);
  });

  test('when an order is sent and approved, then the agency, the banditore and — on approval — the supplier are told', async () => {
    const order = await newOrder(
      cast,
      contractId,
      adhesionId,
      [{ description: 'Ora', unitPriceCents: 100_00, quantity: 1 }],
      100_00,
    );
    const cig = await acquireCig(cast, order.id);
    await signAndDocument(cast, order.id);
    await cast.buyer.call('POST', `/api/v1/orders/${order.id}/submit`);
    await cast.banditore.call('POST', `/api/v1/orders/${order.id}/approve`);
    const buyer = defined(
      await waitFor(async () => {
        const found = await titles(cast.buyer);
        return found.includes(`Ordinativo ${order.code} approvato`) ? found : undefined;
      }, 10_000),
    );
    assert.ok(
      buyer.includes(`Ordinativo ${order.code} inviato`) && buyer.includes(`CIG acquisito: ${cig}`),
      JSON.stringify(buyer),
    );
    assert.ok(
      (await titles(cast.banditore)).includes(`Nuovo ordinativo da approvare: ${order.code}`),
    );
    const supplier = await titles(cast.supplier);
    assert.ok(
      supplier.includes(`Nuovo ordinativo approvato: ${order.code}`),
      JSON.stringify(supplier),
    );
    assert.ok(!supplier.includes(`Ordinativo ${order.code} inviato`));
    assert.deepEqual(
      (await titles(cast.otherComune)).filter((title) => title.includes(order.code)),
      [],
    );
    // The same approval reaches people's mailboxes and, certified, the supplier's PEC, whose receipts come back.
    assert.ok(
      await waitFor(
        () =>
          demo.simulators.mail.messages.find(
            (mail) =>
              mail.envelope.to.includes('marco.neri@example.it') &&
              mail.subject === `Nuovo ordinativo approvato: ${order.code}`,
          ),
        10_000,
      ),
    );
    const notify = defined(demo.platform.services.find((service) => service.name === 'notify')).deps
      .dataSource;
    const pec = await waitFor(async () => {
      const [row] = await notify.query(
        `SELECT pec_state AS "pecState", address FROM outgoing_mail WHERE channel = 'pec' AND subject LIKE $1`,
        [`%${order.code}%`],
      );
      return row?.pecState === 'consegnato' ? row : undefined;
    }, 20_000);
    assert.equal(pec.address, 'gare@pec.serviziintegrati.example');
    const envelope = defined(
      demo.simulators.pec.mailboxes.get('gare@pec.serviziintegrati.example'),
    ).messages.map((message) => message.raw.toString('latin1'));
    assert.ok(envelope.some((raw) => raw.includes('X-Trasporto: posta-certificata')));
  });

  test('when the same event is delivered twice, then each recipient has it once', async () => {
    const notify = defined(demo.platform.services.find((service) => service.name === 'notify'));
    const handler = defined(notify.consumer.handlers[adhesionEvents.submitted.type]);
    const profileId = (await cast.buyer.call('GET', '/api/v1/me')).selectedProfile.id;
    const event = {
      id: randomUUID(),
      type: adhesionEvents.submitted.type,
      source: 'adhesion',
      specversion: '1.0',
      time: new Date().toISOString(),
      data: {
        adhesionId: randomUUID(),
        code: 'A999999/2026',
        contractId: randomUUID(),
        contractTitle: 'Prova',
        contractCig: '7154112FF8',
        banditoreAgencyId: randomUUID(),
        agencyId: randomUUID(),
        ipotesi: 'A',
        amountCents: 100,
        round: 0,
        roundTitle: 'Round 0',
        sender: { subject: 'x', profileId, agencyId: null },
        actor: { subject: 'x', profileId, agencyId: null },
        submittedAt: new Date().toISOString(),
      },
    };
    for (let time = 0; time < 2; time++)
      await notify.deps.dataSource.transaction((manager) => handler(event as never, manager));
    assert.equal(
      (await titles(cast.buyer)).filter((title) => title === 'Adesione A999999/2026 inviata')
        .length,
      1,
    );
    const fresh = await passwordSession(demo.gateway, 'luca.ferri');
    assert.equal(
      (await titles(fresh)).filter((title) => title === 'Adesione A999999/2026 inviata').length,
      1,
    );
  });

  test("when a notification arrives, then the inbox stream tells the count and the newest at once; nobody else's stream moves", async () => {
    const readEvents = async (session: Session, count: number) => {
      const aborter = new AbortController();
      const response = await fetch(`${demo.gateway}/api/v1/notifications/events`, {
        headers: { authorization: `Bearer ${session.token}` },
        signal: AbortSignal.any([aborter.signal, AbortSignal.timeout(15_000)]),
      });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /text\/event-stream/);
      const reader = defined(response.body).getReader();
      const events: { unread: number; latest: { title: string } | null }[] = [];
      let text = '';
      return {
        events,
        stop: () => aborter.abort(),
        done: (async () => {
          while (events.length < count) {
            const { value, done } = await reader.read();
            if (done) break;
            text += new TextDecoder().decode(value);
            for (const block of text.split('\n\n').slice(0, -1)) {
              const data = /^data: (.*)$/m.exec(block)?.[1];
              if (/^event: inbox$/m.test(block) && data) events.push(JSON.parse(data));
            }
            text = text.slice(text.lastIndexOf('\n\n') + 2);
          }
          await reader.cancel();
        })().catch((error) => {
          if (!aborter.signal.aborted) throw error;
        }),
      };
    };
    const luca = await readEvents(cast.buyer, 2);
    const paola = await readEvents(cast.otherComune, 2);
    await waitFor(
      () => (luca.events.length === 1 && paola.events.length === 1 ? true : undefined),
      10_000,
    );
    const before = defined(luca.events[0]).unread;
    const notify = defined(demo.platform.services.find((service) => service.name === 'notify'));
    const profileId = (await cast.buyer.call('GET', '/api/v1/me')).selectedProfile.id;
    const event = {
      id: randomUUID(),
      type: adhesionEvents.roundApproved.type,
      source: 'adhesion',
      specversion: '1.0',
      time: new Date().toISOString(),
      data: {
        adhesionId: randomUUID(),
        code: 'A999998/2026',
        contractId: randomUUID(),
        contractTitle: 'Prova',
        contractCig: '7154112FF8',
        banditoreAgencyId: randomUUID(),
        agencyId: randomUUID(),
        ipotesi: 'A',
        amountCents: 100,
        round: 0,
        roundTitle: 'Round 0',
        nextRound: 1,
        sender: { subject: 'x', profileId, agencyId: null },
        actor: { subject: 'x', profileId, agencyId: null },
        approvedAt: new Date().toISOString(),
      },
    };
    await notify.deps.dataSource.transaction((manager) =>
      defined(notify.consumer.handlers[event.type])(event as never, manager),
    );
    await luca.done;
    assert.equal(defined(luca.events[1]).unread, before + 1);
    assert.equal(
      defined(defined(luca.events[1]).latest).title,
      'Adesione A999998/2026: round 0 approvato',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(paola.events.length, 1);
    paola.stop();
    await paola.done;
    assert.equal((await fetch(`${demo.gateway}/api/v1/notifications/events`)).status, 401);
  });
});
