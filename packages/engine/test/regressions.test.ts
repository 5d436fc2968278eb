import { describe, expect, it } from 'vitest';
import { Command, type CountryView } from '../src/index.js';
import { consult, expectRule, fixture, start, teach, violations } from './rules/setup.js';
import { DAY, HOUR, Play } from './support.js';

/** Findings of the engine review, each kept fixed by a test. */

describe('ids that name built-ins', () => {
  it('are refused by the command schema, so they never reach the engine', () => {
    for (const id of ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf']) {
      const parsed = Command.safeParse({ type: 'openCase', title: 'x', offences: [id] });
      expect(parsed.success, id).toBe(false);
      expect(
        Command.safeParse({
          type: 'sendRequest',
          kind: 'stored-data',
          to: 'borealis',
          caseId: 'case-1',
          offence: 'intrusion',
          channel: 'central-authority',
          language: 'en',
          subject: { evidence: ['logs-b'], suspect: id },
          contents: {},
        }).success,
      ).toBe(false);
    }
    // A "__proto__" key from the network never survives parsing as an own key.
    const parsed = Command.safeParse({
      type: 'provideInformation',
      requestId: 'req-1',
      contents: JSON.parse('{"__proto__": "x", "purpose": "y"}'),
    });
    const contents = parsed.success && parsed.data.type === 'provideInformation' ? parsed.data.contents : {};
    expect(Object.hasOwn(contents, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(contents)).toBe(Object.prototype);
  });
});

describe('what a country sees', () => {
  it("the directory does not carry the other teams' briefings", () => {
    const { play } = start();
    const view = play.engine.view(play.state, 'aldoria') as CountryView;
    for (const entry of Object.values(view.briefing.directory)) expect(entry).not.toHaveProperty('briefing');
  });

  it("a request reaches the requested State's view only when it arrives", () => {
    const { play, request, send } = start();
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    const id = send(
      request({ to: 'caldera', channel: 'diplomatic', language: 'es', subject: { evidence: ['logs-c'] } }),
    );
    expect((play.engine.view(play.state, 'caldera') as CountryView).requests[id]).toBeUndefined();
    play.at(2 * DAY);
    expect((play.engine.view(play.state, 'caldera') as CountryView).requests[id]).toBeDefined();
  });

  it('custody shows only to those who follow the suspect', () => {
    const { play, request, send } = start();
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const arrest = send(
      request({ kind: 'provisional-arrest', channel: 'police', subject: { suspect: 'vex' } }),
    );
    play.do('borealis', { type: 'executeRequest', requestId: arrest });
    play.at(3 * DAY);
    expect((play.engine.view(play.state, 'aldoria') as CountryView).suspects.vex?.custody?.by).toBe(
      'borealis',
    );
    expect((play.engine.view(play.state, 'caldera') as CountryView).suspects.vex?.custody).toBeNull();
  });
});

describe('preservation', () => {
  it('data held for a request executed only in part is released, not held forever', () => {
    const { play, preservation, request, send } = start();
    const first = send(preservation({ subject: { evidence: ['logs-b', 'mailbox-b'] } }));
    play.do('borealis', { type: 'executeRequest', requestId: first });
    play.at(HOUR * 3);
    const follow = send(request({ subject: { evidence: ['logs-b', 'mailbox-b'] } }));
    play.do('borealis', {
      type: 'executeInPart',
      requestId: follow,
      evidence: ['logs-b'],
      reasons: 'The mailbox is subject to a separate review.',
    });
    play.at(10 * DAY);
    expect(play.state.evidence['mailbox-b']?.preservations.aldoria?.until).not.toBeNull();
    play.at(70 * DAY);
    expect(play.state.evidence['mailbox-b']?.status).toBe('lost');
  });

  it('a short domestic order never cuts a foreign preservation short', () => {
    const { play, preservation, request, send } = start();
    const first = send(preservation());
    play.do('borealis', { type: 'executeRequest', requestId: first });
    play.at(HOUR * 3);
    send(request());
    play.do('borealis', { type: 'openCase', title: 'Own', offences: ['intrusion'] });
    teach(play, 'borealis', { evidence: ['logs-b'] });
    play.do('borealis', {
      type: 'takeMeasure',
      caseId: play.lastId('CaseOpened'),
      kind: 'preservation-order',
      target: { evidence: 'logs-b' },
      safeguards: { authorisedBy: 'Judge Bo', grounds: 'Intrusion', scope: 'Logs', duration: '1 day' },
      durationDays: 1,
    });
    play.at(20 * DAY);
    expect(play.state.evidence['logs-b']?.status).toBe('available');
  });
});

describe('transfer of proceedings', () => {
  it('cannot be side-stepped by opening a new case', () => {
    const { play } = start();
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Here.',
    });
    play.do('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'transfer-of-proceedings',
      offence: 'blackmail',
      message: 'Take it.',
    });
    play.do('aldoria', {
      type: 'proposeAgreement',
      consultationId: play.lastId('ConsultationOpened'),
      kind: 'transfer-of-proceedings',
      lead: 'borealis',
      offence: 'blackmail',
      text: 'To Borealis.',
    });
    play.do('borealis', {
      type: 'answerAgreement',
      agreementId: play.lastId('AgreementProposed'),
      accept: true,
    });
    play.do('aldoria', { type: 'openCase', title: 'A fresh start', offences: ['blackmail'] });
    teach(play, 'aldoria', { identity: ['vex'] });
    expectRule(
      play.rejected('aldoria', {
        type: 'openProsecution',
        suspect: 'vex',
        caseId: play.lastId('CaseOpened'),
        evidence: [],
        reasoning: 'Ours again.',
      }),
      'proceedings.transfer',
    );
  });
});

