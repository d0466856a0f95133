import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCig } from '@app/italian-codes';
import { CookieBrowser, hiddenFields, waitFor } from '@app/platform/testing';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { expectAnswer, typedApi } from '../../scripts/gateway-client.js';
import { defined } from '@app/platform/errors';

/** Issue "ANAC gateway", done when: a Comune's RUP logged in through the SPID simulator obtains a CIG for an adhesion to the demo AQ, then annuls it with an ANN scheda. */
describe('Richiedi CIG as npm start runs it: the RUP of Comune di Prato, SPID, the PCP simulator', () => {
  let demo: DemoPlatform;
  before(async () => {
    demo = await startDemoPlatform();
  });
  after(() => demo.stop());

  const spidLogin = async (username: string) => {
    const browser = new CookieBrowser();
    const start = await browser.fetch(`${demo.gateway}/api/v1/auth/spid/login?idp=demo&level=2`);
    const idpForm = await (
      await browser.fetch(`${demo.simulators.urls.spidIdp}/sso`, {
        method: 'POST',
        body: new URLSearchParams(hiddenFields(await start.text())),
      })
    ).text();
    const login = defined(defined(/name="login" value="([^"]+)"/.exec(idpForm))[1]);
    const answer = await (
      await fetch(`${demo.simulators.urls.spidIdp}/login`, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new URLSearchParams({ login, username, password: 'Negozio-Demo-2026' }),
      })
    ).json();
    const session = await (
      await fetch(`${demo.gateway}/api/v1/auth/spid/acs`, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new URLSearchParams({
          SAMLResponse: answer.SAMLResponse,
          RelayState: answer.RelayState,
        }),
      })
    ).json();
    return typedApi(demo.gateway, session.accessToken);
  };

  test('when the RUP creates a CIG request for Sistema Cloud Toscana and confirms it, then it is "in corso", then confirmed; the CIG is acquired, the transmission log shows each exchange, and an ANN scheda is sent and verified', async () => {
    const rup = await spidLogin('sara.colombo');
    // The form offers ANAC's labels and sends its codes: the comune is found by name.
    const comuni = await expectAnswer(
      rup.GET('/api/v1/code-lists/{list}', {
        params: { path: { list: 'codIstat' }, query: { q: 'Prato' } },
      }),
      200,
    );
    const prato = comuni.items.find((item: { label: string }) => item.label === 'PRATO').code;
    const draft = await expectAnswer(
      rup.POST('/api/v1/cig-requests', {
        body: {
          parentCig: '7154112FF8',
          subject: 'Proroga dei servizi cloud del Comune di Prato fino al 02/10/2027',
          adhesionDate: '2026-11-23',
          costCentre: 'CDC-SI-01',
          singleProcedureReport: true,
          supplier: { fiscalCode: '12345678903', name: 'Servizi Integrati S.p.A.' },
          lots: [
            {
              lotIdentifier: 'LOT-0001',
              subject: 'Servizi cloud in proroga',
              contractObject: 'servizi',
              amountCents: 48_000_00,
              cpv: '72000000-5',
              nuts: 'ITI15',
              istat: prato,
              ccnl: 'H01',
              category: 'FS',
              financing: [{ type: 'A', amountCents: 48_000_00 }],
            },
          ],
        },
      }),
      201,
    );
    const id = { params: { path: { id: draft.id as string } } };
    assert.equal(
      (await expectAnswer(rup.POST('/api/v1/cig-requests/{id}/confirm', id), 202)).status,
      'in-corso',
    );
    await waitFor(
      async () =>
        (await expectAnswer(rup.GET('/api/v1/cig-requests/{id}', id), 200)).status === 'confermato',
      20_000,
    );
    const acquired = await expectAnswer(rup.POST('/api/v1/cig-requests/{id}/acquire', id), 200);
    assert.equal(acquired.cigs.length, 1);
    assert.equal(checkCig(acquired.cigs[0].cig).valid, true);
    const log = await expectAnswer(rup.GET('/api/v1/cig-requests/{id}/transmissions', id), 200);
    assert.deepEqual(
      [...new Set(log.map((entry: { operation: string }) => entry.operation))],
      ['crea-appalto', 'conferma-appalto', 'esito-operazione', 'recupera-cig'],
    );

    const ann = await expectAnswer(
      rup.POST('/api/v1/cig-requests/{id}/schede', { ...id, body: { code: 'ANN' } }),
      201,
    );
    assert.equal(
      ann.body.anacForm.annullamento.motivoAnnullamento.codice,
      '1',
      'reason "1 – Errata comunicazione", not editable',
    );
    const scheda = { params: { path: { id: ann.id as string } } };
    assert.equal(
      (await expectAnswer(rup.POST('/api/v1/schede/{id}/send', scheda), 200)).status,
      'inviata',
    );
    const verified = await waitFor(async () => {
      const answer = await expectAnswer(rup.POST('/api/v1/schede/{id}/verify', scheda), 200);
      return answer.status === 'inviata' ? undefined : answer;
    }, 20_000);
    assert.equal(verified.status, 'confermata');
  });
});
