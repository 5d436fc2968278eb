import { type Command, jurorId } from '@crossborder/engine';
import type { Ack, JoinResult, JoinSeat } from '@crossborder/protocol';
import type { Scenario } from '@crossborder/scenario';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { TestClient } from '../test/client.js';
import { bundled, Game } from '../test/fixtures.js';
import { JurorScreen, type JuryClient, JuryPage } from './screen.js';

const fraudRing = await bundled('fraud-ring');
const moot: Scenario = { ...fraudRing, session: { ...fraudRing.session, clock: 'rounds' } };
const FIRST = jurorId(1);
const CLAIM = 'The fraud was committed here, against our residents, from servers here.';

/** A moot court where Lumeria has claimed jurisdiction with its reasoning. */
function argued(): Game {
  const game = new Game(moot);
  game.do('lumeria', {
    type: 'claimJurisdiction',
    offence: 'investment-fraud',
    bases: ['territory'],
    reasoning: CLAIM,
  });
  return game;
}

/** The jury screen of juror `juror`, scoring into `game` as the server would. */
function mountJuror(game: Game, juror = FIRST) {
  const client = new TestClient({ view: game.engine.view(game.state, juror) });
  const sent: Command[] = [];
  render(
    <JurorScreen
      signals={client.signals}
      send={(command) => {
        sent.push(command);
        const result = game.engine.act(game.state, juror, command, game.now);
        act(() => client.receive({ view: game.engine.view(game.state, juror) }));
        return Promise.resolve(
          result.rejection
            ? { ok: false as const, error: { code: result.rejection.code, message: result.rejection.code } }
            : { ok: true as const, events: result.events.length },
        );
      }}
    />,
  );
  return { client, sent };
}

describe('the juror’s screen', () => {
  it('shows the rubric with its levels, and each team’s written reasoning under its name', () => {
    mountJuror(argued());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      t('ui.jury.title', { title: moot.title }),
    );
    // A juror chooses the language of the jury's screen.
    expect(screen.getByRole('combobox', { name: t('ui.language.label') })).toBeTruthy();
    const rubric = screen.getByRole('region', { name: t('ui.jury.rubric') });
    const memorandum = within(rubric).getByRole('region', { name: 'The jurisdiction memorandum' });
    expect(within(memorandum).getAllByRole('listitem')).toHaveLength(4);
    expect(within(memorandum).getAllByRole('listitem')[3]?.textContent).toContain(
      t('ui.jury.level', { level: 'Exemplary', points: 15 }),
    );
    const reasoning = screen.getByRole('region', { name: t('ui.jury.reasoning') });
    const lumeria = within(reasoning).getByRole('region', { name: 'Lumeria' });
    expect(within(lumeria).getByText(CLAIM).tagName).toBe('BLOCKQUOTE');
    expect(lumeria.textContent).toContain('because the offence was committed on our territory');
    const veskaria = within(reasoning).getByRole('region', { name: 'Veskaria' });
    expect(veskaria.textContent).toContain(t('ui.jury.none-yet'));
    expect(document.body.textContent).not.toMatch(/investment-fraud|jurisdiction-memorandum|@juror/);
  });

  it('scores a country with a level and feedback, and shows only this juror’s own scores', async () => {
    const game = argued();
    // Another juror has scored Lumeria already: this juror never sees it.
    game.engine.act(
      game.state,
      jurorId(2),
      {
        type: 'awardPoints',
        country: 'lumeria',
        criterion: 'jurisdiction-memorandum',
        level: 0,
        feedback: 'Not another’s.',
      },
      0,
    );
    const { sent } = mountJuror(game);
    expect(document.body.textContent).not.toContain('Not another’s.');
    const form = screen.getByRole('form', { name: 'Lumeria — The jurisdiction memorandum' });
    const user = userEvent.setup();
    await user.selectOptions(
      within(form).getByRole('combobox', { name: t('ui.console.level') }),
      'Exemplary (15)',
    );
    await user.type(
      within(form).getByRole('textbox', { name: t('ui.console.feedback') }),
      'Weighs every claim.',
    );
    await user.click(within(form).getByRole('button', { name: t('ui.console.award') }));
    expect(sent).toEqual([
      {
        type: 'awardPoints',
        country: 'lumeria',
        criterion: 'jurisdiction-memorandum',
        level: 3,
        feedback: 'Weighs every claim.',
      },
    ]);
    expect(await screen.findByText(t('ui.jury.scored'))).toBeTruthy();
    expect(form.querySelector('[data-award]')?.textContent).toBe('✔ Exemplary (15): Weighs every claim.');
    expect(document.body.textContent).not.toContain('Not another’s.');
  });
});

/** A stand-in for the GameClient's seat-taking: answers as told, records what it was asked. */
class Joining implements JuryClient {
  readonly signals = new TestClient().signals;
  readonly joins: { seat: JoinSeat; name: string; key?: string }[] = [];
  constructor(private readonly answer: Ack<JoinResult>) {}
  resume() {
    return Promise.resolve(null);
  }
  join(_code: string, seat: JoinSeat, name: string, key?: string) {
    this.joins.push({ seat, name, ...(key ? { key } : {}) });
    return Promise.resolve(this.answer);
  }
  command() {
    return Promise.resolve({ ok: true as const, events: 0 });
  }
}

describe('the jury’s join page', () => {
  it('asks the juror’s name, and joins as a juror with the link’s key', async () => {
    const client = new Joining({
      ok: false,
      error: { code: 'wrong-jury-key', message: 'This jury link is not this session’s.' },
    });
    render(<JuryPage client={client} code="JURY01" juryKey="k3y-from-the-link-0123456" />);
    const form = await screen.findByRole('form', { name: t('ui.jury.join-title') });
    expect(screen.getByRole('combobox', { name: t('ui.language.label') })).toBeTruthy();
    const user = userEvent.setup();
    await user.type(within(form).getByRole('textbox', { name: t('ui.jury.your-name') }), 'Judge Amara');
    await user.click(within(form).getByRole('button', { name: t('ui.jury.join') }));
    expect(client.joins).toEqual([
      { seat: { kind: 'juror' }, name: 'Judge Amara', key: 'k3y-from-the-link-0123456' },
    ]);
    // A refusal is said in the reader's language, as an alert under the form.
    expect((await screen.findByRole('alert')).textContent).toBe(t('server.wrong-jury-key'));
  });
});
