import { afterEach, describe, expect, it } from 'vitest';
import { ruleCitation, withCitation } from './citations.js';
import { setLocale } from './i18n.js';
import { ruleText } from './rule-text.js';

describe('a rule’s citation on the screens', () => {
  afterEach(() => setLocale('en'));

  it('says the rules catalogue’s articles, model clause included, in English', () => {
    expect(ruleCitation('mla.contents.summary-of-facts')).toBe('Art. 40 (model: UNTOC 18(15))');
    expect(ruleCitation('scope.serious-crime')).toBe('Arts 2(h), 3(b), 35');
  });

  it('says nothing for a ruling with no rule of the convention behind it', () => {
    expect(ruleCitation(null)).toBe('');
    expect(ruleCitation('no.such-rule')).toBe('');
  });

  it('takes its words from the screens’ catalogue', () => {
    setLocale('en-XA');
    expect(ruleCitation('mla.contents.summary-of-facts')).toMatch(
      /^⟦Art\. ⟦40 \(model: UNTOC 18\(15\)\)~*⟧~*⟧$/,
    );
  });
});

describe('a line that names its rule', () => {
  afterEach(() => setLocale('en'));

  it('has its citation said in the screens’ language, the rest left as it is', () => {
    const line = { rule: 'data.lost-after-retention', article: 'Arts 25, 42', title: 'Logs' };
    setLocale('en-XA');
    const said = withCitation(line);
    expect(said.title).toBe('Logs');
    expect(String(said.article)).toMatch(/^⟦Arts? /);
    expect(withCitation({ title: 'Logs' })).toEqual({ title: 'Logs' });
    expect(withCitation({ rule: 'not-a-rule', article: 'Art. 1' }).article).toBe('Art. 1');
  });

  it('names its rule by the rule’s title, never its id', () => {
    const said = withCitation({ rule: 'data.lost-after-retention', article: 'Arts 25, 42' });
    expect(said.rule).toBe(ruleText('data.lost-after-retention', 'title'));
    expect(said.rule).not.toContain('data.lost-after-retention');
    expect(said.rule).not.toBe('');
    expect(said.article).toBe(ruleCitation('data.lost-after-retention'));
  });
});
