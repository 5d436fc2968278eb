import { describe, expect, it } from 'vitest';
import { type Changes, changedSince, noteChange, noteRevision, revisionOf } from './changes.js';

describe('changes', () => {
  it('group the changed entities by collection, each noted once, in the order first noted', () => {
    const changes: Changes = new Map();
    noteChange(changes, 'requests', 'req-2');
    noteChange(changes, 'evidence', 'hosting-logs');
    noteChange(changes, 'requests', 'req-1');
    noteChange(changes, 'requests', 'req-2');
    expect([...changes].map(([collection, ids]) => [collection, [...ids]])).toEqual([
      ['requests', ['req-2', 'req-1']],
      ['evidence', ['hosting-logs']],
    ]);
  });
});

describe('revisions of a record', () => {
  it('count the changes and say which entities changed since a revision', () => {
    const record = {};
    expect(revisionOf(record)).toBe(0);
    expect(changedSince(record, 0)).toEqual([]);
    noteRevision(record, 'req-1');
    noteRevision(record, 'req-2');
    noteRevision(record, 'req-1');
    expect(revisionOf(record)).toBe(3);
    expect(changedSince(record, 0)).toEqual(['req-1', 'req-2', 'req-1']);
    expect(changedSince(record, 2)).toEqual(['req-1']);
    expect(changedSince(record, 3)).toEqual([]);
    expect(revisionOf({}), 'another record').toBe(0);
  });

  it('forget what is long past: the reader must then read the whole record', () => {
    const record = {};
    for (let index = 1; index <= 5000; index++) noteRevision(record, `req-${index}`);
    expect(revisionOf(record)).toBe(5000);
    expect(changedSince(record, 0)).toBeUndefined();
    expect(changedSince(record, 4990)).toEqual(Array.from({ length: 10 }, (_, k) => `req-${4991 + k}`));
    expect(changedSince(record, 6000), 'a revision from the future').toBeUndefined();
  });
});
