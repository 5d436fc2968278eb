import { EN } from './en.js';
import { type Catalogue, type Params, translate } from './format.js';

/** What a rule cites: an article (`40`, `2(h)`, `7-15`) and, where the convention copies one, the model clause. */
export interface CitedArticle {
  readonly article: string;
  readonly model?: string;
}

/**
 * A rule's citations in a language: `Art. 40`, `Arts 2(h), 3(b), 35`, the model clause in brackets
 * where there is one (`Art. 40 (model: UNTOC 18(15))`). The words and their order are the
 * catalogue's (`citation.model`, `citation.articles`, plural by the number of articles); the list is
 * joined as the language joins a list of references (`Intl.ListFormat`, unit style).
 */
export function citationText(
  citations: readonly CitedArticle[],
  catalogue: Catalogue = EN,
  locale = 'en',
): string {
  return citationSaid(citations, (key, params) => translate(catalogue, EN, key, params, locale), locale);
}

/** As `citationText`, with the messages said by `say` (a screen's own `t`, whatever catalogue it holds). */
export function citationSaid(
  citations: readonly CitedArticle[],
  say: (key: 'citation.articles' | 'citation.model', params: Params) => string,
  locale: string,
): string {
  const parts = citations.map((citation) =>
    citation.model
      ? say('citation.model', { article: citation.article, model: citation.model })
      : citation.article,
  );
  const articles = new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(parts);
  return say('citation.articles', { count: parts.length, articles });
}
