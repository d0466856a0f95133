import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { adhesionEvents, orderingEvents } from '@app/events';
import { freePort, waitFor } from '@app/platform/testing';
import * as notify from '@app/notify';
import { startMailSimulator, type MailSimulator } from '@app/sim-mail';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import { deliverToNotify, notifyOf } from './notify-helpers.js';
import { defined } from '@app/platform/errors';

/** Issue "Notify", e-mail: messages wait while the mail server is away and go out once; a missing mailbox fails and shows. */
describe('notifications by e-mail: nothing lost, nothing twice, failures shown to the sender agency', () => {
  let demo: DemoPlatform;
  let smtpPort: number;
  let mail: MailSimulator | undefined;
  const people: Record<string, Session> = {};
  const me: Record<string, { profileId: string; agencyId: string }> = {};

  const notifyService = () => notifyOf(demo);
  const deliverTwice = (type: string, tenant: string, data: unknown) =>
    deliverToNotify(demo, type, data, { tenant, times: 2 });
  const outgoing = (eventId: string) =>
    notifyService().deps.dataSource.query(
      'SELECT address, status, attempts, last_error AS "lastError" FROM outgoing_mail WHERE event_id = $1 ORDER BY address',
      [eventId],
    );

  before(async () => {
    smtpPort = await freePort();
    demo = await startDemoPlatform({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_RETRY_SECONDS: '1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1',
      MAIL_POLL_MS: '200',
    });
    for (const name of [
      'luca.ferri',
      'gaio.cesare',
      'sara.colombo',
      'giorgio.pelli',
      'paola.marini',
      'mario.rossi',
    ]) {
      people[name] = await passwordSession(demo.gateway, name);
      const profile = (await people[name].call('GET', '/api/v1/me')).selectedProfile;
      me[name] = { profileId: profile.id, agencyId: profile.agency.id };
    }
  });

  after(async () => {
    await mail?.stop();
    await demo?.stop();
  });

  test('when the mail server is away, then the messages wait and go out once it is back, once each despite a redelivered event', async () => {
    const prato = defined(me['luca.ferri']);
    const eventId = await deliverTwice(adhesionEvents.submitted.type, prato.agencyId, {
      adhesionId: randomUUID(),
      code: 'A990001/2026',
      contractId: randomUUID(),
      contractTitle: 'Sistema Cloud Toscana',
      contractCig: '7154112FF8',
      banditoreAgencyId: defined(me['gaio.cesare']).agencyId,
      agencyId: prato.agencyId,
      ipotesi: 'A',
      amountCents: 150_000_00,
      round: 0,
      roundTitle: 'Round 0',
      sender: { subject: 'x', profileId: prato.profileId, agencyId: prato.agencyId },
      actor: { subject: 'x', profileId: prato.profileId, agencyId: prato.agencyId },
      submittedAt: new Date().toISOString(),
    });
    const waiting = await waitFor(async () => {
      const rows = await outgoing(eventId);
      return rows.length > 0 && rows.every((row: { attempts: number }) => row.attempts >= 2)
        ? rows
        : undefined;
    }, 20_000);
    assert.ok(
      waiting.every(
        (row: { status: string; lastError: string }) =>
          row.status === 'in-coda' && /ECONNREFUSED/.test(row.lastError),
      ),
      JSON.stringify(waiting),
    );
    mail = await startMailSimulator({ smtpPort, httpPort: 0 });
    const luca = await mail.waitFor('luca.ferri@example.it', 15_000);
    await waitFor(
      async () =>
        (await outgoing(eventId)).every((row: { status: string }) => row.status === 'inviato')
          ? true
          : undefined,
      15_000,
    );
    assert.deepEqual(
      luca.map((message) => message.subject),
      ['Adesione A990001/2026 inviata'],
    );
    assert.match(
      defined(luca[0]).html ?? '',
      /<a href="http:\/\/localhost:\d+\/adesioni\/[0-9a-f-]+"/,
    );
    assert.match(defined(luca[0]).text, /Gentile Luca Ferri,/);
    const banditore = mail.messages.filter((message) =>
      message.envelope.to.includes('gaio.cesare@example.it'),
    );
    assert.deepEqual(
      banditore.map((message) => message.subject),
      ['Nuova adesione da valutare: A990001/2026'],
    );
    assert.deepEqual(
      mail.messages.filter((message) =>
        message.envelope.to.some((to) => /paola|giorgio|marco/.test(to)),
      ),
      [],
    );
  });

  test("when a mailbox does not exist, then that message fails at once, notify.delivery.failed is published, and only the sender agency's followers see it", async () => {
    mail ??= await startMailSimulator({ smtpPort, httpPort: 0 });
    const prato = defined(me['luca.ferri']);
    const manager = notifyService().deps.dataSource.manager;
    const personId = randomUUID();
    await notify.rememberPerson(manager, {
      personId,
      fiscalCode: 'RSSMRA80A01G999X',
      givenName: 'Casella',
      familyName: 'Inesistente',
      email: 'nessuno@casella.invalid',
    });
    await notify.rememberMember(manager, {
      profileId: randomUUID(),
      personId,
      agencyId: prato.agencyId,
      roles: ['buyer'],
      active: true,
    });
    const eventId = await deliverTwice(
      orderingEvents.orderRejected.type,
      defined(me['gaio.cesare']).agencyId,
      {
        orderId: randomUUID(),
        code: 'O990001/2026',
        contractId: randomUUID(),
        contractTitle: 'Sistema Cloud Toscana',
        contractCig: '7154112FF8',
        agencyId: prato.agencyId,
        agencyName: 'Comune di Prato',
        banditoreAgencyId: defined(me['gaio.cesare']).agencyId,
        supplier: {
          name: 'Servizi Integrati S.p.A.',
          fiscalCode: '12345678903',
          pec: 'gare@pec.serviziintegrati.example',
          agencyId: null,
        },
        adhesionId: null,
        cig: null,
        totalCents: 100_00,
        sender: null,
        actor: { subject: 'x', profileId: null, agencyId: null },
        reason: 'Importo errato.',
        rejectedAt: new Date().toISOString(),
      },
    );
    const rows = await waitFor(async () => {
      const found = await outgoing(eventId);
      return found.length > 0 && found.every((row: { status: string }) => row.status !== 'in-coda')
        ? found
        : undefined;
    }, 15_000);
    const failed = rows.filter((row: { status: string }) => row.status === 'fallito');
    assert.deepEqual(
      failed.map((row: { address: string; attempts: number }) => [row.address, row.attempts]),
      [['nessuno@casella.invalid', 1]],
    );
    assert.match(failed[0].lastError, /550/);
    assert.ok(
      rows.some(
        (row: { address: string; status: string }) =>
          row.address === 'luca.ferri@example.it' && row.status === 'inviato',
      ),
    );
    const [published] = await notifyService().deps.dataSource.query(
      `SELECT envelope FROM outbox WHERE routing_key = 'notify.delivery.failed.v1' AND envelope->'data'->>'eventId' = $1`,
      [eventId],
    );
    assert.equal(published.envelope.data.address, 'nessuno@casella.invalid');
    assert.equal(published.envelope.tenant, defined(me['gaio.cesare']).agencyId);
    // The sender is the banditore that rejected: its administrator sees the failure, Firenze's does not.
    const seen = await defined(people['gaio.cesare']).call(
      'GET',
      '/api/v1/notification-deliveries?stato=fallito',
    );
    assert.ok(
      seen.items.some(
        (item: { address: string; status: string }) =>
          item.address === 'nessuno@casella.invalid' && item.status === 'fallito',
      ),
      JSON.stringify(seen),
    );
    const outsider = await defined(people['giorgio.pelli']).call(
      'GET',
      '/api/v1/notification-deliveries?stato=fallito',
    );
    assert.ok(
      !outsider.items.some(
        (item: { address: string }) => item.address === 'nessuno@casella.invalid',
      ),
    );
    await defined(people['luca.ferri']).call(
      'GET',
      '/api/v1/notification-deliveries',
      undefined,
      403,
    );
    await defined(people['gaio.cesare']).call(
      'GET',
      '/api/v1/notification-deliveries?stato=perso',
      undefined,
      400,
    );
    assert.equal((await fetch(`${demo.gateway}/api/v1/notification-deliveries`)).status, 401);
  });

  test('when an administrator previews a template, then it reads as its recipients would; others may not', async () => {
    const gestore = defined(people['mario.rossi']);
    const preview = await gestore.call(
      'GET',
      '/api/v1/notification-templates/ordinativo-approvato-fornitore/preview?canale=pec',
    );
    assert.match(preview.text, /Spett\.le/);
    const list = await gestore.call('GET', '/api/v1/notification-templates');
    assert.ok(list.items.length >= 17);
    await gestore.call('GET', '/api/v1/notification-templates/inesistente/preview', undefined, 404);
    await gestore.call(
      'GET',
      '/api/v1/notification-templates/..%2Fsegreti/preview',
      undefined,
      400,
    );
    await gestore.call(
      'GET',
      '/api/v1/notification-templates/adesione-inviata/preview?canale=fax',
      undefined,
      400,
    );
    for (const other of ['luca.ferri', 'gaio.cesare'])
      await defined(people[other]).call('GET', '/api/v1/notification-templates', undefined, 403);
  });
});
