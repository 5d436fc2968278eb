import { describe, expect, it } from 'vitest';
import { bundled, PRESERVATION_CONTENTS, tutorialDayOne } from '../test/fixtures.js';
import { checkDraft, type Draft, EMPTY_DRAFT, evidenceFits, subjectOf } from './composer-check.js';

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

  it('knows what each kind of request is about and which data it can obtain', () => {
    expect(subjectOf('preservation')).toBe('evidence');
    expect(subjectOf('extradition')).toBe('suspect');
    expect(subjectOf('asset-freeze')).toBe('asset');
    expect(evidenceFits('traffic-disclosure', 'content')).toBe(false);
    expect(evidenceFits('stored-data', 'subscriber')).toBe(true);
  });
});
