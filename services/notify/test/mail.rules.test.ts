import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { afterFailure, smtpCodeOf } from '../src/mail/mail.rules.js';

describe('when a message is tried again', () => {
  const schedule = [10, 60, 300];

  it("waits the schedule's delays while the server is away, then gives up after the last one", () => {
    assert.deepEqual(
      [1, 2, 3].map((attempts) => afterFailure(attempts, schedule, undefined)),
      [{ retryInSeconds: 10 }, { retryInSeconds: 60 }, { retryInSeconds: 300 }],
    );
    assert.deepEqual(afterFailure(4, schedule, undefined), { give: 'up' });
  });

  it('gives up at once on a final refusal (5xx), and tries again on a temporary one (4xx)', () => {
    assert.deepEqual(afterFailure(1, schedule, 550), { give: 'up' });
    assert.deepEqual(afterFailure(1, schedule, 451), { retryInSeconds: 10 });
  });

  it('reads the reply code only when the error has one', () => {
    assert.equal(smtpCodeOf(Object.assign(new Error('x'), { responseCode: 550 })), 550);
    assert.equal(smtpCodeOf(new Error('ECONNREFUSED')), undefined);
    assert.equal(smtpCodeOf(undefined), undefined);
  });
});
