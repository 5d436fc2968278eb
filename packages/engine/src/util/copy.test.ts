import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copy } from './copy.js';

describe('copy', () => {
  it('copies deeply: changing the copy leaves the original as it was', () => {
    const original = {
      id: 'req-1',
      contents: { a: 'text' },
      warnings: [{ at: 1, text: 'x' }],
      outcome: null,
    };
    const copied = copy(original);
    expect(copied).toEqual(original);
    copied.contents.a = 'changed';
    copied.warnings[0] = { at: 2, text: 'y' };
    copied.warnings.push({ at: 3, text: 'z' });
    expect(original).toEqual({
      id: 'req-1',
      contents: { a: 'text' },
      warnings: [{ at: 1, text: 'x' }],
      outcome: null,
    });
  });

  it('copies a "__proto__" key as data, without changing the prototype', () => {
    const copied = copy(JSON.parse('{"__proto__": {"polluted": true}}') as object);
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
    expect(Object.keys(copied)).toEqual(['__proto__']);
  });

  // A request has 40 fields. Copying it field by field under computed keys left it in V8's
  // dictionary mode (about five times the memory): the server held half the sessions.
  it('keeps a large entity in V8 fast mode, as its original', () => {
    const module = fileURLToPath(new URL('./copy.ts', import.meta.url));
    const script = `
      const { copy } = await import(${JSON.stringify(module)});
      const entity = {};
      for (let i = 0; i < 40; i++) entity['field' + i] = i % 2 ? 'text' : { nested: [i] };
      const fast = (o) => new Function('o', 'return %HasFastProperties(o)')(o);
      const literal = JSON.parse(JSON.stringify(entity));
      console.log(JSON.stringify([fast(literal), fast(copy(literal)), fast(copy(copy(literal)))]));`;
    const output = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(output)).toEqual([true, true, true]);
  });
});
