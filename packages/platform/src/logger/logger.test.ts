import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { runWithContext } from '../context/index.js';
import { createLogger } from './index.js';

function capture(): { sink: Writable; text: () => string } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { sink, text: () => lines.join('') };
}

test('when a log line carries secrets or personal data, then they are censored', () => {
  const { sink, text } = capture();
  createLogger('test', 'info', sink).info(
    {
      user: { fiscalCode: 'RSSMRA80A01H501U', password: 'segreta-lunga', email: 'a@b.it' },
      token: 'eyJhbGciOi',
    },
    'login',
  );
  for (const secret of ['RSSMRA80A01H501U', 'segreta-lunga', 'a@b.it', 'eyJhbGciOi'])
    assert.ok(!text().includes(secret), `${secret} leaked`);
  assert.match(text(), /\[redacted\]/);
});

test('when logging inside a request context, then the service and correlation id are on the line', () => {
  const { sink, text } = capture();
  const logger = createLogger('catalog', 'info', sink);
  runWithContext({ correlationId: 'corr-42' }, () => logger.info('hello'));
  const line = JSON.parse(text());
  assert.equal(line.correlationId, 'corr-42');
  assert.equal(line.service, 'catalog');
});
