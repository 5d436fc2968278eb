import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { wordsFor } from './words.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const { scenario: tutorial } = await loadScenarioFile(`${folder}tutorial.yaml`);
if (!tutorial) throw new Error('the tutorial loads');

const request = { id: 'req-4', kind: 'stored-data', from: 'aldoria', to: 'borealis', sentAt: 26 * 60 };
const requests = { 'req-4': request };
const agreements = { 'agreement-2': { kind: 'joint-investigation-team' } };
const between = 'Mutual legal assistance: access to stored data, Aldoria → Borealis';

describe('the words of the exports', () => {
  it("says a line's rule citation in the reader's language, and a rule's words from the catalogue", () => {
    const fr = {
      'citation.articles': '{count, plural, one {art. {articles}} other {art. {articles}}}',
      'citation.model': '{article} (modèle : {model})',
      'rule.mla.contents.summary-of-facts.title': 'Demande d’entraide : un résumé des faits',
    };
    const words = wordsFor(tutorial, fr, undefined, 'fr');
    const line = { rule: 'mla.contents.summary-of-facts', article: 'Art. 40 (model: UNTOC 18(15))' };
    expect(words.named(line, {}).article).toBe('art. 40 (modèle : UNTOC 18(15))');
    expect(wordsFor(tutorial).named(line, {}).article).toBe('Art. 40 (model: UNTOC 18(15))');
    expect(words.rule('mla.contents.summary-of-facts')).toEqual({
      title: 'Demande d’entraide : un résumé des faits',
      article: 'art. 40 (modèle : UNTOC 18(15))',
    });
    expect(words.ruleText('mla.contents.summary-of-facts', 'title')).toBe(
      'Demande d’entraide : un résumé des faits',
    );
  });

  it('names a request a line holds by id, under either key, and an agreement by its kind', () => {
    const words = wordsFor(tutorial);
    expect(
      words.named(
        { request: 'req-4', requestId: 'req-4', agreementId: 'agreement-2', n: 2 },
        requests,
        undefined,
        agreements,
      ),
    ).toEqual({
      request: `${between}, Day 2, 02:00`,
      requestId: `${between}, Day 2, 02:00`,
      agreementId: 'joint investigation team',
      n: 2,
    });
  });
  it('names a language by its name in the reader’s language, never by its tag', () => {
    expect(wordsFor(tutorial).language('fr')).toBe('French');
    expect(wordsFor(tutorial, {}, undefined, 'fr').language('en')).toBe('anglais');
    expect(wordsFor(tutorial, {}, undefined, 'ar').language('en')).toBe('الإنجليزية');
    // A tag Intl refuses is shown as written.
    expect(wordsFor(tutorial).language('not a tag')).toBe('not a tag');
  });

  it('keeps an id that names nothing here', () => {
    const words = wordsFor(tutorial);
    const params = { requestId: 'req-999', agreementId: 'agreement-2' };
    expect(words.named(params, requests)).toEqual(params);
  });
  it('says times by the clock it is given', () => {
    const words = wordsFor(tutorial, undefined, (minutes) => `minute ${minutes}`);
    expect(words.when(90)).toBe('minute 90');
    expect(words.when(null)).toBe('—');
    expect(words.requestName(request, requests)).toBe(`${between}, minute 1560`);
  });
});
