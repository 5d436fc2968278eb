import { render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale, t } from '../i18n.js';
import { stringsIn, untranslatedText } from './pseudo.js';

beforeEach(() => setLocale('en-XA'));
afterEach(() => setLocale('en'));

describe('untranslated text in the pseudo-locale', () => {
  it('is text and spoken labels that did not come through the catalogue', () => {
    const { container } = render(
      <div>
        <h1>{t('ui.app')}</h1>
        <p>Written in code</p>
        <button type="button" aria-label="Close">
          ×
        </button>
        <input placeholder={t('ui.join.code')} />
      </div>,
    );
    expect(untranslatedText(container)).toEqual(['Written in code', 'Close']);
  });
  it('leaves the author’s words, shortened ones, dates and nested messages alone', () => {
    const scenario = {
      title: 'The Harbourline kit',
      facts: [{ text: 'Three hundred customers lost money.' }],
    };
    const { container } = render(
      <div>
        <h1>{scenario.title}</h1>
        <p>Three hundred customers lo…</p>
        <p>{t('ui.join.found', { title: t('ui.app') })}</p>
        <p>Tue, Mar 9, 09:00</p>
        <p>Scenario: {scenario.title}</p>
      </div>,
    );
    expect(untranslatedText(container, stringsIn(scenario))).toEqual(['Scenario:']);
  });
});
