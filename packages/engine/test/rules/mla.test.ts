import { EN } from '@crossborder/i18n';
import { RULES, type RuleId } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import type { CountryView } from '../../src/index.js';
import { DAY, HOUR, MLA_CONTENTS, Play, text } from '../support.js';
import {
  consult,
  expectRule,
  expectViolation,
  fixture,
  JUDGE,
  ruleWords,
  start,
  teach,
  violations,
} from './setup.js';

describe('rule mla.form.language', () => {
  it('a request in a language the requested desk does not accept is not received', () => {
    const { play, request } = start();
    const rejection = play.rejected('aldoria', request({ language: 'de' }));
    expectRule(rejection, 'mla.form.language');
    expect(text(rejection)).toContain('Accepted: fr and en.');
  });
});

describe('rule mla.form.urgent-oral', () => {
  it('only an urgent request may be oral, and it must be confirmed in writing within a day', () => {
    const { play, request, send } = start();
    expectRule(play.rejected('aldoria', request({ oral: true })), 'mla.form.urgent-oral');
    const confirmed = send(request({ oral: true, urgent: true }));
    play.do('aldoria', { type: 'confirmInWriting', requestId: confirmed });
    const forgotten = send(request({ oral: true, urgent: true }));
    play.at(DAY);
    const lapsed = play.log.filter((event) => event.type === 'ViolationRecorded');
    expectViolation(lapsed, 'mla.form.urgent-oral', 'aldoria');
    expect(
      lapsed.filter(
        (event) => event.type === 'ViolationRecorded' && event.violation.refs.request === forgotten,
      ),
    ).toHaveLength(1);
    expect(
      lapsed.filter(
        (event) => event.type === 'ViolationRecorded' && event.violation.refs.request === confirmed,
      ),
    ).toHaveLength(0);
  });
});

const CONTENT_RULES: [string, RuleId][] = [
  ['requesting-authority', 'mla.contents.requesting-authority'],
  ['nature-of-case', 'mla.contents.nature-of-case'],
  ['summary-of-facts', 'mla.contents.summary-of-facts'],
  ['assistance-sought', 'mla.contents.assistance-sought'],
  ['purpose', 'mla.contents.purpose'],
];

for (const [item, ruleId] of CONTENT_RULES) {
  describe(`rule ${ruleId}`, () => {
    it(`an MLA request without "${item}" goes, is recorded, and may be refused as not conforming`, () => {
      const { play, request } = start();
      const contents: Record<string, string> = { ...MLA_CONTENTS };
      delete contents[item];
      const events = play.do('aldoria', request({ contents }));
      expectViolation(events, ruleId, 'aldoria');
      const id = play.lastId('RequestSent');
      expect(play.state.requests[id]?.missing).toEqual([item]);
      consult(play, 'borealis', id, 'aldoria');
      play.do('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'not-conforming',
        reasons: `The request does not state the ${item}.`,
      });
    });
  });
}

describe('rule mla.contents.purpose', () => {
  it('is the last item of the model list, not "item (g)"', () => {
    const { teaching } = ruleWords('mla.contents.purpose');
    expect(teaching).not.toContain('Item (g)');
    expect(teaching).toContain('The last item');
  });
});

describe('rule mla.contents.persons-concerned', () => {
  it('is asked for where possible, but never makes a request non-conforming', () => {
    const { play, request } = start();
    const { 'persons-concerned': _persons, ...contents } = MLA_CONTENTS;
    play.do('aldoria', request({ contents }));
    expect(play.state.requests[play.lastId('RequestSent')]?.missing).toEqual([]);
  });
});

