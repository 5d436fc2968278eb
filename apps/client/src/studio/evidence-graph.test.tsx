import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceGraph } from './evidence-graph.js';
import type { Chains } from './outline.js';

/** A chain of three items, the last revealing a fact; a second root beside the first. */
const CHAINS: Chains = {
  nodes: [
    { key: 'evidence:a', kind: 'evidence', name: 'Server logs', line: 10, depth: 0 },
    { key: 'evidence:b', kind: 'evidence', name: 'Payment records', line: 20, depth: 1 },
    {
      key: 'evidence:c',
      kind: 'evidence',
      name: 'The administrator’s mailbox at the hosting company',
      line: 30,
      depth: 2,
    },
    { key: 'evidence:d', kind: 'evidence', name: 'Victim reports', line: 40, depth: 0 },
    { key: 'fact:f', kind: 'fact', name: 'The seller lives in Eastland', line: 50, depth: 3 },
  ],
  edges: [
    { from: 'evidence:a', to: 'evidence:b' },
    { from: 'evidence:b', to: 'evidence:c' },
    { from: 'evidence:c', to: 'fact:f' },
  ],
};

const box = (name: RegExp | string) => screen.getByRole('button', { name });

describe('the evidence graph', () => {
  it('puts each box in the column of its depth, rows in the draft’s order within a column', () => {
    render(<EvidenceGraph chains={CHAINS} onGo={() => undefined} />);
    expect([
      box('Evidence item: Server logs').style.left,
      box('Evidence item: Server logs').style.top,
    ]).toEqual(['8px', '8px']);
    // The second item at depth 0 goes under the first.
    expect([
      box('Evidence item: Victim reports').style.left,
      box('Evidence item: Victim reports').style.top,
    ]).toEqual(['8px', '64px']);
    expect(box('Evidence item: Payment records').style.left).toBe('238px');
    expect(box(/^Evidence item: The administrator/).style.left).toBe('468px');
    expect(box('Fact: The seller lives in Eastland').style.left).toBe('698px');
  });

  it('draws one arrow per thing revealed, beneath the boxes and hidden from screen readers', () => {
    const { container } = render(<EvidenceGraph chains={CHAINS} onGo={() => undefined} />);
    expect(container.querySelectorAll('path.studio-graph-edge')).toHaveLength(3);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shortens a long name in its box, keeping the whole name as its title and accessible name', () => {
    render(<EvidenceGraph chains={CHAINS} onGo={() => undefined} />);
    const long = box('Evidence item: The administrator’s mailbox at the hosting company');
    expect(long.textContent).toBe('The administrator’s mai…');
    expect(long.getAttribute('title')).toBe('The administrator’s mailbox at the hosting company');
  });

  it('says what it shows in words: items, facts, columns and how to read the boxes', () => {
    render(<EvidenceGraph chains={CHAINS} onGo={() => undefined} />);
    expect(
      screen.getByText(
        /^Evidence chains: 4 evidence items and 1 fact they reveal, in 4 columns\. Square boxes/,
      ),
    ).toBeTruthy();
  });

  it('goes to a box’s line by mouse or keyboard, and draws nothing for a draft without evidence', async () => {
    const onGo = vi.fn();
    const { unmount } = render(<EvidenceGraph chains={CHAINS} onGo={onGo} />);
    await userEvent.click(box('Evidence item: Payment records'));
    expect(onGo).toHaveBeenLastCalledWith(20);
    box('Fact: The seller lives in Eastland').focus();
    await userEvent.keyboard('{Enter}');
    expect(onGo).toHaveBeenLastCalledWith(50);
    unmount();
    const { container } = render(<EvidenceGraph chains={{ nodes: [], edges: [] }} onGo={onGo} />);
    expect(container.innerHTML).toBe('');
  });
});
