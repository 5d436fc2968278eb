import { citationText, EN, translate } from '@crossborder/i18n';
import { RULES, type Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { botCommands, type CountryView, describeEvent, type Event } from '../../src/index.js';
import { bundled, DAY, HOUR, Play, SAFEGUARDS } from '../support.js';
import {
  consult,
  expectRule,
  expectViolation,
  fixture,
  JUDGE,
  PRESERVATION,
  start,
  teach,
  violations,
} from './setup.js';

/** The fixture with a change to its scenario. */
function variant(change: (scenario: Scenario) => void): Scenario {
  const scenario = structuredClone(fixture);
  change(scenario);
  return scenario;
}

const tippedOff = (events: readonly Event[]) =>
  events.flatMap((event) => (event.type === 'SuspectTippedOff' ? [event] : []));

describe('rule execution.own-authority', () => {
  it("a State executing a coercive measure for another names its own authority; the requester's does not stand in", () => {
    const { play, request, send } = start();
    const silent = send(request());
    expectViolation(
      play.do('borealis', { type: 'executeRequest', requestId: silent }),
      'execution.own-authority',
      'borealis',
    );
    const named = send(request());
    const events = play.do('borealis', { type: 'executeRequest', requestId: named, authorisedBy: JUDGE });
    expect(violations(events)).toEqual([]);
    expect(play.state.requests[named]?.executionAuthorisedBy).toBe(JUDGE);
    const started = events.find((event) => event.type === 'ExecutionStarted');
    const line = started && describeEvent(play.engine.ctx, started);
    expect(line && translate(EN, EN, line.key, line.params)).toContain(JUDGE);
  });

  it('locating a person for the police is no coercive measure: no authority is asked', () => {
    const { play, request, send } = start();
    const id = send(
      request({
        kind: 'police-cooperation',
        channel: 'police',
        subject: { suspect: 'vex' },
        suggestedDeadline: undefined,
        deadlineReason: undefined,
      }),
    );
    expect(violations(play.do('borealis', { type: 'executeRequest', requestId: id }))).toEqual([]);
  });

  it("a bot names its country's executing authority, from the scenario", () => {
    const scenario = variant((s) => {
      const borealis = s.countries.borealis;
      if (borealis) borealis.law.executingAuthority = 'The Borealis Court of Inquiry';
    });
    const { play, request, send } = start(scenario);
    const id = send(request());
    play.at(play.now + 1);
    const commands = botCommands(play.engine.view(play.state, 'borealis') as CountryView, play.now);
    expect(commands).toContainEqual({
      type: 'executeRequest',
      requestId: id,
      authorisedBy: 'The Borealis Court of Inquiry',
    });
  });
});

describe('rule execution.human-rights', () => {
  it('a State may refuse a measure that would breach human rights, with reasons, after consulting', () => {
    const { play, request, send } = start();
    const id = send(request());
    const refusal = {
      type: 'refuseRequest',
      requestId: id,
      ground: 'human-rights',
      reasons: 'The account belongs to a journalist; disclosure would expose her sources.',
    } as const;
    expectRule(play.rejected('borealis', refusal), 'mla.consult-before-refusal');
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', refusal);
    expect(play.state.requests[id]?.refusal?.ground).toBe('human-rights');
    expect(citationText(RULES['execution.human-rights'].citations)).toBe('Arts 6, 24');
  });

  it('stays a ground under a treaty that lists others: no treaty obliges a breach', () => {
    const scenario = variant((s) => {
      const aldoria = s.countries.aldoria;
      if (aldoria)
        aldoria.treaties = {
          ab: {
            kind: 'mla',
            with: 'borealis',
            name: 'Aldoria-Borealis MLA Treaty',
            refusalGrounds: ['essential-interests'],
            contents: { add: [], waive: [] },
            conventionApplies: false,
          } as never,
        };
    });
    const { play, request, send } = start(scenario);
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'human-rights',
      reasons: 'Disclosure would expose a journalist’s sources.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

/** Borealis's law lets personal data go to Aldoria only on its conditions (Art. 36). */
const onConditions = variant((s) => {
  const borealis = s.countries.borealis;
  if (borealis)
    borealis.law.dataProtection = {
      conditions: ['Used only for this investigation'],
      forbidsTransferTo: [],
      onConditionsTo: ['aldoria'],
    };
});

describe('rule data-protection.conditions', () => {
  it('personal data goes only once the conditions are offered and accepted; they then bind the receiver', () => {
    const { play, request, send } = start(onConditions);
    const id = send(request());
    const execute = { type: 'executeRequest', requestId: id, authorisedBy: JUDGE } as const;
    expectRule(play.rejected('borealis', execute), 'data-protection.conditions');
    play.do('borealis', {
      type: 'offerConditions',
      requestId: id,
      conditions: ['Used only for this investigation'],
    });
    expectRule(play.rejected('borealis', execute), 'data-protection.conditions');
    play.do('aldoria', { type: 'answerConditions', requestId: id, accept: true });
    play.do('borealis', execute);
    play.at(3 * DAY);
    expect(play.state.evidence['logs-b']?.obtainedBy.aldoria?.conditions).toContain(
      'Used only for this investigation',
    );
    // Use beyond them, as the engine can see it: passing the data on.
    expectViolation(
      play.do('aldoria', {
        type: 'shareInformation',
        to: 'caldera',
        facts: [],
        evidence: ['logs-b'],
        conditions: [],
      }),
      'mla.conditions-bind',
      'aldoria',
    );
  });

  it('declined conditions make a data-protection refusal lawful; before any offer it is not', () => {
    const { play, request, send } = start(onConditions);
    const id = send(request());
    const refusal = {
      type: 'refuseRequest',
      requestId: id,
      ground: 'data-protection',
      reasons: 'Our law allows the transfer only on our conditions, which were declined.',
    } as const;
    consult(play, 'borealis', id, 'aldoria');
    expectRule(play.rejected('borealis', refusal), 'data-protection.conditions');
    play.do('borealis', { type: 'offerConditions', requestId: id, conditions: ['Only for this case'] });
    play.do('aldoria', { type: 'answerConditions', requestId: id, accept: false });
    play.do('borealis', refusal);
    expect(play.state.requests[id]?.status).toBe('refused');
  });

  it('a bot offers its conditions first, executes once they are accepted, refuses once declined', () => {
    for (const accept of [true, false]) {
      const { play, request, send } = start(onConditions);
      const id = send(request());
      play.at(play.now + 1);
      const bot = () => botCommands(play.engine.view(play.state, 'borealis') as CountryView, play.now);
      expect(bot()).toContainEqual({
        type: 'offerConditions',
        requestId: id,
        conditions: ['Used only for this investigation'],
      });
      play.do('borealis', {
        type: 'offerConditions',
        requestId: id,
        conditions: ['Used only for this investigation'],
      });
      expect(bot().filter((command) => 'requestId' in command && command.requestId === id)).toEqual([]);
      play.do('aldoria', { type: 'answerConditions', requestId: id, accept });
      const next = bot().find((command) => 'requestId' in command && command.requestId === id);
      expect(next?.type).toBe(accept ? 'executeRequest' : 'refuseRequest');
      if (next) play.do('borealis', next);
      expect(play.state.requests[id]?.status).toBe(accept ? 'executing' : 'refused');
    }
  });
});

/** Kestrel Net (Borealis) and AldoNet (Aldoria) tell their customers of every order. */
const telling = variant((s) => {
  for (const id of ['kestrel-net', 'aldo-isp']) {
    const provider = s.case.providers[id];
    if (provider) provider.notifiesCustomers = true;
  }
});

describe('rule confidentiality.tip-off', () => {
  it('a request reaching a provider that tells its customers tips the suspect off, unless confidential', () => {
    const open = start(telling);
    const id = open.send(open.preservation());
    const events = open.play.do('borealis', { type: 'executeRequest', requestId: id, authorisedBy: JUDGE });
    expect(tippedOff(events).map((event) => [event.suspectId, event.tipOff.cause, event.tipOff.by])).toEqual([
      ['vex', 'provider', 'aldoria'],
    ]);
    expect(open.play.state.suspects.vex?.tippedOff?.via).toEqual({ kind: 'request', request: id });
    // No team sees the call; the debrief says why, with the rule, its article and the remedy.
    const [tip] = tippedOff(events);
    expect(tip?.visibleTo).toEqual([]);
    const line = tip && describeEvent(open.play.engine.ctx, tip);
    const said = line ? translate(EN, EN, line.key, line.params) : '';
    expect(said).toContain('Kestrel Net');
    expect(said).toContain('confidentiality.tip-off');
    expect(said).toContain(citationText(RULES['confidentiality.tip-off'].citations));
    expect(said).toContain('confidentiality would have prevented it');

    const kept = start(telling);
    const quiet = kept.send(kept.preservation({ confidential: true }));
    expect(
      tippedOff(kept.play.do('borealis', { type: 'executeRequest', requestId: quiet, authorisedBy: JUDGE })),
    ).toEqual([]);
    expect(kept.play.state.suspects.vex?.tippedOff).toBeNull();
  });

  it('a domestic order to such a provider tips him off unless it is ordered confidential', () => {
    const order = (confidential: boolean) => {
      const { play, caseId } = start(telling);
      return play.do('aldoria', {
        type: 'takeMeasure',
        caseId,
        kind: 'preservation-order',
        target: { evidence: 'mailbox-a' },
        safeguards: SAFEGUARDS,
        confidential,
      });
    };
    expect(tippedOff(order(false)).map((event) => event.tipOff.via.kind)).toEqual(['measure']);
    expect(tippedOff(order(true))).toEqual([]);
  });

  it('a law that makes providers tell account holders of disclosures tips him off, confidential or not; preserving does not', () => {
    const law = variant((s) => {
      const borealis = s.countries.borealis;
      if (borealis) borealis.law.notifiesDataSubjects = true;
    });
    const { play, request, preservation, send } = start(law);
    const preserved = send(preservation({ confidential: true }));
    expect(
      tippedOff(play.do('borealis', { type: 'executeRequest', requestId: preserved, authorisedBy: JUDGE })),
    ).toEqual([]);
    const disclosed = send(request({ confidential: true }));
    play.do('borealis', {
      type: 'notifyConfidentiality',
      requestId: disclosed,
      text: 'Our law tells the holder.',
    });
    const events = play.do('borealis', { type: 'executeRequest', requestId: disclosed, authorisedBy: JUDGE });
    expect(tippedOff(events).map((event) => event.tipOff.cause)).toEqual(['law']);
  });

  it('the scenario sets the consequence: an inject on suspectTippedOff (here, Vex leaves for Caldera)', () => {
    const scenario = variant((s) => {
      for (const id of ['kestrel-net']) {
        const provider = s.case.providers[id];
        if (provider) provider.notifiesCustomers = true;
      }
      s.injects['vex-runs'] = {
        title: 'Vex is warned',
        message: 'Vex has stopped using his accounts.',
        when: { suspectTippedOff: 'vex' },
        audience: 'all',
        effects: [{ moveSuspect: { suspect: 'vex', to: 'caldera' } }],
      } as never;
    });
    const { play, preservation, send } = start(scenario);
    const id = send(preservation());
    play.do('borealis', { type: 'executeRequest', requestId: id, authorisedBy: JUDGE });
    play.at(play.now + HOUR);
    expect(play.state.injects['vex-runs']?.status).toBe('fired');
    expect(play.state.suspects.vex?.location).toBe('caldera');
  });
});

describe('rule confidentiality.tip-off in a bundled scenario', () => {
  it('botnet: Silverline tells its customer of a preservation not asked to be confidential, and the C2 is wiped', async () => {
    const play = (confidential: boolean) => {
      const game = new Play(botnet);
      game.do('veldmark', { type: 'openCase', title: 'Nightjar', offences: ['ddos-for-hire'] });
      teach(game, 'veldmark', { evidence: ['silverline-vpn-logs'] });
      game.do('veldmark', {
        type: 'sendRequest',
        kind: 'preservation',
        to: 'coralia',
        caseId: game.lastId('CaseOpened'),
        offence: 'ddos-for-hire',
        channel: '24-7-network',
        language: 'en',
        subject: { evidence: ['silverline-vpn-logs'] },
        contents: PRESERVATION,
        confidential,
      });
      game.at(game.now + 1);
      game.do('coralia', {
        type: 'executeRequest',
        requestId: game.lastId('RequestSent'),
        authorisedBy: 'Juzgado de Instrucción',
      });
      game.at(game.now + HOUR);
      return game.state;
    };
    const botnet = await bundled('botnet');
    const told = play(false);
    expect(told.suspects.mako?.tippedOff?.provider).toBe('silverline-vpn');
    expect(told.injects['operators-warned']?.status).toBe('fired');
    expect(told.evidence['c2-server']?.status).toBe('lost');
    const kept = play(true);
    expect(kept.suspects.mako?.tippedOff).toBeNull();
    expect(kept.injects['operators-warned']?.status).toBe('pending');
    expect(kept.evidence['c2-server']?.status).toBe('available');
  });
});
