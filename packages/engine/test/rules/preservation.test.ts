import type { RuleId, Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { type CountryView, describeEvent, type EvidenceState, keptUntil, upcast } from '../../src/index.js';
import { DAY, HOUR, type Play, SAFEGUARDS } from '../support.js';
import {
  consult,
  expectRule,
  expectViolation,
  fixture,
  JUDGE,
  PRESERVATION,
  start,
  violations,
} from './setup.js';

/** The fixture with Borealis, where the logs are, knowing of them too (so it can order their preservation). */
function logsKnownToBorealis(): Scenario {
  const scenario = structuredClone(fixture);
  const logs = scenario.case.evidence['logs-b'];
  if (logs) logs.knownBy = ['aldoria', 'borealis'];
  return scenario;
}

/** Borealis opens its own case and orders the logs preserved for `durationDays`. */
function borealisPreservesLogs(play: Play, durationDays: number): void {
  play.do('borealis', { type: 'openCase', title: 'Own', offences: ['intrusion'] });
  play.do('borealis', {
    type: 'takeMeasure',
    caseId: play.lastId('CaseOpened'),
    kind: 'preservation-order',
    target: { evidence: 'logs-b' },
    safeguards: SAFEGUARDS,
    durationDays,
  });
}

const ITEMS: [string, RuleId][] = [
  ['authority', 'preservation.contents.authority'],
  ['offence-and-facts', 'preservation.contents.offence-and-facts'],
  ['data-and-link', 'preservation.contents.data-and-link'],
  ['custodian-or-location', 'preservation.contents.custodian-or-location'],
  ['necessity', 'preservation.contents.necessity'],
  ['intent-to-request-mla', 'preservation.contents.intent-to-request-mla'],
];

for (const [item, ruleId] of ITEMS) {
  describe(`rule ${ruleId}`, () => {
    it(`a preservation request without "${item}" is invalid; with it, it goes`, () => {
      const { play, preservation } = start();
      const contents: Record<string, string> = { ...PRESERVATION };
      delete contents[item];
      const rejection = play.rejected('aldoria', preservation({ contents }));
      expectRule(rejection, ruleId);
      play.do('aldoria', preservation());
    });
  });
}

describe('rule preservation.no-dual-criminality', () => {
  it('preservation is not refused for lack of dual criminality, even for conduct Borealis does not punish', () => {
    const { play, preservation, send } = start();
    const id = send(preservation({ offence: 'wiping' }));
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'no-dual-criminality',
        reasons: 'Deleting data is no crime here.',
      }),
      'preservation.no-dual-criminality',
    );
  });

  it('except by a State with the reservation, for a non-convention offence it does not punish', () => {
    const { play, preservation, send } = start();
    const id = send(preservation({ offence: 'betting' }));
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'no-dual-criminality',
      reasons: 'We reserved this: betting is lawful here.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

describe('rule preservation.refusal-grounds', () => {
  it('a preservation request is not refused as incomplete', () => {
    const { play, preservation, send } = start();
    const id = send(preservation());
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'not-conforming',
        reasons: 'We want more detail on the data.',
      }),
      'preservation.refusal-grounds',
    );
  });

  it('is not refused as contrary to the legal system relating to MLA, a ground no source gives for preservation', () => {
    const { play, preservation, send } = start();
    const id = send(preservation());
    consult(play, 'borealis', id, 'aldoria');
    const refusal = (ground: 'contrary-to-legal-system' | 'essential-interests') => ({
      type: 'refuseRequest' as const,
      requestId: id,
      ground,
      reasons: 'Preserving this data for Aldoria is impossible for us.',
    });
    expectRule(
      play.rejected('borealis', refusal('contrary-to-legal-system')),
      'preservation.refusal-grounds',
    );
    // Essential interests remain a ground (model BC 29(5)(b)).
    play.do('borealis', refusal('essential-interests'));
    expect(play.state.requests[id]?.refusal?.ground).toBe('essential-interests');
  });
});

