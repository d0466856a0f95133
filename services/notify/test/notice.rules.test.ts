import { describe, it } from 'node:test';
import { seedSentence } from '@app/platform/testing';
import assert from 'node:assert/strict';
import { adhesionEvents, orderingEvents, pecEvents } from '@app/events';
import { notices, noticesOf } from '../src/notices/notice.rules.js';
import { previewData } from '../src/templates/template.rules.js';
import {
  listTemplates,
  preview,
  renderEmail,
  renderInbox,
  renderPec,
} from '../src/templates/template.service.js';
import { defined } from '@app/platform/errors';

const adhesion = {
  adhesionId: '11111111-1111-4111-8111-111111111111',
  code: 'A000007/2026',
  contractId: '22222222-2222-4222-8222-222222222222',
  contractTitle: 'Sistema Cloud Toscana',
  contractCig: '7154112FF8',
  banditoreAgencyId: 'regione',
  agencyId: 'prato',
  ipotesi: 'A',
  amountCents: 1_234_56,
  round: 0,
  roundTitle: 'Round 0 — Manifestazione di interesse',
  sender: { subject: 's', profileId: 'profilo-luca', agencyId: 'prato' },
  actor: { subject: 'a', profileId: 'profilo-gaio', agencyId: 'regione' },
};
const order = {
  orderId: '33333333-3333-4333-8333-333333333333',
  code: 'O000003/2026',
  contractId: adhesion.contractId,
  contractTitle: adhesion.contractTitle,
  contractCig: adhesion.contractCig,
  agencyId: 'prato',
  agencyName: 'Comune di Prato',
  banditoreAgencyId: 'regione',
  supplier: {
    name: 'Servizi Integrati S.p.A.',
    fiscalCode: '12345678903',
    pec: 'gare@pec.example',
    agencyId: 'fornitore',
  },
  adhesionId: adhesion.adhesionId,
  cig: 'B000001279',
  totalCents: 100_00,
  sender: { subject: 'luca', profileId: 'profilo-luca', agencyId: 'prato' },
  actor: adhesion.actor,
};

