import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { limitOffset, pageQuery } from '../src/http/index.js';

const refusal = (query: Record<string, string>) => {
  const parsed = pageQuery.safeParse(query);
  return parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message);
};

describe("a list's page from the query string", () => {
  test('when nothing is asked, then the first 50; otherwise the page asked, as LIMIT and OFFSET', () => {
    assert.deepEqual(pageQuery.parse({}), { page: 1, pageSize: 50 });
    assert.deepEqual(limitOffset(pageQuery.parse({ page: '3', pageSize: '200' })), {
      limit: 200,
      offset: 400,
    });
  });

  test('when the page or its size is not a whole number in range, then the refusal says so in Italian', () => {
    assert.deepEqual(refusal({ pageSize: 'tutte' }), [
      'Le righe per pagina sono un numero intero da 1 a 200.',
    ]);
    assert.deepEqual(refusal({ page: 'prima' }), ['La pagina è un numero intero da 1 in su.']);
    assert.deepEqual(refusal({ page: '1.5' }), ['La pagina è un numero intero da 1 in su.']);
    assert.deepEqual(refusal({ page: '0' }), ['La pagina parte da 1.']);
    assert.deepEqual(refusal({ pageSize: '201' }), ['Al massimo 200 per pagina.']);
    assert.deepEqual(refusal({ pageSize: '0' }), ['Almeno una riga per pagina.']);
  });
});
