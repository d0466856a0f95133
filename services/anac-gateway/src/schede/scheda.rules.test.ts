import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orchestratorRefusal } from './scheda-orchestrator.rules.js';

test('when an ANN was sent or confirmed, then no scheda of any kind is admitted', () => {
  for (const status of ['inviata', 'confermata']) {
    for (const code of ['SC1', 'I1', 'CO1', 'CO2', 'ANN'] as const) assert.equal(orchestratorRefusal(code, [{ code: 'ANN', status }])?.code, 'APPALTO_ANNULLED');
  }
});

test('when an execution-phase scheda was sent, then ANN is refused and the others pass', () => {
  const others = [{ code: 'SC1' as const, status: 'confermata' }];
  assert.equal(orchestratorRefusal('ANN', others)?.code, 'ANN_NOT_ALLOWED');
  assert.equal(orchestratorRefusal('I1', others), undefined);
});

test('when the other schede are drafts or refused, then they do not count', () => {
  assert.equal(orchestratorRefusal('ANN', [{ code: 'SC1', status: 'bozza' }, { code: 'ANN', status: 'rifiutata' }]), undefined);
});
