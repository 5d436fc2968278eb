import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diff } from './patch.js';

describe('view patches', () => {
  it('describe a change to one leaf as one operation', () => {
    const before = {
      requests: { 'req-1': { status: 'received', contents: { a: 'x' } }, 'req-2': { status: 'sent' } },
    };
    const after = {
      requests: { 'req-1': { status: 'executed', contents: { a: 'x' } }, 'req-2': { status: 'sent' } },
    };
    expect(diff(before, after)).toEqual([
      { op: 'set', path: ['requests', 'req-1', 'status'], value: 'executed' },
    ]);
  });

  it('add and remove entries of a record', () => {
    const ops = diff({ facts: { a: { text: 'A' } } }, { facts: { b: { text: 'B' } } });
    expect(ops).toEqual([
      { op: 'delete', path: ['facts', 'a'] },
      { op: 'set', path: ['facts', 'b'], value: { text: 'B' } },
    ]);
  });

  it('replace arrays whole and report nothing when nothing changed', () => {
    expect(diff({ list: [1, 2] }, { list: [1, 2, 3] })).toEqual([
      { op: 'set', path: ['list'], value: [1, 2, 3] },
    ]);
    expect(diff({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } })).toEqual([]);
  });

  it('leave the target unchanged and never touch prototypes', () => {
    const target = { a: { b: 1 } };
    const patched = applyPatch(target, [{ op: 'set', path: ['a', 'b'], value: 2 }]);
    expect(target.a.b).toBe(1);
    expect(patched).toEqual({ a: { b: 2 } });
    const hostile = applyPatch({}, [{ op: 'set', path: ['__proto__', 'polluted'], value: true }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(hostile).toEqual({});
  });

  it('round-trip: applying diff(a, b) to a gives b, for any plain data', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(applyPatch(a, diff(a, b))).toEqual(b);
      }),
    );
  });
});
