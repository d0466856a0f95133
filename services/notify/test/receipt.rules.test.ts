import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bareMessageId, readDaticert, stateAfter } from '../src/pec/receipt.rules.js';

describe('what a PEC receipt means for the message', () => {
  it('moves forward only: accepted, then delivered or not; a late acceptance undoes nothing', () => {
    assert.equal(stateAfter(null, 'accettazione', true), 'accettato');
    assert.equal(stateAfter('accettato', 'avvenuta-consegna', true), 'consegnato');
    assert.equal(stateAfter('accettato', 'errore-consegna', true), 'non-consegnato');
    assert.equal(stateAfter('consegnato', 'accettazione', true), 'consegnato');
    assert.equal(stateAfter(null, 'non-accettazione', true), 'non-consegnato');
  });

  it('changes nothing on a receipt whose signature does not verify', () => {
    assert.equal(stateAfter('consegnato', 'errore-consegna', false), 'consegnato');
    assert.equal(stateAfter(null, 'avvenuta-consegna', false), null);
  });

  it('reads daticert.xml: type, original message id (unescaped), mailbox and error', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest"><intestazione><mittente>a@pec.example</mittente></intestazione>
<dati><msgid>&lt;abc@pec.example&gt;</msgid><consegna>b@pec.invalid</consegna><errore-esteso>5.1.1 - Casella inesistente</errore-esteso></dati></postacert>`;
    assert.deepEqual(readDaticert(xml), {
      kind: 'errore-consegna',
      messageId: '<abc@pec.example>',
      recipient: 'b@pec.invalid',
      error: '5.1.1 - Casella inesistente',
    });
    assert.equal(readDaticert('<postacert><dati/></postacert>'), undefined);
    assert.equal(bareMessageId(' <abc@pec.example> '), 'abc@pec.example');
  });
});