describe('rule mla.more-information', () => {
  it('the requested State asks; the answer completes the request', () => {
    const { play, request } = start();
    const { purpose: _purpose, ...contents } = MLA_CONTENTS;
    play.do('aldoria', request({ contents }));
    const id = play.lastId('RequestSent');
    play.do('borealis', {
      type: 'askMoreInformation',
      requestId: id,
      questions: 'What is the evidence for?',
    });
    expect(play.state.requests[id]?.status).toBe('more-information-requested');
    play.do('aldoria', {
      type: 'provideInformation',
      requestId: id,
      contents: { purpose: 'To prove who entered the servers.' },
    });
    expect(play.state.requests[id]?.missing).toEqual([]);
    expect(play.state.requests[id]?.status).toBe('received');
  });
});

describe('acknowledging a request', () => {
  it('tells the requesting State it arrived, once', () => {
    const { play, request, send } = start();
    const id = send(request());
    play.do('borealis', { type: 'acknowledgeRequest', requestId: id });
    expect(play.state.requests[id]?.acknowledgedAt).toBe(0);
    expect(play.rejected('borealis', { type: 'acknowledgeRequest', requestId: id }).code).toBe(
      'request.already-acknowledged',
    );
    expect(play.rejected('aldoria', { type: 'acknowledgeRequest', requestId: id }).code).toBe(
      'unknown.request',
    );
  });
});

describe('rule mla.execution.domestic-law', () => {
  it('the requested State executes in its own processing time', () => {
    const { play, request, send } = start();
    const id = send(request({ kind: 'mla', subject: { evidence: ['bank-b'] } }));
    play.do('borealis', { type: 'executeRequest', requestId: id });
    expect(play.state.requests[id]?.dueAt).toBe(5 * DAY);
  });
});

function refusable() {
  const setup = start();
  const id = setup.send(setup.request());
  consult(setup.play, 'borealis', id, 'aldoria');
  return { ...setup, id };
}

describe('rule mla.refusal.closed-list', () => {
  it('a ground of extradition law is not a ground to refuse assistance', () => {
    const { play, id } = refusable();
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'national',
        reasons: 'He is one of ours.',
      }),
      'mla.refusal.closed-list',
    );
  });
});

describe('rule mla.refusal.not-conforming', () => {
  it('a complete request cannot be refused as not conforming', () => {
    const { play, id } = refusable();
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'not-conforming',
        reasons: 'We find it incomplete.',
      }),
      'mla.refusal.not-conforming',
    );
  });
});

describe('rule mla.refusal.essential-interests', () => {
  it('is a lawful ground, with reasons', () => {
    const { play, id } = refusable();
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'essential-interests',
      reasons: 'The logs expose an intelligence operation.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

describe('rule mla.refusal.domestic-law-prohibits', () => {
  it('is lawful only where the law lacks the power', () => {
    const { play, id } = refusable();
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'domestic-law-prohibits',
        reasons: 'Our law forbids it.',
      }),
      'mla.refusal.domestic-law-prohibits',
    );
  });
});

describe('rule mla.refusal.contrary-to-legal-system', () => {
  it('is offered with its qualifier: the legal system relating to mutual legal assistance', () => {
    expect(EN['ground.contrary-to-legal-system']).toContain('relating to mutual legal assistance');
  });

  it('is a lawful ground, with reasons', () => {
    const { play, id } = refusable();
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'contrary-to-legal-system',
      reasons: 'Our system cannot certify foreign logs.',
    });
    expect(play.state.requests[id]?.refusal?.ground).toBe('contrary-to-legal-system');
  });
});

describe('rule mla.refusal.discriminatory-purpose', () => {
  it('is a lawful ground, with reasons', () => {
    const { play, id } = refusable();
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'discriminatory-purpose',
      reasons: 'The suspect is persecuted for his religion.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

describe('rule mla.refusal.bank-secrecy', () => {
  it('bank secrecy is never a ground', () => {
    const { play, request, send } = start();
    const id = send(request({ kind: 'mla', subject: { evidence: ['bank-b'] } }));
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'bank-secrecy',
        reasons: 'Our banks are secret.',
      }),
      'mla.refusal.bank-secrecy',
    );
  });
});

describe('rule mla.refusal.fiscal', () => {
  it('fiscal matters are not a ground', () => {
    const { play, id } = refusable();
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'fiscal-matter',
        reasons: 'This is a tax matter.',
      }),
      'mla.refusal.fiscal',
    );
  });
});

