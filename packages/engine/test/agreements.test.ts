import { COORDINATION_BODY } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import type { CountryView } from '../src/index.js';
import { borealisReady, withBody } from './plans-fixture.js';
import { fixture, start, teach } from './rules/setup.js';
import { DAY, HOUR, SAFEGUARDS } from './support.js';

function meeting(
  play: ReturnType<typeof start>['play'],
  topic: 'coordination-meeting' | 'joint-investigation',
) {
  play.do('aldoria', { type: 'openConsultation', with: ['borealis'], topic, message: 'Let us meet.' });
  return play.lastId('ConsultationOpened');
}

describe('an action day', () => {
  it('is concluded with its common action time once every member agrees', () => {
    const { play } = borealisReady();
    const consultationId = meeting(play, 'joint-investigation');
    play.do('aldoria', {
      type: 'proposeAgreement',
      consultationId,
      kind: 'action-day',
      members: ['aldoria', 'borealis'],
      actionAt: 2 * DAY,
      text: 'All at once.',
    });
    play.do('borealis', {
      type: 'answerAgreement',
      agreementId: play.lastId('AgreementProposed'),
      accept: true,
    });
    const agreement = Object.values(play.state.agreements)[0];
    expect(agreement?.kind).toBe('action-day');
    expect(agreement?.terms.actionAt).toBe(2 * DAY);
    expect(agreement?.concludedAt).toBe(0);
  });

  it('needs a common action time still ahead and within the game', () => {
    const { play } = borealisReady();
    const consultationId = meeting(play, 'joint-investigation');
    const propose = (actionAt?: number) =>
      play.rejected('aldoria', {
        type: 'proposeAgreement',
        consultationId,
        kind: 'action-day',
        members: ['aldoria', 'borealis'],
        ...(actionAt === undefined ? {} : { actionAt }),
        text: 'All at once.',
      }).code;
    expect(propose()).toBe('agreement.action-time');
    play.at(HOUR);
    expect(propose(HOUR)).toBe('agreement.action-time');
    expect(propose(fixture.session.endsAfter + 1)).toBe('agreement.action-time');
  });
});

describe('a measure held until a common action time', () => {
  /** Borealis's arrest of Vex, or its search of his laptop, held until `executeAt`. */
  const held = (borealisCase: string, kind: 'arrest' | 'search-and-seizure', executeAt: number) =>
    ({
      type: 'takeMeasure',
      caseId: borealisCase,
      kind,
      target: kind === 'arrest' ? { suspect: 'vex' } : { evidence: 'laptop' },
      safeguards: SAFEGUARDS,
      executeAt,
    }) as const;

  it('is authorised now and carried out at that time, the arrest and the seizure in the same minute', () => {
    const { play, borealisCase } = borealisReady();
    const at = 2 * DAY;
    play.do('borealis', held(borealisCase, 'arrest', at));
    play.do('borealis', held(borealisCase, 'search-and-seizure', at));
    // An arrest takes six hours and a search a day: neither happens before the common time.
    play.at(at - 1);
    expect(play.state.suspects.vex?.custody).toBeNull();
    expect(play.state.evidence.laptop?.obtainedBy.borealis).toBeUndefined();
    play.at(at);
    expect(play.state.suspects.vex?.arrestedAt.borealis).toBe(at);
    expect(play.state.evidence.laptop?.obtainedBy.borealis?.at).toBe(at);
  });

  it('cannot be held until a time already past', () => {
    const { play, borealisCase } = borealisReady();
    play.at(DAY);
    expect(play.rejected('borealis', held(borealisCase, 'arrest', DAY)).code).toBe('measure.execute-at');
  });

  it('still takes its own time when the common time is sooner than that', () => {
    const { play, borealisCase } = borealisReady();
    play.do('borealis', held(borealisCase, 'search-and-seizure', HOUR));
    play.at(HOUR);
    expect(play.state.evidence.laptop?.obtainedBy.borealis).toBeUndefined();
    play.at(DAY);
    expect(play.state.evidence.laptop?.obtainedBy.borealis?.at).toBe(DAY);
  });
});

