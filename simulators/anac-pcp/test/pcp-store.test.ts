import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defined } from '@app/platform/errors';
import { dropSchema, testDatabaseUrl, uniqueName } from '@app/platform/testing';
import { createPcpState, type Appalto } from '../src/pcp-state.js';
import { openPcpStore } from '../src/pcp-store.js';

const scheda = {
  codice: { idTipologica: 'scheda', codice: 'AD4' },
  versione: '1.0',
  body: {
    anacForm: {
      appalto: { cig: '7154112FF8', datiBase: { oggetto: 'Cloud' } },
      aggiudicazioni: [],
    },
  },
};

/** The PCP simulator started again on the same database, as `npm start` is on a reused one. */
async function restarted(schema: string) {
  const store = await openPcpStore<Appalto>(testDatabaseUrl(), schema);
  const state = createPcpState('B', 1, { saved: await store.load(), save: store.save });
  return { store, state };
}

describe('the PCP simulator keeps its state across restarts, as ANAC does', () => {
  const schema = uniqueName('anac_pcp_simulator');
  after(() => dropSchema(schema));

  test('when it restarts on a reused database, then it still knows every appalto and never assigns a CIG twice', async () => {
    const first = await restarted(schema);
    const appalto = first.state.create(scheda, 'NE-ordine-1');
    const firstCig = first.state.nextCig();
    appalto.cigs.push({ cig: firstCig, lotIdentifier: 'LOT-0001' });
    appalto.stato = 'CONF';
    await first.state.flush();
    await first.store.close();

    const second = await restarted(schema);
    const known = defined(second.state.appalti.get(appalto.idAppalto), 'the saved appalto');
    assert.deepEqual(
      [known.stato, known.cigs],
      ['CONF', [{ cig: firstCig, lotIdentifier: 'LOT-0001' }]],
    );
    assert.deepEqual(
      second.state.byCode('NE-ordine-1').map((a) => a.idAppalto),
      [appalto.idAppalto],
    );
    const secondCig = second.state.nextCig();
    assert.notEqual(secondCig, firstCig);
    await second.state.flush();
    await second.store.close();

    const third = await restarted(schema);
    const thirdCig = third.state.nextCig();
    assert.ok(![firstCig, secondCig].includes(thirdCig), `${thirdCig} was assigned before`);
    await third.store.close();
  });

  test('when nothing changed, then a flush writes nothing; a changed appalto is written again', async () => {
    const store = await openPcpStore<Appalto>(testDatabaseUrl(), schema);
    let writes = 0;
    const counting = createPcpState('B', 1, {
      saved: await store.load(),
      save: async (appalti, counters) => {
        writes += 1;
        await store.save(appalti, counters);
      },
    });
    await counting.flush();
    assert.equal(writes, 0);
    const appalto = defined([...counting.appalti.values()][0], 'an appalto');
    appalto.esiti.push({
      idAppalto: appalto.idAppalto,
      tipoOperazione: 'AP_CONF',
      esito: 'OK',
      dettaglio: 'Confermato',
      dataControllo: new Date().toISOString(),
      errori: [],
    });
    await counting.flush();
    assert.equal(writes, 1);
    assert.equal(
      defined((await store.load()).appalti.find((a) => a.idAppalto === appalto.idAppalto)).esiti
        .length,
      1,
    );
    await store.close();
  });
});
