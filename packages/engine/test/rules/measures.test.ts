import { EN, translate } from '@crossborder/i18n';
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/index.js';
import { DAY, HOUR, text } from '../support.js';
import { expectRule, expectViolation, fixture, ruleWords, start, teach, violations } from './setup.js';

/** A copy of the fixture with one change. */
function variant(change: (scenario: typeof fixture) => void) {
  const scenario = structuredClone(fixture);
  change(scenario);
  return scenario;
}

const SAFEGUARDS = {
  authorisedBy: 'Judge Ames',
  grounds: 'Suspicion of intrusion',
  scope: 'The logs named',
  duration: '30 days',
};

describe('rule safeguards.conditions', () => {
  it('a measure with its safeguards is clean; without them it is recorded and its evidence tainted', () => {
    const { play, caseId } = start();
    const clean = play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'home-logs' },
      safeguards: SAFEGUARDS,
    });
    expect(violations(clean)).toEqual([]);
    const { play: other, caseId: otherCase } = start();
    const events = other.do('aldoria', {
      type: 'takeMeasure',
      caseId: otherCase,
      kind: 'production-order',
      target: { evidence: 'home-logs' },
      safeguards: { authorisedBy: '', grounds: 'x', scope: 'The logs', duration: '' },
    });
    const recorded = expectViolation(events, 'safeguards.conditions', 'aldoria');
    // Said in plain words through the catalogue, never the field's id.
    expect(text(recorded)).toContain('who authorised it');
    expect(text(recorded)).not.toContain('authorisedBy');
    other.at(DAY);
    expect(other.state.evidence['home-logs']?.obtainedBy.aldoria?.tainted).toBe(true);
  });

  it('applies as appropriate to the measure: a preservation order needs its authority, grounds and scope; its duration is its own', () => {
    const { play, caseId } = start();
    const order = (safeguards: typeof SAFEGUARDS) => ({
      type: 'takeMeasure' as const,
      caseId,
      kind: 'preservation-order' as const,
      target: { evidence: 'home-logs' },
      safeguards,
      durationDays: 30,
    });
    // A prosecutor is a competent authority for preservation; no duration is written: the order has 30 days.
    const clean = play.do('aldoria', order({ ...SAFEGUARDS, authorisedBy: 'Prosecutor Vale', duration: '' }));
    expect(violations(clean)).toEqual([]);
    const recorded = expectViolation(
      play.do('aldoria', order({ ...SAFEGUARDS, authorisedBy: '' })),
      'safeguards.conditions',
      'aldoria',
    );
    expect(text(recorded)).toContain('who authorised it');
    expect(ruleWords('safeguards.conditions').teaching).toContain('as appropriate in view of the nature');
  });
});

describe('rule measures.preservation-order-90-days', () => {
  it('a domestic preservation order lasts at most 90 days', () => {
    const { play, caseId } = start();
    const order = (durationDays: number) => ({
      type: 'takeMeasure' as const,
      caseId,
      kind: 'preservation-order' as const,
      target: { evidence: 'home-logs' },
      safeguards: SAFEGUARDS,
      durationDays,
    });
    expectRule(play.rejected('aldoria', order(91)), 'measures.preservation-order-90-days');
    play.do('aldoria', order(90));
    play.at(3 * HOUR);
    expect(play.state.evidence['home-logs']?.preservations.aldoria?.until).toBe(2 * HOUR + 90 * DAY);
  });
});

describe('rule measures.production-order', () => {
  it('produces data held on the territory after a day, and what it reveals', () => {
    const { play, caseId } = start();
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'home-logs' },
      safeguards: SAFEGUARDS,
    });
    play.at(DAY - 1);
    expect(play.state.evidence['home-logs']?.obtainedBy.aldoria).toBeUndefined();
    play.at(DAY);
    expect(play.state.evidence['home-logs']?.obtainedBy.aldoria?.forCase).toBe(caseId);
  });

  /** Kestrel Net, established in Borealis, offers its services in Aldoria too. */
  const offering = variant((s) => {
    const kestrel = s.case.providers['kestrel-net'];
    if (kestrel) kestrel.offersServicesIn = ['aldoria'];
  });
  const order = (caseId: string, evidence: string) => ({
    type: 'takeMeasure' as const,
    caseId,
    kind: 'production-order' as const,
    target: { evidence },
    safeguards: SAFEGUARDS,
  });

  it('reaches the subscriber information of a provider offering its services here, wherever it is established', () => {
    const { play, caseId } = start(offering);
    teach(play, 'aldoria', { evidence: ['subscriber-b'] });
    const events = play.do('aldoria', order(caseId, 'subscriber-b'));
    expect(events.map((event) => event.type)).toContain('MeasureTaken');
    expect(violations(events)).toEqual([]);
  });

  it('delivers that subscriber information when the order has run its course', () => {
    const { play, caseId } = start(offering);
    teach(play, 'aldoria', { evidence: ['subscriber-b'] });
    play.do('aldoria', order(caseId, 'subscriber-b'));
    play.at(DAY - 1);
    expect(play.state.evidence['subscriber-b']?.obtainedBy.aldoria).toBeUndefined();
    play.at(DAY);
    expect(play.state.evidence['subscriber-b']?.obtainedBy.aldoria?.forCase).toBe(caseId);
  });

  it('keeps the traffic data and content such a provider holds abroad for the State where they are', () => {
    const { play, caseId } = start(offering);
    const rejection = play.rejected('aldoria', order(caseId, 'logs-b'));
    expectRule(rejection, 'measures.production-order');
    expect(text(rejection)).toContain('Kestrel Net');
    expect(text(rejection)).toContain('Borealis');
  });

  it('does not reach a provider that offers no services here', () => {
    const { play, caseId } = start();
    teach(play, 'aldoria', { evidence: ['subscriber-b'] });
    expectRule(play.rejected('aldoria', order(caseId, 'subscriber-b')), 'sovereignty.no-action-abroad');
  });
});

