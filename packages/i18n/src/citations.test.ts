import { describe, expect, it } from 'vitest';
import { citationText } from './citations.js';

describe('citationText', () => {
  it('says one article, several, and a model clause in English', () => {
    expect(citationText([{ article: '40' }])).toBe('Art. 40');
    expect(citationText([{ article: '2(h)' }, { article: '3(b)' }, { article: '35' }])).toBe(
      'Arts 2(h), 3(b), 35',
    );
    expect(citationText([{ article: '40', model: 'UNTOC 18(15)' }])).toBe('Art. 40 (model: UNTOC 18(15))');
  });

  it("takes its words from the reader's catalogue and joins the list as the language does", () => {
    const fr = {
      'citation.articles': '{count, plural, one {art. {articles}} other {art. {articles}}}',
      'citation.model': '{article} (modèle : {model})',
    };
    expect(citationText([{ article: '25' }, { article: '40', model: 'UNTOC 18(15)' }], fr, 'fr')).toBe(
      'art. 25 et 40 (modèle : UNTOC 18(15))',
    );
  });
});
