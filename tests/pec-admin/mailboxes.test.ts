import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { pino } from 'pino';
import * as pecAdmin from '@app/pec-admin';
import { schemaOf } from '@app/platform/db';
import { startService } from '@app/platform/service';
import { waitFor } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import {
  closeCase,
  inject,
  mailboxIn,
  member,
  providerBoxes,
  providerCases,
  settled,
} from './pec-helpers.js';
import { defined } from '@app/platform/errors';

const fast = {
  PEC_PARTNER_POLL_MS: '100',
  PEC_PARTNER_FOLLOW_MS: '300',
  PEC_PARTNER_RETRY_MS: '300,600',
  PEC_ANOMALY_RESOLVE_MS: '0',
};

/** Issue "PEC administration": mailboxes through the provider's partner interface, as a ledger of requests. */
describe('PEC mailboxes of an Order through the provider (seed 004)', () => {
  let demo: DemoPlatform;
  let anna: Session;
  let luca: Session; // paolo.bruni, administrator of the Ordine di Pisa

  before(async () => {
    demo = await startDemoPlatform(fast);
    anna = await passwordSession(demo.gateway, 'anna.galli');
    luca = await passwordSession(demo.gateway, 'paolo.bruni');
  });
  after(async () => {
    await demo?.stop();
  });

  const credentialMails = (to: string) =>
    demo.simulators.mail.messages.filter(
      (mail) =>
        mail.envelope.to.includes(to) && /Credenziali|Nuova password/.test(mail.subject ?? ''),
    );

  test('the whole life of a box: requested, active, holder edited, password reset, deleted; INI-PEC has its rows; credentials never pass through us', async () => {
    const holder = await anna.call('POST', '/api/v1/pec/members', member(1), 201);
    const box = await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: holder.id }, 202);
    assert.equal(box.state, 'richiesta');
    const active = await mailboxIn(anna, box.id, ['attiva']);
    assert.equal(active.address, 'sara.verdib@ingpec.eu');
    assert.equal(active.requests[0].kind, 'nuova-casella');
    assert.equal(active.requests[0].state, 'eseguita');
    const mail = await waitFor(() => credentialMails('iscritto1@example.org')[0], 10_000);
    const password = defined(
      defined(/Password provvisoria: (\S+)/.exec(defined(mail).text ?? ''))[1],
    );
    // The password went from the provider to the holder, never into our answers or our database.
    const pecAdmin = defined(demo.platform.services.find((service) => service.name === 'pec-admin'))
      .deps.dataSource;
    const dump =
      JSON.stringify(
        await pecAdmin.query(
          `SELECT r.*, b.* FROM requests r LEFT JOIN mailboxes b ON b.id = r.mailbox_id`,
        ),
      ) +
      JSON.stringify(await pecAdmin.query('SELECT * FROM audit_log')) +
      JSON.stringify(await anna.call('GET', '/api/v1/pec/requests'));
    assert.ok(!dump.includes(password));

    const edited = await anna.call('PATCH', `/api/v1/pec/members/${holder.id}`, {
      phone: '+39 055 999999',
    });
    assert.equal((await settled(anna, edited.providerRequestId)).kind, 'modifica-titolare');
    assert.equal(
      defined((await providerBoxes(demo)).find((found) => found.indirizzo === active.address))
        .telefono,
      '+39 055 999999',
    );

    const reset = await anna.call(
      'POST',
      `/api/v1/pec/mailboxes/${box.id}/reset-password`,
      undefined,
      202,
    );
    assert.equal((await settled(anna, reset.id)).state, 'eseguita');
    await waitFor(
      () => (credentialMails('iscritto1@example.org').length === 2 ? true : undefined),
      10_000,
    );

    const deletion = await anna.call(
      'POST',
      `/api/v1/pec/mailboxes/${box.id}/delete`,
      undefined,
      202,
    );
    await anna.call('POST', `/api/v1/pec/mailboxes/${box.id}/delete`, undefined, 409);
    assert.equal((await settled(anna, deletion.id)).state, 'eseguita');
    const deleted = await mailboxIn(anna, box.id, ['cancellata']);
    assert.ok(deleted.deletedAt);
    assert.equal(
      (await anna.call('POST', `/api/v1/pec/mailboxes/${box.id}/reset-password`, undefined, 409))
        .code,
      'MAILBOX_NOT_LIVE',
    );

    const csv = await (await anna.raw('GET', '/api/v1/pec/ini-pec/export')).text();
    const lines = csv.trim().split('\r\n');
    assert.equal(
      lines[0],
      'Indirizzo PEC;Nome;Cognome;Numero Iscrizione;Codice Fiscale;Stato;Data Iscrizione;Data Cancellazione',
    );
    const today = new Date()
      .toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' })
      .split('-')
      .reverse()
      .join('/');
    assert.ok(
      lines.includes(`sara.verdib@ingpec.eu;Sara;Verdib;T-1;${holder.fiscalCode};2;02/11/2026;`),
      csv,
    );
    assert.ok(
      lines.includes(
        `sara.verdib@ingpec.eu;Sara;Verdib;T-1;${holder.fiscalCode};3;02/11/2026;${today}`,
      ),
      csv,
    );
    // The Order and the holder are told (notify): the Order's inbox, the holder's reference e-mail.
    const inbox = await waitFor(async () => {
      const items = (await anna.call('GET', '/api/v1/notifications')).items as { title: string }[];
      return items.some((item) => /cancellata/i.test(item.title)) ? items : undefined;
    }, 10_000);
    assert.ok(defined(inbox).some((item) => /attiva/i.test(item.title)));
    await waitFor(
      () =>
        demo.simulators.mail.messages.find(
          (message) =>
            message.envelope.to.includes('iscritto1@example.org') &&
            /cancellata/i.test(message.subject ?? ''),
        ),
      10_000,
    );
  });

  test('another Order sees none of these members and boxes and cannot act on them (404); other people 403; anonymous 401', async () => {
    const holder = await anna.call('POST', '/api/v1/pec/members', member(2), 201);
    const box = await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: holder.id }, 202);
    await mailboxIn(anna, box.id, ['attiva']);
    assert.deepEqual((await luca.call('GET', '/api/v1/pec/mailboxes')).items, []);
    assert.equal((await luca.call('GET', '/api/v1/pec/members')).items.length, 0);
    await luca.call('GET', `/api/v1/pec/members/${holder.id}`, undefined, 404);
    await luca.call('PATCH', `/api/v1/pec/members/${holder.id}`, { phone: '+39 050 111111' }, 404);
    await luca.call('GET', `/api/v1/pec/mailboxes/${box.id}`, undefined, 404);
    for (const action of ['reset-password', 'delete'])
      await luca.call('POST', `/api/v1/pec/mailboxes/${box.id}/${action}`, undefined, 404);
    await luca.call(
      'POST',
      `/api/v1/pec/mailboxes/${box.id}/transfer`,
      { destinationOrder: 'RM' },
      404,
    );
    await luca.call('POST', '/api/v1/pec/mailboxes', { memberId: holder.id }, 404);
    assert.equal((await luca.call('GET', '/api/v1/pec/requests')).items.length, 0);
    const annaRequest = (await anna.call('GET', '/api/v1/pec/requests')).items[0];
    await luca.call('GET', `/api/v1/pec/requests/${annaRequest.id}`, undefined, 404);
    const sara = await passwordSession(demo.gateway, 'sara.colombo');
    await sara.call('GET', '/api/v1/pec/mailboxes', undefined, 403);
    await sara.call(
      'POST',
      '/api/v1/pec/anomalies',
      { kind: 'mancante', description: 'Una casella che manca' },
      403,
    );
    assert.equal((await fetch(`${demo.gateway}/api/v1/pec/mailboxes`)).status, 401);
    assert.equal(
      (await fetch(`${demo.gateway}/api/v1/pec/requests/${annaRequest.id}`)).status,
      401,
    );
  });

  test('when the provider is down for a while, then the request waits with its reason and completes once', async () => {
    const holder = await anna.call('POST', '/api/v1/pec/members', member(3), 201);
    await inject(demo, { kind: 'status', status: 503, count: 2 });
    await inject(demo, { kind: 'reset', count: 1 });
    const box = await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: holder.id }, 202);
    const waiting = await waitFor(
      async () => {
        const [request] = (await anna.call('GET', `/api/v1/pec/requests?mailboxId=${box.id}`))
          .items;
        return request.lastError ? request : undefined;
      },
      10_000,
      50,
    );
    assert.equal(waiting.state, 'richiesta');
    assert.match(waiting.lastError, /^In attesa: il gestore (ha risposto 503|non risponde)/);
    const done = await settled(anna, waiting.id);
    assert.equal(done.state, 'eseguita');
    assert.ok(done.attempts >= 3, `attempts ${done.attempts}`);
    assert.equal(
      (await providerBoxes(demo)).filter((found) => found.codiceFiscale === holder.fiscalCode)
        .length,
      1,
    );
    assert.equal(
      demo.simulators.mail.messages.filter(
        (mail) =>
          mail.envelope.to.includes('iscritto3@example.org') &&
          /Credenziali/.test(mail.subject ?? ''),
      ).length,
      1,
    );
  });

  test('when the answer of a done operation is lost, then the repeated call with the same key is the same operation: one box, one e-mail', async () => {
    const holder = await anna.call('POST', '/api/v1/pec/members', member(8), 201);
    await inject(demo, { kind: 'lose-answer', count: 1 });
    const box = await mailboxIn(
      anna,
      (await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: holder.id }, 202)).id,
      ['attiva'],
    );
    assert.ok(box.requests[0].attempts >= 2, `attempts ${box.requests[0].attempts}`);
    assert.equal(
      (await providerBoxes(demo)).filter((found) => found.codiceFiscale === holder.fiscalCode)
        .length,
      1,
    );
    await waitFor(() => credentialMails('iscritto8@example.org')[0], 10_000);
    assert.equal(credentialMails('iscritto8@example.org').length, 1);
  });

  test('the same request twice at once makes one box; a repeated Idempotency-Key replays the answer', async () => {
    const holder = await anna.call('POST', '/api/v1/pec/members', member(4), 201);
    const answers = await Promise.all(
      [1, 2].map(() =>
        anna.raw('POST', '/api/v1/pec/mailboxes', {
          body: JSON.stringify({ memberId: holder.id }),
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [202, 409]);
    const box = await mailboxIn(
      anna,
      (await defined(answers.find((answer) => answer.status === 202)).json()).id,
      ['attiva'],
    );
    const reset = async () =>
      (
        await anna.raw('POST', `/api/v1/pec/mailboxes/${box.id}/reset-password`, {
          headers: { 'idempotency-key': 'reset-once' },
        })
      ).json();
    const [first, second] = await Promise.all([reset(), reset()]);
    const third = await reset();
    assert.ok(
      first.id && first.id === second.id && second.id === third.id,
      JSON.stringify([first, second, third]),
    );
    assert.equal(
      (await anna.call('GET', `/api/v1/pec/requests?mailboxId=${box.id}&tipo=reset-password`)).items
        .length,
      1,
    );
  });

  test('when the provider refuses, then the reason reaches the Order; a member already boxed in Pisa comes by transfer instead', async () => {
    const giulia = await anna.call(
      'POST',
      '/api/v1/pec/members',
      member(5, {
        givenName: 'Giulia',
        familyName: 'Neri',
        fiscalCode: 'NREGLI85M41G702I',
        referenceEmail: 'giulia.neri@example.org',
      }),
      201,
    );
    const refused = await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: giulia.id }, 202);
    const box = await mailboxIn(anna, refused.id, ['rifiutata']);
    assert.equal(box.requests[0].state, 'rifiutata');
    assert.match(
      box.requests[0].reason,
      /ha già la casella giulia\.neri@ingpec\.eu nel pannello di Ordine degli Ingegneri della Provincia di Pisa: chiedi il trasferimento/,
    );
    const moved = await anna.call(
      'POST',
      '/api/v1/pec/mailboxes',
      { memberId: giulia.id, transferFromAddress: 'Giulia.Neri@ingpec.eu' },
      202,
    );
    const arrived = await mailboxIn(anna, moved.id, ['attiva']);
    assert.equal(arrived.address, 'giulia.neri@ingpec.eu');
    assert.equal(
      defined(
        (await providerBoxes(demo)).find((found) => found.indirizzo === 'giulia.neri@ingpec.eu'),
      ).ordine,
      'FI',
    );
  });

  test("a transfer in from an Order of the platform: Pisa's box, accepted by its holder, moves to Firenze and both Orders see it", async () => {
    const paola = member(6, {
      givenName: 'Paola',
      familyName: 'Bruni',
      referenceEmail: 'paola.bruni@example.org',
    });
    const inPisa = await luca.call('POST', '/api/v1/pec/members', paola, 201);
    const pisaBox = await luca.call('POST', '/api/v1/pec/mailboxes', { memberId: inPisa.id }, 202);
    // Pisa's panel creates boxes *non attivo*: the holder accepts from the link in the provider's e-mail.
    await mailboxIn(luca, pisaBox.id, ['non-attiva']);
    const mail = await waitFor(
      () =>
        demo.simulators.mail.messages.find(
          (message) =>
            message.envelope.to.includes('paola.bruni@example.org') &&
            /Credenziali/.test(message.subject ?? ''),
        ),
      10_000,
    );
    const link = defined(
      defined(/(https:\/\/\S+\/attivazione\/[0-9a-f]+)/.exec(defined(mail).text ?? ''))[1],
    );
    await acceptAt(demo, link);
    const activePisa = await mailboxIn(luca, pisaBox.id, ['attiva']);
    const inFirenze = await anna.call('POST', '/api/v1/pec/members', paola, 201);
    const arriving = await anna.call(
      'POST',
      '/api/v1/pec/mailboxes',
      { memberId: inFirenze.id, transferFromAddress: activePisa.address },
      202,
    );
    assert.equal((await mailboxIn(anna, arriving.id, ['attiva'])).address, 'paola.bruni@ingpec.eu');
    const left = await mailboxIn(luca, pisaBox.id, ['trasferita']);
    assert.equal(left.transferredTo, 'Ordine degli Ingegneri della Provincia di Firenze');
    const pisaFile = await (await luca.raw('GET', '/api/v1/pec/ini-pec/export')).text();
    assert.match(pisaFile, /paola\.bruni@ingpec\.eu;Paola;Bruni;T-6;[A-Z0-9]{16};2;/);
    assert.match(pisaFile, /paola\.bruni@ingpec\.eu;Paola;Bruni;T-6;[A-Z0-9]{16};3;/);
    assert.match(
      await (await anna.raw('GET', '/api/v1/pec/ini-pec/export')).text(),
      /paola\.bruni@ingpec\.eu;Paola;Bruni;T-6;[A-Z0-9]{16};2;/,
    );
  });

  test("a transfer out: inside the convention it is refused with the reason; outside it waits for the provider's sheet to be confirmed", async () => {
    const holder = await anna.call('POST', '/api/v1/pec/members', member(7), 201);
    const box = await mailboxIn(
      anna,
      (await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: holder.id }, 202)).id,
      ['attiva'],
    );
    await anna.call(
      'POST',
      `/api/v1/pec/mailboxes/${box.id}/transfer`,
      { destinationOrder: 'Roma' },
      400,
    );
    const inside = await anna.call(
      'POST',
      `/api/v1/pec/mailboxes/${box.id}/transfer`,
      { destinationOrder: 'pi' },
      202,
    );
    assert.match(
      (await settled(anna, inside.id)).reason,
      /aderisce alla convenzione: il trasferimento lo chiede l'Ordine di destinazione/,
    );
    const outside = await anna.call(
      'POST',
      `/api/v1/pec/mailboxes/${box.id}/transfer`,
      { destinationOrder: 'RM' },
      202,
    );
    const pending = await waitFor(
      async () => {
        const request = await anna.call('GET', `/api/v1/pec/requests/${outside.id}`);
        return request.state === 'inviata' ? request : undefined;
      },
      10_000,
      100,
    );
    assert.match(JSON.stringify(pending.thread), /foglio \\"Trasferimenti\\"/);
    assert.match(
      pending.providerSheet,
      /^Indirizzo PEC;Nome;Cognome;Codice Fiscale;Ordine di provenienza;Ordine di destinazione\r\nsara\.verdih@ingpec\.eu;Sara;Verdih;/,
    );
    assert.match(
      pending.providerSheet,
      /Ordine degli Ingegneri della Provincia di Firenze;Ordine degli Ingegneri della Provincia di Roma$/,
    );
    await anna.call('POST', `/api/v1/pec/mailboxes/${box.id}/delete`, undefined, 409);
    const sheet = defined(
      (await providerCases(demo)).find(
        (found) => found.indirizzo === box.address && found.tipo === 'trasferimento',
      ),
    );
    assert.match(defined(sheet.foglio), /Ordine degli Ingegneri della Provincia di Roma/);
    assert.equal((await mailboxIn(anna, box.id, ['attiva'])).state, 'attiva');
    await closeCase(demo, sheet.id, 'eseguito', "Trasferimento confermato dall'Ordine di Roma.");
    assert.equal(
      (await settled(anna, outside.id)).reason,
      "Trasferimento confermato dall'Ordine di Roma.",
    );
    assert.equal((await mailboxIn(anna, box.id, ['trasferita'])).transferredTo, 'RM');
  });

  test('an anomaly report has a thread and a state; the provider resolves it with its reason and the Order is told', async () => {
    await anna.call(
      'POST',
      '/api/v1/pec/anomalies',
      { kind: 'strana', description: 'Una casella che non è nostra' },
      400,
    );
    await anna.call(
      'POST',
      '/api/v1/pec/anomalies',
      { kind: 'non-di-competenza', description: 'corta' },
      400,
    );
    const report = await anna.call(
      'POST',
      '/api/v1/pec/anomalies',
      {
        kind: 'non-di-competenza',
        address: 'luigi.bianchi@ingpec.eu',
        description: "La casella è di un iscritto dell'Ordine di Pisa, non nostro.",
      },
      202,
    );
    assert.equal(report.state, 'richiesta');
    const sent = await waitFor(
      async () => {
        const found = await anna.call('GET', `/api/v1/pec/anomalies/${report.id}`);
        return found.state === 'inviata' ? found : undefined;
      },
      10_000,
      100,
    );
    assert.equal(sent.thread[0].da, 'ordine');
    const opened = defined(
      (await providerCases(demo)).find(
        (found) => found.tipo === 'segnalazione' && found.indirizzo === 'luigi.bianchi@ingpec.eu',
      ),
    );
    await closeCase(
      demo,
      opened.id,
      'spostata',
      "Casella spostata nel pannello dell'Ordine di Pisa.",
    );
    const closed = await settled(anna, report.id);
    assert.equal(closed.outcome, 'spostata');
    assert.equal(closed.thread.at(-1).testo, "Casella spostata nel pannello dell'Ordine di Pisa.");
    assert.equal((await anna.call('GET', '/api/v1/pec/anomalies')).items[0].id, report.id);
    await luca.call('GET', `/api/v1/pec/anomalies/${report.id}`, undefined, 404);
    await anna.call(
      'GET',
      `/api/v1/pec/anomalies/${(await anna.call('GET', '/api/v1/pec/requests?tipo=nuova-casella')).items[0].id}`,
      undefined,
      404,
    );
    await waitFor(
      async () =>
        ((await anna.call('GET', '/api/v1/notifications')).items as { title: string }[]).find(
          (item) => /anomalia/i.test(item.title) && /risolt|chius/i.test(item.title),
        ),
      10_000,
    );
    await anna.call('GET', `/api/v1/pec/requests/${randomUUID()}`, undefined, 404);
  });
});

