import type { View } from '@crossborder/engine';
import type { ServerMessages } from '@crossborder/protocol';
import { describe, expect, it } from 'vitest';
import { receive } from './updates.js';

const view = { role: 'observer', ended: false } as unknown as View;

describe('receiving updates', () => {
  it('applies the next update in sequence', () => {
    const received = receive(4, view, {
      seq: 5,
      patch: [{ op: 'set', path: ['ended'], value: true }],
      log: [],
    });
    expect(received).toEqual({ kind: 'applied', seq: 5, view: { role: 'observer', ended: true } });
  });
  it('ignores an update it already has', () => {
    expect(receive(4, view, { seq: 4, patch: [], log: [] })).toEqual({ kind: 'stale' });
  });
  it('notices a missed update (and so asks for a snapshot)', () => {
    expect(receive(4, view, { seq: 6, patch: [], log: [] })).toEqual({ kind: 'gap', expected: 5, got: 6 });
  });
  it('asks for a snapshot when an update cannot be applied, rather than keep a wrong view', () => {
    const unknown = { op: 'rotate', path: ['ended'] } as unknown as ServerMessages['update']['patch'][number];
    expect(receive(4, view, { seq: 5, patch: [unknown], log: [] })).toEqual({ kind: 'unreadable', seq: 5 });
    const nowhere = {
      op: 'append',
      path: ['ended'],
      values: [1],
    } as ServerMessages['update']['patch'][number];
    expect(receive(4, view, { seq: 5, patch: [nowhere], log: [] })).toEqual({ kind: 'unreadable', seq: 5 });
  });
});