describe('rule mla.refusal.no-dual-criminality', () => {
  it('Aldoria does not require dual criminality: it cannot refuse on it', () => {
    const { play, request } = start();
    play.do('borealis', { type: 'openCase', title: 'Betting', offences: ['intrusion'] });
    teach(play, 'borealis', { evidence: ['home-logs'] });
    play.do(
      'borealis',
      request({ caseId: play.lastId('CaseOpened'), to: 'aldoria', subject: { evidence: ['home-logs'] } }),
    );
    const id = play.lastId('RequestSent');
    consult(play, 'aldoria', id, 'borealis');
    expectRule(
      play.rejected('aldoria', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'no-dual-criminality',
        reasons: 'Not a crime.',
      }),
      'mla.refusal.no-dual-criminality',
    );
  });
});

describe('rule mla.refusal.reasons-required', () => {
  it('a refusal without reasons is unlawful', () => {
    const { play, id } = refusable();
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'essential-interests',
        reasons: '',
      }),
      'mla.refusal.reasons-required',
    );
  });
});

describe('rule mla.consult-before-refusal', () => {
  it('refusing before consulting is unlawful', () => {
    const { play, request, send } = start();
    const id = send(request());
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'essential-interests',
        reasons: 'Security operation under way.',
      }),
      'mla.consult-before-refusal',
    );
  });

  it('conditions offered and answered are the consultation (model UNTOC 18(26)): a refusal may follow', () => {
    for (const accept of [true, false]) {
      const { play, request, send } = start();
      const id = send(request());
      play.do('borealis', {
        type: 'offerConditions',
        requestId: id,
        conditions: ['Use only for this investigation'],
      });
      play.do('aldoria', { type: 'answerConditions', requestId: id, accept });
      play.do('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'essential-interests',
        reasons: 'A security operation now under way.',
      });
      expect(play.state.requests[id]?.status).toBe('refused');
    }
  });

  it('an offer left unanswered counts after a day, as an unanswered consultation does', () => {
    const { play, request, send } = start();
    const id = send(request());
    play.do('borealis', { type: 'offerConditions', requestId: id, conditions: ['Only for this case'] });
    const refusal = {
      type: 'refuseRequest',
      requestId: id,
      ground: 'essential-interests',
      reasons: 'A security operation now under way.',
    } as const;
    expectRule(play.rejected('borealis', refusal), 'mla.consult-before-refusal');
    play.at(play.now + DAY);
    play.do('borealis', refusal);
    expect(play.state.requests[id]?.status).toBe('refused');
  });

  it('conditions offered and answered also allow postponing', () => {
    const { play, request, send } = start();
    const id = send(request());
    play.do('borealis', { type: 'openCase', title: 'Ours', offences: ['intrusion'] });
    play.do('borealis', { type: 'offerConditions', requestId: id, conditions: ['Only for this case'] });
    play.do('aldoria', { type: 'answerConditions', requestId: id, accept: false });
    play.do('borealis', {
      type: 'postponeRequest',
      requestId: id,
      ground: 'interferes-with-ongoing-case',
      until: play.now + 5 * DAY,
      reasons: 'Our own inquiry would be exposed.',
    });
    expect(play.state.requests[id]?.status).toBe('postponed');
  });
});

describe('rule mla.conditions-bind', () => {
  it('evidence received on accepted conditions may not be passed on', () => {
    const { play, request, send } = start();
    const id = send(request());
    play.do('borealis', {
      type: 'offerConditions',
      requestId: id,
      conditions: ['Use only for this investigation'],
    });
    play.do('aldoria', { type: 'answerConditions', requestId: id, accept: true });
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(3 * DAY);
    expect(play.state.evidence['logs-b']?.obtainedBy.aldoria?.conditions).toContain(
      'Use only for this investigation',
    );
    const events = play.do('aldoria', {
      type: 'shareInformation',
      to: 'caldera',
      facts: [],
      evidence: ['logs-b'],
      conditions: [],
    });
    expectViolation(events, 'mla.conditions-bind', 'aldoria');
  });
});

