import { describe, expect, it } from 'vitest';
import { borealisReady, withBody } from '../../test/plans-fixture.js';
import { start, teach } from '../../test/rules/setup.js';
import { DAY, HOUR, type Play } from '../../test/support.js';
import type { Command } from '../model/commands.js';
import type { CountryView } from '../view/types.js';
import { commonActionTime } from './agree.js';
import { botCommands } from './index.js';

const view = (play: Play, country: string) => play.engine.view(play.state, country) as CountryView;
const bot = (play: Play, country: string): Command[] => botCommands(view(play, country), play.now);
const ofType = <T extends Command['type']>(commands: Command[], type: T) =>
  commands.filter((command): command is Extract<Command, { type: T }> => command.type === type);

/** Plays every bot's commands for a few rounds at the current time (as the simulator does). */
function playBots(play: Play, rounds = 6): Command[] {
  const given: Command[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const country of play.engine.ctx.countries) {
      for (const command of bot(play, country)) {
        const result = play.engine.act(play.state, country, command, play.now);
        if (!result.rejection) given.push(command);
      }
    }
  }
  return given;
}

describe('a bot and the agreements the case plans', () => {
  it('does not propose a joint team before the case calls for it, and proposes it with its members then', () => {
    const { play } = start(withBody());
    const before = playBots(play);
    expect(
      ofType(before, 'proposeAgreement').filter((command) => command.kind === 'joint-investigation-team'),
    ).toEqual([]);
    // The plan's condition: evidence obtained of Borealis's logs.
    teach(play, 'aldoria', { obtained: { evidence: ['logs-b'], from: 'borealis' } });
    const after = playBots(play);
    const proposals = ofType(after, 'proposeAgreement').filter(
      (command) => command.kind === 'joint-investigation-team',
    );
    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.members).toEqual(['aldoria', 'borealis']);
    expect(view(play, 'aldoria').plans.team?.signedAt).toBe(play.now);
  });

  it('meets under the coordination body when every member belongs to it', () => {
    const { play } = start(withBody());
    playBots(play);
    const meetings = Object.values(play.state.consultations).filter(
      (consultation) => consultation.topic === 'coordination-meeting',
    );
    expect(meetings.length).toBeGreaterThan(0);
  });
});

describe('a bot and an action day', () => {
  it('holds its arrest and its seizure of a device while the planned action day is not agreed', () => {
    const scenario = withBody();
    // Only Borealis's own proposal could agree it: Aldoria is to propose, and does nothing here.
    const { play } = borealisReady(scenario);
    const commands: Command[] = [];
    for (let round = 0; round < 6; round++) {
      for (const command of bot(play, 'borealis')) {
        if (!play.engine.act(play.state, 'borealis', command, play.now).rejection) commands.push(command);
      }
    }
    expect(ofType(commands, 'openCase').length).toBeGreaterThan(0);
    const measures = ofType(commands, 'takeMeasure');
    expect(measures.filter((command) => command.kind === 'arrest')).toEqual([]);
    expect(measures.filter((command) => command.kind === 'search-and-seizure')).toEqual([]);
  });

  it('arrests and seizes at the common action time once the action day is agreed', () => {
    const { play } = borealisReady();
    const given = playBots(play);
    const day = Object.values(play.state.agreements).find((agreement) => agreement.kind === 'action-day');
    expect(day?.concludedAt).toBe(0);
    const at = day?.terms.actionAt ?? 0;
    expect(at).toBeGreaterThan(0);
    const measures = ofType(given, 'takeMeasure');
    const arrest = measures.find((command) => command.kind === 'arrest');
    const seizure = measures.find((command) => command.kind === 'search-and-seizure');
    expect(arrest?.executeAt).toBe(at);
    expect(seizure?.executeAt).toBe(at);
    play.at(at);
    expect(play.state.suspects.vex?.arrestedAt.borealis).toBe(at);
    expect(play.state.evidence.laptop?.obtainedBy.borealis?.at).toBe(at);
  });

  it('acts at once when the case plans no action day', () => {
    const scenario = withBody();
    scenario.case.agreements = {};
    const { play } = borealisReady(scenario);
    const arrest = ofType(playBots(play), 'takeMeasure').find((command) => command.kind === 'arrest');
    expect(arrest).toBeDefined();
    expect(arrest?.executeAt).toBeUndefined();
  });

  it('sets the common time at the next whole hour by which the slowest member can act, with an hour to spare', () => {
    const { play } = start(withBody());
    // A search takes a day, an arrest six hours: a day and an hour from 10:30, rounded up to 12:00.
    expect(commonActionTime(view(play, 'aldoria'), ['aldoria', 'borealis'], 10 * HOUR + 30)).toBe(
      DAY + 12 * HOUR,
    );
  });
});

describe('a bot in a case that plans no agreement', () => {
  it('does not form the joint team its objective names before it holds any evidence', () => {
    const scenario = withBody();
    scenario.case.agreements = {};
    scenario.objectives = {
      team: { title: 'Team', for: 'all', when: { agreementReached: 'joint-investigation-team' }, points: 5 },
    };
    const { play } = start(scenario);
    const given = playBots(play);
    expect(ofType(given, 'proposeAgreement')).toEqual([]);
  });

  it('leaves an objective’s kind of agreement to the plan of that kind, when the case has one', () => {
    const scenario = withBody();
    scenario.objectives = {
      team: { title: 'Team', for: 'all', when: { agreementReached: 'joint-investigation-team' }, points: 5 },
    };
    const { play } = start(scenario);
    // Aldoria holds evidence, but the plan's condition (Borealis's logs obtained) is not met.
    teach(play, 'aldoria', { obtained: { evidence: ['home-logs'], from: 'borealis' } });
    const proposals = ofType(playBots(play), 'proposeAgreement');
    expect(proposals.filter((command) => command.kind === 'joint-investigation-team')).toEqual([]);
  });
});