/** Issue "PEC administration": the process killed half-way (on RabbitMQ: a service started alone needs the broker). */
describe(
  'pec-admin stopped while its ledger waits',
  { skip: !process.env.AMQP_URL && 'no RabbitMQ' },
  () => {
    let demo: DemoPlatform;
    let anna: Session;
    before(async () => {
      demo = await startDemoPlatform(fast, { broker: 'rabbitmq' });
      anna = await passwordSession(demo.gateway, 'anna.galli');
    });
    after(async () => {
      await demo?.stop();
    });

    test('when pec-admin stops while a request waits for the provider, then after its restart the request completes once', async () => {
      const holder = await anna.call('POST', '/api/v1/pec/members', member(9), 201);
      await inject(demo, { kind: 'status', status: 503, count: 1_000 });
      const box = await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: holder.id }, 202);
      await waitFor(
        async () =>
          (await anna.call('GET', `/api/v1/pec/requests?mailboxId=${box.id}`)).items[0].lastError
            ? true
            : undefined,
        10_000,
        50,
      );
      const index = demo.platform.services.findIndex((service) => service.name === 'pec-admin');
      const stopped = defined(demo.platform.services[index]);
      const config = {
        ...(stopped.deps.config as ReturnType<typeof pecAdmin.loadServiceConfig>),
        PORT: Number(new URL(stopped.url).port),
      };
      await stopped.stop();
      await fetch(`${demo.simulators.pec.httpUrl}/_sim/partner/faults`, { method: 'DELETE' });
      demo.platform.services[index] = await startService(
        { ...pecAdmin.definition, schema: schemaOf(stopped.deps.dataSource) },
        { config, logger: pino({ level: 'silent' }) },
      );
      assert.equal((await mailboxIn(anna, box.id, ['attiva'])).requests[0].state, 'eseguita');
      assert.equal(
        (await providerBoxes(demo)).filter((found) => found.codiceFiscale === holder.fiscalCode)
          .length,
        1,
      );
    });
  },
);

/** The holder presses the button on the provider's acceptance page (HTTPS under the provider's own CA, as a browser trusting it). */
function acceptAt(demo: DemoPlatform, link: string) {
  return new Promise<void>((resolve, reject) => {
    const sent = httpsRequest(link, { method: 'POST', ca: demo.simulators.pec.caPem }, (answer) => {
      answer.resume();
      answer.on('end', () =>
        answer.statusCode === 200
          ? resolve()
          : reject(new Error(`attivazione: ${answer.statusCode}`)),
      );
    });
    sent.on('error', reject);
    sent.end();
  });
}
