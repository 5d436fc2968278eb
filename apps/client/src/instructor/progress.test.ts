import { INSTRUCTOR, type InstructorView } from '@crossborder/engine';
import type { Progress, SeatsInfo } from '@crossborder/protocol';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, DAY, type Game, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { span } from '../time.js';
import { attentionFlags, inRealTime, lagAgainstModel, teamProgress } from './progress.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;
/** The tutorial's model answer (packages/report modelAnswer): what the bots reach, and when. */
const MODEL = { 'preserve-logs': 1560, 'obtain-logs': 4530, 'identify-kite': 3000, 'arrest-kite': 3360 };

const viewOf = (game: Game) => game.engine.view(game.state, INSTRUCTOR) as InstructorView;

function progressOf(lastCommandAt: Record<string, number> = {}, model: Progress['model'] = MODEL): Progress {
  return {
    objectives: Object.fromEntries(
      Object.entries(tutorial.objectives).map(([id, objective]) => [
        id,
        { title: objective.title, for: objective.for, deadline: objective.deadline ?? null },
      ]),
    ),
    model,
    lastCommandAt,
  };
}

/** Both seats taken by teams, no bot. */
const TEAMS: SeatsInfo = {
  countries: {
    aldoria: { bot: false, locked: false, team: 'Table 1', online: 1 },
    borealis: { bot: false, locked: false, team: 'Table 2', online: 1 },
  },
  observersSeeAll: false,
};

/** Day one, and Aldoria's preservation request received by Borealis. */
function requested() {
  const { game, caseId } = tutorialDayOne(tutorial);
  game.do('aldoria', preservationOfHostingLogs(caseId));
  const request = Object.values(game.state.requests)[0];
  if (!request) throw new Error('no request');
  return { game, request };
}

describe("a team's progress", () => {
  it('counts its objectives, says the next deadline it races and what waits for it, and for how long', () => {
    const { game, request } = requested();
    game.at(request.receivedAt + 5 * HOUR);
    const borealis = teamProgress(viewOf(game), progressOf(), 'borealis', game.now);
    // Borealis scores only the arrest, open.
    expect([borealis.met, borealis.open, borealis.missed]).toEqual([0, 1, 0]);
    expect(borealis.waiting).toHaveLength(1);
    expect(borealis.waiting[0]?.text).toContain('request from Aldoria');
    expect(borealis.waiting[0]?.waited).toBe(5 * HOUR);
    expect(borealis.violations).toBe(0);
    const aldoria = teamProgress(viewOf(game), progressOf(), 'aldoria', game.now);
    expect([aldoria.met, aldoria.open, aldoria.missed]).toEqual([0, 4, 0]);
    expect(aldoria.waiting).toEqual([]);
    // The preservation objective's deadline, day 5, comes before the logs' deletion on day 6.
    expect(aldoria.next).toEqual({
      what: t('ui.deadline.objective', { title: tutorial.objectives['preserve-logs']?.title ?? '' }),
      at: 5 * DAY,
    });
  });

  it('races the next deadline still ahead: one that falls due now is behind it', () => {
    const { game } = tutorialDayOne(tutorial);
    game.at(5 * DAY);
    const next = teamProgress(viewOf(game), progressOf(), 'aldoria', game.now).next;
    expect(next?.at).toBe(6 * DAY);
    expect(next?.what).toContain('Northwind Hosting control-panel logs');
  });

  it('is idle since its last command, or since the start; a bot is not idle', () => {
    const { game } = tutorialDayOne(tutorial);
    game.at(2 * DAY);
    expect(teamProgress(viewOf(game), progressOf({ aldoria: DAY }), 'aldoria', game.now).idle).toBe(DAY);
    expect(teamProgress(viewOf(game), progressOf(), 'borealis', game.now).idle).toBe(2 * DAY);
    expect(teamProgress(viewOf(game), progressOf(), 'borealis', game.now, true).idle).toBeNull();
  });
});

