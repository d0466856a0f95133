import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { simplePdf } from '@app/signed-documents/testing';
import { cloudLike, startHarness, type Harness } from './harness.js';
import { defined } from '@app/platform/errors';

describe('adhesion: bad input, other agencies, and fifty at once', () => {
  let h: Harness;
  let contractId: string;
  let pratoDraft: { id: string };

  before(async () => {
    h = await startHarness();
    contractId = await h.publishContract(cloudLike('7154112FF8', 500_000_00));
    await h.publishContract(cloudLike('Z0100010F0', 100_000_00), 'rupEstar');
    pratoDraft = await (
      await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
        ipotesi: 'A',
        amountCents: 5_000_00,
      })
    ).json();
  });
  after(() => h.stop());

  const problem = async (response: Response, status: number) => {
    const text = await response.text();
    assert.equal(response.status, status, text);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    return JSON.parse(text) as { code: string; detail: string };
  };
  const stored = async () =>
    (
      await h.adhesion.deps.dataSource.query(
        'SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM adhesion_documents)::int AS links',
      )
    )[0];

  test('when the amount is zero, negative or not whole cents, then 400 and no adhesion or code is taken', async () => {
    const [{ n: before }] = await h.adhesion.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM adhesions',
    );
    for (const amountCents of [0, -100, 12.5]) {
      const refused = await problem(
        await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
          ipotesi: 'A',
          amountCents,
        }),
        400,
      );
      assert.match(JSON.stringify(refused), /importo/i);
    }
    await problem(
      await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
        ipotesi: 'C',
        amountCents: 100,
      }),
      400,
    );
    assert.match(
      (
        await problem(
          await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
            ipotesi: 'A',
            amountCents: 900_000_00,
          }),
          400,
        )
      ).detail,
      /supera il massimale del contratto/,
    );
    const [{ n: afterwards }] = await h.adhesion.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM adhesions',
    );
    assert.equal(afterwards, before);
  });

  test('when a document is wrong (a plan in ipotesi A, unsigned where a signature is required, an untrusted signer, not a PDF, 200 MB), then a clear 4xx and nothing is stored', async () => {
    const before = await stored();
    assert.match(
      (await problem(await h.upload('buyerPrato', pratoDraft.id, '0-2', h.signedPdf), 400)).detail,
      /Nell'ipotesi A non si carica "Piano dei fabbisogni"/,
    );
    assert.equal(
      (
        await problem(
          await h.upload(
            'buyerPrato',
            pratoDraft.id,
            '0-1',
            simplePdf('non firmato'),
            'manifestazione.pdf',
          ),
          422,
        )
      ).code,
      'SIGNATURE_REQUIRED',
    );
    assert.equal(
      (
        await problem(
          await h.upload(
            'buyerPrato',
            pratoDraft.id,
            '0-1',
            h.fixtures.stranger.cades(simplePdf('firma estranea')),
          ),
          422,
        )
      ).code,
      'SIGNATURE_UNTRUSTED',
    );
    const tampered = Buffer.from(h.signedPdf);
    tampered[tampered.indexOf('Manifestazione')] = 'X'.charCodeAt(0);
    assert.equal(
      (await problem(await h.upload('buyerPrato', pratoDraft.id, '0-1', tampered), 422)).code,
      'SIGNATURE_INVALID',
    );
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(2048, 7)]);
    assert.equal(
      (
        await problem(
          await h.upload('buyerPrato', pratoDraft.id, '0-1', png, 'manifestazione.pdf'),
          415,
        )
      ).code,
      'DOCUMENT_TYPE_NOT_ALLOWED',
    );
    const huge = new Blob([new Uint8Array(200 * 1_048_576)]);
    assert.match(
      (await problem(await h.upload('buyerPrato', pratoDraft.id, '0-1', huge, 'enorme.pdf'), 413))
        .detail,
      /dimensione massima ammessa di 20 MB/,
    );
    assert.deepEqual(await stored(), before);
  });

  test('when another Comune or another banditore reads or acts on an adhesion, then 404; a buyer approving gets 403; the RUP of the adhering Comune gets 403', async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['POST', '/submit'],
      ['POST', '/withdraw'],
      ['DELETE', ''],
      ['PUT', ''],
    ] as const) {
      await problem(
        await h.call(
          'buyerFirenze',
          method,
          `/api/v1/adhesions/${pratoDraft.id}${path}`,
          method === 'PUT' ? { amountCents: 1 } : undefined,
        ),
        404,
      );
    }
    await problem(await h.upload('buyerFirenze', pratoDraft.id, '0-1', h.signedPdf), 404);
    const listed = await (
      await h.call('buyerFirenze', 'GET', `/api/v1/contracts/${contractId}/adhesions`)
    ).json();
    assert.ok(
      !listed.some((adhesion: { id: string }) => adhesion.id === pratoDraft.id),
      'another Comune does not see it in Elenco adesioni',
    );
    const banditoreList = await (
      await h.call('rupRegione', 'GET', `/api/v1/contracts/${contractId}/adhesions`)
    ).json();
    assert.ok(
      banditoreList.some((adhesion: { id: string }) => adhesion.id === pratoDraft.id),
      'the banditore sees every adhesion to its contract',
    );

    await h.upload('buyerPrato', pratoDraft.id, '0-1', h.signedPdf);
    assert.equal(
      (await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${pratoDraft.id}/submit`)).status,
      200,
    );
    assert.equal(
      (
        await problem(
          await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${pratoDraft.id}/rounds/0/approve`),
          403,
        )
      ).code,
      'ROLE_REQUIRED',
    );
    // Another banditore is no party to it: like another Comune it does not learn the adhesion exists (the database does not show it).
    assert.equal(
      (
        await problem(
          await h.call('rupEstar', 'POST', `/api/v1/adhesions/${pratoDraft.id}/rounds/0/approve`),
          404,
        )
      ).code,
      'NOT_FOUND',
    );
    assert.equal(
      (
        await problem(
          await h.call('rupPrato', 'POST', `/api/v1/adhesions/${pratoDraft.id}/rounds/0/approve`),
          403,
        )
      ).code,
      'NOT_BANDITORE',
    );
    assert.equal(
      (
        await problem(
          await h.call('rupRegione', 'PUT', `/api/v1/adhesions/${pratoDraft.id}`, {
            amountCents: 1,
          }),
          403,
        )
      ).code,
      'NOT_ADHERING_AGENCY',
    );
    assert.equal(
      (await (await h.call('buyerPrato', 'GET', `/api/v1/adhesions/${pratoDraft.id}`)).json())
        .status,
      'inviata',
      'nothing changed',
    );
  });

  test('when fifty adhesions are created and approved at once against a ceiling that fits ten, then codes are unique and consecutive and exactly ten are approved', async () => {
    const small = await h.publishContract(cloudLike('Z0100020A0', 50_000_00));
    const created = await Promise.all(
      Array.from({ length: 50 }, () =>
        h
          .call('buyerPrato', 'POST', `/api/v1/contracts/${small}/adhesions`, {
            ipotesi: 'A',
            amountCents: 5_000_00,
          })
          .then((r) => r.json()),
      ),
    );
    const numbers = created
      .map((adhesion: { code: string }) => Number(adhesion.code.slice(1, 7)))
      .sort((a, b) => a - b);
    assert.equal(new Set(numbers).size, 50);
    assert.equal(defined(numbers.at(-1)) - defined(numbers[0]), 49, 'consecutive: no gaps');
    for (const adhesion of created) {
      assert.equal((await h.upload('buyerPrato', adhesion.id, '0-1', h.signedPdf)).status, 200);
      assert.equal(
        (await h.call('buyerPrato', 'POST', `/api/v1/adhesions/${adhesion.id}/submit`)).status,
        200,
      );
    }
    const answers = await Promise.all(
      created.map((adhesion: { id: string }) =>
        h.call('rupRegione', 'POST', `/api/v1/adhesions/${adhesion.id}/rounds/0/approve`),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 200).length, 10);
    assert.equal(statuses.filter((status) => status === 409).length, 40);
    const ceiling = await (
      await h.call('rupRegione', 'GET', `/api/v1/contracts/${small}/ceiling`)
    ).json();
    assert.deepEqual([ceiling.reservedCents, ceiling.remainingCents], [50_000_00, 0]);
    const [{ n }] = await h.adhesion.deps.dataSource.query(
      `SELECT count(*)::int AS n FROM adhesions WHERE contract_id = $1 AND status = 'approvata'`,
      [small],
    );
    assert.equal(n, 10);
  });
});
