import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestDefaults } from '../model/defaults.js';
import { diff, diffEntry } from './diff.js';
import { applyPatch, PatchError, type PatchOp, TEMPLATES } from './patch.js';

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

  it('replace arrays whole unless they grew at the end, and report nothing when nothing changed', () => {
    expect(diff({ list: [1, 2, 3] }, { list: [1, 2] })).toEqual([
      { op: 'set', path: ['list'], value: [1, 2] },
    ]);
    expect(diff({ list: [1, 2] }, { list: [0, 2, 3] })).toEqual([
      { op: 'set', path: ['list'], value: [0, 2, 3] },
    ]);
    expect(diff({ list: [1, 2] }, { list: [2, 1] })).toEqual([{ op: 'set', path: ['list'], value: [2, 1] }]);
    expect(diff({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } })).toEqual([]);
  });

  describe('an array that grew at its end', () => {
    const message = (text: string) => ({ from: 'aldoria', at: 5, text });

    it('travels as the items added', () => {
      expect(diff({ list: [1, 2] }, { list: [1, 2, 3, 4] })).toEqual([
        { op: 'append', path: ['list'], values: [3, 4] },
      ]);
      expect(diff({ list: [] }, { list: ['a'] })).toEqual([{ op: 'append', path: ['list'], values: ['a'] }]);
    });

    it('whose earlier items are the same objects, or equal copies of them (evolve copies what it changes)', () => {
      const first = Object.freeze(message('first'));
      const shared = diff({ messages: [first] }, { messages: [first, message('second')] });
      const copied = diff({ messages: [first] }, { messages: [{ ...first }, message('second')] });
      for (const ops of [shared, copied])
        expect(ops).toEqual([{ op: 'append', path: ['messages'], values: [message('second')] }]);
      // A copy that differs is a change, not an append.
      expect(diff({ messages: [first] }, { messages: [message('edited'), message('second')] })).toEqual([
        { op: 'set', path: ['messages'], value: [message('edited'), message('second')] },
      ]);
    });

    it('costs what was added, however long the array', () => {
      const long = 'x'.repeat(4000);
      const thread = Array.from({ length: 60 }, () => message(long));
      const before = { consultations: { c1: { messages: thread } } };
      const after = { consultations: { c1: { messages: [...thread.map((m) => ({ ...m })), message('y')] } } };
      const ops = diff(before, after);
      expect(JSON.stringify(ops).length).toBeLessThan(200);
      expect(applyPatch(before, ops)).toEqual(after);
      expect(before.consultations.c1.messages).toHaveLength(60);
    });

    it('round-trip: applying diff(a, a + more) to a gives a + more, as one append', () => {
      const item = fc.oneof(
        fc.string(),
        fc.integer(),
        fc.dictionary(fc.constantFrom('at', 'text'), fc.string()),
      );
      fc.assert(
        fc.property(fc.array(item), fc.array(item, { minLength: 1 }), (list, more) => {
          const before = { r: { list } };
          const after = { r: { list: [...structuredClone(list), ...more] } };
          const ops = diff(before, after);
          expect(ops).toEqual([{ op: 'append', path: ['r', 'list'], values: more }]);
          expect(applyPatch(before, ops)).toEqual(after);
        }),
      );
    });
  });

  it('refuse an operation they do not know, or an append that finds no array: ask for a snapshot', () => {
    const view = { list: [1], record: { a: 1 } };
    const unknown = { op: 'move', path: ['list'], to: ['other'] } as unknown as PatchOp;
    expect(() => applyPatch(view, [unknown])).toThrow(PatchError);
    expect(() => applyPatch(view, [{ op: 'append', path: ['record'], values: [2] }])).toThrow(PatchError);
    expect(() => applyPatch(view, [{ op: 'append', path: ['missing'], values: [2] }])).toThrow(PatchError);
    const notValues = { op: 'append', path: ['list'], values: 'abc' } as unknown as PatchOp;
    expect(() => applyPatch(view, [notValues])).toThrow(PatchError);
    expect(applyPatch(view, [{ op: 'append', path: ['list'], values: [2] }])).toEqual({
      ...view,
      list: [1, 2],
    });
    expect(view.list).toEqual([1]);
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

  describe('new records sent against their template', () => {
    const request = (overrides: Record<string, unknown>) => ({
      ...requestDefaults(),
      id: 'req-1',
      status: 'received',
      ...overrides,
    });

    it('leave out the fields that still hold their initial values', () => {
      const after = { requests: { 'req-1': request({ urgent: true }) } };
      const ops = diff({ requests: {} }, after);
      expect(ops).toEqual([
        {
          op: 'set',
          path: ['requests', 'req-1'],
          value: { id: 'req-1', status: 'received', urgent: true },
          template: 'requests',
        },
      ]);
      expect(applyPatch({ requests: {} }, ops)).toEqual(after);
      expect(JSON.stringify(ops).length).toBeLessThan(JSON.stringify(after).length / 2);
    });

    it('send a record whole when it lacks a field of the template', () => {
      const partial: Record<string, unknown> = request({});
      delete partial.warnings;
      const ops = diff({ requests: {} }, { requests: { 'req-1': partial } });
      expect(ops).toEqual([{ op: 'set', path: ['requests', 'req-1'], value: partial }]);
    });

    it('give every applied record its own arrays, and leave the template untouched', () => {
      const ops = diff({ requests: {} }, { requests: { a: request({ id: 'a' }), b: request({ id: 'b' }) } });
      const applied = applyPatch({ requests: {} }, ops) as {
        requests: Record<string, { warnings: unknown[] }>;
      };
      applied.requests.a?.warnings.push({ at: 1, text: 'x' });
      expect(applied.requests.b?.warnings).toEqual([]);
      expect(TEMPLATES.requests.warnings).toEqual([]);
      expect(Object.isFrozen(TEMPLATES.requests.warnings)).toBe(true);
    });

    it('round-trip for any record that starts from the template, under any collection', () => {
      const field = fc.constantFrom(...Object.keys(TEMPLATES.requests), 'id', 'extra');
      const value = fc.oneof(
        fc.constant(null),
        fc.boolean(),
        fc.string(),
        fc.constant([]),
        fc.array(fc.integer()),
      );
      const record = fc
        .tuple(fc.dictionary(field, value, { maxKeys: 5 }), fc.boolean())
        .map(([overrides, whole]) => (whole ? { ...requestDefaults(), ...overrides } : overrides));
      const views = fc.record({
        requests: fc.dictionary(fc.constantFrom('r1', 'r2', 'r3'), record, { maxKeys: 3 }),
        cases: fc.dictionary(fc.constantFrom('r1', 'r2'), record, { maxKeys: 2 }),
      });
      fc.assert(
        fc.property(views, views, (a, b) => {
          expect(applyPatch(a, diff(a, b))).toEqual(b);
        }),
      );
    });
  });

  it('diff one entry of a record: added, changed, removed, unchanged', () => {
    const path = ['requests', 'r1'];
    expect(diffEntry(path, undefined, { a: 1 })).toEqual([{ op: 'set', path, value: { a: 1 } }]);
    expect(diffEntry(path, { a: 1, b: 2 }, { a: 1, b: 3 })).toEqual([
      { op: 'set', path: [...path, 'b'], value: 3 },
    ]);
    expect(diffEntry(path, { a: 1 }, undefined)).toEqual([{ op: 'delete', path }]);
    const same = { a: 1 };
    expect(diffEntry(path, same, same)).toEqual([]);
    expect(path).toEqual(['requests', 'r1']);
  });
});