describe('rule measures.search-and-seizure', () => {
  it('seizes a device where its holder is, and only there', () => {
    const { play } = start();
    play.do('borealis', { type: 'openCase', title: 'Kestrel', offences: ['intrusion'] });
    const caseId = play.lastId('CaseOpened');
    teach(play, 'borealis', { evidence: ['laptop'], identity: ['vex'], location: { vex: 'borealis' } });
    play.do('borealis', {
      type: 'takeMeasure',
      caseId,
      kind: 'search-and-seizure',
      target: { evidence: 'laptop' },
      safeguards: SAFEGUARDS,
    });
    play.at(DAY);
    expect(play.state.evidence.laptop?.obtainedBy.borealis).toBeDefined();
    const aldoria = start();
    teach(aldoria.play, 'aldoria', { evidence: ['laptop'], location: { vex: 'borealis' } });
    expectRule(
      aldoria.play.rejected('aldoria', {
        type: 'takeMeasure',
        caseId: aldoria.caseId,
        kind: 'search-and-seizure',
        target: { evidence: 'laptop' },
        safeguards: SAFEGUARDS,
      }),
      'sovereignty.no-action-abroad',
    );
  });
});

describe('rule measures.real-time-and-interception', () => {
  it('real-time collection where the law provides it; interception not where it does not', () => {
    const { play, caseId } = start();
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'real-time-collection',
      target: { evidence: 'home-logs' },
      safeguards: SAFEGUARDS,
    });
    play.at(2 * DAY);
    expect(play.state.evidence['home-logs']?.obtainedBy.aldoria).toBeDefined();
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'interception',
      target: { evidence: 'mailbox-a' },
      safeguards: SAFEGUARDS,
    });
    play.do('borealis', { type: 'openCase', title: 'Kestrel', offences: ['intrusion'] });
    teach(play, 'borealis', { evidence: ['mailbox-b'] });
    expectRule(
      play.rejected('borealis', {
        type: 'takeMeasure',
        caseId: play.lastId('CaseOpened'),
        kind: 'interception',
        target: { evidence: 'mailbox-b' },
        safeguards: SAFEGUARDS,
      }),
      'interception.serious-only',
    );
  });
});

describe('rule data.lost-after-retention', () => {
  it('says why the data was lost, under which rule and article, and what would have kept it', () => {
    const { play } = start();
    play.at(10 * DAY);
    const lost = play.log.find((event) => event.type === 'EvidenceLost' && event.evidenceId === 'logs-b');
    expect(lost).toBeDefined();
    const line = lost ? describeEvent(play.engine.ctx, lost) : null;
    expect(line?.key).toBe('log.evidence-expired-unpreserved');
    const said = line ? translate(EN, EN, line.key, line.params) : '';
    expect(said).toContain('data.lost-after-retention');
    expect(said).toContain('Arts 25 (model: BC 16), 42');
    expect(said).toContain('Kestrel Net (Federation of Borealis)');
    expect(said).toContain('preservation request to Federation of Borealis');
    expect(said).not.toMatch(/\{\w+\}/);
  });

  it('traffic data kept 10 days in Borealis is deleted on day 10 unless preserved', () => {
    const { play } = start();
    play.at(10 * DAY - 1);
    expect(play.state.evidence['logs-b']?.status).toBe('available');
    play.at(10 * DAY);
    expect(play.state.evidence['logs-b']?.status).toBe('lost');
    expect(
      play.log.some(
        (event) =>
          event.type === 'EvidenceLost' && event.evidenceId === 'logs-b' && event.reason === 'retention',
      ),
    ).toBe(true);
  });

  it('preserved data survives its retention period', () => {
    const { play, preservation, send } = start();
    const id = send(preservation());
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(30 * DAY);
    expect(play.state.evidence['logs-b']?.status).toBe('available');
  });
});
