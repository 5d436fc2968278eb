import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { inlineAnalyst } from './analyst.js';
import { BROKEN, lineOf, TEMPLATE } from './fixtures.js';
import { OutlinePanel } from './outline-panel.js';

/** The template with two injects, written in the opposite order to the one they fire in. */
const WITH_INJECTS = TEMPLATE.replace(
  '\nobjectives:\n',
  `
injects:
  later:
    title: The shop moves
    message: The fake shop is now served from another address.
    at: 2d
    audience: all
  sooner:
    title: More victims
    message: Fifty more people report paying the fake shop.
    at: 1d
    audience: [westland]

objectives:
`,
);

const items = (list: string) =>
  within(screen.getByRole('list', { name: list }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the studio’s outline', () => {
  it('lists countries, providers, evidence chains, injects in the order they fire and objectives, by name', async () => {
    render(
      <OutlinePanel outline={(await inlineAnalyst().check(WITH_INJECTS)).outline} onGo={() => undefined} />,
    );
    expect(items('Countries')).toEqual(['Republic of Westland', 'Kingdom of Eastland']);
    expect(items('Providers')).toEqual(['Eastgate Hosting — in Eastland']);
    // The chains drawn, and said in words beside the drawing.
    expect(
      screen.getByText(/^Evidence chains: 1 evidence item and 1 fact they reveal, in 2 columns\./),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Evidence item: Eastgate Hosting account logs' })).toBeTruthy();
    expect(items('Evidence and what it reveals')).toEqual([
      'Eastgate Hosting account logs — reveals The hosting account was always reached from one address in Eastland.',
    ]);
    expect(items('Injects, in the order they fire')).toEqual([
      'Day 2, 00:00More victims',
      'Day 3, 00:00The shop moves',
    ]);
    expect(items('Objectives')).toEqual([
      'Preserve the hosting logs before they are deleted — deadline Day 6, 00:00',
      'Obtain the hosting logs by mutual legal assistance',
    ]);
  });

  it('goes to an entry’s line', async () => {
    const onGo = vi.fn();
    render(<OutlinePanel outline={(await inlineAnalyst().check(TEMPLATE)).outline} onGo={onGo} />);
    await userEvent.click(screen.getByRole('button', { name: 'Eastgate Hosting account logs' }));
    expect(onGo).toHaveBeenCalledWith(lineOf(TEMPLATE, '  hosting-logs:'));
    // The same from the graph, by keyboard: the fact the logs reveal, at its own line.
    screen.getByRole('button', { name: /^Fact: The hosting account/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onGo).toHaveBeenLastCalledWith(lineOf(TEMPLATE, '  shop-admin:'));
    expect(screen.queryByRole('heading', { name: 'Injects, in the order they fire' })).toBeNull();
  });

  it('draws the chains column by column: what obtaining an item reveals stands in the next column', async () => {
    const chained = TEMPLATE.replace(
      '        facts: [shop-admin]\n',
      `        facts: [shop-admin]
        evidence: [admin-mail]
    admin-mail:
      title: The administrator's mailbox
      kind: content
      holder: eastgate-hosting
      expiresAfter: 30d
      proves: [shop-fraud]
`,
    );
    const outline = (await inlineAnalyst().check(chained)).outline;
    render(<OutlinePanel outline={outline} onGo={() => undefined} />);
    const column = (name: string) => screen.getByRole('button', { name }).style.left;
    expect(column('Evidence item: Eastgate Hosting account logs')).toBe('8px');
    expect(column('Evidence item: The administrator’s mailbox'.replace('’', "'"))).toBe('238px');
    expect(column('Fact: The hosting account was always reached from one address in Eastland.')).toBe(
      '238px',
    );
    expect(
      screen.getByText(/^Evidence chains: 2 evidence items and 1 fact they reveal, in 2 columns\./),
    ).toBeTruthy();
  });

  it('waits for a draft without errors', async () => {
    render(<OutlinePanel outline={(await inlineAnalyst().check(BROKEN)).outline} onGo={() => undefined} />);
    expect(
      screen.getByText('The draft has errors (1): the outline shows again once they are fixed.'),
    ).toBeTruthy();
  });
});

/** The template with more evidence items after its own, as `items` writes them (YAML under case.evidence). */
const withItems = (items: string) =>
  TEMPLATE.replace('        facts: [shop-admin]\n', `        facts: [shop-admin]\n${items}`);

/** An evidence item as the template writes one, revealing `reveals` (YAML flow map), held by the template's provider. */
const item = (id: string, title: string, reveals = '', knownBy = '') => `    ${id}:
      title: ${title}
      kind: content
      holder: eastgate-hosting
      expiresAfter: 30d
      proves: [shop-fraud]
${knownBy ? `      knownBy: [${knownBy}]\n` : ''}${reveals ? `      reveals: ${reveals}\n` : ''}`;

describe('the evidence chains of the outline', () => {
  const chains = async (text: string) => {
    const outline = (await inlineAnalyst().check(text)).outline;
    if (!outline.ok)
      throw new Error(`the draft has errors: ${JSON.stringify((await inlineAnalyst().check(text)).issues)}`);
    return Object.fromEntries(outline.chains.nodes.map((node) => [node.name, node.depth]));
  };

  it('puts an item two steps away in the third column, and a fact after the item that reveals it', async () => {
    const text = withItems(
      item('first', 'First', '{ evidence: [second] }', 'westland') +
        item('second', 'Second', '{ evidence: [third] }') +
        item('third', 'Third', '{ facts: [fake-shop] }'),
    );
    expect(await chains(text)).toMatchObject({ First: 0, Second: 1, Third: 2 });
    const facts = (await inlineAnalyst().check(text)).outline;
    const fact = facts.ok
      ? facts.chains.nodes.find((node) => node.kind === 'fact' && node.depth === 3)
      : undefined;
    expect(fact?.name).toMatch(/^Since 1 May, 200 Westland residents paid a fake online shop/);
  });

  it('takes the shorter of two routes to an item, and follows a loop once', async () => {
    const text = withItems(
      item('first', 'First', '{ evidence: [second, third] }', 'westland') +
        item('second', 'Second', '{ evidence: [third] }') +
        item('third', 'Third', '{ evidence: [second] }'),
    );
    expect(await chains(text)).toMatchObject({ First: 0, Second: 1, Third: 1 });
  });
});
