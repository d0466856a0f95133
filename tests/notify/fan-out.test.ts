import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { catalogEvents } from '@app/events';
import { defined } from '@app/platform/errors';
import { startMailSimulator, type MailSimulator } from '@app/sim-mail';
import { startNotifyAlone } from '../../bench/notify-alone.js';
import type { Config } from '../../services/notify/src/config.js';
import { fanOutWorker } from '../../services/notify/src/fan-out/fan-out.service.js';
import { record } from '../../services/notify/src/feed/feed.service.js';
import { fanOut } from '../../services/notify/src/webhooks/webhook.service.js';
import { mailSender } from '../../services/notify/src/mail/mail.service.js';
import * as mail from '../../services/notify/src/mail/mail.store.js';
import * as recipients from '../../services/notify/src/recipients/recipients.store.js';
import * as webhooks from '../../services/notify/src/webhooks/webhook.store.js';
import { newSecret, newSigningKeys } from '../../services/notify/src/webhooks/webhook-signature.js';

const agencies = 250;
const banditore = randomUUID();
const contractId = randomUUID();
const outsider = randomUUID();
const hour = '3600000';

/** Issue "National scale", item 5: a price revision told to every adhering agency, in batches. */
describe('a price revision to every adhering agency: all told, none twice, nobody else, in turn with the others', () => {
  let notify: Awaited<ReturnType<typeof startNotifyAlone>>;
  let dataSource: DataSource;
  let config: Config;
  let smtp: MailSimulator;
  const members: string[] = [];

  before(async () => {
    smtp = await startMailSimulator({ smtpPort: 0, httpPort: 0 });
    notify = await startNotifyAlone('fanout', {
      SMTP_URL: smtp.smtpUrl,
      FANOUT_BATCH_AGENCIES: '40',
      // The jobs are run by the test, one step at a time.
      FANOUT_POLL_MS: hour,
      MAIL_POLL_MS: hour,
      WEBHOOK_POLL_MS: hour,
    });
    ({ dataSource, config } = notify);
    await dataSource.transaction(async (manager) => {
      for (let n = 0; n < agencies; n++) {
        const agencyId = randomUUID();
        members.push(agencyId);
        await recipients.saveContractMember(manager, contractId, agencyId);
        await people(manager, agencyId, n);
      }
      // An agency that did not adhere, with the same roles: it hears nothing.
      await people(manager, outsider, agencies);
    });
    for (let n = 0; n < 12; n++) {
      await webhooks.create(
        dataSource.manager,
        { agencyId: defined(members[n]), clientId: null },
        {
          url: `https://partner-${n}.example/eventi`,
          description: `partner ${n}`,
          filters: [],
          secret: newSecret(),
          ...newSigningKeys(),
        },
      );
    }
  });

  after(async () => {
    await notify?.stop();
    await smtp?.stop();
  });

  /** Two orderers with an e-mail, one without, and an administrator who does not order. */
  async function people(manager: DataSource['manager'], agencyId: string, n: number) {
    const roles = [['buyer'], ['rup'], ['punto-ordinante'], ['amministratore-ente']];
    for (const [k, profileRoles] of roles.entries()) {
      const personId = randomUUID();
      await recipients.savePerson(manager, {
        personId,
        fiscalCode: `RSSMRA80A01D612${k}`,
        givenName: `Persona${k}`,
        familyName: `Ente${n}`,
        email: k === 2 ? null : `persona${k}.ente${n}@comune.example`,
      });
      await recipients.saveMember(manager, {
        profileId: randomUUID(),
        personId,
        agencyId,
        roles: profileRoles,
        active: true,
      });
    }
  }

  const revision = () => ({
    id: randomUUID(),
    type: catalogEvents.priceListRevised.type,
    source: 'catalog',
    specversion: '1.0' as const,
    time: new Date().toISOString(),
    datacontenttype: 'application/json' as const,
    tenant: banditore,
    data: {
      contractId,
      banditoreAgencyId: banditore,
      title: 'Sistema Cloud Toscana',
      cig: '7154112FF8',
      revisionId: randomUUID(),
      effectiveFrom: '2023-04-01',
      percentBasisPoints: 490,
      repricedItems: 0,
      note: null,
    },
  });

  const deliver = (event: ReturnType<typeof revision>) =>
    dataSource.transaction((manager) =>
      defined(notify.service.consumer.handlers[event.type])(event as never, manager),
    );

  /** Every orderer of every adhering agency told once (inbox; e-mail to those with an address). */
  const everyoneOnce = {
    inbox: agencies * 3,
    profiles: agencies * 3,
    outsider: 0,
    mails: agencies * 2,
    plans: 1,
    told: agencies,
    done: true,
  };

  /** Runs the fan-out job until it has nothing left to tell. */
  const tellAll = async () => {
    const tellOneBatch = fanOutWorker(dataSource, config);
    while (await tellOneBatch());
  };

  const counts = async (eventId: string) => {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*) FROM notifications WHERE event_id::text = $1)::int AS inbox,
         (SELECT count(DISTINCT profile_id) FROM notifications WHERE event_id::text = $1)::int AS profiles,
         (SELECT count(*) FROM notifications WHERE event_id::text = $1 AND agency_id::text = $2)::int AS outsider,
         (SELECT count(*) FROM outgoing_mail WHERE event_id::text = $1)::int AS mails,
         (SELECT count(*) FROM fan_outs WHERE event_id::text = $1)::int AS plans,
         (SELECT agencies_told FROM fan_outs WHERE event_id::text = $1) AS told,
         (SELECT done_at IS NOT NULL FROM fan_outs WHERE event_id::text = $1) AS done`,
      [eventId, outsider],
    );
    return row;
  };

  test('when the event arrives twice, then its transaction plans one fan-out and queues one delivery per endpoint, and tells nobody yet', async () => {
    const event = revision();
    await deliver(event);
    await deliver(event);
    assert.deepEqual(await counts(event.id), {
      inbox: 0,
      profiles: 0,
      outsider: 0,
      mails: 0,
      plans: 1,
      told: 0,
      done: false,
    });
    const [{ deliveries, lanes }] = await dataSource.query(
      `SELECT count(*)::int AS deliveries, array_agg(DISTINCT lane::text) AS lanes
       FROM webhook_deliveries d JOIN partner_events e USING (seq) WHERE e.event_id = $1`,
      [event.id],
    );
    assert.equal(deliveries, 12, 'a public event goes to every endpoint, once');
    assert.deepEqual(lanes, [banditore], 'in the lane of the agency that revised the prices');
    await tellAll();
    assert.deepEqual(await counts(event.id), everyoneOnce);
  });

  test('when a batch fails half-way (the process dies in its transaction), then nothing of it stays, and the next run resumes there: every orderer told once', async () => {
    const event = revision();
    await deliver(event);
    // The 130th agency's first inbox row makes its batch (the fourth, agencies 121-160) fail.
    const stopAt = [...members].sort()[129];
    await dataSource.query(`
      CREATE FUNCTION pg_temp_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.agency_id = '${stopAt}' THEN RAISE EXCEPTION 'processo interrotto'; END IF;
        RETURN NEW;
      END $$`);
    await dataSource.query(
      'CREATE TRIGGER fail_half_way BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION pg_temp_fail()',
    );
    await assert.rejects(tellAll(), /processo interrotto/);
    const halfWay = await counts(event.id);
    assert.equal(halfWay.told, 120, 'three batches of 40 committed');
    assert.equal(halfWay.inbox, 120 * 3, 'the failed batch left no row');
    assert.equal(halfWay.mails, 120 * 2);
    assert.equal(halfWay.done, false);
    await dataSource.query('DROP TRIGGER fail_half_way ON notifications');
    await dataSource.query('DROP FUNCTION pg_temp_fail()');
    await tellAll();
    assert.deepEqual(await counts(event.id), everyoneOnce);
  });

  test("when one agency's thousands of e-mails wait, then another agency's single message is in the sender's next batch", async () => {
    const other = randomUUID();
    await mail.queue(dataSource.manager, {
      eventId: randomUUID(),
      eventType: 'ordering.order.approved.v1',
      channel: 'email',
      address: 'buyer@altro-ente.example',
      recipientName: 'Buyer',
      template: 'ordinativo-approvato',
      senderAgencyId: other,
      recipientAgencyId: other,
      subject: 'Ordinativo approvato',
      text: 'Approvato.',
      html: null,
    });
    const [{ waiting }] = await dataSource.query(
      `SELECT count(*)::int AS waiting FROM outgoing_mail WHERE status = 'in-coda' AND sender_agency_id = $1`,
      [banditore],
    );
    assert.ok(waiting >= 1000, `the banditore's backlog: ${waiting}`);
    const claimed = await dataSource.transaction((manager) => mail.claimDue(manager, 50));
    assert.equal(claimed.length, 50);
    assert.deepEqual(
      claimed.filter((message) => message.senderAgencyId === other).map((m) => m.address),
      ['buyer@altro-ente.example'],
    );
  });

  test("when a convention-wide event waits for every endpoint, then another agency's order event is in the webhook sender's next lease", async () => {
    const buyer = defined(members[0]);
    const order = {
      ...revision(),
      type: 'ordering.order.approved.v1',
      source: 'ordering',
      tenant: buyer,
      data: { agencyId: buyer, orderId: randomUUID(), code: 'O000001/2026', totalCents: 100_00 },
    };
    await dataSource.transaction(async (manager) => {
      const row = defined(await record(manager, order));
      await fanOut(manager, row);
    });
    const leased = await dataSource.transaction((manager) => webhooks.claimDue(manager, 5, 30));
    assert.equal(leased.length, 5);
    assert.deepEqual(
      leased.filter((delivery) => delivery.eventId === order.id).map((d) => d.agencyId),
      [buyer],
      "the buyer's own endpoint gets its order beside the banditore's backlog",
    );
    // Leased in lane order: the buyer's single message is called with the first, not after the rest.
    assert.ok(
      leased.findIndex((delivery) => delivery.eventId === order.id) < 2,
      `called at ${leased.findIndex((delivery) => delivery.eventId === order.id)}`,
    );
  });

  test('when the sender runs, then every e-mail reaches the mail server once, over kept-open connections', async () => {
    const sender = mailSender(dataSource, config, pino({ level: 'silent' }));
    try {
      const [{ expected }] = await dataSource.query(
        `SELECT count(*)::int AS expected FROM outgoing_mail WHERE status = 'in-coda'`,
      );
      let sent = 0;
      for (let round = 0; round < 100 && sent < expected; round++) sent += await sender.run();
      assert.equal(sent, expected);
      const addresses = smtp.messages.map((message) => `${message.subject}|${message.envelope.to}`);
      assert.equal(smtp.messages.length, expected);
      assert.equal(new Set(addresses).size, addresses.length - agencies * 2, 'two revisions');
      const one = defined(smtp.messages.find((message) => message.subject.startsWith('Revisione')));
      assert.equal(one.subject, 'Revisione prezzi di «Sistema Cloud Toscana»');
      assert.match(
        one.text,
        /è stata applicata a ciascuna voce del listino un incremento del 4,9% con decorrenza dal 1 aprile 2023/,
      );
    } finally {
      await sender.stop();
    }
  });
});