describe('rule preservation.minimum-60-days', () => {
  it('data preserved at a foreign request is kept 60 days', () => {
    const { play, preservation, send } = start();
    const id = send(preservation());
    play.do('borealis', { type: 'executeRequest', requestId: id });
    // Through the 24/7 network: the point answers within two hours.
    play.at(2 * HOUR);
    expect(play.state.evidence['logs-b']?.preservations.aldoria?.until).toBe(2 * HOUR + 60 * DAY);
    play.at(60 * DAY + 2 * HOUR);
    expect(play.state.evidence['logs-b']?.status).toBe('lost');
  });
});

describe('rule preservation.held-pending-mla', () => {
  it('once the follow-up request arrives, the data stays preserved until it is decided', () => {
    const { play, preservation, request, send } = start();
    const id = send(preservation());
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(DAY);
    const follow = send(request());
    expect(play.state.evidence['logs-b']?.preservations.aldoria?.until).toBeNull();
    play.at(70 * DAY);
    expect(play.state.evidence['logs-b']?.status).toBe('available');
    consult(play, 'borealis', follow, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: follow,
      ground: 'essential-interests',
      reasons: 'Disclosure would compromise a national security operation.',
    });
    play.at(70 * DAY + 1);
    expect(play.state.evidence['logs-b']?.status).toBe('lost');
  });
});

describe('rule preservation.warning-duty', () => {
  it('executing a preservation that will come too late, without warning, is recorded against the requested State', () => {
    const { play, preservation, send } = start();
    play.at(10 * DAY - HOUR);
    const id = send(preservation({ channel: 'central-authority', language: 'en' }));
    const events = play.do('borealis', { type: 'executeRequest', requestId: id });
    expectViolation(events, 'preservation.warning-duty', 'borealis');
  });

  it("applies too when another country's preservation keeps the data, but ends before this one takes effect", () => {
    const { play, preservation, send } = start(logsKnownToBorealis());
    // Borealis's own one-day order keeps the logs a little past their retention (day 10).
    play.at(9 * DAY);
    borealisPreservesLogs(play, 1);
    play.at(10 * DAY - HOUR);
    expect(play.state.evidence['logs-b']?.preservations.borealis).toBeDefined();
    const id = send(preservation({ channel: 'central-authority', language: 'en' }));
    const events = play.do('borealis', { type: 'executeRequest', requestId: id });
    expectViolation(events, 'preservation.warning-duty', 'borealis');
  });

  it('a warning first avoids it', () => {
    const { play, preservation, send } = start();
    play.at(10 * DAY - HOUR);
    const id = send(preservation({ channel: 'central-authority', language: 'en' }));
    play.do('borealis', {
      type: 'warnRequester',
      requestId: id,
      text: 'The logs go in an hour; preservation takes twelve.',
    });
    expect(
      violations(play.do('borealis', { type: 'executeRequest', requestId: id, authorisedBy: JUDGE })),
    ).toEqual([]);
  });
});

describe('rule preservation.chain-hop', () => {
  it('preserving traffic data reveals the next provider abroad to both States', () => {
    const { play, preservation, send } = start();
    const id = send(preservation());
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(2 * HOUR);
    expect(play.state.evidence['logs-c']?.knownBy.aldoria?.source).toEqual({
      kind: 'chain-hop',
      evidence: 'logs-b',
    });
    expect(play.state.evidence['logs-c']?.knownBy.borealis).toBeDefined();
    // The subscriber record is in Borealis itself: it is revealed only when the logs are obtained.
    expect(play.state.evidence['subscriber-b']?.knownBy.aldoria).toBeUndefined();
  });
});

