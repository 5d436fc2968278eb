import { describe, expect, it } from 'vitest';
import { DAY, text } from '../support.js';
import { consult, expectRule, expectViolation, ruleWords, start, teach, violations } from './setup.js';

describe('rule jurisdiction.territory', () => {
  it('the State where the conduct took place has jurisdiction; another does not on that basis', () => {
    const { play } = start();
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'intrusion',
      bases: ['territory'],
      reasoning: 'The servers are here.',
    });
    expect(Object.values(play.state.claims).map((claim) => claim.country)).toEqual(['aldoria']);
    const rejection = play.rejected('borealis', {
      type: 'claimJurisdiction',
      offence: 'intrusion',
      bases: ['territory'],
      reasoning: '',
    });
    expectRule(rejection, 'jurisdiction.basis-unsupported');
  });
});

describe('rule jurisdiction.optional-basis', () => {
  it('a basis the law has not adopted cannot be claimed (Borealis has no victim-nationality basis)', () => {
    const { play } = start();
    expectRule(
      play.rejected('borealis', {
        type: 'claimJurisdiction',
        offence: 'intrusion',
        bases: ['victim-nationality'],
        reasoning: '',
      }),
      'jurisdiction.optional-basis',
    );
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'intrusion',
      bases: ['victim-nationality'],
      reasoning: 'The utility is Aldorian.',
    });
  });
});

describe('rule jurisdiction.basis-unsupported', () => {
  it('offender nationality needs an identified suspect of that nationality; against-the-state needs the State as victim', () => {
    const { play } = start();
    expectRule(
      play.rejected('aldoria', {
        type: 'claimJurisdiction',
        offence: 'intrusion',
        bases: ['offender-nationality'],
        reasoning: '',
      }),
      'jurisdiction.basis-unsupported',
    );
    expectRule(
      play.rejected('aldoria', {
        type: 'claimJurisdiction',
        offence: 'intrusion',
        bases: ['against-the-state'],
        reasoning: '',
      }),
      'jurisdiction.basis-unsupported',
    );
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['against-the-state'],
      reasoning: 'Aldoria was extorted.',
    });
  });
});

describe('rule jurisdiction.national-not-extradited', () => {
  it('after refusing to extradite its national, Borealis can claim jurisdiction on that basis, not before', () => {
    const { play, request, send } = start();
    expectRule(
      play.rejected('borealis', {
        type: 'claimJurisdiction',
        offence: 'intrusion',
        bases: ['national-not-extradited'],
        reasoning: '',
      }),
      'jurisdiction.basis-unsupported',
    );
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const id = send(request({ kind: 'extradition', subject: { suspect: 'vex' } }));
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'national',
      reasons: 'Our constitution forbids extraditing nationals.',
    });
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'intrusion',
      bases: ['national-not-extradited'],
      reasoning: 'We refused.',
    });
  });
});

describe('rule jurisdiction.consult-parallel', () => {
  function twoClaims() {
    const setup = start();
    const { play } = setup;
    // Borealis investigates the blackmail too: a case, and its claim makes that known.
    play.do('borealis', { type: 'openCase', title: 'Blackmail', offences: ['blackmail'] });
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Here.',
    });
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Also here.',
    });
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    return setup;
  }

  it('acting alone while another State is known to investigate the same offence is recorded, once', () => {
    const { play, request } = twoClaims();
    // Opening a prosecution is a unilateral step on the offence both claim.
    const events = play.do('aldoria', {
      type: 'openProsecution',
      suspect: 'vex',
      caseId: request().caseId,
      evidence: [],
      reasoning: 'We prosecute.',
    });
    const recorded = expectViolation(events, 'jurisdiction.consult-parallel', 'aldoria');
    expect(text(recorded)).toContain('Borealis');
  });

  it('after consulting, the same step is not recorded', () => {
    const { play, request } = twoClaims();
    play.do('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'parallel-proceedings',
      offence: 'blackmail',
      message: 'Let us coordinate.',
    });
    const events = play.do('aldoria', {
      type: 'openProsecution',
      suspect: 'vex',
      caseId: request().caseId,
      evidence: [],
      reasoning: 'Agreed.',
    });
    expect(violations(events)).toEqual([]);
  });

  /** Aldoria claims the blackmail and prosecutes Vex. */
  function prosecute(play: ReturnType<typeof start>['play'], caseId: string) {
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Here.',
    });
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    return play.do('aldoria', {
      type: 'openProsecution',
      suspect: 'vex',
      caseId,
      evidence: [],
      reasoning: 'We prosecute.',
    });
  }

  it('is set off by learning of the other proceedings, such as a request about the offence, without any claim', () => {
    const { play, request, caseId } = start();
    play.do('borealis', { type: 'openCase', title: 'Blackmail', offences: ['blackmail'] });
    teach(play, 'borealis', { evidence: ['home-logs'] });
    play.do(
      'borealis',
      request({
        caseId: play.lastId('CaseOpened'),
        to: 'aldoria',
        offence: 'blackmail',
        subject: { evidence: ['home-logs'] },
      }),
    );
    const recorded = expectViolation(prosecute(play, caseId), 'jurisdiction.consult-parallel', 'aldoria');
    expect(text(recorded)).toContain('Borealis');
  });

  it('is not set off by a claim alone, with no investigation behind it', () => {
    const { play, caseId } = start();
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Part of it happened here.',
    });
    expect(violations(prosecute(play, caseId))).toEqual([]);
    expect(ruleWords('jurisdiction.consult-parallel').summary).toContain('as appropriate');
  });
});

describe('rule proceedings.transfer', () => {
  it('after a transfer of proceedings only the receiving State may prosecute', () => {
    const { play, caseId } = start();
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Here.',
    });
    play.do('borealis', { type: 'openCase', title: 'Blackmail', offences: ['blackmail'] });
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Here too.',
    });
    play.do('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'transfer-of-proceedings',
      offence: 'blackmail',
      message: 'Vex lives with you.',
    });
    play.do('aldoria', {
      type: 'proposeAgreement',
      consultationId: play.lastId('ConsultationOpened'),
      kind: 'transfer-of-proceedings',
      lead: 'borealis',
      offence: 'blackmail',
      text: 'Borealis takes the case.',
    });
    play.do('borealis', {
      type: 'answerAgreement',
      agreementId: play.lastId('AgreementProposed'),
      accept: true,
    });
    expect(play.state.cases[caseId]?.transferredTo).toBe('borealis');
    teach(play, 'aldoria', { identity: ['vex'] });
    expectRule(
      play.rejected('aldoria', {
        type: 'openProsecution',
        suspect: 'vex',
        caseId,
        evidence: [],
        reasoning: 'We still want to.',
      }),
      'proceedings.transfer',
    );
    play.at(DAY);
  });
});
