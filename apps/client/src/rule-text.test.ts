import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, setLocale } from './i18n.js';
import { ruleText } from './rule-text.js';

afterEach(() => {
  setLocale('en');
});

/** A rule's words, which the screens' first catalogue does not carry, in the reader's language. */
describe('a rule’s title, summary and teaching note', () => {
  it('in English from the rules’ own catalogue, glossary terms spelled out', () => {
    setLocale('en');
    expect(ruleText('channel.diplomatic-required', 'title')).toBe('Diplomatic channel where required');
    expect(ruleText('channel.diplomatic-required', 'summary')).toMatch(/^A State that has declared/);
    expect(ruleText('channel.diplomatic-required', 'teaching')).not.toContain('[[');
  });

  it('in the seat’s language once its catalogue is loaded', async () => {
    await loadLocale('fr');
    const french = ruleText('channel.diplomatic-required', 'title');
    expect(french).not.toBe('');
    expect(french).not.toBe('Diplomatic channel where required');
  });

  it('wrapped in the pseudo-locale like every other message, and nothing for an unknown rule', () => {
    setLocale('en-XA');
    expect(ruleText('channel.diplomatic-required', 'title')).toMatch(
      /^⟦Diplomatic channel where required~+⟧$/,
    );
    expect(ruleText('no.such-rule', 'title')).toBe('');
    setLocale('en');
    expect(ruleText('no.such-rule', 'summary')).toBe('');
  });
});
