import { EN } from '@crossborder/i18n';
import { BOTS_EN } from '@crossborder/i18n/bots';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/support.js';
import { createEngine } from '../engine.js';
import type { CountryView } from '../view/types.js';
import { REASONS, requestContents, say } from './texts.js';

const engine = createEngine(await bundled('tutorial'));
const view = engine.view(engine.initialState(), 'aldoria') as CountryView;

describe('what the bots type', () => {
  it('is the catalogue’s words, glossary terms said, never a marker or an id', () => {
    expect(REASONS.national).toBe(BOTS_EN['bot.reason.national']);
    expect(REASONS.national).toContain('extradition');
    expect(Object.values(REASONS).filter((text) => text.includes('[['))).toEqual([]);
  });

  it('names what a request lacks by the items’ names, listed as the language lists', () => {
    expect(say('bot.more-information', { missing: ['summary-of-facts', 'purpose'] })).toBe(
      `Please complete: ${EN['contents.summary-of-facts']} and ${EN['contents.purpose']}.`,
    );
  });

  it('fills a request with the case’s own words and the catalogue’s', () => {
    const about = say('bot.subject.person', { alias: 'Kite' });
    const contents = requestContents(view, 'preservation', 'credential-phishing', about);
    expect(contents.necessity).toBe(BOTS_EN['bot.contents.necessity']);
    expect(contents['custodian-or-location']).toBe(
      'The provider holding the person known as Kite, on your territory.',
    );
    expect(contents['offence-and-facts']).toContain(
      view.briefing.offences['credential-phishing']?.description,
    );
    const mla = requestContents(view, 'stored-data', 'credential-phishing', about);
    expect(mla['nature-of-case']).toMatch(/^A criminal investigation into “.+” conducted by /);
  });
});