describe("executions the requested State's own law forbids", () => {
  it('Borealis cannot surrender its own national by executing an extradition request', () => {
    const { play, request, send } = start();
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const id = send(request({ kind: 'extradition', subject: { suspect: 'vex' } }));
    expectRule(play.rejected('borealis', { type: 'executeRequest', requestId: id }), 'extradition.nationals');
  });

  it('Borealis cannot hand personal data to Caldera, whom its law forbids', () => {
    const play = new Play(fixture);
    play.do('caldera', { type: 'openCase', title: 'x', offences: ['intrusion'] });
    teach(play, 'caldera', { evidence: ['logs-b'] });
    play.do('caldera', start().request({ caseId: play.lastId('CaseOpened'), language: 'en' }));
    expectRule(
      play.rejected('borealis', { type: 'executeRequest', requestId: play.lastId('RequestSent') }),
      'data-protection.transfer',
    );
  });
});

describe('two duties, two records', () => {
  it('a confidentiality notice does not stand in for a preservation warning', () => {
    const scenario = structuredClone(fixture);
    const borealis = scenario.countries.borealis;
    if (borealis) borealis.law.notifiesDataSubjects = true;
    const play = new Play(scenario);
    play.do('aldoria', { type: 'openCase', title: 'x', offences: ['intrusion'] });
    play.at(10 * DAY - HOUR);
    play.do(
      'aldoria',
      start().preservation({
        caseId: play.lastId('CaseOpened'),
        channel: 'central-authority',
        confidential: true,
        suggestedDeadline: 12 * DAY,
      }),
    );
    const id = play.lastId('RequestSent');
    play.do('borealis', {
      type: 'notifyConfidentiality',
      requestId: id,
      text: 'Our law tells account holders.',
    });
    const recorded = violations(
      play.do('borealis', { type: 'executeRequest', requestId: id, authorisedBy: 'Judge Ames' }),
    ).map((violation) => violation.ruleId);
    expect(recorded).toEqual(['preservation.warning-duty']);
  });
});

describe('things due in the same minute', () => {
  it('are decided one after another, so a surrender and an arrest cannot both act on a free suspect', () => {
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
    play.do('borealis', { type: 'executeRequest', requestId: play.lastId('RequestSent') });
    // Extradition takes Borealis 10 days; its own arrest, ordered 6 hours before, completes the same minute.
    play.at(10 * DAY - 6 * HOUR);
    play.do('borealis', { type: 'openCase', title: 'Own', offences: ['intrusion'] });
    teach(play, 'borealis', { identity: ['vex'], location: { vex: 'borealis' } });
    play.do('borealis', {
      type: 'takeMeasure',
      caseId: play.lastId('CaseOpened'),
      kind: 'arrest',
      target: { suspect: 'vex' },
      safeguards: { authorisedBy: 'Judge Bo', grounds: 'Flight risk', scope: 'Vex', duration: '48 hours' },
    });
    play.at(10 * DAY);
    const vex = play.state.suspects.vex;
    expect(vex?.surrenderedTo).toBe('aldoria');
    expect(vex?.custody?.by).toBe('aldoria');
    expect(vex?.location).toBe('aldoria');
    expect(Object.values(play.state.measures)[0]?.outcome).toBe('not-found');
  });
});

describe('speciality', () => {
  it('is recorded once per item, however often it is listed', () => {
    const { play, request, send } = start();
    const id = send(request());
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(3 * DAY);
    play.do('aldoria', { type: 'openCase', title: 'Other', offences: ['blackmail'] });
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
      caseId: play.lastId('CaseOpened'),
      evidence: ['logs-b', 'logs-b', 'logs-b'],
      reasoning: 'Again and again.',
    });
    expect(violations(events).filter((violation) => violation.ruleId === 'mla.speciality')).toHaveLength(1);
  });
});

describe('consultation before refusing', () => {
  it("needs the requesting State's answer, or a day for it to come", () => {
    const { play, request, send } = start();
    const id = send(request());
    play.do('borealis', {
      type: 'openConsultation',
      with: ['aldoria'],
      topic: 'request',
      request: id,
      message: 'We have a concern.',
    });
    const refuse = {
      type: 'refuseRequest' as const,
      requestId: id,
      ground: 'essential-interests' as const,
      reasons: 'It touches a security operation.',
    };
    expectRule(play.rejected('borealis', refuse), 'mla.consult-before-refusal');
    play.at(DAY);
    play.do('borealis', refuse);
    expect(play.state.requests[id]?.status).toBe('refused');
  });

  it('consult() helper answers for the requesting State', () => {
    const { play, request, send } = start();
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'essential-interests',
      reasons: 'It touches a security operation.',
    });
  });
});

describe('a progress query on a request in diplomatic transit', () => {
  it('gives the requested State two days from arrival, not from the query', () => {
    const { play, request, send } = start();
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    const id = send(
      request({ to: 'caldera', channel: 'diplomatic', language: 'es', subject: { evidence: ['logs-c'] } }),
    );
    play.do('aldoria', { type: 'queryProgress', requestId: id });
    expect(play.state.requests[id]?.progressQueries[0]?.dueAt).toBe(4 * DAY);
  });
});
