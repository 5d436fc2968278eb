import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAGS } from '../catalogues.js';
import { setLocale, t } from '../i18n.js';
import { languageName, storageKey } from '../language.js';
import { LanguagePicker } from './language-picker.js';

afterEach(() => setLocale('en'));

describe('the language picker', () => {
  it('offers the languages that have a catalogue, in a labelled list, the current one chosen', () => {
    render(<LanguagePicker storage={{ setItem: vi.fn() }} reload={vi.fn()} pathname="/" />);
    const picker = screen.getByRole('combobox', { name: t('ui.language.label') }) as HTMLSelectElement;
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(
      TAGS.filter((tag) => tag !== 'en-XA').map(languageName),
    );
    expect(screen.getAllByRole('option')[0]?.textContent).toBe('English');
    expect(picker.value).toBe('en');
  });
  it('keeps the choice for the seat and shows the page again in it', async () => {
    setLocale('en-XA');
    const setItem = vi.fn();
    const reload = vi.fn();
    render(<LanguagePicker storage={{ setItem }} reload={reload} pathname="/join/K7PQ2M/aldoria" />);
    const picker = screen.getByRole('combobox', { name: t('ui.language.label') });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(TAGS.map(languageName));
    expect(screen.getAllByRole('option').at(-1)?.textContent).toMatch(/^⟦English~+⟧$/);
    await userEvent.selectOptions(picker, 'English');
    expect(setItem).toHaveBeenCalledWith(storageKey('team:K7PQ2M:aldoria'), 'en');
    expect(reload).toHaveBeenCalledOnce();
  });
});
