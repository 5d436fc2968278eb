import { describe, expect, it } from 'vitest';
import type { CountryView } from '../src/index.js';
import { bundled, DAY, HOUR, MLA_CONTENTS, Play, PRESERVATION_CONTENTS, SAFEGUARDS } from './support.js';

const tutorial = await bundled('tutorial');
/** Borealis's own authority for what it executes for Aldoria (Arts 24, 40). */
const AUTHORITY = 'Investigating judge of the Borealis Federal Court';

/** The tutorial's model answer, step by step: preserve, ask, follow the lead home, arrest. */
function playTutorial(preserveAt = DAY) {
  const play = new Play(tutorial);
  play.do('aldoria', { type: 'openCase', title: 'Harbourline phishing', offences: ['credential-phishing'] });
  const caseId = play.lastId('CaseOpened');
  play.do('aldoria', {
    type: 'takeMeasure',
    caseId,
    kind: 'production-order',
    target: { evidence: 'fraud-reports' },
    safeguards: SAFEGUARDS,
  });
  play.at(preserveAt);
  play.do('aldoria', {
    type: 'sendRequest',
    kind: 'preservation',
    to: 'borealis',
    caseId,
    offence: 'credential-phishing',
    channel: '24-7-network',
    language: 'en',
    subject: { evidence: ['hosting-logs'] },
    contents: PRESERVATION_CONTENTS,
  });
  const preservation = play.lastId('RequestSent');
  play.do('borealis', { type: 'executeRequest', requestId: preservation, authorisedBy: AUTHORITY });
  return { play, caseId, preservation };
}

