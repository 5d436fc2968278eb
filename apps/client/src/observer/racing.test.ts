import { INSTRUCTOR, type InstructorView, OBSERVER, type ObserverView } from '@crossborder/engine';
import { describe, expect, it } from 'vitest';
import { kindName, t } from '../i18n.js';
import {
  bundled,
  DAY,
  Game,
  preservationOfHostingLogs,
  thinMlaForHostingLogs,
  tutorialDayOne,
} from '../test/fixtures.js';
import { evidenceAtRiskLines, objectivesByTeam, requestsInFlight } from './racing.js';

const tutorial = await bundled('tutorial');
const HOUR = 60;

const projector = (game: Game) => game.engine.view(game.state, OBSERVER) as ObserverView;
const revealed = (game: Game) => game.engine.view(game.state, INSTRUCTOR) as InstructorView;

describe('what the room races: requests in flight', () => {
  it('says when a request on its way arrives, then the deadline asked for, nearest first', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', thinMlaForHostingLogs(caseId, { suggestedDeadline: 6 * DAY }));
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const lines = requestsInFlight(projector(game), DAY);
    // The preservation arrived at once and has no deadline asked for: it goes last.
    expect(lines.map((line) => line.title)).toEqual([
      t('ui.observer.race-request', { kind: kindName('stored-data'), from: 'Aldoria', to: 'Borealis' }),
      t('ui.observer.race-request', { kind: kindName('preservation'), from: 'Aldoria', to: 'Borealis' }),
    ]);
    expect(lines[0]?.detail).toMatch(/^on its way, arrives in \d+h$/);
    expect(lines[1]?.detail).toBe(t('ui.observer.race-open', { status: t('ui.status.received') }));
    expect(lines.map((line) => [line.soon, line.late])).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('marks a deadline within a day as soon, and one passed as late, with how long ago', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', thinMlaForHostingLogs(caseId, { suggestedDeadline: 4 * DAY }));
    game.at(4 * DAY - 2 * HOUR);
    const [soon] = requestsInFlight(projector(game), 4 * DAY - 2 * HOUR);
    expect(soon).toMatchObject({ soon: true, late: false, at: 4 * DAY });
    expect(soon?.detail).toBe(t('ui.observer.race-asked', { status: t('ui.status.received'), left: '2h' }));
    game.at(5 * DAY);
    const [late] = requestsInFlight(projector(game), 5 * DAY);
    expect(late).toMatchObject({ soon: false, late: true });
    expect(late?.detail).toBe(t('ui.observer.race-late', { status: t('ui.status.received'), ago: '1d' }));
  });

  it('lets a request go once it is finished, and shows none to a team’s own view', () => {
    const { game, caseId } = tutorialDayOne(tutorial);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
    game.do('borealis', { type: 'executeRequest', requestId: id });
    game.at(3 * DAY);
    expect(requestsInFlight(projector(game), 3 * DAY)).toEqual([]);
    expect(requestsInFlight(game.view('aldoria'), 3 * DAY)).toEqual([]);
  });
});

describe('what the room races: evidence at risk', () => {
  it('counts down data every team knows, says when it is preserved, and when it was lost', () => {
    const shared = structuredClone(tutorial);
    const logs = shared.case.evidence['hosting-logs'];
    if (logs) logs.knownBy = ['aldoria', 'borealis'];
    const game = new Game(shared);
    const title = t('ui.observer.risk-item', {
      evidence: 'Northwind Hosting control-panel logs',
      country: 'Borealis',
    });
    const [counting] = evidenceAtRiskLines(projector(game), 5 * DAY + 12 * HOUR);
    expect(counting).toMatchObject({ title, soon: true, late: false });
    expect(counting?.detail).toBe(t('ui.observer.risk-deleted-in', { left: '12h' }));

    game.at(7 * DAY);
    const [lost] = evidenceAtRiskLines(projector(game), 7 * DAY);
    expect(lost).toMatchObject({ title, detail: t('ui.observer.risk-lost'), late: true });
  });

  it('in order: the soonest deleted first, then what a preservation holds, then what is lost', () => {
    const view = revealed(new Game(tutorial));
    const atRisk = {
      lost: { title: 'Lost', country: 'borealis', until: null, preserved: false, lostAt: DAY },
      held: { title: 'Held', country: 'borealis', until: null, preserved: true, lostAt: null },
      later: { title: 'Later', country: 'aldoria', until: 9 * DAY, preserved: true, lostAt: null },
      sooner: { title: 'Sooner', country: 'aldoria', until: 3 * DAY, preserved: false, lostAt: null },
    };
    const lines = evidenceAtRiskLines({ ...view, atRisk }, 2 * DAY);
    expect(lines.map((line) => line.id)).toEqual(['sooner', 'later', 'held', 'lost']);
    // Kept for more than a month: not at risk yet.
    const kept = { title: 'Kept', country: 'aldoria', until: 40 * DAY, preserved: false, lostAt: null };
    expect(
      evidenceAtRiskLines({ ...view, atRisk: { ...atRisk, kept } }, 2 * DAY).map((line) => line.id),
    ).not.toContain('kept');
    expect(lines[1]?.detail).toBe(t('ui.observer.risk-preserved', { left: '7d' }));
    expect(lines[2]?.detail).toBe(t('ui.observer.risk-held'));
  });
});

describe('each team’s objectives', () => {
  it('groups them by team, an objective of two teams under each, the shared ones last', () => {
    const scenario = structuredClone(tutorial);
    const [first, second] = Object.keys(scenario.objectives);
    if (!first || !second) throw new Error('the tutorial has objectives');
    const one = scenario.objectives[first];
    const two = scenario.objectives[second];
    if (one) one.for = ['aldoria', 'borealis'];
    if (two) two.for = 'all';
    const game = new Game(scenario);
    const teams = objectivesByTeam(projector(game));
    expect(teams.map((team) => team.name)).toEqual(['Aldoria', 'Borealis', t('ui.observer.every-team')]);
    for (const team of teams.slice(0, 2)) expect(team.objectives.map((item) => item.id)).toContain(first);
    const everyTeams = Object.entries(scenario.objectives).filter(([, objective]) => objective.for === 'all');
    expect(teams[2]?.objectives.map((item) => item.id)).toEqual(everyTeams.map(([id]) => id));
    expect(teams[2]?.objectives.map((item) => item.id)).toContain(second);
    expect(teams[0]?.objectives.every((item) => item.state === 'open')).toBe(true);
    // Revealed, the instructor's view groups them the same way.
    expect(objectivesByTeam(revealed(game))).toEqual(teams);
    expect(objectivesByTeam(game.view('aldoria'))).toEqual([]);
  });
});
