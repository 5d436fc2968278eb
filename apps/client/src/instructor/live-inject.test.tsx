import { type Command, INSTRUCTOR } from '@crossborder/engine';
import { signal } from '@preact/signals';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, type Game, tutorialDayOne } from '../test/fixtures.js';
import { dayTime } from '../time.js';
import { instructorView } from './context.js';
import { WriteInject } from './live-inject.js';
import { ConsoleTestClient, InstructorWire, instructorSend } from './test-support.js';

const tutorial = await bundled('tutorial');

/** The form on a real engine: what it sends is decided as the server would, and recorded. */
function mountForm(game: Game, now = () => game.now) {
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view });
  const sent: Command[] = [];
  const decide = instructorSend(game);
  render(
    <WriteInject
      view={instructorView(client.signals.view, wire.view)}
      minutes={signal(game.now)}
      now={now}
      send={(command) => {
        sent.push(command);
        return decide(command);
      }}
    />,
  );
  return { sent };
}

const form = () => screen.getByRole('form', { name: t('ui.live.form-title') });

describe('writing an inject live', () => {
  it('is a real form: labelled fields, the audience and the time as choices, effects by name', () => {
    const { game } = tutorialDayOne(tutorial);
    mountForm(game);
    const inside = within(form());
    expect(inside.getByRole('textbox', { name: t('ui.live.inject-title') })).toBeTruthy();
    expect(inside.getByRole('textbox', { name: t('ui.live.message') })).toBeTruthy();
    const audience = inside.getByRole('group', { name: t('ui.live.audience') });
    expect(
      within(audience)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual([t('ui.live.audience-all'), t('ui.live.audience-chosen')]);
    expect(within(audience).getByRole('radio', { name: t('ui.live.audience-all') })).toHaveProperty(
      'checked',
      true,
    );
    expect(inside.getByRole('radio', { name: t('ui.live.when-now') })).toHaveProperty('checked', true);
    const facts = inside.getByRole('combobox', { name: t('ui.live.reveal-fact') });
    const options = within(facts)
      .getAllByRole('option')
      .map((option) => option.textContent ?? '');
    expect(options).toContain(
      'The fake page is served from a server rented from Northwind Hosting, in Borealis.',
    );
    expect(options.join(' ')).not.toMatch(/admin-from-aldoria|kite-identity/);
    expect(inside.getByRole('checkbox', { name: t('ui.live.emergency') })).toBeTruthy();
  });

  it('says what is missing and takes the keyboard there, sending nothing', async () => {
    const { game } = tutorialDayOne(tutorial);
    const { sent } = mountForm(game);
    const user = userEvent.setup();
    await user.click(within(form()).getByRole('button', { name: t('ui.live.submit') }));
    expect(within(form()).getByRole('alert').textContent).toContain(t('ui.live.need-title'));
    expect(document.activeElement).toBe(
      within(form()).getByRole('textbox', { name: t('ui.live.inject-title') }),
    );
    await user.type(document.activeElement as HTMLElement, 'A journalist calls');
    await user.type(
      within(form()).getByRole('textbox', { name: t('ui.live.message') }),
      'She asks about the bank.',
    );
    await user.click(within(form()).getByRole('radio', { name: t('ui.live.audience-chosen') }));
    await user.click(within(form()).getByRole('button', { name: t('ui.live.submit') }));
    expect(within(form()).getByRole('alert').textContent).toContain(t('ui.live.need-countries'));
    expect(sent).toEqual([]);
  });

  it('sends a chosen audience, a reveal and a later time; the engine takes it, and the form is cleared', async () => {
    const { game } = tutorialDayOne(tutorial);
    const { sent } = mountForm(game);
    const user = userEvent.setup();
    const inside = within(form());
    await user.type(inside.getByRole('textbox', { name: t('ui.live.inject-title') }), 'A journalist calls');
    await user.type(inside.getByRole('textbox', { name: t('ui.live.message') }), 'She asks about the bank.');
    await user.click(inside.getByRole('radio', { name: t('ui.live.audience-chosen') }));
    await user.click(inside.getByRole('checkbox', { name: 'Federation of Borealis' }));
    await user.selectOptions(
      inside.getByRole('combobox', { name: t('ui.live.reveal-fact') }),
      'admin-from-aldoria',
    );
    await user.click(inside.getByRole('radio', { name: t('ui.live.when-later') }));
    const fireIn = inside.getByRole('group', { name: t('ui.live.fire-in') });
    await user.clear(within(fireIn).getByRole('spinbutton', { name: t('ui.span.hours') }));
    await user.type(within(fireIn).getByRole('spinbutton', { name: t('ui.span.days') }), '{Backspace}2');
    expect(within(fireIn).getByText(t('ui.span.fires-at', { when: dayTime(3 * DAY) }))).toBeTruthy();
    await user.click(inside.getByRole('button', { name: t('ui.live.submit') }));
    expect(sent).toEqual([
      {
        type: 'writeInject',
        inject: {
          title: 'A journalist calls',
          message: 'She asks about the bank.',
          audience: ['borealis'],
          effects: [{ revealFact: 'admin-from-aldoria' }],
        },
        at: 3 * DAY,
      },
    ]);
    expect(within(form()).getByRole('status').textContent).toContain(t('ui.form.accepted'));
    expect(inside.getByRole('textbox', { name: t('ui.live.inject-title') })).toHaveProperty('value', '');
    const written = Object.values(game.state.injects).find((inject) => inject.written);
    expect(written).toMatchObject({ status: 'pending', at: 3 * DAY });
    expect(game.engine.view(game.state, INSTRUCTOR)).toBeTruthy();
  });

  it('asks where a moving suspect goes, then shows the engine’s ruling under the form when it refuses', async () => {
    const { game } = tutorialDayOne(tutorial);
    // The console read the game time a day ago (its clock is behind the engine's): "in 1 hour" is past.
    const { sent } = mountForm(game, () => game.now - DAY);
    const user = userEvent.setup();
    const inside = within(form());
    await user.type(inside.getByRole('textbox', { name: t('ui.live.inject-title') }), 'Kite flies');
    await user.type(inside.getByRole('textbox', { name: t('ui.live.message') }), 'Kite boarded a plane.');
    await user.selectOptions(inside.getByRole('combobox', { name: t('ui.live.move-suspect') }), 'kite');
    await user.click(inside.getByRole('button', { name: t('ui.live.submit') }));
    expect(within(form()).getByRole('alert').textContent).toContain(t('ui.live.need-destination'));
    expect(document.activeElement).toBe(inside.getByRole('combobox', { name: t('ui.live.move-suspect-to') }));
    await user.selectOptions(document.activeElement as HTMLSelectElement, 'borealis');
    await user.click(inside.getByRole('radio', { name: t('ui.live.when-later') }));
    await user.click(inside.getByRole('button', { name: t('ui.live.submit') }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'writeInject',
      inject: { effects: [{ moveSuspect: { suspect: 'kite', to: 'borealis' } }] },
      at: 60,
    });
    expect(within(form()).getByRole('alert').textContent).toContain(t('inject.time-past'));
    // Refused, the draft stays to be corrected.
    expect(inside.getByRole('textbox', { name: t('ui.live.inject-title') })).toHaveProperty(
      'value',
      'Kite flies',
    );
  });
});