describe('the tutorial, played through', () => {
  it('obtaining the fraud reports at home reveals the hosting logs abroad', () => {
    const play = new Play(tutorial);
    play.do('aldoria', {
      type: 'openCase',
      title: 'Harbourline phishing',
      offences: ['credential-phishing'],
    });
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId: play.lastId('CaseOpened'),
      kind: 'production-order',
      target: { evidence: 'fraud-reports' },
      safeguards: SAFEGUARDS,
    });
    expect(play.state.evidence['hosting-logs']?.knownBy.aldoria).toBeUndefined();
    play.at(DAY);
    expect(play.state.evidence['fraud-reports']?.obtainedBy.aldoria).toBeDefined();
    expect(play.state.evidence['hosting-logs']?.knownBy.aldoria?.source).toEqual({
      kind: 'evidence',
      evidence: 'fraud-reports',
    });
    // Aldoria knew this from its briefing; the reports also reveal it, but a fact keeps where it was
    // first learnt.
    expect(play.state.facts['page-hosted-in-borealis']?.knownBy.aldoria?.source).toEqual({ kind: 'start' });
  });

  it('preserving through the 24/7 network keeps the logs past their deletion and reveals the next hop', () => {
    const { play } = playTutorial(DAY);
    play.at(DAY + 2 * HOUR);
    const logs = play.state.evidence['hosting-logs'];
    expect(logs?.preservations.aldoria?.by).toBe('aldoria');
    expect(logs?.preservations.aldoria?.until).toBe(DAY + 2 * HOUR + 60 * DAY);
    // Chain hop (Art. 43): the traffic data point at AldoNet, back in Aldoria.
    expect(play.state.evidence['aldonet-subscriber']?.knownBy.aldoria?.source).toEqual({
      kind: 'chain-hop',
      evidence: 'hosting-logs',
    });
    play.at(8 * DAY);
    expect(play.state.evidence['hosting-logs']?.status).toBe('available');
    expect(play.state.objectives['preserve-logs']?.metAt).toBe(DAY + 2 * HOUR);
  });

  it('without preservation the logs are deleted on day 6 and a late request obtains nothing', () => {
    const play = new Play(tutorial);
    play.do('aldoria', {
      type: 'openCase',
      title: 'Harbourline phishing',
      offences: ['credential-phishing'],
    });
    const caseId = play.lastId('CaseOpened');
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'fraud-reports' },
      safeguards: SAFEGUARDS,
    });
    play.at(6 * DAY);
    expect(play.state.evidence['hosting-logs']?.status).toBe('lost');
    play.do('aldoria', {
      type: 'sendRequest',
      kind: 'stored-data',
      to: 'borealis',
      caseId,
      offence: 'credential-phishing',
      channel: 'central-authority',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: MLA_CONTENTS,
      suggestedDeadline: 9 * DAY,
      deadlineReason: 'The suspect is still active and more customers are being robbed.',
    });
    const request = play.lastId('RequestSent');
    play.at(7 * DAY);
    play.do('borealis', { type: 'executeRequest', requestId: request, authorisedBy: AUTHORITY });
    play.at(10 * DAY);
    expect(play.state.requests[request]?.outcome?.unavailable).toEqual(['hosting-logs']);
    expect(play.state.evidence['hosting-logs']?.obtainedBy.aldoria).toBeUndefined();
    expect(play.state.objectives['preserve-logs']?.missedAt).toBe(5 * DAY + 1);
  });

  it('wins when played well: logs preserved and obtained, Kite identified and arrested', () => {
    const { play, caseId } = playTutorial();
    play.at(DAY + 3 * HOUR);
    play.do('aldoria', {
      type: 'sendRequest',
      kind: 'stored-data',
      to: 'borealis',
      caseId,
      offence: 'credential-phishing',
      channel: 'central-authority',
      language: 'en',
      subject: { evidence: ['hosting-logs'] },
      contents: MLA_CONTENTS,
      suggestedDeadline: 5 * DAY,
      deadlineReason: 'The suspect is still active; more customers are robbed every day.',
      urgent: true,
    });
    const mla = play.lastId('RequestSent');
    // Sent at 20:00 in Borealis: its central authority has it when it opens at 08:30.
    expect(play.state.requests[mla]?.receivedAt).toBe(DAY + 15 * HOUR + 30);
    play.at(2 * DAY);
    // The follow-up arrived while the data was preserved: it is now held until decided (Art. 42).
    expect(play.state.evidence['hosting-logs']?.preservations.aldoria?.until).toBeNull();
    play.do('borealis', { type: 'executeRequest', requestId: mla, authorisedBy: AUTHORITY });
    // Three days, halved for volatile data flagged urgent (Art. 44).
    expect(play.state.requests[mla]?.dueAt).toBe(2 * DAY + 36 * HOUR);
    play.at(4 * DAY);
    expect(play.state.evidence['hosting-logs']?.obtainedBy.aldoria?.forCase).toBe(caseId);
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'aldonet-subscriber' },
      safeguards: SAFEGUARDS,
    });
    play.at(5 * DAY);
    expect(play.state.suspects.kite?.identityKnownBy.aldoria).toBeDefined();
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'arrest',
      target: { suspect: 'kite' },
      safeguards: SAFEGUARDS,
    });
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'search-and-seizure',
      target: { evidence: 'kite-laptop' },
      safeguards: SAFEGUARDS,
    });
    play.at(6 * DAY);
    const met = Object.fromEntries(
      Object.entries(play.state.objectives).map(([id, o]) => [id, o.metAt !== null]),
    );
    expect(met).toEqual({
      'preserve-logs': true,
      'obtain-logs': true,
      'identify-kite': true,
      'arrest-kite': true,
    });
    const view = play.engine.view(play.state, 'aldoria') as CountryView;
    expect(view.score.objectives).toBe(100);
    expect(view.facts['kit-source']).toBeDefined();
    expect(Object.keys(view.violations)).toEqual([]);
    expect(play.state.violations).toEqual({});
  });

  it('replaying the log gives the same state, byte for byte', () => {
    const { play } = playTutorial();
    play.at(20 * DAY);
    expect(JSON.stringify(play.engine.replay(play.log))).toBe(JSON.stringify(play.state));
    expect(play.state.ended).toBe(true);
  });
});
