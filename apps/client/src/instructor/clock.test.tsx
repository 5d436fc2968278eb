import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { ClockControls } from './clock.js';
import type { Acts } from './context.js';
import { ConsoleTestClient, reading } from './test-support.js';

function mountClock(clock = reading(120, false, 960, 60)) {
  const client = new ConsoleTestClient({ clock });
  const acts: Acts = {
    control: (control) => void client.control(control),
    command: (command) => void client.command(command),
  };
  render(<ClockControls clock={client.signals.clock} acts={acts} />);
  return client;
}

/** The "Minutes" part of "Advance by". */
const advanceField = () =>
  within(screen.getByRole('group', { name: t('ui.span.legend-advance') })).getByRole('spinbutton', {
    name: t('ui.span.minutes'),
  }) as HTMLInputElement;

/** Counts what writes the field's value (Preact or a signal would, through the property). */
function countValueWrites(input: HTMLInputElement): () => number {
  const own = Object.getPrototypeOf(input) as object;
  let descriptor: PropertyDescriptor | undefined;
  for (let proto: object | null = own; proto && !descriptor; proto = Object.getPrototypeOf(proto))
    descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
  let writes = 0;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => descriptor?.get?.call(input),
    set: (value: string) => {
      writes += 1;
      descriptor?.set?.call(input, value);
    },
  });
  return () => writes;
}

describe('the clock controls', () => {
  it('say whether the clock runs, in words and a symbol, and follow it', () => {
    const client = mountClock();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.console.clock') })).toBeTruthy();
    expect(screen.getByText(`‖ ${t('ui.clock.paused')}`)).toBeTruthy();
    act(() => client.receive({ clock: reading(120, true, 960) }));
    expect(screen.getByText(`▶ ${t('ui.clock.running', { speed: 960 })}`)).toBeTruthy();
  });

  it('start and pause the clock', async () => {
    const client = mountClock();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: t('ui.console.start') }));
    await user.click(screen.getByRole('button', { name: t('ui.console.pause') }));
    expect(client.controls).toEqual([{ action: 'start' }, { action: 'pause' }]);
  });

  it('set the speed chosen, the clock’s own offered first', async () => {
    const client = mountClock(reading(0, false, 720));
    const speed = screen.getByRole('combobox', { name: t('ui.console.speed') }) as HTMLSelectElement;
    // A speed that is not one of the usual is offered too, and chosen: it is the clock's.
    expect(speed.value).toBe('720');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toContain(
      t('ui.console.speed-option', { speed: 720 }),
    );
    const user = userEvent.setup();
    await user.selectOptions(speed, '1440');
    // A new reading does not undo the choice.
    act(() => client.receive({ clock: reading(10, false, 720) }));
    expect(speed.value).toBe('1440');
    await user.click(screen.getByRole('button', { name: t('ui.console.set-speed') }));
    expect(client.controls).toEqual([{ action: 'speed', speed: 1440 }]);
  });

  it('advance by days, hours and minutes: one round by default, said as the game time it lands on', async () => {
    const client = mountClock(reading(0, false, 960, 1440));
    const group = screen.getByRole('group', { name: t('ui.span.legend-advance') });
    const [days, hours, minutes] = ['ui.span.days', 'ui.span.hours', 'ui.span.minutes'].map(
      (label) =>
        within(group).getByRole('spinbutton', { name: t(label as 'ui.span.days') }) as HTMLInputElement,
    ) as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    expect([days.value, hours.value, minutes.value]).toEqual(['1', '0', '0']);
    expect([minutes.type, minutes.min, minutes.step]).toEqual(['number', '0', '1']);
    // Each part is described by where the jump lands, in the clock's words.
    const lands = t('ui.span.lands-at', { when: t('ui.time.day-time', { day: 2, time: '00:00' }) });
    expect(within(group).getAllByRole('spinbutton', { description: lands })).toEqual([days, hours, minutes]);

    const user = userEvent.setup();
    await user.clear(days);
    await user.type(days, '0');
    await user.clear(hours);
    await user.type(hours, '1');
    await user.clear(minutes);
    await user.type(minutes, '30');
    expect(
      screen.getByText(t('ui.span.lands-at', { when: t('ui.time.day-time', { day: 1, time: '01:30' }) })),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: t('ui.console.advance') }));
    // Enter in a field advances too: it is a form.
    await user.type(minutes, '{Enter}');
    expect(client.controls).toEqual([
      { action: 'advance', minutes: 90 },
      { action: 'advance', minutes: 90 },
    ]);
  });

  it('keeps the e2e hooks: the buttons by data-control', () => {
    mountClock();
    for (const control of ['start', 'pause', 'speed', 'advance'])
      expect(document.querySelector(`button[data-control="${control}"]`)).not.toBeNull();
  });

  it('leave the focused "Advance by" field alone through updates: value, selection, and what is typed next', async () => {
    const client = mountClock(reading(0, false, 960, 60));
    const user = userEvent.setup();
    const field = advanceField();
    await user.clear(field);
    await user.type(field, '1440');
    field.select();
    const writes = countValueWrites(field);
    const section = field.closest('section') as HTMLElement;
    const changes = new MutationObserver(() => {});
    changes.observe(field, { attributes: true });

    // The clock starts, changes speed and its round length changes: readings that redraw the line above.
    act(() => client.receive({ clock: reading(30, true, 960, 120) }));
    act(() => client.receive({ clock: reading(45, false, 240, 120) }));
    expect(screen.getByText(`‖ ${t('ui.clock.paused')}`)).toBeTruthy();

    expect(advanceField()).toBe(field);
    expect(section.contains(field)).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('1440');
    // Nothing wrote the field or its attributes, so the browser's selection in it is untouched...
    expect(writes()).toBe(0);
    expect(changes.takeRecords()).toEqual([]);
    // ...and what is typed next replaces the selected value.
    await user.keyboard('30');
    expect(field.value).toBe('30');
    await user.click(screen.getByRole('button', { name: t('ui.console.advance') }));
    // One hour (the round offered) and the 30 minutes typed.
    expect(client.controls).toEqual([{ action: 'advance', minutes: 90 }]);
  });

  it('never sends a jump the server refuses', async () => {
    const client = mountClock();
    const field = advanceField();
    const user = userEvent.setup();
    await user.clear(field);
    await user.type(field, '999999');
    // A form that skips the browser's own check (min, step) is clamped to what the server accepts.
    (field.form as HTMLFormElement).noValidate = true;
    await user.click(screen.getByRole('button', { name: t('ui.console.advance') }));
    // Nothing to jump: every part empty (the hours too) sends nothing, and the readout says why.
    await user.clear(field);
    const group = screen.getByRole('group', { name: t('ui.span.legend-advance') });
    await user.clear(within(group).getByRole('spinbutton', { name: t('ui.span.hours') }));
    expect(within(group).getByText(t('ui.span.invalid'))).toBeTruthy();
    await user.click(screen.getByRole('button', { name: t('ui.console.advance') }));
    expect(client.controls).toEqual([{ action: 'advance', minutes: 90 * 24 * 60 }]);
  });
});
