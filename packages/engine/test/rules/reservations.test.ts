import { conductCriminalIn, type Reservation, type Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { SAFEGUARDS } from '../support.js';
import { consult, expectRule, fixture, start, teach } from './setup.js';

/** The rules fixture with Borealis's reservations and options, and changes to the case. */
function reserving(reservations: Reservation[], change: (scenario: Scenario) => void = () => {}) {
  const scenario = structuredClone(fixture);
  const borealis = scenario.countries.borealis;
  if (borealis) borealis.law.reservations = reservations;
  change(scenario);
  return start(scenario);
}

const refuse = (requestId: string) =>
  ({
    type: 'refuseRequest',
    requestId,
    ground: 'no-dual-criminality',
    reasons: 'The conduct is no crime under our law as it stands.',
  }) as const;

/** Borealis requires a broken security measure for illegal access (Art. 7(2)). */
const SECURITY_MEASURE: Reservation = { article: '7(2)', elements: ['security-measure'] };

describe('rule reservation.offence-elements', () => {
  it('without the element its option requires, the conduct is no crime there: dual criminality fails', () => {
    // The intrusion: illegal access (a crime in Borealis) and data interference (none there).
    const plain = start();
    const id = plain.send(plain.request());
    consult(plain.play, 'borealis', id, 'aldoria');
    expectRule(plain.play.rejected('borealis', refuse(id)), 'mla.refusal.no-dual-criminality');
    // Borealis took the Art. 7(2) option; the facts do not say a security measure was broken.
    const { play, request, send } = reserving([SECURITY_MEASURE]);
    const narrowed = send(request());
    consult(play, 'borealis', narrowed, 'aldoria');
    play.do('borealis', refuse(narrowed));
    expect(play.state.requests[narrowed]?.refusal?.ground).toBe('no-dual-criminality');
  });

  it('where the facts meet the element, dual criminality holds, for extradition too', () => {
    const { play, request, send } = reserving([SECURITY_MEASURE], (scenario) => {
      const intrusion = scenario.case.offences.intrusion;
      if (intrusion) intrusion.elements = ['security-measure'];
    });
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    expectRule(play.rejected('borealis', refuse(id)), 'mla.refusal.no-dual-criminality');
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const surrender = send(request({ kind: 'extradition', subject: { suspect: 'vex' } }));
    consult(play, 'borealis', surrender, 'aldoria');
    expectRule(play.rejected('borealis', refuse(surrender)), 'extradition.dual-criminality');
  });

  it('an extradition for conduct the option leaves out may be refused', () => {
    const { play, request, send } = reserving([SECURITY_MEASURE]);
    teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const id = send(request({ kind: 'extradition', subject: { suspect: 'vex' } }));
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', refuse(id));
  });

  it('requires, excludes and extends as the article says (Arts 14(4), 15)', () => {
    const law = (reservations: Reservation[]) => ({
      criminalises: {
        grooming: { name: 'Grooming', maxPenaltyYears: 5 },
        'child-sexual-abuse-material': { name: 'CSAM', maxPenaltyYears: 10 },
      },
      reservations,
    });
    const none = law([]);
    // Without the extension, contacting an investigator believed to be a child is not grooming.
    expect(conductCriminalIn(none, 'grooming', [])).toBe(true);
    expect(conductCriminalIn(none, 'grooming', ['believed-child'])).toBe(false);
    const grooming = law([{ article: '15', elements: ['believed-child', 'act-in-furtherance'] }]);
    expect(conductCriminalIn(grooming, 'grooming', ['believed-child'])).toBe(false);
    expect(conductCriminalIn(grooming, 'grooming', ['believed-child', 'act-in-furtherance'])).toBe(true);
    const material = law([{ article: '14(4)', elements: ['self-generated'] }]);
    expect(conductCriminalIn(material, 'child-sexual-abuse-material', [])).toBe(true);
    expect(conductCriminalIn(material, 'child-sexual-abuse-material', ['self-generated'])).toBe(false);
    expect(conductCriminalIn(material, 'fraud', [])).toBe(false);
  });
});

describe('rule reservation.misuse-of-devices', () => {
  /** Vex sold hacking tools; Borealis punishes misuse of devices but reserved Art. 11(1). */
  function toolkit(elements: string[], reservations: Reservation[]) {
    const setup = reserving(reservations, (scenario) => {
      scenario.case.offences.toolkit = {
        description: 'Selling the intrusion toolkit.',
        conduct: ['misuse-of-devices'],
        committedIn: ['aldoria'],
        victims: [],
        suspects: ['vex'],
        intentional: true,
        authorised: false,
        elements: elements as Scenario['case']['offences'][string]['elements'],
      };
      const borealis = scenario.countries.borealis;
      if (borealis)
        borealis.law.criminalises['misuse-of-devices'] = { name: 'Hacking tools', maxPenaltyYears: 3 };
    });
    setup.play.do('aldoria', { type: 'openCase', title: 'Toolkit', offences: ['toolkit'] });
    const caseId = setup.play.lastId('CaseOpened');
    const id = setup.send(setup.request({ caseId, offence: 'toolkit' }));
    consult(setup.play, 'borealis', id, 'aldoria');
    return { ...setup, id };
  }

  it('a State that reserved Art. 11(1) does not punish the trade in tools: it may refuse', () => {
    const kept = toolkit([], []);
    expectRule(kept.play.rejected('borealis', refuse(kept.id)), 'mla.refusal.no-dual-criminality');
    const reserved = toolkit([], [{ article: '11(3)' }]);
    reserved.play.do('borealis', refuse(reserved.id));
  });

  it('the trade in passwords and access data stays a crime everywhere', () => {
    const { play, id } = toolkit(['credentials'], [{ article: '11(3)' }]);
    expectRule(play.rejected('borealis', refuse(id)), 'mla.refusal.no-dual-criminality');
  });
});

describe('rule reservation.real-time-collection', () => {
  const REAL_TIME: Reservation = { article: '23', realTimeCollectionFor: ['illegal-access'] };

  it('a State that reserved real-time collection offers it only for the offences it kept', () => {
    const { play, request } = reserving([REAL_TIME]);
    // The wiping is data interference only; the intrusion is illegal access too.
    expectRule(
      play.rejected('aldoria', request({ kind: 'real-time-traffic', offence: 'wiping' })),
      'reservation.real-time-collection',
    );
    play.do('aldoria', request({ kind: 'real-time-traffic' }));
    // Without the reservation, the wiping too.
    const plain = start();
    plain.play.do('aldoria', plain.request({ kind: 'real-time-traffic', offence: 'wiping' }));
  });

  it('and at home: its own measure only for the offences it kept', () => {
    /** Aldoria kept real-time collection for extortion; its home logs prove the given offence. */
    const proving = (offence: string) => {
      const scenario = structuredClone(fixture);
      const aldoria = scenario.countries.aldoria;
      if (aldoria) aldoria.law.reservations = [{ article: '23', realTimeCollectionFor: ['extortion'] }];
      const homeLogs = scenario.case.evidence['home-logs'];
      if (homeLogs) homeLogs.proves = [offence];
      const { play, caseId } = start(scenario);
      const measure = {
        type: 'takeMeasure',
        caseId,
        kind: 'real-time-collection',
        target: { evidence: 'home-logs' },
        safeguards: SAFEGUARDS,
      } as const;
      return { play, measure };
    };
    const intrusion = proving('intrusion');
    expectRule(intrusion.play.rejected('aldoria', intrusion.measure), 'reservation.real-time-collection');
    const blackmail = proving('blackmail');
    blackmail.play.do('aldoria', blackmail.measure);
  });
});
