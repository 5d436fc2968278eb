import { EN } from '@crossborder/i18n';
import { describe, expect, it } from 'vitest';
import { bundled, DAY, Game, PRESERVATION_CONTENTS, tutorialDayOne } from '../test/fixtures.js';
import {
  checkDraft,
  type Draft,
  draftCommand,
  EMPTY_DRAFT,
  evidenceFits,
  subjectOf,
} from './composer-check.js';

const tutorial = await bundled('tutorial');

/** Aldoria with its case open and the hosting logs known (the production order done). */
function aldoria() {
  const { game, caseId } = tutorialDayOne(tutorial);
  return { view: game.view('aldoria'), caseId };
}

describe('the composer check', () => {
  const { view, caseId } = aldoria();
  const base: Draft = {
    ...EMPTY_DRAFT,
    kind: 'preservation',
    to: 'borealis',
    caseId,
    offence: 'credential-phishing',
    channel: '24-7-network',
    language: 'en',
    evidence: ['hosting-logs'],
  };

  it('lists the contents a preservation request needs, each with its article, as a checklist', () => {
    const check = checkDraft(view, base);
    expect(check.checklist.map((item) => item.id)).toEqual(Object.keys(PRESERVATION_CONTENTS));
    expect(check.checklist.every((item) => item.article.includes('42'))).toBe(true);
    expect(check.checklist.every((item) => !item.given)).toBe(true);
    expect(check.ready).toBe(false);
  });

  it('is ready once every item is given, and ticks them off', () => {
    const check = checkDraft(view, { ...base, contents: PRESERVATION_CONTENTS });
    expect(check.checklist.every((item) => item.given)).toBe(true);
    expect(check.problems).toEqual([]);
    expect(check.ready).toBe(true);
  });

  it('says what is missing from an MLA request without blocking it (it goes, as not conforming)', () => {
    const check = checkDraft(view, {
      ...base,
      kind: 'stored-data',
      channel: 'central-authority',
      contents: {},
    });
    const warnings = check.problems.filter((problem) => !problem.blocking);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]?.article).toMatch(/40/);
    expect(check.ready).toBe(true);
  });

  it('uses the engine’s own form rules: a 24/7 channel for MLA and a language the desk does not read', () => {
    const wrongChannel = checkDraft(view, {
      ...base,
      kind: 'stored-data',
      channel: '24-7-network',
      contents: {},
    });
    expect(wrongChannel.problems.some((problem) => problem.blocking && problem.article?.includes('41'))).toBe(
      true,
    );
    const wrongLanguage = checkDraft(view, { ...base, language: 'de', contents: PRESERVATION_CONTENTS });
    expect(wrongLanguage.ready).toBe(false);
    expect(wrongLanguage.problems.map((problem) => problem.message).join(' ')).toMatch(/de/);
  });

  it('asks for every choice a request needs before anything else', () => {
    const check = checkDraft(view, EMPTY_DRAFT);
    expect(check.ready).toBe(false);
    expect(check.problems.filter((problem) => problem.blocking)).toHaveLength(6);
  });

  /** A complete request to Borealis for the hosting logs, by mutual legal assistance (Art. 44). */
  const mla: Draft = {
    ...base,
    kind: 'stored-data',
    channel: 'central-authority',
    contents: {
      'requesting-authority': 'Public Prosecutor of Port Aldo',
      'nature-of-case': 'Criminal investigation into computer fraud',
      'summary-of-facts': 'A fake bank login page hosted in Borealis stole credentials',
      'assistance-sought': 'Disclosure of the control-panel logs of the hosting account',
      purpose: 'To identify the person who administers the page',
    },
  };
  const practice = (draft: Draft) => checkDraft(view, draft).problems.filter((problem) => problem.practice);

  it('offers an MLA request a suggested deadline with its reasons, as good practice that never blocks it', () => {
    const without = checkDraft(view, mla);
    expect(without.ready).toBe(true);
    const [note] = practice(mla);
    expect(note?.blocking).toBe(false);
    expect(note?.message).toMatch(/Good practice/);
    expect(note?.message).toMatch(/Not a breach/);
    expect(note?.article).toMatch(/UNTOC 18\(24\)/);
    expect(practice({ ...mla, deadlineDays: 3 }).map((problem) => problem.message)).toEqual([
      EN['ui.composer.practice-deadline-reason'],
    ]);
    expect(
      practice({ ...mla, deadlineDays: 3, deadlineReason: 'The logs are deleted in six days.' }),
    ).toEqual([]);
    // A preservation request is no MLA request: no deadline to suggest.
    expect(practice({ ...base, contents: PRESERVATION_CONTENTS })).toEqual([]);
  });

  it('blocks a deadline that is no whole number of days', () => {
    for (const deadlineDays of [1.5, -2, Number.NaN]) {
      const check = checkDraft(view, { ...mla, deadlineDays, deadlineReason: 'The logs go soon.' });
      expect(check.ready).toBe(false);
      expect(check.problems.some((problem) => problem.message === EN['ui.composer.deadline-whole'])).toBe(
        true,
      );
    }
  });

  it('sends the suggested deadline, in game minutes, with its reasons; the engine takes it, and records nothing without it', () => {
    const { game } = tutorialDayOne(tutorial);
    const now = game.now;
    const command = draftCommand(
      { ...mla, deadlineDays: 3, deadlineReason: ' The logs are deleted in six days. ' },
      now,
    );
    expect(command).toMatchObject({
      type: 'sendRequest',
      kind: 'stored-data',
      suggestedDeadline: now + 3 * DAY,
      deadlineReason: 'The logs are deleted in six days.',
    });
    game.do('aldoria', command);
    const sent = Object.values(game.view('aldoria').requests).find(
      (request) => request.kind === 'stored-data',
    );
    expect(sent?.suggestedDeadline).toBe(now + 3 * DAY);
    expect(draftCommand(mla, now)).not.toHaveProperty('suggestedDeadline');
    game.do('aldoria', draftCommand(mla, now));
    expect(game.view('aldoria').violations).toEqual({});
    expect(draftCommand({ ...base, deadlineDays: 3 }, now)).not.toHaveProperty('suggestedDeadline');
  });

  it('knows what each kind of request is about and which data it can obtain', () => {
    expect(subjectOf('preservation')).toBe('evidence');
    expect(subjectOf('extradition')).toBe('suspect');
    expect(subjectOf('asset-freeze')).toBe('asset');
    expect(evidenceFits('traffic-disclosure', 'content')).toBe(false);
    expect(evidenceFits('stored-data', 'subscriber')).toBe(true);
  });
});

