import type { TimelineItem } from '@crossborder/report';
import { describe, expect, it } from 'vitest';
import { spread } from './timeline.js';

const item = (seq: number, at: number): TimelineItem => ({
  seq,
  at,
  lane: 'aldoria',
  category: 'request',
  text: `event ${seq}`,
  violation: null,
});

describe('marks on a lane', () => {
  it('sit at their time, and side by side when they would overlap', () => {
    const placed = spread([item(0, 500), item(1, 500), item(2, 504), item(3, 800)], 1000);
    expect(placed.map(({ item: { seq }, left }) => [seq, left])).toEqual([
      // 50% and 50.4% round to the same hundredth of the lane: centred around it.
      [0, 'calc(50% + -1.45rem)'],
      [1, 'calc(50% + 0.00rem)'],
      [2, 'calc(50% + 1.45rem)'],
      [3, 'calc(80% + 0.00rem)'],
    ]);
  });

  it('stay on the lane at its ends: growing rightwards from the start, leftwards from the end', () => {
    expect(spread([item(0, 0), item(1, 0)], 1000).map(({ left }) => left)).toEqual([
      'calc(0% + 0.00rem)',
      'calc(0% + 1.45rem)',
    ]);
    expect(spread([item(0, 1000), item(1, 1000)], 1000).map(({ left }) => left)).toEqual([
      'calc(100% + -1.45rem)',
      'calc(100% + 0.00rem)',
    ]);
  });
});