describe('rule mla.postpone.ground', () => {
  it('postponement only protects an ongoing case of the requested State, after consulting', () => {
    const { play, id } = refusable();
    const postpone = (ground: 'workload' | 'interferes-with-ongoing-case') => ({
      type: 'postponeRequest' as const,
      requestId: id,
      ground,
      until: 10 * DAY,
      reasons: 'Execution now would alert the suspects of our own case.',
    });
    expectRule(play.rejected('borealis', postpone('workload')), 'mla.postpone.ground');
    expectRule(play.rejected('borealis', postpone('interferes-with-ongoing-case')), 'mla.postpone.ground');
    play.do('borealis', { type: 'openCase', title: 'Our own Kestrel case', offences: ['intrusion'] });
    play.do('borealis', postpone('interferes-with-ongoing-case'));
    play.at(10 * DAY);
    expect(play.state.requests[id]?.status).toBe('received');
  });
});

describe('rule mla.deadline.reasons', () => {
  it('is good practice, not a breach: no deadline, or one without reasons, is neither recorded nor scored', () => {
    const { play, request } = start();
    expect(violations(play.do('aldoria', request({ suggestedDeadline: undefined })))).toEqual([]);
    expect(violations(play.do('aldoria', request({ deadlineReason: '' })))).toEqual([]);
    expect(RULES['mla.deadline.reasons'].effect).toBe('practice');
    expect(RULES['mla.deadline.reasons'].penalty).toBe(0);
  });

  it('travels with the request, reasons and all, for the requested State to take into account', () => {
    const { play, request, send } = start();
    const id = send(request({ suggestedDeadline: 4 * DAY, deadlineReason: 'The trial opens in five days.' }));
    expect(play.state.requests[id]?.suggestedDeadline).toBe(4 * DAY);
    expect(play.state.requests[id]?.deadlineReason).toBe('The trial opens in five days.');
  });
});

describe('rule mla.progress.answer', () => {
  it('a progress query unanswered for two days is recorded against the requested State', () => {
    const { play, request, send } = start();
    const answered = send(request());
    const ignored = send(request());
    play.do('aldoria', { type: 'queryProgress', requestId: answered });
    play.do('aldoria', { type: 'queryProgress', requestId: ignored });
    play.do('borealis', { type: 'answerProgress', requestId: answered, text: 'We will reply this week.' });
    play.at(2 * DAY);
    const recorded = play.log.flatMap((event) =>
      event.type === 'ViolationRecorded' ? [event.violation] : [],
    );
    expect(
      recorded.map((violation) => [violation.ruleId, violation.country, violation.refs.request]),
    ).toEqual([['mla.progress.answer', 'borealis', ignored]]);
  });
});

