import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedSentence } from '@app/platform/testing';
import { configSchema } from '../src/config.js';

test('when an Order’s panel does not say how boxes start, then they start active, as seed 004 says', () => {
  assert.match(
    seedSentence(4, 'Le caselle verranno inserite', 'i propri dati anagrafici.'),
    /direttamente nello stato attivo/,
  );
  const accounts = configSchema.shape.PEC_PARTNER_ACCOUNTS.parse(
    JSON.stringify({
      '80024170484': { user: 'partner-fi', password: 'segreta' },
      '80005570504': { user: 'partner-pi', password: 'segreta', attivazione: 'accettazione' },
    }),
  );
  assert.equal(accounts['80024170484']?.attivazione, 'immediata');
  // The member's acceptance first is an option the Order's panel asks for, never the default.
  assert.equal(accounts['80005570504']?.attivazione, 'accettazione');
});
