import { currentLocale, t } from '../i18n.js';
import { choosableLocales, keepLanguage, languageName, seatOf } from '../language.js';
import { Field } from './parts.js';

interface LanguagePickerProps {
  /** Where the choice is kept (the browser's localStorage). */
  storage?: Pick<Storage, 'setItem'>;
  /** The address, whose seat the choice is kept for. */
  pathname?: string;
  /** Shows the page again in the language chosen (a reload, without any `?lang=`). */
  reload?: () => void;
}

/** Reloads the page, dropping a `?lang=` that would override the choice just made. */
function reloadWithoutLangParameter(): void {
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  location.replace(url);
}

/**
 * The language of this seat, among the languages Crossborder has a catalogue for, each named in
 * itself. Choosing one keeps it for the seat and reloads the page in it (the screens are drawn in
 * one language from the start, so nothing is left half translated).
 */
export function LanguagePicker({
  storage = localStorage,
  pathname = location.pathname,
  reload = reloadWithoutLangParameter,
}: LanguagePickerProps) {
  const current = currentLocale();
  return (
    <div class="language-picker">
      <Field label={t('ui.language.label')}>
        {(control) => (
          <select
            {...control}
            name="language"
            value={current}
            onChange={(event) => {
              const chosen = event.currentTarget.value;
              if (chosen === current) return;
              keepLanguage(storage, seatOf(pathname), chosen);
              reload();
            }}
          >
            {choosableLocales(current).map((tag) => (
              <option key={tag} value={tag} lang={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
