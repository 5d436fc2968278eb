import { describe, expect, it } from 'vitest';
import { closest, editDistance, listForMessage } from './did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('holder', 'holder')).toBe(0);
    expect(editDistance('holdr', 'holder')).toBe(1);
    expect(editDistance('kestrel-isp', 'kestrel-net')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  it('suggests a near miss', () => {
    expect(closest('holdr', ['kind', 'holder', 'title'])).toBe('holder');
    expect(closest('evidnce', ['facts', 'evidence'])).toBe('evidence');
  });
  it('suggests a case-only difference whatever the length', () => {
    expect(closest('TZ', ['tz', 'name'])).toBe('tz');
  });
  it('stays quiet when nothing is close', () => {
    expect(closest('kestrel-isp', ['kestrel-net', 'harbor-cloud'])).toBeUndefined();
    expect(closest('xyz', [])).toBeUndefined();
  });
});

describe('listForMessage', () => {
  it('lists a few items and counts the rest', () => {
    expect(listForMessage([])).toBe('(none)');
    expect(listForMessage(['a', 'b'])).toBe('a, b');
    expect(listForMessage(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });
});