describe('the composer check, between treaty partners and with reservations', async () => {
  const fraudRing = await bundled('fraud-ring');
  const game = new Game(fraudRing);
  game.do('lumeria', { type: 'openCase', title: 'Aurex', offences: ['investment-fraud'] });
  const view = game.view('lumeria');
  const caseId = Object.keys(view.cases)[0] ?? '';
  /** Lumeria asks Orrevia, with which it has a 2009 MLA treaty, for Quillon's KYC file. */
  const toOrrevia: Draft = {
    ...EMPTY_DRAFT,
    kind: 'stored-data',
    to: 'orrevia',
    caseId,
    offence: 'investment-fraud',
    channel: 'diplomatic',
    language: 'pt',
    evidence: ['quillon-kyc'],
  };
  const TREATY = 'Treaty between Lumeria and Orrevia on Mutual Legal Assistance in Criminal Matters (2009)';

  it('says which rules apply and why: the treaty, since the convention does not bind Orrevia', () => {
    const { regime } = checkDraft(view, toOrrevia);
    expect(regime).toMatchObject({
      regime: 'treaty',
      reason: 'treaty-outside-convention',
      treaty: { id: 'lumeria-orrevia-mlat', name: TREATY },
    });
    expect(regime?.message).toBe(
      EN['regime.treaty-outside-convention']
        .replace('{treaty}', TREATY)
        .replace('{from}', 'Lumeria')
        .replace('{to}', 'Orrevia'),
    );
    expect(regime?.article).toBe('Art. 40 (model: UNTOC 18(6)-(7))');
    // Preservation is the convention's own: no treaty governs it, and Orrevia is no party.
    expect(checkDraft(view, { ...toOrrevia, kind: 'preservation' }).regime?.reason).toBe('none');
    // Between two parties without a treaty, the convention.
    expect(checkDraft(view, { ...toOrrevia, to: 'castavia' }).regime?.reason).toBe('convention');
    expect(checkDraft(view, EMPTY_DRAFT).regime).toBeNull();
  });

  it("uses the treaty's channel and its contents: direct to the central authority, with the text of the law", () => {
    const byDiplomat = checkDraft(view, toOrrevia);
    const blocking = byDiplomat.problems.filter((problem) => problem.blocking);
    expect(blocking.map((problem) => problem.message)).toEqual([
      EN['request.treaty-channel']
        .replace('{treaty}', TREATY)
        .replace('{channels:channel}', EN['channel.central-authority']),
    ]);
    const direct = checkDraft(view, { ...toOrrevia, channel: 'central-authority' });
    expect(direct.problems.filter((problem) => problem.blocking)).toEqual([]);
    const law = direct.checklist.find((item) => item.id === 'applicable-law');
    expect(law).toMatchObject({ required: true, given: false, article: TREATY });
    // Without the treaty (Castavia to Orrevia), the diplomatic channel Orrevia requires, and no such item.
    const castavia = game.view('castavia');
    expect(
      checkDraft(castavia, { ...toOrrevia, caseId: '', channel: 'central-authority' }).problems.some(
        (problem) => problem.blocking && problem.article?.includes('UNTOC 18(13)'),
      ),
    ).toBe(true);
    expect(checkDraft(castavia, toOrrevia).checklist.map((item) => item.id)).not.toContain('applicable-law');
  });

  it('warns that a reservation narrows a conduct of the offence, and blocks a measure the law lacks', () => {
    const toCastavia: Draft = { ...toOrrevia, to: 'castavia', channel: 'central-authority', language: 'es' };
    const cautions = checkDraft(view, toCastavia).problems.filter(
      (problem) => !problem.blocking && !problem.practice && problem.article === 'Art. 7(2)',
    );
    expect(cautions).toHaveLength(1);
    expect(cautions[0]?.message).toContain('a crime only where a security measure was infringed');
    // Orrevia's law has no real-time collection (Art. 45): the engine would reject the request.
    const realTime = checkDraft(view, {
      ...toOrrevia,
      kind: 'real-time-traffic',
      channel: 'central-authority',
    });
    expect(realTime.ready).toBe(false);
    expect(realTime.problems.some((problem) => problem.blocking && problem.article?.includes('45'))).toBe(
      true,
    );
  });
});
