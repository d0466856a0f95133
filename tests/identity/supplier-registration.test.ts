import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitFor } from '@app/platform/testing';
import { defined } from '@app/platform/errors';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { jsonHeaders, passwordSession, type Session } from '../../scripts/gateway-client.js';
import {
  assertAccessible,
  chromiumMissing,
  launchChromium,
  personBrowser,
  signedInPage,
  submitForm,
} from '../portal/browser.js';

/**
 * Seed 002's «Registrazione indirizzario» for Operatori economici: anyone asks for an operator, the
 * Gestore approves it, and its referent gets first-access credentials and an «Operatore economico»
 * profile; nobody else decides.
 */
describe('Registrazione indirizzario', () => {
  let demo: DemoPlatform;
  let gestore: Session;
  const request = {
    name: 'Arredi Toscani S.r.l.',
    fiscalCode: '01234567897',
    pec: 'gare@pec.arreditoscani.example',
    address: 'Via Roma 1, 50100 Firenze',
    referent: {
      fiscalCode: 'BNCLRA80A41D612H',
      givenName: 'Laura',
      familyName: 'Bianchi',
      email: 'laura.bianchi@arreditoscani.example',
    },
  };
  const ask = (body: unknown) =>
    fetch(`${demo.gateway}/api/v1/supplier-registrations`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify(body),
    });

  before(async () => {
    demo = await startDemoPlatform();
    gestore = await passwordSession(demo.gateway, 'mario.rossi');
  });

  after(async () => {
    await demo?.stop();
  });

  test('when an operator asks and the Gestore approves, then its referent receives first-access credentials and acts as «Operatore economico» of the new agency; nobody else decides', async () => {
    const asked = await ask(request);
    assert.equal(asked.status, 202);
    assert.match((await asked.json()).message, /^Richiesta di registrazione ricevuta/);
    assert.equal((await ask(request)).status, 202, 'asking again changes nothing');
    const waiting = (await gestore.call('GET', '/api/v1/supplier-registrations')).items.filter(
      (item: { fiscalCode: string; status: string }) =>
        item.fiscalCode === request.fiscalCode && item.status === 'in-attesa',
    );
    assert.equal(waiting.length, 1);
    const sara = await passwordSession(demo.gateway, 'sara.colombo');
    await sara.call('GET', '/api/v1/supplier-registrations', undefined, 403);
    await sara.call(
      'POST',
      `/api/v1/supplier-registrations/${waiting[0].id}/approve`,
      undefined,
      403,
    );
    const approved = await gestore.call(
      'POST',
      `/api/v1/supplier-registrations/${waiting[0].id}/approve`,
    );
    assert.ok(approved.agencyId);
    await gestore.call(
      'POST',
      `/api/v1/supplier-registrations/${waiting[0].id}/approve`,
      undefined,
      409,
    );
    const mail = await waitFor(
      async () =>
        demo.simulators.mail.messages.find((m) => m.envelope.to.includes(request.referent.email)),
      15_000,
    );
    const username = /Username: (\S+)/.exec(defined(mail).text)?.[1];
    const password = /Password temporanea: (\S+)/.exec(defined(mail).text)?.[1];
    const opened = await fetch(`${demo.gateway}/api/v1/auth/password/change`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ username, password, newPassword: 'Laura-Bianchi-Arredi-2027' }),
    });
    assert.equal(opened.status, 200);
    const me = await (
      await fetch(`${demo.gateway}/api/v1/me`, {
        headers: { authorization: `Bearer ${(await opened.json()).accessToken}` },
      })
    ).json();
    assert.equal(me.selectedProfile.agency.name, 'Arredi Toscani S.r.l.');
    assert.deepEqual(me.selectedProfile.roles, ['operatore-economico']);
  });

  test('when a request is malformed, then 400 beside its fields and nothing waits', async () => {
    const wrong = await ask({ ...request, fiscalCode: '01234567890', pec: 'non-una-pec' });
    assert.equal(wrong.status, 400);
    const paths = (await wrong.json()).invalidFields.map((field: { path: string }) => field.path);
    assert.deepEqual(paths.sort(), ['fiscalCode', 'pec']);
    const nul = await ask({ ...request, name: 'Arredi\u0000' });
    assert.equal(nul.status, 400);
    const listed = await gestore.call('GET', '/api/v1/supplier-registrations');
    assert.ok(!JSON.stringify(listed).includes('01234567890'));
  });

  test(
    'when an operator fills «Registrazione indirizzario» in the browser, then the Gestore sees it in Amministrazione and rejects it with a reason',
    { skip: chromiumMissing },
    async () => {
      const browser = await launchChromium();
      try {
        const { page } = await personBrowser(browser, 'phone');
        await page.goto(`${demo.gateway}/`);
        await Promise.all([
          page.waitForNavigation(),
          page.click('a:has-text("Registrazione indirizzario")'),
        ]);
        await assertAccessible(page, 'registrazione-indirizzario');
        await page.fill('#name', 'Pulizie Pratesi S.p.A.');
        await page.fill('#fiscalCode', '12345678903');
        await page.fill('#pec', 'gare@pec.puliziepratesi.example');
        await page.fill('#address', 'Piazza del Comune 2, 59100 Prato');
        await page.fill('#referent-fiscalCode', 'VRDPLA75C12G999X');
        await page.fill('#referent-email', 'paolo.verdi@puliziepratesi.example');
        await page.fill('#referent-givenName', 'Paolo');
        await page.fill('#referent-familyName', 'Verdi');
        await submitForm(page, 'Invia la richiesta');
        assert.ok(((await page.textContent('#referent-fiscalCode-error')) ?? '').length > 0);
        await page.fill('#referent-fiscalCode', 'VRDPLA75C12G999N');
        await submitForm(page, 'Invia la richiesta');
        await page.waitForSelector('[data-supplier-received]');
        const mario = await signedInPage(browser, demo.gateway, 'mario.rossi');
        await mario.goto(`${demo.gateway}/amministrazione#indirizzario`);
        const row = mario.locator('#indirizzario tr', { hasText: 'Pulizie Pratesi S.p.A.' });
        await row.locator('input[name=reason]').fill('Impresa già registrata con altro nome.');
        await Promise.all([
          mario.waitForNavigation(),
          row.locator('button:has-text("Respingi")').click(),
        ]);
        assert.match(
          (await mario
            .locator('#indirizzario tr', { hasText: 'Pulizie Pratesi S.p.A.' })
            .textContent()) ?? '',
          /Respinta/,
        );
      } finally {
        await browser.close();
      }
    },
  );
});