describe('who is told of what (seed 001)', () => {
  it("tells of a sent adhesion its sender and the banditore's cost centre, with the amount in euro", () => {
    const notices = noticesOf(adhesionEvents.submitted.type, adhesion);
    assert.deepEqual(
      notices.map((n) => n.audience),
      [
        { profileId: 'profilo-luca' },
        { agencyId: 'regione', roles: ['rup', 'responsabile-eprocurement'] },
      ],
    );
    assert.match(renderInbox(defined(notices[1]).template, adhesion).body, /1\.234,56\s€/);
    assert.equal(defined(notices[0]).link, `/adesioni/${adhesion.adhesionId}`);
  });

  it('tells only the adhering agency of approvals and refusals, with the reason', () => {
    for (const type of [adhesionEvents.roundApproved.type, adhesionEvents.approved.type]) {
      assert.deepEqual(
        noticesOf(type, { ...adhesion, nextRound: null, approvedAt: '' }).map((n) => n.audience),
        [{ profileId: 'profilo-luca' }],
      );
    }
    const [refused] = noticesOf(adhesionEvents.roundRejected.type, {
      ...adhesion,
      reason: 'Manca la firma.',
    });
    const reason = { ...adhesion, reason: 'Manca la firma.' };
    assert.match(
      renderInbox(defined(refused).template, reason).body,
      /Manca la firma\. L’adesione è tornata in bozza: .*elimina la bozza e ripeti il round 0\./,
    );
  });

  it('tells of an order the person who sent it and the banditore when sent, that person and the supplier when approved, that person alone when rejected', () => {
    // Seed 001: «Dopo l’invio, il sistema invia una notifica automatica all’utente che ha
    // inoltrato l’atto di adesione/contratto attuativo e al CdC_banditore.»
    assert.ok(
      seedSentence(
        1,
        'Dopo l’invio, il sistema invia una notifica automatica',
        'al CdC_banditore.',
      ).includes('all’utente che ha inoltrato'),
    );
    const sender = { profileId: 'profilo-luca' };
    assert.deepEqual(
      noticesOf(orderingEvents.orderSubmitted.type, order).map((n) => n.audience),
      [sender, { agencyId: 'regione', roles: ['rup', 'responsabile-eprocurement'] }],
    );
    assert.deepEqual(
      noticesOf(orderingEvents.orderApproved.type, order).map((n) => n.audience),
      [sender],
    );
    // Seed 001: the documents «devono essere inviati al Fornitore tramite PEC»: the supplier's
    // notice comes with the files ordering dispatches at approval, PEC or not on the platform.
    const file = {
      fileName: 'scheda.pdf.p7m',
      contentType: 'application/pkcs7-mime',
      sha256: 'a',
      contentBase64: 'QQ==',
    };
    const dispatched = { ...order, documents: [file], omitted: [] };
    assert.deepEqual(
      noticesOf(orderingEvents.orderSupplierDispatch.type, dispatched).map((n) => [
        n.audience,
        n.pec,
        n.attachments?.map((a) => a.fileName),
      ]),
      [
        [
          { agencyId: 'fornitore', roles: ['operatore-economico'] },
          'gare@pec.example',
          ['scheda.pdf.p7m'],
        ],
      ],
    );
    assert.deepEqual(
      noticesOf(orderingEvents.orderSupplierDispatch.type, {
        ...dispatched,
        supplier: { ...order.supplier, agencyId: null },
      }).map((n) => [n.audience, n.pec]),
      [[undefined, 'gare@pec.example']],
    );
    assert.deepEqual(
      noticesOf(orderingEvents.orderRejected.type, { ...order, reason: 'Importo errato.' }).map(
        (n) => n.audience,
      ),
      [sender],
    );
    const disputed = { ...order, reason: 'Prezzi non conformi al listino.' };
    const disputeNotices = noticesOf(orderingEvents.orderDisputed.type, disputed);
    assert.deepEqual(
      disputeNotices.map((n) => n.audience),
      [sender, { agencyId: 'regione', roles: ['rup', 'responsabile-eprocurement'] }],
    );
    assert.match(
      renderInbox(defined(disputeNotices[0]).template, disputed).body,
      /Servizi Integrati S\.p\.A\. ha contestato l’ordinativo O000003\/2026 .*Motivo: Prezzi non conformi al listino\./,
    );
    // A sender without a profile (a partner system's client) leaves the agency's orderers.
    const orderers = { agencyId: 'prato', roles: ['buyer', 'punto-ordinante', 'rup'] };
    assert.deepEqual(
      noticesOf(orderingEvents.orderRejected.type, {
        ...order,
        sender: { subject: 'client', profileId: null, agencyId: 'prato' },
        reason: 'Importo errato.',
      }).map((n) => n.audience),
      [orderers],
    );
  });

  it("tells an Order's administrators of its boxes and the holder by e-mail; a transfer tells both Orders (seed 004)", () => {
    const activated = noticesOf(
      pecEvents.mailboxActivated.type,
      sample(pecEvents.mailboxActivated.type),
    );
    assert.deepEqual(
      activated.map((notice) => notice.audience ?? notice.email),
      [
        { agencyId: 'ordine-firenze', roles: ['amministratore-ente', 'amministratore-ordine'] },
        { address: 'Sara.Verdi@example.org', name: 'Sara Verdi' },
      ],
    );
    const moved = noticesOf(
      pecEvents.mailboxTransferred.type,
      sample(pecEvents.mailboxTransferred.type),
    );
    assert.deepEqual(
      moved.map(
        (notice) =>
          (notice.audience as { agencyId?: string } | undefined)?.agencyId ?? notice.email?.address,
      ),
      ['ordine-firenze', 'ordine-pisa', 'Sara.Verdi@example.org'],
    );
    assert.equal(
      noticesOf(pecEvents.mailboxRequested.type, sample(pecEvents.mailboxRequested.type)).length,
      1,
    );
  });

  it('tells nobody of an event outside the list', () => {
    assert.deepEqual(noticesOf(orderingEvents.orderAcknowledged.type, order), []);
    assert.deepEqual(noticesOf('sconosciuto.v1', {}), []);
  });
});

