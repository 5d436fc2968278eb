import { requestDefaults } from '@crossborder/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diff, diffEntry, TEMPLATES } from './patch.js';

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
