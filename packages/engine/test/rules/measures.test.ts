import { describe, expect, it } from 'vitest';
import { DAY, HOUR, text } from '../support.js';
import { expectRule, expectViolation, start, teach, violations } from './setup.js';

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
    expect(text(recorded)).toContain('authorisedBy');
    other.at(DAY);
    expect(other.state.evidence['home-logs']?.obtainedBy.aldoria?.tainted).toBe(true);
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
