import { citationText, EN } from '@crossborder/i18n';
import { RULES } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { DAY, Play, text } from '../support.js';
import {
  consult,
  expectRule,
  expectViolation,
  fixture,
  ruleWords,
  start,
  teach,
  violations,
} from './setup.js';

/** The fixture with a change, Aldoria's case open on the intrusion and Vex located in Borealis. */
function locatedIn(change: (scenario: typeof fixture) => void) {
  const scenario = structuredClone(fixture);
  change(scenario);
  const play = new Play(scenario);
  play.do('aldoria', { type: 'openCase', title: 'x', offences: ['intrusion'] });
  teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
  const command = start().request({
    caseId: play.lastId('CaseOpened'),
    kind: 'extradition',
    subject: { suspect: 'vex' },
  });
  return { play, command };
}

/** Aldoria has identified and located Vex in Borealis. */
function located() {
  const setup = start();
  teach(setup.play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
  const extradition = () => setup.request({ kind: 'extradition', subject: { suspect: 'vex' } });
  return { ...setup, extradition };
}

describe('rule extradition.convention-offence', () => {
  it('extradition under the convention is for convention offences only', () => {
    const { play, extradition } = located();
    expectRule(
      play.rejected('aldoria', { ...extradition(), offence: 'blackmail' }),
      'extradition.convention-offence',
    );
    play.do('aldoria', extradition());
  });
});

describe('rule extradition.person-present', () => {
  it('extradition is asked of the State where the person is known to be', () => {
    const { play, extradition } = located();
    expectRule(
      play.rejected('aldoria', { ...extradition(), to: 'caldera', channel: 'diplomatic', language: 'es' }),
      'extradition.person-present',
    );
  });

  it('the requested State may refuse when the person is not there, and not when he is', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'person-not-present',
        reasons: 'We have not seen him.',
      }),
      'extradition.person-present',
    );
  });
});

describe('rule extradition.dual-criminality', () => {
  it('the intrusion is criminal in Borealis too: no refusal for lack of dual criminality', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'no-dual-criminality',
        reasons: 'We call it something else.',
      }),
      'extradition.dual-criminality',
    );
  });
});

describe('rule extradition.minimum-penalty', () => {
  it('an offence punished by less than a year in either State is not extraditable', () => {
    const scenario = structuredClone(fixture);
    const aldoria = scenario.countries.aldoria;
    if (aldoria) {
      aldoria.law.criminalises['illegal-access'] = { name: 'Trespass', maxPenaltyYears: 0.5 };
      aldoria.law.criminalises['data-interference'] = { name: 'Sabotage', maxPenaltyYears: 0.5 };
    }
    const play = new Play(scenario);
    play.do('aldoria', { type: 'openCase', title: 'x', offences: ['intrusion'] });
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const command = start().request({
      caseId: play.lastId('CaseOpened'),
      kind: 'extradition',
      subject: { suspect: 'vex' },
    });
    expectRule(play.rejected('aldoria', command), 'extradition.minimum-penalty');
  });

  it("is the requested State's own minimum, not a fixed year: none in Borealis's law, three years in another", () => {
    const halfYear = (scenario: typeof fixture) => {
      const aldoria = scenario.countries.aldoria;
      if (aldoria) {
        aldoria.law.criminalises['illegal-access'] = { name: 'Trespass', maxPenaltyYears: 0.5 };
        aldoria.law.criminalises['data-interference'] = { name: 'Sabotage', maxPenaltyYears: 0.5 };
      }
    };
    const none = locatedIn((scenario) => {
      halfYear(scenario);
      const borealis = scenario.countries.borealis;
      if (borealis) borealis.law.extraditionMinPenaltyYears = 0;
    });
    none.play.do('aldoria', none.command);
    // Intrusion is punished by 2 years in Borealis: below a three-year minimum.
    const three = locatedIn((scenario) => {
      const borealis = scenario.countries.borealis;
      if (borealis) borealis.law.extraditionMinPenaltyYears = 3;
    });
    const rejection = three.play.rejected('aldoria', three.command);
    expectRule(rejection, 'extradition.minimum-penalty');
    expect(text(rejection)).toContain('Borealis');
    expect(text(rejection)).toContain('3');
    expect(citationText(RULES['extradition.minimum-penalty'].citations)).toBe('Art. 37 (model: UNTOC 16(7))');
  });
});

describe('rule extradition.nationals', () => {
  it('Borealis does not extradite its nationals: it may refuse Vex on that ground', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'national',
      reasons: 'Vex is a Borealian national.',
    });
    expect(play.state.requests[id]?.refusal?.ground).toBe('national');
  });

  it('a State that extradites its nationals may not refuse on that ground', () => {
    const scenario = structuredClone(fixture);
    const borealis = scenario.countries.borealis;
    if (borealis) borealis.law.extraditesNationals = true;
    const play = new Play(scenario);
    play.do('aldoria', { type: 'openCase', title: 'x', offences: ['intrusion'] });
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    play.do(
      'aldoria',
      start().request({
        caseId: play.lastId('CaseOpened'),
        kind: 'extradition',
        subject: { suspect: 'vex' },
      }),
    );
    const id = play.lastId('RequestSent');
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'national',
        reasons: 'He is ours.',
      }),
      'extradition.nationals',
    );
  });

  it('owes prosecution when the requesting State asks, not of its own accord', () => {
    expect(ruleWords('extradition.nationals').summary).toContain('when the requesting State asks');
    expect(EN['ui.briefing.no-extradition']).toContain('when the requesting State asks');
    // Refused on nationality and never asked: no duty runs.
    const { play, extradition, send } = located();
    const id = send(extradition());
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'national',
      reasons: 'Vex is our national.',
    });
    play.at(30 * DAY);
    expect(violations(play.log)).toEqual([]);
  });
});

