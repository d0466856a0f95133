import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError, defined, toProblem } from './index.js';

test('when an AppError is rendered, then it becomes an RFC 9457 problem with its stable code', () => {
  const problem = toProblem(
    new AppError({
      code: 'CEILING_EXCEEDED',
      status: 409,
      title: 'Massimale superato',
      detail: 'Restano 10,00 €.',
      extensions: { remaining: 1000 },
    }),
    'req-1',
  );
  assert.deepEqual(problem, {
    type: 'https://negozio-elettronico.example/problems/ceiling-exceeded',
    title: 'Massimale superato',
    status: 409,
    detail: 'Restano 10,00 €.',
    code: 'CEILING_EXCEEDED',
    correlationId: 'req-1',
    remaining: 1000,
  });
});

test('when an unknown error is rendered, then it is a 500 that does not leak its message', () => {
  const problem = toProblem(new Error('password=hunter2 at db'));
  assert.equal(problem.status, 500);
  assert.equal(problem.code, 'INTERNAL_ERROR');
  assert.ok(!JSON.stringify(problem).includes('hunter2'));
});

test('when a required value is there, defined returns it; when missing, it says what was missing', () => {
  assert.equal(defined(0), 0);
  assert.equal(defined(''), '');
  assert.throws(() => defined(undefined, 'the order just written'), {
    message: 'the order just written is missing',
  });
  assert.throws(() => defined(null), { message: 'a value is missing' });
});
