import { type Catalogue, fill } from '@crossborder/i18n';
import { EN_WITH_RULES as EN } from '@crossborder/i18n/rules';
import { provenanceOf, RULE_IDS, RULES, type RuleId } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';
import { type RuleWhere, rulesDocument } from './rules-document.js';
import { rulesHtml } from './rules-html.js';
import { rulesMarkdown } from './rules-markdown.js';

const [first, second, ...rest] = RULE_IDS as [RuleId, RuleId, ...RuleId[]];
const hostile = '<script>alert("x")</script> *bold* | pipe';

/** Every rule in one chapter, except `second`, whose chapter was not found and which nothing applies. */
function input(catalogue: Catalogue = EN) {
  const where: Record<string, RuleWhere> = {};
  for (const id of [first, ...rest])
    where[id] = {
      chapter: 'packages/scenario/src/rules/chapters/all.ts',
      engine: ['packages/engine/src/decide/send.ts'],
      data: [],
      tests: ['packages/engine/test/rules/all.test.ts'],
    };
  return {
    chapters: [{ file: 'packages/scenario/src/rules/chapters/all.ts', title: hostile }],
    where,
    chaptersFolder: 'packages/scenario/src/rules/chapters/',
    catalogue,
  };
}

describe('the rules document', () => {
  it('holds every rule, by chapter, and puts a rule whose chapter was not found last', () => {
    const document = rulesDocument(input());
    expect(document.total).toBe(RULE_IDS.length);
    expect(document.chapters.map((chapter) => chapter.rules.length)).toEqual([RULE_IDS.length - 1, 1]);
    expect(document.chapters[1]?.rules[0]?.id).toBe(second);
    expect(document.counts.reduce((sum, row) => sum + row.count, 0)).toBe(RULE_IDS.length);
  });

  it('says, in Markdown and HTML, each rule’s citations, provenance sentence, texts, file, test and chapter', () => {
    const document = rulesDocument(input());
    const markdown = rulesMarkdown(document);
    const html = rulesHtml(document);
    for (const id of RULE_IDS) {
      const { sentence } = provenanceOf(RULES[id]);
      const said = fill(EN[sentence.key], sentence.params);
      expect(markdown).toContain(`### \`${id}\``);
      expect(html).toContain(`data-rule="${id}"`);
      expect(html).toContain(escapeHtml(said));
      expect(html).toContain(escapeHtml(EN[`rule.${id}.teaching` as keyof typeof EN]));
      for (const citation of RULES[id].citations) expect(html).toContain(escapeHtml(citation.provenance));
    }
    expect(markdown).toContain('packages/scenario/src/rules/chapters/');
    expect(markdown.match(/\*\*Applied in:\*\* `packages\/engine\/src\/decide\/send\.ts`/g)).toHaveLength(
      RULE_IDS.length - 1,
    );
    // Where nothing was found, the document says so.
    expect(markdown).toContain(`no describe('rule ${second}') under packages/engine/test`);
    expect(html).toContain('not found: no file under packages/engine/src names this id');
    expect(html).toContain('not found: no chapter file holds this id');
  });

  it('is self-contained HTML, no script, every text escaped (a chapter title, a translation)', () => {
    const html = rulesHtml(
      rulesDocument(input({ ...EN, 'provenance.mark.model': '<img src=x onerror=alert(1)>' })),
    );
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<img|<iframe|<link|<[^>]*\ssrc=|href="http|@import|url\(/);
    expect(html).toContain(escapeHtml(hostile));
    expect(html).toContain('&#60;img src=x');
  });

  it('escapes Markdown and HTML in Markdown too', () => {
    const markdown = rulesMarkdown(rulesDocument(input()));
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\> \\*bold\\* \\| pipe');
  });
});
