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
    expect(items('Evidence and what it reveals')).toEqual([
      'Eastgate Hosting account logs — reveals The hosting account was always reached from one address in Eastland.',
    ]);
    expect(items('Injects, in the order they fire')).toEqual([
      'More victims — fires Day 2, 00:00',
      'The shop moves — fires Day 3, 00:00',
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
    expect(screen.queryByRole('heading', { name: 'Injects, in the order they fire' })).toBeNull();
  });

  it('waits for a draft without errors', async () => {
    render(<OutlinePanel outline={(await inlineAnalyst().check(BROKEN)).outline} onGo={() => undefined} />);
    expect(
      screen.getByText('The draft has errors (1): the outline shows again once they are fixed.'),
    ).toBeTruthy();
  });
});
