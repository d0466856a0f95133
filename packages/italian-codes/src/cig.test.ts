import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCig, pcpCig } from './cig.js';

describe('CIG check characters', () => {
  test('when a CIG of each shape is well formed, then it is accepted with its kind', () => {
    for (const [code, kind] of [
      ['K00003EC3A', 'pcp'],
      ['L00003DC3A', 'pcp'],
      ['P000F27E3D', 'pcp'],
      ['P0013869AC', 'pcp'],
      ['9050626CD6', 'simog'],
      ['7154112FF8', 'simog'],
      ['Z063947806', 'smartcig'],
      [' p0013869ac ', 'pcp'],
    ] as const) {
      const check = checkCig(code);
      assert.deepEqual(check, { valid: true, code: code.trim().toUpperCase(), kind }, code);
    }
  });

  test('when a character is changed or the shape is wrong, then the reason says so', () => {
    assert.match((checkCig('P0013869AD') as { reason: string }).reason, /caratteri di controllo/);
    assert.match((checkCig('7154112FF9') as { reason: string }).reason, /caratteri di controllo/);
    assert.match((checkCig('Z163947806') as { reason: string }).reason, /SmartCIG/);
    assert.match((checkCig('P0013869A') as { reason: string }).reason, /10 caratteri/);
    assert.match((checkCig('V0013869AC') as { reason: string }).reason, /formato/);
    assert.match((checkCig('7000000000') as { reason: string }).reason, /formato/);
  });

  test('when the simulator assigns CIGs from a series and a counter, then they are the ones ANAC published and they pass the check', () => {
    assert.equal(pcpCig('K', 0x3e), 'K00003EC3A');
    assert.equal(pcpCig('P', 0x1386), 'P0013869AC');
    for (const counter of [1, 2, 0xabcdef, 0xffffff])
      assert.deepEqual(checkCig(pcpCig('B', counter)), {
        valid: true,
        code: pcpCig('B', counter),
        kind: 'pcp',
      });
    assert.throws(() => pcpCig('V', 1));
  });
});