describe('rule extradition.prosecute-instead', () => {
  function refused() {
    const setup = located();
    const id = setup.send(setup.extradition());
    consult(setup.play, 'borealis', id, 'aldoria');
    setup.play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'national',
      reasons: 'Vex is a Borealian national.',
    });
    setup.play.do('aldoria', { type: 'requestProsecution', requestId: id });
    return { ...setup, id };
  }

  it('refused on nationality and asked to prosecute, Borealis must submit the case within 14 days', () => {
    const { play } = refused();
    play.at(14 * DAY);
    expectViolation(play.log, 'extradition.prosecute-instead', 'borealis');
  });

  /** Borealis opens a case, claims jurisdiction and prosecutes Vex: on Aldoria's request, or not. */
  function prosecuted(play: ReturnType<typeof refused>['play'], onRequest?: string) {
    play.do('borealis', { type: 'openCase', title: 'Prosecution of Vex', offences: ['intrusion'] });
    const caseId = play.lastId('CaseOpened');
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'intrusion',
      bases: ['national-not-extradited'],
      reasoning: 'We refused to extradite him.',
    });
    play.do('borealis', {
      type: 'openProsecution',
      suspect: 'vex',
      caseId,
      evidence: [],
      reasoning: 'Submitted as a grave offence.',
      ...(onRequest ? { onRequest } : {}),
    });
  }

  it('opening the prosecution in time fulfils the duty', () => {
    const { play, id } = refused();
    prosecuted(play, id);
    play.at(20 * DAY);
    expect(violations(play.log)).toEqual([]);
  });

  it('is fulfilled by a prosecution of the person already open: one answers every State that asks', () => {
    const { play } = refused();
    // Opened on its own motion (or at a third State's request), not on Aldoria's request.
    prosecuted(play);
    play.at(20 * DAY);
    expect(violations(play.log).map((violation) => violation.ruleId)).not.toContain(
      'extradition.prosecute-instead',
    );
  });

  it('is discharged by prosecution or conditional surrender, not by enforcing a foreign sentence', () => {
    const entry = RULES['extradition.prosecute-instead'];
    expect(citationText(entry.citations)).toContain('UNTOC 16(11)-(12)');
    expect(ruleWords('extradition.prosecute-instead').teaching).toContain(
      'does not discharge the duty to prosecute',
    );
    expect(ruleWords('extradition.prosecute-instead').teaching).not.toContain('also satisfy the duty');
  });

  it('prosecution instead can be asked only after a refusal on nationality', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    expect(play.rejected('aldoria', { type: 'requestProsecution', requestId: id }).code).toBe(
      'prosecution.not-refused-on-nationality',
    );
  });
});

describe('rule extradition.refusal.fiscal', () => {
  it('a fiscal aspect is no ground to refuse extradition', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'fiscal-matter',
        reasons: 'The offence has tax aspects.',
      }),
      'extradition.refusal.fiscal',
    );
  });
});

describe('rule extradition.refusal.discrimination', () => {
  it('lists the same protected grounds as the refusal of assistance', () => {
    const grounds = 'sex, race, language, religion, nationality, ethnic origin or political opinions';
    expect(ruleWords('extradition.refusal.discrimination').teaching).toContain(grounds);
    expect(ruleWords('mla.refusal.discriminatory-purpose').summary).toContain(grounds);
    expect(EN['ground.discriminatory-purpose']).toContain(grounds);
  });

  it('persecution is a lawful ground to refuse, with reasons', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'discriminatory-purpose',
      reasons: 'He would be punished for his political opinions.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

describe('rule extradition.consult-before-refusal', () => {
  it('extradition is not refused before consulting', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'national',
        reasons: 'Vex is a Borealian national.',
      }),
      'extradition.consult-before-refusal',
    );
  });

  it('consults "where appropriate": not when the person is no longer on its territory', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    // Vex leaves Borealis after the request arrived.
    play.engine.evolve(play.state, {
      type: 'SuspectMoved',
      at: play.now,
      visibleTo: [],
      suspectId: 'vex',
      from: 'borealis',
      to: 'caldera',
    });
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'person-not-present',
      reasons: 'Vex left for Caldera yesterday.',
    });
    expect(play.state.requests[id]?.refusal?.ground).toBe('person-not-present');
    expect(ruleWords('extradition.consult-before-refusal').teaching).toContain('where appropriate');
  });

  it('conditions offered and answered are a consultation: a refusal may follow', () => {
    const { play, extradition, send } = located();
    const id = send(extradition());
    play.do('borealis', {
      type: 'offerConditions',
      requestId: id,
      conditions: ['Vex serves any sentence in Borealis'],
    });
    play.do('aldoria', { type: 'answerConditions', requestId: id, accept: false });
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'national',
      reasons: 'Vex is a Borealian national.',
    });
    expect(play.state.requests[id]?.refusal?.ground).toBe('national');
  });
});

describe('rule extradition.provisional-arrest', () => {
  it('the requested State holds the person pending extradition; a refusal releases him', () => {
    const { play, request, extradition, send } = located();
    const arrest = send(
      request({ kind: 'provisional-arrest', channel: 'police', subject: { suspect: 'vex' } }),
    );
    play.do('borealis', { type: 'executeRequest', requestId: arrest });
    play.at(2 * DAY);
    expect(play.state.suspects.vex?.custody).toEqual({
      by: 'borealis',
      since: 2 * DAY,
      pendingExtraditionTo: 'aldoria',
    });
    const id = send(extradition());
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'national',
      reasons: 'Vex is a Borealian national.',
    });
    expect(play.state.suspects.vex?.custody).toBeNull();
  });
});
