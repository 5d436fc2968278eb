import { describe, expect, it } from 'vitest';
import { citationText } from './citations.js';
import { LOCALES } from './node.js';

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

  it('says articles as each shipped translation words them: its own word, plural and list', () => {
    const two = [{ article: '25' }, { article: '42' }];
    const said = (tag: string) => citationText(two, LOCALES[tag], tag);
    expect(said('fr')).toBe('Art. 25 et 42');
    expect(said('es')).toBe('Arts. 25 y 42');
    // The dual ("the two articles"), the list isolated inside the Arabic sentence.
    expect(said('ar')).toBe('المادتان \u206825 و42\u2069');
    expect(citationText([{ article: '40', model: 'UNTOC 18(15)' }], LOCALES.fr, 'fr')).toContain(
      'UNTOC 18(15)',
    );
  });
});
