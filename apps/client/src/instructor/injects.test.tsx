import { INSTRUCTOR } from '@crossborder/engine';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, tutorialDayOne } from '../test/fixtures.js';
import { type Acts, instructorView, when } from './context.js';
import { Injects } from './injects.js';
import { ConsoleTestClient, InstructorWire } from './test-support.js';

const tutorial = await bundled('tutorial');

/** The tutorial a day in: the page went down (fired); the new kit is due on day 5 (pending). */
function mountInjects(now = DAY) {
  const { game } = tutorialDayOne(tutorial);
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view });
  const acts: Acts = {
    control: (control) => void client.control(control),
    command: (command) => void client.command(command),
  };
  render(<Injects view={instructorView(client.signals.view, wire.view)} now={() => now} acts={acts} />);
  return { game, wire, client };
}

const row = (id: string) => document.querySelector(`tr[data-inject="${id}"]`) as HTMLElement;

describe('the injects', () => {
  it('list every inject with its status and time, and the actions its status allows', () => {
    mountInjects();
    const table = screen.getByRole('table', { name: t('ui.console.injects') });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([t('ui.console.inject'), t('ui.console.inject-status'), t('ui.console.actions')]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['The page goes down', 'A new kit appears']);
    const fired = within(row('takedown'));
    expect(fired.getByText(new RegExp(`^${t('ui.inject.fired')}`))).toBeTruthy();
    expect(fired.queryAllByRole('button')).toEqual([]);
    expect(fired.queryByRole('spinbutton')).toBeNull();

    const pending = within(row('new-kit'));
    expect(pending.getByText(`${t('ui.inject.pending')} (${when(4 * DAY)})`)).toBeTruthy();
    expect(pending.getAllByRole('button').map((button) => button.textContent)).toEqual([
      t('ui.console.fire'),
      t('ui.console.hold'),
      t('ui.console.cancel'),
      t('ui.console.schedule'),
    ]);
    const hours = pending.getByRole('spinbutton', {
      name: t('ui.console.schedule-at', { title: 'A new kit appears' }),
    }) as HTMLInputElement;
    expect([hours.min, hours.step]).toEqual(['0', 'any']);
  });

  it('fire, hold and cancel an inject, and schedule it so many hours from now', async () => {
    const { client } = mountInjects(DAY + 30);
    const pending = within(row('new-kit'));
    const user = userEvent.setup();
    await user.click(pending.getByRole('button', { name: t('ui.console.fire') }));
    await user.click(pending.getByRole('button', { name: t('ui.console.hold') }));
    await user.click(pending.getByRole('button', { name: t('ui.console.cancel') }));
    await user.type(pending.getByRole('spinbutton'), '2.5');
    await user.click(pending.getByRole('button', { name: t('ui.console.schedule') }));
    expect(client.commands).toEqual([
      { type: 'fireInject', injectId: 'new-kit' },
      { type: 'holdInject', injectId: 'new-kit' },
      { type: 'cancelInject', injectId: 'new-kit' },
      { type: 'scheduleInject', injectId: 'new-kit', at: DAY + 30 + 150 },
    ]);
  });

  it('say when an inject fired early, not when it was scheduled', () => {
    const { game, wire, client } = mountInjects();
    game.do(INSTRUCTOR, { type: 'fireInject', injectId: 'new-kit' });
    act(() => client.receive({ view: wire.receive() }));
    const firedAt = wire.view.injects['new-kit']?.firedAt ?? null;
    expect(firedAt).not.toBeNull();
    expect(firedAt).toBeLessThan(4 * DAY);
    expect(within(row('new-kit')).getByText(`${t('ui.inject.fired')} (${when(firedAt ?? 0)})`)).toBeTruthy();
  });

  it('schedule from the keyboard: Enter in the hours field', async () => {
    const { client } = mountInjects(2 * DAY);
    const user = userEvent.setup();
    await user.click(within(row('new-kit')).getByRole('spinbutton'));
    await user.keyboard('3{Enter}');
    expect(client.commands).toEqual([{ type: 'scheduleInject', injectId: 'new-kit', at: 2 * DAY + 180 }]);
  });

  it('change the row of the inject that changed, in place: the hours being typed stay, focused', async () => {
    const { game, wire, client } = mountInjects();
    const user = userEvent.setup();
    const kit = row('new-kit');
    const takedown = row('takedown');
    const fire = within(kit).getByRole('button', { name: t('ui.console.fire') });
    const hours = within(kit).getByRole('spinbutton') as HTMLInputElement;
    await user.type(hours, '12');
    const untouched = new MutationObserver(() => {});
    untouched.observe(takedown, { subtree: true, childList: true, characterData: true, attributes: true });

    // The inject is held (by the instructor, in another tab): Hold becomes Release, nothing else moves.
    game.do(INSTRUCTOR, { type: 'holdInject', injectId: 'new-kit' });
    act(() => client.receive({ view: wire.receive() }));

    expect(row('new-kit')).toBe(kit);
    expect(within(kit).getByText(new RegExp(`^${t('ui.inject.held')}`))).toBeTruthy();
    expect(
      within(kit)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      t('ui.console.fire'),
      t('ui.console.release'),
      t('ui.console.cancel'),
      t('ui.console.schedule'),
    ]);
    expect(within(kit).getByRole('button', { name: t('ui.console.fire') })).toBe(fire);
    expect(within(kit).getByRole('spinbutton')).toBe(hours);
    expect(document.activeElement).toBe(hours);
    expect(hours.value).toBe('12');
    expect(untouched.takeRecords()).toEqual([]);

    await user.click(within(kit).getByRole('button', { name: t('ui.console.release') }));
    expect(client.commands).toEqual([{ type: 'releaseInject', injectId: 'new-kit' }]);
  });
});
