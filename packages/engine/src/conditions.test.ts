import { readFileSync } from 'node:fs';
import { loadScenarioText, type Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { event } from './decide/tools.js';
import { createEngine } from './engine.js';
import { evolve } from './evolve.js';
import type { Event } from './model/events.js';
import type { State } from './model/state.js';

/**
 * Compound conditions and time windows, played through the engine: the world changes by events
 * at chosen game minutes (an arrest, a seizure), and the test reads which injects fire, and when.
 */
const HOUR = 60;
const DAY = 24 * HOUR;

const base = readFileSync(new URL('../../scenario/test/base.yaml', import.meta.url), 'utf8');
/** The base scenario (two countries, suspect vex, evidence c2-logs and subscriber) with these injects. */
function scenarioWith(injects: string, objectives = ''): Scenario {
  const head = base.slice(0, base.indexOf('injects:'));
  const source = `${head}injects:${injects ? `\n${injects}` : ' {}'}\nobjectives:\n  identify:\n    title: Identify Vex\n    when: { suspectIdentified: vex, by: aldoria }\n    points: 50\n${objectives}`;
  const { scenario, issues } = loadScenarioText(source, 'test.yaml');
  if (!scenario)
    throw new Error(issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`).join('\n'));
  return scenario;
}

const ACTION_DAY = `  wipe:
    title: The rest is wiped
    message: Word of the arrest spread; the remaining servers were wiped.
    when:
      not:
        all: [{ evidenceObtained: c2-logs }, { evidenceObtained: subscriber }]
        within: 1h
        of: { suspectArrested: vex }
`;

/** A session moved by hand: events at chosen minutes, then time passing. */
class World {
  readonly engine;
  readonly state: State;
  readonly log: Event[] = [];
  constructor(scenario: Scenario) {
    this.engine = createEngine(scenario);
    this.state = this.engine.initialState();
  }
  until(at: number): this {
    this.log.push(...this.engine.catchUp(this.state, at));
    return this;
  }
  arrest(at: number): this {
    return this.happen(
      event('SuspectArrested', at, [], { suspectId: 'vex', by: 'borealis', pendingExtraditionTo: null }),
    );
  }
  seize(evidenceId: string, at: number): this {
    const copy = {
      at,
      via: { kind: 'shared', from: 'borealis' } as const,
      forCase: null,
      conditions: [],
      tainted: false,
    };
    return this.happen(event('EvidenceObtained', at, [], { evidenceId, country: 'aldoria', copy }));
  }
  share(from: string, to: string, at: number): this {
    const share = { from, to, at, facts: ['operator'], evidence: [], suspects: [], conditions: [] };
    return this.happen(event('InformationShared', at, [from, to], { shareId: `share-${at}`, share }));
  }
  hold(injectId: string, at: number): this {
    return this.happen(event('InjectHeld', at, [], { injectId }));
  }
  release(injectId: string, at: number): this {
    return this.happen(event('InjectReleased', at, [], { injectId }));
  }
  /** When each inject fired, by id. */
  fired(): Record<string, number> {
    return Object.fromEntries(
      this.log.flatMap((happened) =>
        happened.type === 'InjectFired' ? [[happened.injectId, happened.at]] : [],
      ),
    );
  }
  private happen(happened: Event): this {
    this.until(happened.at);
    evolve(this.state, happened);
    this.log.push(happened);
    return this.until(happened.at);
  }
}

describe('compound conditions', () => {
  it('fires an inject on all of its conditions when the last of them becomes true', () => {
    const world = new World(
      scenarioWith(`  both:
    title: Both
    message: Both happened.
    when: { all: [{ suspectArrested: vex }, { evidenceObtained: c2-logs, by: aldoria }] }
`),
    );
    world.arrest(2 * DAY).until(3 * DAY);
    expect(world.fired()).toEqual({});
    world.seize('c2-logs', 4 * DAY).until(5 * DAY);
    expect(world.fired()).toEqual({ both: 4 * DAY });
  });

  it('fires on any of its conditions at the first, and on not at once when the thing has not happened', () => {
    const world = new World(
      scenarioWith(`  either:
    title: Either
    message: One happened.
    when: { any: [{ suspectArrested: vex }, { evidenceObtained: c2-logs }] }
  still-free:
    title: Still free
    message: Vex is not arrested.
    when: { not: { suspectArrested: vex } }
`),
    );
    world.until(HOUR);
    expect(world.fired()).toEqual({ 'still-free': 0 });
    world
      .seize('c2-logs', DAY)
      .arrest(2 * DAY)
      .until(3 * DAY);
    expect(world.fired()).toEqual({ 'still-free': 0, either: DAY });
  });
});

describe('time windows: the action day', () => {
  it('wipes the rest in the minute after the hour from the arrest passes without every seizure', () => {
    const world = new World(scenarioWith(ACTION_DAY));
    world.seize('c2-logs', 2 * DAY).arrest(2 * DAY + 30);
    // The window is open: nothing is decided, and the engine wakes when it closes.
    expect(world.fired()).toEqual({});
    expect(world.engine.nextDue(world.state)).toBe(2 * DAY + 30 + HOUR + 1);
    world.until(3 * DAY);
    expect(world.fired()).toEqual({ wipe: 2 * DAY + 30 + HOUR + 1 });
  });

  it('wipes nothing when every device is seized within the hour, before the arrest included', () => {
    const world = new World(scenarioWith(ACTION_DAY));
    world
      .seize('c2-logs', DAY)
      .arrest(2 * DAY)
      .seize('subscriber', 2 * DAY + HOUR)
      .until(30 * DAY + 1);
    expect(world.fired()).toEqual({});
  });

  it('wipes nothing while nobody is arrested, to the end of the game', () => {
    const world = new World(scenarioWith(ACTION_DAY));
    world.until(30 * DAY + 1);
    expect(world.state.ended).toBe(true);
    expect(world.fired()).toEqual({});
  });

  it('counts a seizure one minute late as too late', () => {
    const world = new World(scenarioWith(ACTION_DAY));
    world
      .arrest(DAY)
      .seize('c2-logs', DAY)
      .seize('subscriber', DAY + HOUR + 1)
      .until(2 * DAY);
    expect(world.fired()).toEqual({ wipe: DAY + HOUR + 1 });
  });

  it('meets an objective with a window when its condition became true in time', () => {
    const world = new World(
      scenarioWith(
        '',
        `  action-day:
    title: Seize the server within the hour of the arrest
    when: { evidenceObtained: c2-logs, within: 1h, of: { suspectArrested: vex } }
    points: 20
`,
      ),
    );
    world
      .arrest(DAY)
      .seize('c2-logs', DAY + 45)
      .until(2 * DAY);
    expect(world.state.objectives['action-day']?.metAt).toBe(DAY + 45);
  });
});

describe('a delay on an inject (after)', () => {
  const delayed = `  tip-off:
    title: Word spreads
    message: An associate hears of the arrest.
    when: { suspectArrested: vex }
    after: 30m
`;

  it('is scheduled when its condition becomes true and fires that long after', () => {
    const world = new World(scenarioWith(delayed));
    world.arrest(DAY);
    expect(world.state.injects['tip-off']).toMatchObject({ status: 'pending', at: DAY + 30 });
    expect(world.fired()).toEqual({});
    expect(world.engine.nextDue(world.state)).toBe(DAY + 30);
    world.until(2 * DAY);
    expect(world.fired()).toEqual({ 'tip-off': DAY + 30 });
  });

  it('counts from the condition, not from when the instructor released the held inject', () => {
    const world = new World(scenarioWith(delayed));
    world
      .hold('tip-off', 0)
      .arrest(DAY)
      .release('tip-off', DAY + 2 * HOUR);
    expect(world.fired()).toEqual({ 'tip-off': DAY + 2 * HOUR });
  });

  it('counts from when a window closed, not from when anyone looked', () => {
    const world = new World(
      scenarioWith(
        ACTION_DAY.replace(
          '        of: { suspectArrested: vex }\n',
          '        of: { suspectArrested: vex }\n    after: 15m\n',
        ),
      ),
    );
    world.arrest(DAY).until(3 * DAY);
    expect(world.fired()).toEqual({ wipe: DAY + HOUR + 1 + 15 });
  });
});

describe('information shared (informationShared)', () => {
  const TOLD = `  told:
    title: Aldoria is told
    message: Borealis's liaison officer has passed on what it knows.
    when: { informationShared: aldoria, by: borealis }
`;

  it('fires when the country named receives information from the one in by, not before', () => {
    const world = new World(scenarioWith(TOLD)).until(DAY);
    expect(world.fired()).toEqual({});
    world.share('borealis', 'aldoria', DAY + 2 * HOUR);
    expect(world.fired()).toEqual({ told: DAY + 2 * HOUR });
  });

  it('does not fire on information shared the other way', () => {
    const world = new World(scenarioWith(TOLD)).until(DAY);
    world.share('aldoria', 'borealis', DAY + HOUR).until(3 * DAY);
    expect(world.fired()).toEqual({});
  });
});