describe('the words of each message on each channel (handlebars templates)', () => {
  const to = { recipient: 'Luca Ferri', link: 'https://negozio.example/ordini/1' };

  it('has a template, with a title and a body, for every notice any event can give', () => {
    const keys = new Set(listedKeys());
    for (const [type, build] of Object.entries(notices)) {
      for (const template of build(sample(type)).map((notice) => notice.template))
        assert.ok(keys.has(template), `${type} → ${template}`);
    }
    for (const key of keys) {
      const words = renderInbox(key, previewData[key]);
      assert.ok(
        words.title.length > 5 &&
          words.body.length > 10 &&
          !/\{\{|undefined|NaN/.test(words.title + words.body),
        `${key}: ${JSON.stringify(words)}`,
      );
    }
  });

  it('escapes in HTML what a person wrote (a rejection reason), and keeps it as written in the text', () => {
    const reason = '<script>alert(1)</script> & "prezzo" errato';
    const mail = renderEmail('ordinativo-rifiutato', { ...order, reason }, to);
    assert.ok(!defined(mail.html).includes('<script>'), mail.html);
    assert.match(
      defined(mail.html),
      /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;prezzo&quot; errato/,
    );
    assert.ok(mail.text.includes(reason));
    assert.equal(mail.subject, `Ordinativo ${order.code} rifiutato`);
    assert.ok(mail.text.includes(to.link) && defined(mail.html).includes(`href="${to.link}"`));
  });

  it('speaks to the supplier by PEC in its own words: the order binds as issued, or, where the contract allows a dispute, the deadline in Italian', () => {
    const pecOf = (supplierMayDispute: boolean) =>
      renderPec(
        'ordinativo-approvato-fornitore',
        { ...order, supplierDeadline: '2026-12-12T10:00:00Z', supplierMayDispute },
        { ...to, recipient: order.supplier.name, sender: 'Negozio Elettronico' },
      );
    const binding = pecOf(false);
    assert.ok(
      binding.text
        .replace(/\s+/g, ' ')
        .includes(
          seedSentence(
            1,
            'L’emissione dell’atto di adesione/contratto attuativo',
            'Amministrazione contraente e il fornitore.',
          ).replace(/\s+/g, ' '),
        ),
    );
    assert.doesNotMatch(binding.text, /contestar/);
    const pec = pecOf(true);
    assert.match(pec.text, /Spett\.le Servizi Integrati S\.p\.A\./);
    assert.match(pec.text, /entro il 12 dicembre 2026/);
    assert.match(pec.text, /100,00\s€/);
    assert.notEqual(pec.text, renderEmail('ordinativo-approvato-fornitore', order, to).text);
  });

  it('previews every template on every channel for administrators, and refuses an unknown one', async () => {
    const { items } = await listTemplates();
    for (const { key } of items) {
      for (const canale of ['inbox', 'email', 'pec'] as const)
        assert.ok(
          JSON.stringify(await preview(key, canale, 'https://negozio.example')).length > 50,
        );
    }
    assert.ok(
      defined(
        defined(items.find((item) => item.key === 'ordinativo-approvato-fornitore')).channels.find(
          (c) => c.channel === 'pec',
        ),
      ).own,
    );
    await assert.rejects(preview('sconosciuto', 'email', 'x'), /Non esiste un modello/);
  });
});

function listedKeys(): string[] {
  return Object.keys(previewData);
}

/** An event's data as the builders read it: enough for any builder to name its template. */
function sample(type: string): Record<string, unknown> {
  return {
    ...adhesion,
    ...order,
    type,
    sender: adhesion.sender,
    users: [{ profileId: 'profilo-luca' }],
    banditoreAgencyId: 'regione',
    orderAgencyId: 'ordine-firenze',
    mailboxId: 'casella',
    fromOrderAgencyId: 'ordine-pisa',
    toOrderAgencyId: 'ordine-firenze',
    holder: { memberId: 'iscritta', name: 'Sara Verdi', referenceEmail: 'Sara.Verdi@example.org' },
  };
}