describe('rule mla.no-longer-needed', () => {
  it('holding the data by another route without withdrawing the request is recorded after two days', () => {
    const { play, request, send } = start();
    const first = send(request());
    const second = send(request());
    play.do('borealis', { type: 'executeRequest', requestId: first });
    play.at(3 * DAY);
    expect(play.state.requests[second]?.noLongerNeededDueAt).toBe(5 * DAY);
    play.at(5 * DAY);
    expectViolation(play.log, 'mla.no-longer-needed', 'aldoria');
  });

  it("is the requesting State's to know: the requested State never sees the deadline, nor its lapse", () => {
    const { play, request, send } = start();
    const first = send(request());
    const second = send(request());
    play.do('borealis', { type: 'executeRequest', requestId: first });
    play.at(3 * DAY);
    const requested = () => play.engine.view(play.state, 'borealis') as CountryView;
    expect(requested().requests[second]?.noLongerNeededDueAt).toBeNull();
    const before = JSON.stringify(requested());
    const from = play.log.length;
    play.at(5 * DAY);
    const lapsed = play.log.slice(from);
    expect(lapsed.map((event) => event.type)).toContain('DeadlineLapsed');
    expect(lapsed.some((event) => event.visibleTo.includes('borealis'))).toBe(false);
    expect(JSON.stringify(requested()), 'the requested view changed with no event it sees').toBe(before);
  });

  it('declaring it no longer needed in time avoids it', () => {
    const { play, request, send } = start();
    const first = send(request());
    const second = send(request());
    play.do('borealis', { type: 'executeRequest', requestId: first, authorisedBy: JUDGE });
    play.at(3 * DAY);
    play.do('aldoria', { type: 'declareNoLongerNeeded', requestId: second });
    play.at(6 * DAY);
    expect(violations(play.log)).toEqual([]);
  });
});

describe('rule mla.confidentiality', () => {
  it('a State that cannot keep a request confidential must say so before executing it', () => {
    const scenario = structuredClone(fixture);
    const borealis = scenario.countries.borealis;
    if (borealis) borealis.law.notifiesDataSubjects = true;
    const play = new Play(scenario);
    play.do('aldoria', { type: 'openCase', title: 'x', offences: ['intrusion'] });
    const base = start().request({ caseId: play.lastId('CaseOpened'), confidential: true });
    play.do('aldoria', base);
    const silent = play.lastId('RequestSent');
    expectViolation(
      play.do('borealis', { type: 'executeRequest', requestId: silent }),
      'mla.confidentiality',
      'borealis',
    );
    play.do('aldoria', base);
    const told = play.lastId('RequestSent');
    play.do('borealis', {
      type: 'notifyConfidentiality',
      requestId: told,
      text: 'Our law tells the account holder.',
    });
    expect(
      violations(play.do('borealis', { type: 'executeRequest', requestId: told, authorisedBy: JUDGE })),
    ).toEqual([]);
  });
});

describe('rule mla.speciality', () => {
  it('evidence obtained for one case used in another is recorded', () => {
    const { play, request, send } = start();
    const id = send(request());
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(3 * DAY);
    play.do('aldoria', { type: 'openCase', title: 'Another case', offences: ['blackmail'] });
    const other = play.lastId('CaseOpened');
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Here.',
    });
    teach(play, 'aldoria', { identity: ['vex'] });
    const events = play.do('aldoria', {
      type: 'openProsecution',
      suspect: 'vex',
      caseId: other,
      evidence: ['logs-b'],
      reasoning: 'The logs prove it.',
    });
    expectViolation(events, 'mla.speciality', 'aldoria');
  });
});

