import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adhesionEvents, orderingEvents } from '@app/events';
import { noticesOf } from '../src/inbox/notification.rules.js';

const adhesion = {
  adhesionId: '11111111-1111-4111-8111-111111111111', code: 'A000007/2026', contractId: '22222222-2222-4222-8222-222222222222',
  contractTitle: 'Sistema Cloud Toscana', contractCig: '7154112FF8', banditoreAgencyId: 'regione', agencyId: 'prato', ipotesi: 'A',
  amountCents: 1_234_56, round: 0, roundTitle: 'Round 0 — Manifestazione di interesse',
  sender: { subject: 's', profileId: 'profilo-luca', agencyId: 'prato' }, actor: { subject: 'a', profileId: 'profilo-gaio', agencyId: 'regione' },
};
const order = {
  orderId: '33333333-3333-4333-8333-333333333333', code: 'O000003/2026', contractId: adhesion.contractId, contractTitle: adhesion.contractTitle,
  contractCig: adhesion.contractCig, agencyId: 'prato', agencyName: 'Comune di Prato', banditoreAgencyId: 'regione',
  supplier: { name: 'Servizi Integrati S.p.A.', fiscalCode: '12345678903', pec: 'gare@pec.example', agencyId: 'fornitore' },
  adhesionId: adhesion.adhesionId, cig: 'B000001279', totalCents: 100_00, actor: adhesion.actor,
};

describe('who is told of what (seed 001)', () => {
  it('tells of a sent adhesion its sender and the banditore\'s cost centre, with the amount in euro', () => {
    const notices = noticesOf(adhesionEvents.submitted.type, adhesion);
    assert.deepEqual(notices.map((n) => n.audience), [{ profileId: 'profilo-luca' }, { agencyId: 'regione', roles: ['rup', 'responsabile-eprocurement'] }]);
    assert.match(notices[1]!.body, /1234,56\s€/);
    assert.equal(notices[0]!.link, `/adesioni/${adhesion.adhesionId}`);
  });

  it('tells only the adhering agency of approvals and refusals, with the reason', () => {
    for (const type of [adhesionEvents.roundApproved.type, adhesionEvents.approved.type]) {
      assert.deepEqual(noticesOf(type, { ...adhesion, nextRound: null, approvedAt: '' }).map((n) => n.audience), [{ profileId: 'profilo-luca' }]);
    }
    const [refused] = noticesOf(adhesionEvents.roundRejected.type, { ...adhesion, reason: 'Manca la firma.' });
    assert.match(refused!.body, /Manca la firma\. Elimina la bozza e ripeti il round 0\./);
  });

  it('tells of an order the agency and the banditore when sent, the agency and the supplier when approved, the agency alone when rejected', () => {
    const orderers = { agencyId: 'prato', roles: ['buyer', 'punto-ordinante', 'rup'] };
    assert.deepEqual(noticesOf(orderingEvents.orderSubmitted.type, order).map((n) => n.audience), [orderers, { agencyId: 'regione', roles: ['rup', 'responsabile-eprocurement'] }]);
    assert.deepEqual(noticesOf(orderingEvents.orderApproved.type, order).map((n) => n.audience), [orderers, { agencyId: 'fornitore', roles: ['operatore-economico'] }]);
    assert.deepEqual(noticesOf(orderingEvents.orderApproved.type, { ...order, supplier: { ...order.supplier, agencyId: null } }).map((n) => n.audience), [orderers]);
    assert.deepEqual(noticesOf(orderingEvents.orderRejected.type, { ...order, reason: 'Importo errato.' }).map((n) => n.audience), [orderers]);
  });

  it('tells nobody of an event outside the list', () => {
    assert.deepEqual(noticesOf(orderingEvents.orderDisputed.type, order), []);
    assert.deepEqual(noticesOf('sconosciuto.v1', {}), []);
  });
});