describe('the coordination body', () => {
  it('hosts a meeting of its members', () => {
    const { play } = borealisReady();
    meeting(play, 'coordination-meeting');
    expect(Object.values(play.state.consultations)[0]?.topic).toBe('coordination-meeting');
  });

  it('admits only its members to a meeting, and names who is not one', () => {
    const { play } = borealisReady();
    const rejection = play.rejected('aldoria', {
      type: 'openConsultation',
      with: ['caldera'],
      topic: 'coordination-meeting',
      message: 'Join us.',
    });
    expect(rejection.code).toBe('consultation.body-members');
    expect(rejection.params).toEqual({ body: 'Eurojunction', country: 'Kingdom of Caldera' });
  });

  it('does not exist in a case that has none', () => {
    const { play } = start();
    const rejection = play.rejected('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'coordination-meeting',
      message: 'Meet?',
    });
    expect(rejection.code).toBe('consultation.no-body');
    const share = play.rejected('aldoria', {
      type: 'shareInformation',
      to: COORDINATION_BODY,
      facts: ['breach'],
      evidence: [],
      conditions: [],
    });
    expect(share.code).toBe('share.no-body');
  });

  it('relays what a member shares to every other member, and to nobody else', () => {
    const scenario = withBody();
    if (scenario.case.coordinationBody)
      scenario.case.coordinationBody.members = ['aldoria', 'borealis', 'caldera'];
    const { play } = start(scenario);
    play.do('borealis', { type: 'openCase', title: 'Kestrel', offences: ['intrusion'] });
    const events = play.do('aldoria', {
      type: 'shareInformation',
      to: COORDINATION_BODY,
      facts: ['breach'],
      evidence: [],
      conditions: [],
    });
    const shared = events.filter((event) => event.type === 'InformationShared');
    expect(shared.map((event) => (event.type === 'InformationShared' ? event.share.to : ''))).toEqual([
      'borealis',
      'caldera',
    ]);
    expect(play.state.facts.breach?.knownBy.borealis).toBeDefined();
    expect(play.state.facts.breach?.knownBy.caldera).toBeDefined();
  });

  it('relays nothing for a country that is not a member', () => {
    const { play } = start(withBody());
    const rejection = play.rejected('caldera', {
      type: 'shareInformation',
      to: COORDINATION_BODY,
      facts: [],
      evidence: [],
      suspects: [],
      conditions: [],
    });
    expect(rejection.code).toBe('share.not-member');
    expect(rejection.params).toEqual({ body: 'Eurojunction' });
  });
});

describe('the agreements the case plans', () => {
  it('are shown to their members only: called for from their condition, signed when concluded', () => {
    const { play } = borealisReady();
    const plans = (country: string) => (play.engine.view(play.state, country) as CountryView).plans;
    expect(plans('caldera')).toEqual({});
    expect(plans('aldoria').team).toMatchObject({
      title: 'Team Kestrel',
      proposedBy: 'aldoria',
      calledFor: false,
      signedAt: null,
    });
    // The action day has no condition: called for from the start.
    expect(plans('aldoria').day?.calledFor).toBe(true);
    teach(play, 'aldoria', { obtained: { evidence: ['logs-b'], from: 'borealis' } });
    expect(plans('aldoria').team?.calledFor).toBe(true);
    play.at(HOUR);
    const consultationId = meeting(play, 'joint-investigation');
    play.do('aldoria', {
      type: 'proposeAgreement',
      consultationId,
      kind: 'joint-investigation-team',
      members: ['aldoria', 'borealis'],
      text: 'Team.',
    });
    expect(plans('aldoria').team?.signedAt).toBeNull();
    play.do('borealis', {
      type: 'answerAgreement',
      agreementId: play.lastId('AgreementProposed'),
      accept: true,
    });
    expect(plans('aldoria').team?.signedAt).toBe(HOUR);
    expect(plans('borealis').team?.signedAt).toBe(HOUR);
    play.at(HOUR + 1);
    expect(play.state.objectives.signed?.metAt).toBe(HOUR);
  });

  it('are not signed by an agreement without all their members', () => {
    const scenario = withBody();
    const team = scenario.case.agreements.team;
    if (team) team.members = ['aldoria', 'borealis', 'caldera'];
    const { play } = start(scenario);
    const consultationId = meeting(play, 'joint-investigation');
    play.do('aldoria', {
      type: 'proposeAgreement',
      consultationId,
      kind: 'joint-investigation-team',
      members: ['aldoria', 'borealis'],
      text: 'Team of two.',
    });
    play.do('borealis', {
      type: 'answerAgreement',
      agreementId: play.lastId('AgreementProposed'),
      accept: true,
    });
    play.at(HOUR);
    expect(Object.values(play.state.agreements)[0]?.concludedAt).toBe(0);
    expect(play.state.objectives.signed?.metAt).toBeNull();
  });
});