describe('rule mla.spontaneous-information', () => {
  it('is offered under the articles the rule cites (40, 51), not Art. 47', () => {
    expect(RULES['mla.spontaneous-information'].citations.map((citation) => citation.article)).toEqual([
      '40',
      '51',
    ]);
    expect(EN['ui.form.share.hint']).toContain('Arts 40, 51');
    expect(EN['ui.form.share.hint']).not.toContain('47');
  });

  it('a country shares what it knows without being asked; the receiver learns it', () => {
    const { play } = start();
    play.do('aldoria', {
      type: 'shareInformation',
      to: 'borealis',
      facts: ['breach'],
      evidence: [],
      conditions: ['Confidential'],
    });
    expect(play.state.facts.breach?.knownBy.borealis?.source).toEqual({ kind: 'shared', from: 'aldoria' });
    expect(Object.values(play.state.shares)[0]?.conditions).toEqual(['Confidential']);
  });

  it('a name counts only whole: "Ivo Rask" is not named in "Ivo Raskov"', () => {
    const scenario = structuredClone(fixture);
    expect(new Play(scenario).engine.ctx.namedIn.identity).toEqual(['vex']);
    const identity = scenario.case.facts.identity;
    if (identity) identity.text = 'The subscriber is Ivo Raskov of Nordhavn.';
    expect(new Play(scenario).engine.ctx.namedIn.identity).toEqual([]);
  });

  it('a fact and evidence shared together, both naming a suspect, identify him once', () => {
    const { play } = start();
    knowsFromTheStart(play, 'aldoria', 'identity');
    teach(play, 'aldoria', { obtained: { evidence: ['subscriber-b'], from: 'borealis' } });
    const events = play.do('aldoria', {
      type: 'shareInformation',
      to: 'borealis',
      facts: ['identity'],
      evidence: ['subscriber-b'],
      conditions: [],
    });
    expect(events.filter((event) => event.type === 'SuspectIdentified')).toHaveLength(1);
  });

  it('items obtained together that reveal the same lead tell it once', () => {
    // The logs and the subscriber record both point at the operator.
    const scenario = structuredClone(fixture);
    const subscriber = scenario.case.evidence['subscriber-b'];
    if (subscriber) {
      subscriber.knownBy = ['aldoria'];
      subscriber.reveals.facts = ['identity', 'operator'];
    }
    const { play, request, send } = start(scenario);
    const id = send(request({ subject: { evidence: ['logs-b', 'subscriber-b'] } }));
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(8 * DAY);
    expect(play.state.evidence['subscriber-b']?.obtainedBy.aldoria).toBeDefined();
    const learnt = play.log.filter((event) => event.type === 'FactLearned' && event.factId === 'operator');
    expect(learnt).toHaveLength(1);
  });

  it('a fact known at the start that names a suspect tells who he is from the start', () => {
    const scenario = structuredClone(fixture);
    const identity = scenario.case.facts.identity;
    if (identity) identity.knownBy = ['caldera'];
    const play = new Play(scenario);
    expect(play.state.suspects.vex?.identityKnownBy.caldera).toEqual({ at: 0, source: { kind: 'start' } });
    expect((play.engine.view(play.state, 'caldera') as CountryView).suspects.vex?.name).toBe('Ivo Rask');
  });

  it('a shared fact that names a suspect tells the receiver who he is', () => {
    const { play } = start();
    // Aldoria has read the subscriber's name in its case file.
    knowsFromTheStart(play, 'aldoria', 'identity');
    const events = play.do('aldoria', {
      type: 'shareInformation',
      to: 'caldera',
      facts: ['identity'],
      evidence: [],
      conditions: [],
    });
    const identified = events.filter((event) => event.type === 'SuspectIdentified');
    expect(identified).toHaveLength(1);
    expect(play.state.suspects.vex?.identityKnownBy.caldera?.source).toEqual({
      kind: 'shared',
      from: 'aldoria',
    });
    expect((play.engine.view(play.state, 'caldera') as CountryView).suspects.vex?.name).toBe('Ivo Rask');
  });
});

describe('rule mla.costs', () => {
  it('real-time collection executed without consulting on its costs is recorded; after consulting it is not', () => {
    const { play, request, send } = start();
    const unconsulted = send(request({ kind: 'real-time-traffic' }));
    expectViolation(
      play.do('borealis', { type: 'executeRequest', requestId: unconsulted }),
      'mla.costs',
      'borealis',
    );
    const consulted = send(request({ kind: 'real-time-traffic' }));
    consult(play, 'borealis', consulted, 'aldoria');
    expect(
      violations(play.do('borealis', { type: 'executeRequest', requestId: consulted, authorisedBy: JUDGE })),
    ).toEqual([]);
    play.at(HOUR);
  });
});

/** As if `country` had known the fact from the start. */
function knowsFromTheStart(play: Play, country: string, factId: string): void {
  play.engine.evolve(play.state, {
    type: 'FactLearned',
    at: 0,
    visibleTo: [country],
    factId,
    country,
    source: { kind: 'start' },
  });
}
