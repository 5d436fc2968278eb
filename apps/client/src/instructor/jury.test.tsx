import { INSTRUCTOR, jurorId } from '@crossborder/engine';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, Game } from '../test/fixtures.js';
import { type Acts, instructorView } from './context.js';
import { Jury } from './jury.js';
import { ConsoleTestClient, InstructorWire } from './test-support.js';

const tutorial = await bundled('tutorial');
const fraudRing = await bundled('fraud-ring');

function mountJury(game: Game) {
  const wire = new InstructorWire(game);
  const client = new ConsoleTestClient({ view: wire.view });
  const acts: Acts = {
    control: (control) => void client.control(control),
    command: (command) => void client.command(command),
  };
  render(<Jury view={instructorView(client.signals.view, wire.view)} acts={acts} />);
  return { wire, client };
}

const form = (country: string, criterion: string) =>
  document.querySelector(`form[data-form="jury-${country}-${criterion}"]`) as HTMLFormElement;

describe('the jury', () => {
  it('says so when the scenario has no rubric', () => {
    // Every bundled scenario has one: the tutorial without it.
    mountJury(new Game({ ...tutorial, rubric: {} }));
    expect(screen.getByRole('heading', { level: 2, name: t('ui.console.jury') })).toBeTruthy();
    expect(screen.getByText(t('ui.console.no-rubric'))).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('has a form per country and criterion: its level with the points, and feedback', () => {
    mountJury(new Game(fraudRing));
    expect(screen.getByText(t('ui.console.jury-hint'))).toBeTruthy();
    const forms = screen.getAllByRole('form');
    // Five countries, four criteria.
    expect(forms).toHaveLength(5 * 4);
    const memorandum = within(screen.getByRole('form', { name: 'Lumeria — The jurisdiction memorandum' }));
    const level = memorandum.getByRole('combobox', { name: t('ui.console.level') }) as HTMLSelectElement;
    expect(memorandum.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Beginning (0)',
      'Developing (5)',
      'Proficient (10)',
      'Exemplary (15)',
    ]);
    expect(level.value).toBe('0');
    expect(memorandum.getByRole('textbox', { name: t('ui.console.feedback') })).toBeTruthy();
    expect(memorandum.getByRole('button', { name: t('ui.console.award') }).getAttribute('type')).toBe(
      'submit',
    );
  });

  it('scores a country on a criterion with the level and the feedback given', async () => {
    const { client } = mountJury(new Game(fraudRing));
    const memorandum = within(form('lumeria', 'jurisdiction-memorandum'));
    const user = userEvent.setup();
    await user.selectOptions(memorandum.getByRole('combobox'), 'Proficient (10)');
    await user.type(memorandum.getByRole('textbox'), '  Sound territorial basis.  ');
    await user.click(memorandum.getByRole('button', { name: t('ui.console.award') }));
    expect(client.commands).toEqual([
      {
        type: 'awardPoints',
        country: 'lumeria',
        criterion: 'jurisdiction-memorandum',
        level: 2,
        feedback: 'Sound territorial basis.',
      },
    ]);
  });

  it('shows the score given in its own form, and leaves the feedback being typed in another as it was', async () => {
    const game = new Game(fraudRing);
    const { wire, client } = mountJury(game);
    const user = userEvent.setup();
    const other = form('veskaria', 'concentrating-the-case');
    const feedback = within(other).getByRole('textbox') as HTMLTextAreaElement;
    await user.type(feedback, 'Refused on nationality alone');
    feedback.setSelectionRange(11, 22, 'forward');
    const changes = new MutationObserver(() => {});
    changes.observe(other, { subtree: true, childList: true, characterData: true, attributes: true });

    game.do(INSTRUCTOR, {
      type: 'awardPoints',
      country: 'lumeria',
      criterion: 'jurisdiction-memorandum',
      level: 2,
      feedback: 'Weigh the other claims next time.',
    });
    act(() => client.receive({ view: wire.receive() }));

    const award = form('lumeria', 'jurisdiction-memorandum').querySelector(
      '[data-award="lumeria:jurisdiction-memorandum"]',
    );
    expect(award?.textContent).toBe('✔ Proficient (10): Weigh the other claims next time.');
    expect(other.querySelector('[data-award]')).toBeNull();
    expect(changes.takeRecords()).toEqual([]);
    expect(document.activeElement).toBe(feedback);
    expect(feedback.value).toBe('Refused on nationality alone');
    expect([feedback.selectionStart, feedback.selectionEnd, feedback.selectionDirection]).toEqual([
      11,
      22,
      'forward',
    ]);
  });

  it('shows the instructor’s own score only: a juror’s is theirs, seen in the debrief', () => {
    const game = new Game(fraudRing);
    const { wire, client } = mountJury(game);
    game.do(jurorId(1), {
      type: 'awardPoints',
      country: 'lumeria',
      criterion: 'jurisdiction-memorandum',
      level: 3,
      feedback: 'A juror’s own view.',
    });
    act(() => client.receive({ view: wire.receive() }));
    expect(form('lumeria', 'jurisdiction-memorandum').querySelector('[data-award]')).toBeNull();
    expect(document.body.textContent).not.toContain('A juror’s own view.');
  });
});
