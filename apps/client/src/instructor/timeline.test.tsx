import { INSTRUCTOR } from '@crossborder/engine';
import { signal } from '@preact/signals';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, Game, tutorialDayOne } from '../test/fixtures.js';
import { dayTime } from '../time.js';
import { type Acts, instructorView } from './context.js';
import { ConsoleTestClient, InstructorWire } from './test-support.js';
import { ExerciseTimeline } from './timeline.js';

const tutorial = await bundled('tutorial');
const botnet = await bundled('botnet');

function mountTimeline(game: Game, now = game.now) {
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view });
  const acts: Acts = {
    control: (control) => void client.control(control),
    command: (command) => void client.command(command),
  };
  const minutes = signal(now);
  render(
    <ExerciseTimeline
      view={instructorView(client.signals.view, wire.view)}
      minutes={minutes}
      now={() => now}
      acts={acts}
    />,
  );
  return { wire, client };
}

const table = () => screen.getByRole('table', { name: t('ui.timeline.title') });
const row = (title: string) =>
  within(table())
    .getByRole('rowheader', { name: new RegExp(`^${title}`) })
    .closest('tr') as HTMLElement;
const cells = (tr: HTMLElement) =>
  within(tr)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the exercise timeline', () => {
  it('lists every inject on the game clock, earliest first: when, audience by name, status in words', () => {
    const { game } = tutorialDayOne(tutorial);
    game.do(INSTRUCTOR, {
      type: 'writeInject',
      inject: {
        title: 'A journalist calls',
        message: 'About the bank.',
        audience: ['borealis'],
        effects: [],
      },
      at: 3 * DAY,
    });
    game.do(INSTRUCTOR, { type: 'sendMessage', text: 'Ten minutes to the break.', to: 'all' });
    mountTimeline(game);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      t('ui.timeline.when'),
      t('ui.timeline.inject'),
      t('ui.timeline.audience'),
      t('ui.timeline.status'),
      t('ui.timeline.actions'),
    ]);
    const titles = within(table())
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('.inject-title')?.textContent);
    expect(titles).toEqual([
      'The page goes down',
      t('ui.message.from-instructor'),
      'A journalist calls',
      'A new kit appears',
    ]);
    expect(cells(row('The page goes down')).slice(0, 3)).toEqual([
      dayTime(DAY),
      t('ui.timeline.everyone'),
      t('ui.timeline.fired'),
    ]);
    expect(cells(row('A journalist calls')).slice(0, 3)).toEqual([
      dayTime(3 * DAY),
      'Federation of Borealis',
      t('ui.timeline.pending'),
    ]);
    expect(cells(row('A new kit appears')).slice(0, 2)).toEqual([dayTime(4 * DAY), 'Republic of Aldoria']);
    // Where it came from, in words.
    expect(
      within(row('A journalist calls')).getByText(`(${t('ui.timeline.origin-inject')})`, { exact: false }),
    ).toBeTruthy();
  });

  it('previews each inject exactly as the teams read it, in a disclosure', async () => {
    const { game } = tutorialDayOne(tutorial);
    game.do(INSTRUCTOR, { type: 'sendMessage', text: 'Ten minutes to the break.', to: ['aldoria'] });
    mountTimeline(game);
    const kit = within(row('A new kit appears'));
    const preview = kit.getByText(t('ui.timeline.preview'));
    expect(preview.tagName).toBe('SUMMARY');
    await userEvent.setup().click(preview);
    const text = (preview.parentElement as HTMLDetailsElement).querySelector('.inject-preview');
    expect(text?.textContent).toBe(
      `A new kit appears — ${dayTime(4 * DAY)}: ${tutorial.injects['new-kit']?.message ?? ''}`,
    );
    const message = row(t('ui.message.from-instructor'));
    expect(message.querySelector('.inject-preview')?.textContent).toBe(
      `❝ ${t('ui.message.from-instructor')} — ${dayTime(DAY)}: Ten minutes to the break.`,
    );
    expect(cells(message)[1]).toBe('Republic of Aldoria');
  });

  it('says a condition in words and names, never ids', () => {
    const game = new Game(botnet);
    mountTimeline(game);
    const tipped = row('Silverline warns its customer');
    expect(cells(tipped)[0]).toBe(
      t('ui.timeline.on-condition', { condition: t('ui.condition.suspectTippedOff', { name: 'Mako' }) }),
    );
    const gone = cells(row('The C2 server is gone'))[0] ?? '';
    expect(gone).toMatch(new RegExp(`^${t('ui.timeline.on-condition', { condition: '' })}“`));
    const text = table().textContent ?? '';
    for (const id of [...Object.keys(botnet.injects), ...Object.keys(botnet.case.evidence), 'mako']) {
      expect(text).not.toMatch(new RegExp(`\\b${id}\\b`));
    }
    // A planned inject with a time comes before those waiting on a condition.
    const whens = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((tr) => within(tr).getAllByRole('cell')[0]?.textContent ?? '');
    const conditional = whens.findIndex((words) =>
      words.startsWith(t('ui.timeline.on-condition', { condition: '' })),
    );
    expect(whens.slice(conditional).every((words) => !words.startsWith('Day'))).toBe(true);
  });

  it('fires, holds, releases and cancels from the row; reschedules so long from now', async () => {
    const { game } = tutorialDayOne(tutorial);
    const { client, wire } = mountTimeline(game);
    const user = userEvent.setup();
    const kit = () => within(row('A new kit appears'));
    expect(
      kit()
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([t('ui.console.fire'), t('ui.console.hold'), t('ui.console.cancel')]);
    expect(within(row('The page goes down')).queryAllByRole('button')).toEqual([]);
    await user.click(kit().getByRole('button', { name: t('ui.console.hold') }));
    game.do(INSTRUCTOR, { type: 'holdInject', injectId: 'new-kit' });
    act(() => client.receive({ view: wire.receive() }));
    expect(cells(row('A new kit appears'))[2]).toBe(t('ui.timeline.held'));
    await user.click(kit().getByRole('button', { name: t('ui.console.release') }));
    await user.click(kit().getByRole('button', { name: t('ui.console.fire') }));
    await user.click(kit().getByRole('button', { name: t('ui.console.cancel') }));

    await user.click(kit().getByText(t('ui.timeline.reschedule'), { selector: 'summary' }));
    const group = kit().getByRole('group', {
      name: t('ui.timeline.reschedule-in', { title: 'A new kit appears' }),
    });
    const part = (label: 'ui.span.days' | 'ui.span.hours' | 'ui.span.minutes') =>
      within(group).getByRole('spinbutton', { name: t(label) });
    await user.clear(part('ui.span.hours'));
    await user.type(part('ui.span.days'), '{Backspace}1');
    await user.type(part('ui.span.hours'), '2');
    expect(within(group).getByText(t('ui.span.fires-at', { when: dayTime(2 * DAY + 120) }))).toBeTruthy();
    await user.click(kit().getByRole('button', { name: t('ui.timeline.reschedule') }));
    expect(client.commands).toEqual([
      { type: 'holdInject', injectId: 'new-kit' },
      { type: 'releaseInject', injectId: 'new-kit' },
      { type: 'fireInject', injectId: 'new-kit' },
      { type: 'cancelInject', injectId: 'new-kit' },
      { type: 'scheduleInject', injectId: 'new-kit', at: 2 * DAY + 120 },
    ]);
  });

  it('adds an inject written live as a row of its own, the others left as they were', () => {
    const { game } = tutorialDayOne(tutorial);
    const { client, wire } = mountTimeline(game);
    const kit = row('A new kit appears');
    game.do(INSTRUCTOR, {
      type: 'writeInject',
      inject: {
        title: 'Written live',
        message: 'Now.',
        audience: 'all',
        effects: [{ revealFact: 'admin-from-aldoria' }],
      },
    });
    act(() => client.receive({ view: wire.receive() }));
    expect(row('A new kit appears')).toBe(kit);
    const live = row('Written live');
    expect(cells(live).slice(0, 3)).toEqual([
      dayTime(DAY),
      t('ui.timeline.everyone'),
      t('ui.timeline.fired'),
    ]);
    expect(live.textContent).toContain(
      t('ui.timeline.effects', {
        effects: t('ui.effect.revealFact', { name: tutorial.case.facts['admin-from-aldoria']?.text ?? '' }),
      }),
    );
  });
});
