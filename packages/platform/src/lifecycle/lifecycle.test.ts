import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { refusals } from '../errors/index.js';
import { defineLifecycle, mermaidOf, takeStep } from './lifecycle.js';

const why = refusals({ NOT_SENDABLE: { status: 409, title: 'Pratica non inviabile' } });
const practice = () =>
  defineLifecycle({
    entity: 'practice',
    title: 'Pratica',
    initial: ['bozza'],
    states: { bozza: 'Bozza', inviata: 'Inviata', 'in-esame': 'In esame' },
    actions: { sent: 'Pratica inviata', examined: 'Presa in esame' },
    describe: (record: { status: 'bozza' | 'inviata' | 'in-esame'; code: string }) =>
      `la pratica ${record.code} è «${record.status}»`,
    steps: {
      sent: {
        from: ['bozza'],
        to: 'inviata',
        by: 'ente',
        emits: 'practice.sent.v1',
        refusal: why.NOT_SENDABLE,
        refused: 'Impossibile inviare',
        hint: 'serve prima la firma',
      },
      examined: { from: ['inviata'], to: 'in-esame', by: 'sistema', system: true },
    },
  });

describe('declared lifecycles', () => {
  test("when a step leaves a state it does not, then the declared refusal says the record's state in Italian", () => {
    assert.throws(() => practice().check('sent', { status: 'inviata', code: 'P1' }), {
      code: 'NOT_SENDABLE',
      status: 409,
      message: 'Impossibile inviare: la pratica P1 è «inviata»; serve prima la firma.',
    });
    assert.deepEqual(practice().check('sent', { status: 'bozza', code: 'P1' }), {
      step: 'sent',
      action: 'sent',
      audit: 'practice.sent',
      label: 'Pratica inviata',
      from: 'bozza',
      to: 'inviata',
      emits: 'practice.sent.v1',
    });
    assert.equal(practice().can('examined', 'bozza'), false);
  });

  test("when a declaration names an undeclared state, lacks a history label, or a person's step has no refusal, then it does not load", () => {
    const base = {
      entity: 'x',
      title: 'X',
      initial: ['a'] as const,
      states: { a: 'A', b: 'B' },
      actions: { go: 'Vai' },
      describe: () => '',
    };
    assert.throws(
      () =>
        defineLifecycle({
          ...base,
          steps: { go: { from: ['a'], to: 'c' as 'b', by: 'ente', system: true } },
        }),
      /stati non dichiarati c/,
    );
    assert.throws(
      () =>
        defineLifecycle({
          ...base,
          steps: { stay: { from: ['a'], to: 'b', by: 'ente', system: true } },
        }),
      /etichetta della storia/,
    );
    assert.throws(
      () => defineLifecycle({ ...base, steps: { go: { from: ['a'], to: 'b', by: 'ente' } } }),
      /dichiara il rifiuto/,
    );
  });

  test('when a step is taken, then state, history and audit are written in that order; when refused, nothing is', async () => {
    const written: string[] = [];
    const effects = {
      save: async (to: string) => written.push(`stato ${to}`),
      record: async (taken: { action: string; emits?: string }) =>
        written.push(`storia ${taken.action} ${taken.emits}`),
      audit: async (action: string) => written.push(`audit ${action}`),
    };
    await takeStep(practice(), 'sent', { status: 'bozza', code: 'P1' }, effects);
    assert.deepEqual(written, [
      'stato inviata',
      'storia sent practice.sent.v1',
      'audit practice.sent',
    ]);
    await assert.rejects(takeStep(practice(), 'sent', { status: 'inviata', code: 'P1' }, effects), {
      code: 'NOT_SENDABLE',
    });
    assert.equal(written.length, 3);
  });

  test('the Mermaid diagram names every state by its label and every step with who takes it', () => {
    assert.equal(
      mermaidOf(practice()),
      [
        'stateDiagram-v2',
        '  bozza: Bozza',
        '  inviata: Inviata',
        '  in_esame: In esame',
        '  [*] --> bozza',
        '  bozza --> inviata: Pratica inviata (ente)',
        '  inviata --> in_esame: Presa in esame (sistema)',
      ].join('\n'),
    );
  });
});