describe('preservations, one per country', () => {
  /** Aldoria has the logs preserved through Borealis; then Borealis orders its own, for longer. */
  function twoPreservations() {
    const setup = start(logsKnownToBorealis());
    const { play, preservation, send } = setup;
    play.do('borealis', { type: 'executeRequest', requestId: send(preservation()) });
    play.at(2 * HOUR);
    borealisPreservesLogs(play, 90);
    play.at(DAY);
    const seen = (country: string) =>
      (play.engine.view(play.state, country) as CountryView).evidence['logs-b']?.preservation ?? null;
    return { ...setup, seen };
  }

  it("each runs and ends on its own: another's longer order neither replaces nor shows in a country's view", () => {
    const { play, seen } = twoPreservations();
    const aldoriaUntil = 2 * HOUR + 60 * DAY;
    expect(Object.keys(play.state.evidence['logs-b']?.preservations ?? {})).toEqual(['aldoria', 'borealis']);
    expect(seen('aldoria')).toMatchObject({ by: 'aldoria', until: aldoriaUntil });
    // The State holding the data keeps it for both, and sees the one that lasts longest.
    expect(seen('borealis')?.by).toBe('borealis');
    const item = () => play.state.evidence['logs-b'] as EvidenceState;
    expect(keptUntil(item())).toBe(4 * HOUR + 90 * DAY);
    play.at(aldoriaUntil);
    expect(seen('aldoria')).toBeNull();
    const ended = play.log.filter((event) => event.type === 'PreservationEnded');
    expect(ended.map((event) => event.visibleTo)).toEqual([['aldoria', 'borealis']]);
    // Borealis's log says whose ended, for its own still runs.
    const line = ended[0] ? describeEvent(play.engine.ctx, ended[0]) : null;
    expect(line).toEqual({
      key: 'log.preservation-ended-for',
      params: { evidence: 'Kestrel Net connection logs', country: expect.stringContaining('Aldoria') },
    });
    // Borealis's order still keeps the data, though its retention ran out long ago.
    expect(play.state.evidence['logs-b']?.status).toBe('available');
    play.at(4 * HOUR + 90 * DAY);
    expect(play.state.evidence['logs-b']?.status).toBe('lost');
  });

  it('an end recorded before preservations were kept per country ends those due, and only those', () => {
    const { play } = twoPreservations();
    // Older logs name no country on the event; they are upcast as they are read (see upcast.test.ts).
    const old = {
      type: 'PreservationEnded',
      at: 2 * HOUR + 60 * DAY,
      visibleTo: ['aldoria'],
      evidenceId: 'logs-b',
    };
    for (const event of upcast([...play.log, old], 1).slice(play.log.length))
      play.engine.evolve(play.state, event);
    expect(Object.keys(play.state.evidence['logs-b']?.preservations ?? {})).toEqual(['borealis']);
  });

  it('a request elsewhere that names the data, withdrawn, does not release what a follow-up at the holder holds', () => {
    const { play, preservation, request, send } = start();
    play.do('borealis', { type: 'executeRequest', requestId: send(preservation()) });
    play.at(2 * HOUR);
    const follow = send(request());
    play.at(DAY);
    const elsewhere = send(
      request({
        kind: 'police-cooperation',
        to: 'caldera',
        channel: 'police',
        subject: { suspect: 'vex', evidence: ['logs-b'] },
      }),
    );
    const withdrawn = play.do('aldoria', {
      type: 'withdrawRequest',
      requestId: elsewhere,
      reasons: 'Not needed.',
    });
    expect(withdrawn.map((event) => event.type)).toEqual(['RequestWithdrawn']);
    play.at(20 * DAY);
    expect(play.state.requests[follow]?.status).toBe('received');
    expect(play.state.evidence['logs-b']?.preservations.aldoria?.until).toBeNull();
    expect(play.state.evidence['logs-b']?.status).toBe('available');
  });

  it("a follow-up request holds the requester's own preservation, not the others'", () => {
    const { play, request, send, seen } = twoPreservations();
    send(request());
    play.at(2 * DAY);
    expect(play.state.evidence['logs-b']?.preservations.aldoria?.until).toBeNull();
    expect(play.state.evidence['logs-b']?.preservations.borealis?.until).toBe(4 * HOUR + 90 * DAY);
    expect(seen('aldoria')?.until).toBeNull();
    expect(keptUntil(play.state.evidence['logs-b'] as EvidenceState)).toBeNull();
  });
});
