import type { CountryView } from '@crossborder/engine';
import { type ReadonlySignal, type Signal, signal, useComputed } from '@preact/signals';
import { act, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { kindName, t } from '../i18n.js';
import { countryView } from '../state/client.js';
import { TestClient } from '../test/client.js';
import { bundled, preservationOfHostingLogs, tutorialDayOne, Wire } from '../test/fixtures.js';
import { Field, Swatch } from './parts.js';

const tutorial = await bundled('tutorial');

describe('a field', () => {
  it('ties its label and hint to its control', () => {
    render(
      <Field label={t('ui.join.team-name')} hint={t('ui.join.team-name-hint')}>
        {(control) => <input {...control} type="text" />}
      </Field>,
    );
    const input = screen.getByRole('textbox', {
      name: t('ui.join.team-name'),
      description: t('ui.join.team-name-hint'),
    });
    expect(screen.getByLabelText(t('ui.join.team-name'))).toBe(input);
  });

  it('keeps an id it is given, for what must find the control', () => {
    render(<Field label={t('ui.join.code')}>{(control) => <input {...control} type="text" />}</Field>);
    render(
      <Field label={t('ui.join.team-name')} id="team-name">
        {(control) => <input {...control} type="text" />}
      </Field>,
    );
    expect(screen.getByLabelText(t('ui.join.team-name')).id).toBe('team-name');
    expect(screen.getByLabelText(t('ui.join.code')).id).not.toBe('team-name');
  });

  it('says a problem under its hint, describes its control with both and marks it invalid', () => {
    const { rerender } = render(
      <Field label={t('ui.join.team-name')} hint={t('ui.join.team-name-hint')} id="name" problem={null}>
        {(control) => <input {...control} type="text" />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: t('ui.join.team-name') });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <Field label={t('ui.join.team-name')} hint={t('ui.join.team-name-hint')} id="name" problem="Too long.">
        {(control) => <input {...control} type="text" />}
      </Field>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Too long.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('name-hint name-problem');
  });
});

describe('a swatch', () => {
  it('is coloured through the CSSOM and hidden from screen readers (a name goes beside it)', () => {
    const { container } = render(<Swatch color="#2b6cb0" />);
    const chip = container.querySelector('.swatch') as HTMLElement;
    expect(chip.style.backgroundColor).toBe('#2b6cb0');
    expect(chip.getAttribute('aria-hidden')).toBe('true');
  });
});

/**
 * A panel as the team screen has them: a list that follows the view, a text field whose draft
 * outlives the panel (a signal kept by the screen), and a line that follows the view too. The
 * whole panel follows the whole view, the worst case: every update draws all of it again.
 */
function RequestsAndNote({ view, note }: { view: ReadonlySignal<CountryView>; note: Signal<string> }) {
  const current = view.value;
  const requests = Object.values(current.requests);
  return (
    <section>
      <ul aria-label={t('ui.tab.requests')}>
        {requests.map((request) => (
          <li key={request.id}>{kindName(request.kind)}</li>
        ))}
      </ul>
      <Field label={t('ui.join.team-name')} hint={t('ui.tabs.waiting', { count: requests.length })}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={note}
            onInput={(event) => {
              note.value = event.currentTarget.value;
            }}
          />
        )}
      </Field>
      <Score view={view} />
    </section>
  );
}

function Score({ view }: { view: ReadonlySignal<CountryView> }) {
  const total = useComputed(() => view.value.score.total);
  return <p>{t('ui.team.score', { total: total.value })}</p>;
}

describe('an update', () => {
  it('leaves the focused input, its value and its selection untouched', async () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    const wire = new Wire(game, 'aldoria');
    const client = new TestClient({ view: wire.view });
    const view = countryView(client.signals.view, wire.view);
    const note = signal('');
    render(<RequestsAndNote view={view} note={note} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);

    const user = userEvent.setup();
    const input = screen.getByRole('textbox', { name: t('ui.join.team-name') }) as HTMLInputElement;
    await user.click(input);
    await user.type(input, 'Harbourline');
    input.setSelectionRange(3, 7, 'backward');
    expect(note.value).toBe('Harbourline');

    // A request is sent: the view changes, the list grows and the hint under the field with it.
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => client.receive({ view: wire.receive() }));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      kindName('preservation'),
    ]);
    expect(screen.getByText(t('ui.tabs.waiting', { count: 1 }))).toBeTruthy();

    expect(screen.getByRole('textbox', { name: t('ui.join.team-name') })).toBe(input);
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('Harbourline');
    expect([input.selectionStart, input.selectionEnd, input.selectionDirection]).toEqual([3, 7, 'backward']);

    // And typing goes on where it was: over the selection.
    await user.keyboard('b');
    expect(input.value).toBe('Harbline');
    expect(note.value).toBe('Harbline');
  });

  it('moves rows of a keyed list instead of rebuilding them', async () => {
    const rows = signal(['a', 'b', 'c']);
    function Rows() {
      return (
        <ul>
          {rows.value.map((id) => (
            <li key={id}>{id}</li>
          ))}
        </ul>
      );
    }
    render(<Rows />);
    const [a, b, c] = screen.getAllByRole('listitem');
    act(() => {
      rows.value = ['c', 'a', 'b'];
    });
    expect(screen.getAllByRole('listitem')).toEqual([c, a, b]);
  });
});
