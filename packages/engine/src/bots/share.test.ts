import type { Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { fixture, formJointTeam, start, teach } from '../../test/rules/setup.js';
import { DAY, MLA_CONTENTS, Play, SAFEGUARDS } from '../../test/support.js';
import type { CommandOf } from '../model/commands.js';
import type { CountryView } from '../view/types.js';
import { sharing } from './share.js';

type Offence = Scenario['case']['offences'][string];

/**
 * The rules fixture, with Caldera a party: Aldoria investigates the intrusion (committed in
 * Aldoria) and the blackmail (committed in Aldoria and Borealis); Vex, a Borealis national, is
 * in Borealis; Caldera has no stake in any offence.
 */
function variant(change: (scenario: Scenario) => void = () => {}): Scenario {
  const scenario = structuredClone(fixture);
  const caldera = scenario.countries.caldera;
  if (caldera) caldera.convention = { status: 'party', inForceSince: '2026-01-01' };
  change(scenario);
  return scenario;
}

/** Aldoria's own mailbox order finds who Vex is and where (Borealis), and his laptop there. */
const mailboxFindsVex = (scenario: Scenario) => {
  const mailbox = scenario.case.evidence['mailbox-a'];
  if (mailbox)
    mailbox.reveals = {
      facts: ['identity'],
      evidence: ['laptop'],
      identityOf: ['vex'],
      locationOf: ['vex'],
      assets: [],
    };
};

function shares(play: Play, country: string): CommandOf<'shareInformation'>[] {
  return sharing(play.engine.view(play.state, country) as CountryView) as CommandOf<'shareInformation'>[];
}

function to(play: Play, country: string, partner: string) {
  return shares(play, country).find((command) => command.to === partner);
}

/** Aldoria orders its provider to produce the mailbox, and has it a day later. */
function produceMailbox(play: Play, caseId: string): void {
  play.do('aldoria', {
    type: 'takeMeasure',
    caseId,
    kind: 'production-order',
    target: { evidence: 'mailbox-a' },
    safeguards: SAFEGUARDS,
  });
  play.at(play.now + DAY);
}

/** Caldera shows it pursues the intrusion: it consults Aldoria on parallel proceedings. */
function calderaPursuesIntrusion(play: Play): void {
  play.do('caldera', {
    type: 'openConsultation',
    with: ['aldoria'],
    topic: 'parallel-proceedings',
    offence: 'intrusion',
    message: 'We investigate the same intrusion.',
  });
}

describe('a bot shares spontaneously with a partner that needs it (Art. 40)', () => {
  it('tells the State where the suspect it found is, and whose national he is, of him and of the evidence that leads to data there', () => {
    const { play, caseId } = start(variant(mailboxFindsVex));
    expect(shares(play, 'aldoria')).toEqual([]);
    produceMailbox(play, caseId);
    // Borealis has a stake (the blackmail was committed there): it can arrest Vex and seize his
    // laptop. It pursues nothing we know of, so the case file's facts are not its business.
    expect(shares(play, 'aldoria')).toEqual([
      {
        type: 'shareInformation',
        to: 'borealis',
        facts: [],
        evidence: ['mailbox-a'],
        suspects: ['vex'],
        conditions: [],
      },
    ]);
  });

  it('gives a State that pursues an offence what concerns that offence', () => {
    const { play, caseId } = start(variant(mailboxFindsVex));
    produceMailbox(play, caseId);
    calderaPursuesIntrusion(play);
    expect(to(play, 'aldoria', 'caldera')).toEqual({
      type: 'shareInformation',
      to: 'caldera',
      facts: ['breach', 'identity'],
      evidence: ['mailbox-a'],
      suspects: ['vex'],
      conditions: [],
    });
  });

  it('tells nothing to a State with no stake, nor to one outside the convention', () => {
    const { play, caseId } = start(variant(mailboxFindsVex));
    produceMailbox(play, caseId);
    expect(to(play, 'aldoria', 'caldera')).toBeUndefined();
    // Not a party: pursuing the offence is not enough.
    const outside = start(structuredClone({ ...fixture, case: variant(mailboxFindsVex).case }));
    produceMailbox(outside.play, outside.caseId);
    calderaPursuesIntrusion(outside.play);
    expect(to(outside.play, 'aldoria', 'caldera')).toBeUndefined();
    expect(to(outside.play, 'aldoria', 'borealis')).toBeDefined();
  });

  /** Vex and his laptop are in Caldera. */
  const inCaldera = (scenario: Scenario) => {
    mailboxFindsVex(scenario);
    const vex = scenario.case.suspects.vex;
    if (vex) vex.location = 'caldera';
  };

  it.each([
    ['the wiping was against it', (wiping: Offence) => Object.assign(wiping, { againstState: 'caldera' })],
    [
      'the wiping had a victim there',
      (wiping: Offence) => Object.assign(wiping, { victims: ['caldera-bank'] }),
    ],
  ])('tells the State where the suspect and his laptop are when %s', (_, concern) => {
    const { play, caseId } = start(
      variant((scenario) => {
        inCaldera(scenario);
        scenario.case.victims['caldera-bank'] = {
          name: 'Bank of Caldera',
          kind: 'organisation',
          nationality: 'borealis',
          location: 'caldera',
          count: 1,
        };
        concern(scenario.case.offences.wiping as Offence);
      }),
    );
    produceMailbox(play, caseId);
    expect(to(play, 'aldoria', 'caldera')).toMatchObject({ evidence: ['mailbox-a'], suspects: ['vex'] });
  });

  it('tells nothing to the State where the suspect and his laptop are when none of his offences concerns it', () => {
    const { play, caseId } = start(variant(inCaldera));
    produceMailbox(play, caseId);
    expect(play.engine.view(play.state, 'aldoria')).toMatchObject({
      suspects: { vex: { location: { location: 'caldera' } } },
      evidence: { laptop: { country: 'caldera' } },
    });
    expect(to(play, 'aldoria', 'caldera')).toBeUndefined();
    // Borealis, whose national he is and which has a stake, hears of him (not of the laptop).
    expect(to(play, 'aldoria', 'borealis')).toMatchObject({ evidence: [], suspects: ['vex'] });
  });

  it('never tells a partner the same thing twice: later, only what is new to it', () => {
    const { play, caseId } = start(variant(mailboxFindsVex));
    produceMailbox(play, caseId);
    const first = to(play, 'aldoria', 'borealis');
    if (!first) throw new Error('expected a share with Borealis');
    play.do('aldoria', first);
    expect(to(play, 'aldoria', 'borealis')).toBeUndefined();
    // Borealis now claims the blackmail: the facts of the case concern it, and only they go out.
    play.do('borealis', { type: 'openCase', title: 'Extortion', offences: ['blackmail'] });
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Part of the blackmail took place here.',
    });
    const next = to(play, 'aldoria', 'borealis');
    expect(next).toMatchObject({ facts: ['breach', 'identity'], evidence: [], suspects: [] });
    if (next) play.do('aldoria', next);
    expect(shares(play, 'aldoria')).toEqual([]);
  });

  it('does not tell a State that knows the suspect already: it holds him, or a request between us named him', () => {
    const { play, caseId, send, request } = start(variant(mailboxFindsVex));
    produceMailbox(play, caseId);
    send(request({ kind: 'provisional-arrest', channel: 'police', subject: { suspect: 'vex' } }));
    expect(to(play, 'aldoria', 'borealis')).toMatchObject({ evidence: ['mailbox-a'], suspects: [] });
    // Borealis arrested him on its own case.
    const held = start(variant(mailboxFindsVex));
    produceMailbox(held.play, held.caseId);
    held.play.do('borealis', { type: 'openCase', title: 'Extortion', offences: ['blackmail'] });
    teach(held.play, 'borealis', { identity: ['vex'], location: { vex: 'borealis' } });
    held.play.do('borealis', {
      type: 'takeMeasure',
      caseId: held.play.lastId('CaseOpened'),
      kind: 'arrest',
      target: { suspect: 'vex' },
      safeguards: SAFEGUARDS,
    });
    held.play.at(held.play.now + DAY);
    expect(held.play.engine.view(held.play.state, 'aldoria')).toMatchObject({
      suspects: { vex: { custody: { by: 'borealis' } } },
    });
    expect(to(held.play, 'aldoria', 'borealis')).toMatchObject({ evidence: ['mailbox-a'], suspects: [] });
  });

  it('passes on nothing another State gave it (Art. 36): only what it learned itself, and nothing back to the giver', () => {
    const { play } = start(variant());
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'The blackmail was committed here.',
    });
    // Borealis finds Vex with its own order and tells Aldoria, which pursues the blackmail.
    play.do('borealis', { type: 'openCase', title: 'Extortion', offences: ['blackmail'] });
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Part of the blackmail took place here.',
    });
    teach(play, 'borealis', { evidence: ['subscriber-b'] });
    play.do('borealis', {
      type: 'takeMeasure',
      caseId: play.lastId('CaseOpened'),
      kind: 'production-order',
      target: { evidence: 'subscriber-b' },
      safeguards: SAFEGUARDS,
    });
    play.at(DAY);
    const told = to(play, 'borealis', 'aldoria');
    expect(told).toMatchObject({ facts: ['identity'], evidence: ['subscriber-b'], suspects: ['vex'] });
    if (told) play.do('borealis', told);
    calderaPursuesIntrusion(play);
    // Aldoria's own case file goes to Caldera and to Borealis; what Borealis gave does not.
    expect(to(play, 'aldoria', 'caldera')).toMatchObject({ facts: ['breach'], evidence: [], suspects: [] });
    expect(to(play, 'aldoria', 'borealis')).toMatchObject({ facts: ['breach'], evidence: [], suspects: [] });
    // Finding where he is ourselves does not make his identity, which Borealis gave, ours to pass on.
    teach(play, 'aldoria', { location: { vex: 'borealis' } });
    expect(to(play, 'aldoria', 'caldera')).toMatchObject({ suspects: [] });
  });

  it('gives a joint team partner everything it has not had, as before, but nothing it gave', () => {
    const { play, caseId } = start(variant(mailboxFindsVex));
    produceMailbox(play, caseId);
    play.do('borealis', { type: 'openCase', title: 'Extortion', offences: ['blackmail'] });
    teach(play, 'borealis', { identity: ['vex'] });
    play.do('borealis', {
      type: 'shareInformation',
      to: 'aldoria',
      facts: [],
      evidence: [],
      suspects: ['vex'],
      conditions: [],
    });
    formJointTeam(play);
    // The case file and the evidence, though Borealis pursues nothing we can see; not Vex, whom it told us of.
    expect(to(play, 'aldoria', 'borealis')).toMatchObject({
      facts: ['breach', 'identity'],
      evidence: ['mailbox-a'],
      suspects: [],
    });
    // Caldera, outside the team and with no stake, hears nothing.
    expect(to(play, 'aldoria', 'caldera')).toBeUndefined();
  });

  it('counts a request it received as the sender pursuing the offence, and leaves out what it asked for', () => {
    const { play, caseId } = start(variant(mailboxFindsVex));
    produceMailbox(play, caseId);
    play.do('caldera', { type: 'openCase', title: 'Intrusion', offences: ['intrusion'] });
    teach(play, 'caldera', { evidence: ['mailbox-a'] });
    play.do('caldera', {
      type: 'sendRequest',
      kind: 'stored-data',
      to: 'aldoria',
      caseId: play.lastId('CaseOpened'),
      offence: 'intrusion',
      channel: 'central-authority',
      language: 'en',
      subject: { evidence: ['mailbox-a'] },
      contents: { ...MLA_CONTENTS },
    });
    expect(to(play, 'aldoria', 'caldera')).toMatchObject({
      facts: ['breach', 'identity'],
      evidence: [],
      suspects: ['vex'],
    });
  });

  it('does not take a consultation on costs for proceedings', () => {
    const { play, caseId } = start(variant(mailboxFindsVex));
    produceMailbox(play, caseId);
    play.do('caldera', {
      type: 'openConsultation',
      with: ['aldoria'],
      topic: 'costs',
      offence: 'intrusion',
      message: 'Who pays?',
    });
    expect(to(play, 'aldoria', 'caldera')).toBeUndefined();
  });

  it('shares evidence, and the facts it revealed, by the offences of the case it was obtained for', () => {
    const play = new Play(variant(mailboxFindsVex));
    play.do('aldoria', { type: 'openCase', title: 'Blackmail', offences: ['blackmail'] });
    play.do('aldoria', { type: 'openCase', title: 'Intrusion', offences: ['intrusion'] });
    produceMailbox(play, play.lastId('CaseOpened'));
    play.do('borealis', { type: 'openCase', title: 'Extortion', offences: ['blackmail'] });
    play.do('borealis', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'Part of the blackmail took place here.',
    });
    // Borealis pursues the blackmail: the mailbox and what it told us are the intrusion's; Vex
    // (a suspect of both) and the case file are the blackmail's too.
    expect(to(play, 'aldoria', 'borealis')).toMatchObject({
      facts: ['breach'],
      evidence: [],
      suspects: ['vex'],
    });
  });

  it('does not pass on what evidence another State gave it revealed (Art. 36)', () => {
    const { play } = start(variant());
    play.do('aldoria', {
      type: 'claimJurisdiction',
      offence: 'blackmail',
      bases: ['territory'],
      reasoning: 'The blackmail was committed here.',
    });
    play.do('borealis', { type: 'openCase', title: 'Extortion', offences: ['blackmail'] });
    teach(play, 'borealis', { evidence: ['subscriber-b'] });
    play.do('borealis', {
      type: 'takeMeasure',
      caseId: play.lastId('CaseOpened'),
      kind: 'production-order',
      target: { evidence: 'subscriber-b' },
      safeguards: SAFEGUARDS,
    });
    play.at(DAY);
    play.do('borealis', {
      type: 'shareInformation',
      to: 'aldoria',
      facts: [],
      evidence: ['subscriber-b'],
      suspects: [],
      conditions: [],
    });
    expect(play.engine.view(play.state, 'aldoria')).toMatchObject({
      facts: { identity: { source: { kind: 'evidence', evidence: 'subscriber-b' } } },
      suspects: { vex: { location: { location: 'borealis' } } },
    });
    calderaPursuesIntrusion(play);
    expect(to(play, 'aldoria', 'caldera')).toMatchObject({ facts: ['breach'], evidence: [], suspects: [] });
  });

  it('does not pass on what evidence it obtained by request revealed (Art. 36)', () => {
    const { play, send, request } = start(variant());
    teach(play, 'aldoria', { evidence: ['subscriber-b'] });
    const id = send(request({ subject: { evidence: ['subscriber-b'] } }));
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(4 * DAY);
    expect(play.engine.view(play.state, 'aldoria')).toMatchObject({
      facts: { identity: { source: { kind: 'evidence', evidence: 'subscriber-b' } } },
      suspects: { vex: { location: { location: 'borealis' } } },
      evidence: { 'subscriber-b': { copy: { via: { kind: 'request', request: id } } } },
    });
    calderaPursuesIntrusion(play);
    expect(to(play, 'aldoria', 'caldera')).toMatchObject({ facts: ['breach'], evidence: [], suspects: [] });
  });

  it('gives a joint team partner a suspect it only identified, but not a State outside the team', () => {
    const { play, caseId } = start(
      variant((scenario) => {
        mailboxFindsVex(scenario);
        const mailbox = scenario.case.evidence['mailbox-a'];
        if (mailbox) mailbox.reveals.locationOf = [];
      }),
    );
    produceMailbox(play, caseId);
    calderaPursuesIntrusion(play);
    formJointTeam(play);
    expect(to(play, 'aldoria', 'borealis')).toMatchObject({ suspects: ['vex'] });
    expect(to(play, 'aldoria', 'caldera')).toMatchObject({ facts: ['breach', 'identity'], suspects: [] });
  });

  it.each([
    ['keeps from a joint team partner what a State outside the team told it', ['aldoria', 'borealis'], []],
    [
      'passes on within a joint team what another member told it',
      ['aldoria', 'borealis', 'caldera'],
      ['operator'],
    ],
  ])('%s', (_, members, relayed) => {
    const { play, caseId } = start(
      variant((scenario) => {
        mailboxFindsVex(scenario);
        const operator = scenario.case.facts.operator;
        if (operator) operator.knownBy = ['caldera'];
      }),
    );
    produceMailbox(play, caseId);
    teach(play, 'caldera', { identity: ['vex'] });
    play.do('caldera', {
      type: 'shareInformation',
      to: 'aldoria',
      facts: ['operator'],
      evidence: [],
      suspects: ['vex'],
      conditions: [],
    });
    play.do('aldoria', {
      type: 'openConsultation',
      with: members,
      topic: 'joint-investigation',
      message: 'A team?',
    });
    play.do('aldoria', {
      type: 'proposeAgreement',
      consultationId: play.lastId('ConsultationOpened'),
      kind: 'joint-investigation-team',
      members,
      text: 'Team.',
    });
    const agreementId = play.lastId('AgreementProposed');
    for (const member of members.slice(1))
      play.do(member, { type: 'answerAgreement', agreementId, accept: true });
    const shared = to(play, 'aldoria', 'borealis');
    expect([...(shared?.facts ?? [])].sort()).toEqual(['breach', 'identity', ...relayed].sort());
    // Vex we found ourselves, but Caldera told us of him too: passed on only if it is a member.
    expect(shared?.suspects).toEqual(relayed.length > 0 ? ['vex'] : []);
  });
});
