import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { agencies, cloudLike, startHarness, type Harness } from './harness.js';
import { defined } from '@app/platform/errors';

describe('adhesion: the iter of seed 001, ipotesi A and B, through catalog’s ceiling', () => {
  let h: Harness;
  let contractId: string;

  before(async () => {
    h = await startHarness();
    contractId = await h.publishContract(cloudLike('7154112FF8', 100_000_00));
  });
  after(() => h.stop());

  const json = async (response: Response, status: number) => {
    const text = await response.text();
    assert.equal(response.status, status, text);
    return text ? JSON.parse(text) : undefined;
  };
  const eventsOf = async (adhesionId: string) =>
    (await h.adhesion.deps.dataSource.query(
      "SELECT routing_key AS type, envelope->'data' AS data FROM outbox WHERE envelope->>'subject' = $1 ORDER BY seq",
      [adhesionId],
    )) as { type: string; data: Record<string, unknown> }[];

  test('when a Comune sends an ipotesi-A adhesion, withdraws it, sends it again and the RUP rejects it, then it is back in bozza: sent again as it is, or deleted and round 0 repeated, which the RUP approves', async () => {
    const draft = await json(
      await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
        ipotesi: 'A',
        amountCents: 12_000_00,
      }),
      201,
    );
    assert.match(draft.code, new RegExp(`^A\\d{6}/${new Date().getFullYear()}$`));
    assert.equal(draft.status, 'bozza');
    assert.equal(draft.contract.ceilingCents, 100_000_00, 'step 2 shows the contract amount');
    assert.deepEqual(
      draft.rounds.map((round: { requirements: { name: string }[] }) =>
        round.requirements.map((r) => r.name),
      ),
      [['Manifestazione di interesse']],
      'ipotesi A asks only the manifestation of interest',
    );

    const missing = await json(
      await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`),
      422,
    );
    assert.match(missing.detail, /Manifestazione di interesse/);
    const uploaded = await json(
      await h.upload('buyerPrato', draft.id, '0-1', h.signedPdf, 'manifestazione.pdf.p7m'),
      200,
    );
    assert.equal(uploaded.signature.signerFiscalCode, 'FRRLCU68M20B354K');
    assert.equal(uploaded.sha256, createHash('sha256').update(h.signedPdf).digest('hex'));
    // A document uploaded to a draft can be removed, and uploaded again.
    await json(
      await h.call('buyerPrato', 'DELETE', `/api/v1/adhesions/${draft.id}/documents/0-1`),
      204,
    );
    const withoutIt = await json(
      await h.call('buyerPrato', 'GET', `/api/v1/adhesions/${draft.id}`),
      200,
    );
    assert.equal(withoutIt.rounds[0].requirements[0].document, null);
    await json(
      await h.call('buyerPrato', 'DELETE', `/api/v1/adhesions/${draft.id}/documents/0-1`),
      404,
    );
    await json(
      await h.upload('buyerPrato', draft.id, '0-1', h.signedPdf, 'manifestazione.pdf.p7m'),
      200,
    );

    const sent = await json(
      await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`),
      200,
    );
    assert.equal(sent.status, 'inviata');
    assert.ok(sent.submittedAt);
    assert.equal(
      (await json(await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`), 409))
        .code,
      'ADHESION_NOT_SENDABLE',
      'submitting twice',
    );
    assert.equal(
      (await json(await h.call('buyerPrato', 'DELETE', `/api/v1/adhesions/${draft.id}`), 409))
        .detail,
      "Un'adesione inviata non si elimina: ritira prima l'invio.",
    );
    assert.equal(
      (
        await json(
          await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/withdraw`),
          200,
        )
      ).status,
      'bozza',
    );
    await json(await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`), 200);

    const rejected = await json(
      await h.call('rupRegione', 'POST', `/api/v1/adhesions/${draft.id}/rounds/0/reject`, {
        reason: 'Importo non coerente con il piano dei fabbisogni condiviso.',
      }),
      200,
    );
    assert.equal(rejected.status, 'bozza');
    assert.equal(
      rejected.rejection.reason,
      'Importo non coerente con il piano dei fabbisogni condiviso.',
    );
    assert.equal(
      (
        await json(
          await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/withdraw`),
          409,
        )
      ).code,
      'ADHESION_NOT_WITHDRAWABLE',
      'withdraw after evaluation',
    );
    // «Richiedi adesione» is not offered again while the returned draft is there (seed 001).
    const blocked = await json(
      await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
        ipotesi: 'A',
        amountCents: 12_000_00,
      }),
      409,
    );
    assert.match(blocked.detail, /elimina la bozza e ripeti il round 0/);
    // The returned draft may be sent again as it is («cliccare nuovamente su invia»)…
    const resent = await json(
      await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`),
      200,
    );
    assert.equal(resent.status, 'inviata');
    await json(await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${draft.id}/withdraw`), 200);
    // …or, to change it, deleted: round 0 is then repeated.
    await json(await h.call('buyerPrato', 'DELETE', `/api/v1/adhesions/${draft.id}`), 204);
    await json(await h.call('buyerPrato', 'GET', `/api/v1/adhesions/${draft.id}`), 404);

    const again = await json(
      await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
        ipotesi: 'A',
        amountCents: 12_000_00,
      }),
      201,
    );
    assert.equal(
      Number(again.code.slice(1, 7)),
      Number(draft.code.slice(1, 7)) + 1,
      'the next code; the deleted one is not reused',
    );
    await json(await h.upload('buyerPrato', again.id, '0-1', h.signedPdf), 200);
    await json(await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${again.id}/submit`), 200);
    assert.equal(
      (
        await json(
          await h.call('rupRegione', 'POST', `/api/v1/adhesions/${again.id}/rounds/0/take-charge`),
          200,
        )
      ).status,
      'in-valutazione',
    );
    assert.equal(
      (
        await json(
          await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${again.id}/withdraw`),
          409,
        )
      ).code,
      'ADHESION_NOT_WITHDRAWABLE',
      'withdraw once taken in charge',
    );
    const approved = await json(
      await h.call('rupRegione', 'POST', `/api/v1/adhesions/${again.id}/rounds/0/approve`),
      200,
    );
    assert.equal(
      approved.status,
      'approvata',
      'ipotesi A has no round 1 documents: approving round 0 approves the adhesion',
    );
    assert.ok(approved.approvedAt);

    const ceiling = await json(
      await h.call('rupRegione', 'GET', `/api/v1/contracts/${contractId}/ceiling`),
      200,
    );
    assert.equal(ceiling.reservedCents, 12_000_00);
    assert.ok(
      ceiling.movements.some(
        (movement: { reference: string; kind: string }) =>
          movement.reference === again.id && movement.kind === 'reserved',
      ),
    );
    assert.deepEqual(
      (await eventsOf(draft.id)).map((event) => event.type),
      [
        'adhesion.adhesion.submitted.v1',
        'adhesion.adhesion.withdrawn.v1',
        'adhesion.adhesion.submitted.v1',
        'adhesion.adhesion.round-rejected.v1',
        'adhesion.adhesion.submitted.v1',
        'adhesion.adhesion.withdrawn.v1',
        'adhesion.adhesion.deleted.v1',
      ],
    );
    const approvedEvent = defined(
      (await eventsOf(again.id)).find((event) => event.type === 'adhesion.adhesion.approved.v1'),
    );
    assert.deepEqual(
      [
        approvedEvent.data.banditoreAgencyId,
        approvedEvent.data.agencyId,
        (approvedEvent.data.sender as { profileId: string }).profileId,
      ],
      [agencies.regione, agencies.prato, 'prof-buyer-prato'],
      'the event addresses the banditore, the agency and the sender',
    );
    const history = approved.history.map(
      (entry: { action: string; profileId: string }) => `${entry.action}:${entry.profileId}`,
    );
    assert.deepEqual(history, [
      'created:prof-buyer-prato',
      'submitted:prof-buyer-prato',
      'taken-in-charge:prof-rup-regione',
      'roundApproved:prof-rup-regione',
      'approved:prof-rup-regione',
    ]);
  });

  test('when an ipotesi-B adhesion goes through both rounds, then plan and project are required in round 0, the DPA in round 1, and the last approval reserves the amount', async () => {
    const draft = await json(
      await h.call('rupPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
        ipotesi: 'B',
        amountCents: 30_000_00,
      }),
      201,
    );
    await json(await h.upload('rupPrato', draft.id, '0-1', h.signedPdf), 200);
    const missing = await json(
      await h.call('rupPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`),
      422,
    );
    assert.deepEqual(missing.missing, ['0-2', '0-3']);
    assert.equal(
      (await json(await h.upload('rupPrato', draft.id, '1-1', h.signedPdf), 409)).code,
      'ROUND_NOT_OPEN',
      'round 1 opens only after round 0 is approved',
    );
    await json(await h.upload('rupPrato', draft.id, '0-2', h.signedPdf), 200);
    const plainPdf = (await import('@app/signed-documents/testing')).simplePdf(
      'Progetto dei fabbisogni',
    );
    assert.equal(
      (await json(await h.upload('rupPrato', draft.id, '0-3', plainPdf, 'progetto.pdf'), 200))
        .signature,
      null,
      'the project need not be signed',
    );
    await json(await h.call('rupPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`), 200);
    const round0 = await json(
      await h.call('rupRegione', 'POST', `/api/v1/adhesions/${draft.id}/rounds/0/approve`),
      200,
    );
    assert.deepEqual([round0.status, round0.currentRound], ['bozza', 1]);
    assert.equal(
      (
        await json(
          await h.call('rupRegione', 'POST', `/api/v1/adhesions/${draft.id}/rounds/1/approve`),
          409,
        )
      ).code,
      'ADHESION_NOT_PENDING',
      'approving a draft',
    );
    await json(await h.upload('rupPrato', draft.id, '1-1', h.signedPdf, 'dpa.pdf.p7m'), 200);
    await json(await h.call('rupPrato', 'POST', `/api/v1/adhesions/${draft.id}/submit`), 200);
    const before = await json(
      await h.call('rupRegione', 'GET', `/api/v1/contracts/${contractId}/ceiling`),
      200,
    );
    const approved = await json(
      await h.call('rupRegione', 'POST', `/api/v1/adhesions/${draft.id}/rounds/1/approve`),
      200,
    );
    assert.equal(approved.status, 'approvata');
    const afterwards = await json(
      await h.call('rupRegione', 'GET', `/api/v1/contracts/${contractId}/ceiling`),
      200,
    );
    assert.equal(afterwards.reservedCents - before.reservedCents, 30_000_00);
    const types = (await eventsOf(draft.id)).map((event) => `${event.type}@${event.data.round}`);
    assert.deepEqual(types, [
      'adhesion.adhesion.submitted.v1@0',
      'adhesion.adhesion.round-approved.v1@0',
      'adhesion.adhesion.submitted.v1@1',
      'adhesion.adhesion.round-approved.v1@1',
      'adhesion.adhesion.approved.v1@1',
    ]);

    const download = await h.call(
      'rupRegione',
      'GET',
      `/api/v1/adhesions/${draft.id}/files/${approved.rounds[0].requirements[2].document.id}`,
    );
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.ok(
      Buffer.from(await download.arrayBuffer()).equals(plainPdf),
      'the banditore downloads the file as uploaded',
    );
  });

  test('when an approval does not fit the remaining ceiling, then it is refused with the remaining amount and the adhesion stays pending', async () => {
    const small = await h.publishContract(cloudLike('Z010000045', 10_000_00));
    const draft = await json(
      await h.call('buyerPrato', 'POST', `/api/v1/contracts/${small}/adhesions`, {
        ipotesi: 'A',
        amountCents: 10_000_00,
      }),
      201,
    );
    const other = await json(
      await h.call('buyerFirenze', 'POST', `/api/v1/contracts/${small}/adhesions`, {
        ipotesi: 'A',
        amountCents: 4_000_00,
      }),
      201,
    );
    for (const [who, id] of [
      ['buyerPrato', draft.id],
      ['buyerFirenze', other.id],
    ] as const) {
      await json(await h.upload(who, id, '0-1', h.signedPdf), 200);
      await json(await h.call(who, 'POST', `/api/v1/adhesions/${id}/submit`), 200);
    }
    await json(
      await h.call('rupRegione', 'POST', `/api/v1/adhesions/${other.id}/rounds/0/approve`),
      200,
    );
    const refused = await json(
      await h.call('rupRegione', 'POST', `/api/v1/adhesions/${draft.id}/rounds/0/approve`),
      409,
    );
    assert.equal(refused.code, 'CEILING_EXCEEDED');
    assert.match(refused.detail, /residuo: 6\.000,00\s€/);
    assert.equal(refused.remainingCents, 6_000_00);
    assert.equal(
      (await json(await h.call('buyerPrato', 'GET', `/api/v1/adhesions/${draft.id}`), 200)).status,
      'inviata',
    );

    await json(await h.call('rupRegione', 'POST', `/api/v1/contracts/${small}/suspend`), 200);
    const suspended = await json(
      await h.call('rupRegione', 'POST', `/api/v1/adhesions/${draft.id}/rounds/0/approve`),
      409,
    );
    assert.equal(suspended.code, 'CONTRACT_NOT_OPEN', "catalog's refusal reaches the RUP as it is");
  });

  test('when the same creation is sent twice with one Idempotency-Key, then one adhesion and one code come of it', async () => {
    const headers = { 'idempotency-key': `crea-${Date.now()}` };
    const first = await json(
      await h.call(
        'buyerFirenze',
        'POST',
        `/api/v1/contracts/${contractId}/adhesions`,
        { ipotesi: 'A', amountCents: 1_000_00 },
        headers,
      ),
      201,
    );
    const second = await json(
      await h.call(
        'buyerFirenze',
        'POST',
        `/api/v1/contracts/${contractId}/adhesions`,
        { ipotesi: 'A', amountCents: 1_000_00 },
        headers,
      ),
      201,
    );
    assert.equal(second.id, first.id);
    assert.equal(second.code, first.code);
  });

  test('when the OpenAPI document is read, then the upload route is described as multipart with its file field', async () => {
    const document = await (await fetch(`${h.adhesion.url}/openapi.json`)).json();
    const upload = document.paths['/api/v1/adhesions/{id}/documents/{requirementId}'].put;
    assert.deepEqual(upload.requestBody.content['multipart/form-data'].schema.required, ['file']);
    assert.ok(document.paths['/api/v1/adhesions/{id}/rounds/{round}/approve'].post);
  });
});