describe('lag against the model answer', () => {
  const lagOf = (game: Game, objective: string, country: string, model?: Progress['model']) =>
    lagAgainstModel(viewOf(game), progressOf({}, model), ['aldoria', 'borealis'], game.now)?.find(
      (row) => row.objective === objective,
    )?.teams[country];

  it('is on track until the model meets an objective, then behind by a gap that grows with the clock', () => {
    const { game } = tutorialDayOne(tutorial);
    expect(lagOf(game, 'preserve-logs', 'aldoria')).toEqual({ kind: 'on-track', by: 1560 - DAY });
    game.at(1560);
    expect(lagOf(game, 'preserve-logs', 'aldoria')).toEqual({ kind: 'on-track', by: 0 });
    game.at(1561);
    expect(lagOf(game, 'preserve-logs', 'aldoria')).toEqual({ kind: 'behind', by: 1 });
    game.at(1560 + 6 * HOUR);
    expect(lagOf(game, 'preserve-logs', 'aldoria')).toEqual({ kind: 'behind', by: 6 * HOUR });
    // Not Borealis's objective.
    expect(lagOf(game, 'preserve-logs', 'borealis')).toEqual({ kind: 'none' });
  });

  it('compares the time an objective was met with the model’s', () => {
    const { game, request } = requested();
    game.at(request.receivedAt + HOUR);
    game.do('borealis', { type: 'executeRequest', requestId: request.id });
    game.at(3 * DAY);
    const metAt = game.state.objectives['preserve-logs']?.metAt ?? 0;
    expect(metAt).toBeGreaterThan(0);
    expect(lagOf(game, 'preserve-logs', 'aldoria')).toEqual(
      metAt > 1560 ? { kind: 'met-behind', by: metAt - 1560 } : { kind: 'met-ahead', by: 1560 - metAt },
    );
    expect(lagOf(game, 'preserve-logs', 'aldoria', { ...MODEL, 'preserve-logs': metAt - 30 })).toEqual({
      kind: 'met-behind',
      by: 30,
    });
  });

  it('has nothing to compare with where the bots cannot meet an objective, and nothing while the model is computed', () => {
    const { game } = tutorialDayOne(tutorial);
    game.at(9 * DAY);
    expect(lagOf(game, 'arrest-kite', 'borealis', { ...MODEL, 'arrest-kite': null })).toEqual({
      kind: 'no-model',
      met: false,
    });
    expect(lagAgainstModel(viewOf(game), progressOf({}, null), ['aldoria'], game.now)).toBeNull();
  });

  it('says an objective missed at its deadline', () => {
    const { game } = tutorialDayOne(tutorial);
    game.at(5 * DAY + 1);
    expect(lagOf(game, 'preserve-logs', 'aldoria')).toEqual({ kind: 'missed' });
  });
});

describe('attention flags', () => {
  const flagsAt = (game: Game, last: Record<string, number> | null, seats: SeatsInfo | null = TEAMS) =>
    attentionFlags(viewOf(game), last, seats, game.now);

  it('flag a team idle for a game day, not a minute less, nor a bot, nor an empty seat', () => {
    const { game } = tutorialDayOne(tutorial);
    game.at(2 * DAY);
    const idle = (last: Record<string, number>, seats?: SeatsInfo) =>
      flagsAt(game, last, seats).filter((flag) => flag.key.startsWith('idle:'));
    expect(idle({ aldoria: DAY, borealis: DAY + 1 }).map((flag) => flag.text)).toEqual([
      t('ui.progress.flag-idle', { country: 'Aldoria', idle: span(DAY) }),
    ]);
    const bots: SeatsInfo = {
      ...TEAMS,
      countries: { ...TEAMS.countries, aldoria: { bot: true, locked: false, team: null, online: 0 } },
    };
    expect(idle({}, bots).map((flag) => flag.key)).toEqual(['idle:borealis']);
    // Until the server said when each team last acted, no idle time is known.
    expect(flagsAt(game, null).filter((flag) => flag.key.startsWith('idle:'))).toEqual([]);
  });

  it('flag data deleted within a day that nobody has asked to preserve, by its title', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    const recent = { aldoria: 6 * DAY, borealis: 6 * DAY };
    game.at(5 * DAY - 1);
    expect(flagsAt(game, recent).filter((flag) => flag.key.startsWith('evidence:'))).toEqual([]);
    game.at(5 * DAY);
    const [flag] = flagsAt(game, recent).filter((found) => found.key.startsWith('evidence:'));
    expect(flag?.text).toBe(
      t('ui.progress.flag-evidence', {
        evidence: 'Northwind Hosting control-panel logs',
        left: span(DAY),
        countries: 'Aldoria',
      }),
    );
    expect(flag?.text).not.toContain('hosting-logs');
    game.do('aldoria', preservationOfHostingLogs(caseId));
    expect(flagsAt(game, recent).filter((found) => found.key.startsWith('evidence:'))).toEqual([]);
  });

  it('flag a request left unanswered past its processing time, not at it', () => {
    const { game, request } = requested();
    const recent = () => ({ aldoria: game.now, borealis: game.now });
    // Borealis takes 12 hours to process a preservation request.
    game.at(request.receivedAt + 12 * HOUR);
    expect(flagsAt(game, recent()).filter((flag) => flag.key.startsWith('request:'))).toEqual([]);
    game.at(request.receivedAt + 12 * HOUR + 1);
    const [flag] = flagsAt(game, recent()).filter((found) => found.key.startsWith('request:'));
    expect(flag?.text).toContain('Borealis has not answered the');
    expect(flag?.text).toContain('from Aldoria');
    expect(flag?.text).not.toContain(request.id);
  });

  it('are none once the session has ended', () => {
    const { game } = tutorialDayOne(tutorial);
    game.at(3 * DAY);
    game.do(INSTRUCTOR, { type: 'endSession' });
    expect(flagsAt(game, {})).toEqual([]);
  });
});

describe('a span in game and real time', () => {
  it('says the real time at the clock’s speed, and none in rounds mode', () => {
    const clock = { mode: 'realtime', running: true, speed: 60, game: 0, wall: 0, roundLength: 60 } as const;
    expect(inRealTime(6 * HOUR, clock)).toBe(
      t('ui.progress.game-and-real', { game: span(6 * HOUR), real: span(6), speed: 60 }),
    );
    expect(inRealTime(6 * HOUR, { ...clock, mode: 'rounds' })).toBe(span(6 * HOUR));
  });
});
