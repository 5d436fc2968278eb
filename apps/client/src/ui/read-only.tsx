import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../i18n.js';

/**
 * The read-only mode of the team screen: the instructor looking through a team's seat
 * (`/look/CODE/country`). One switch, set by the screen's `readOnly` prop and read where the
 * screen would act: the action forms (ui/forms.tsx) show what the team could do without a form or
 * a button, a lead offers no step, a notice is not dismissed. Nothing the team keeps in its own
 * browser is written either (the screen keeps the unread marks in memory only).
 */
export const ReadOnlyContext = createContext(false);

export const useReadOnly = (): boolean => useContext(ReadOnlyContext);

/**
 * Says whose screen this is and that nothing can be done from it, above everything else, and
 * leads back to the console. A banner in words (not a colour alone), read once by a screen reader.
 */
export function LookBanner({ country, console }: { country: string | null; console: string | null }) {
  return (
    <section class="banner look-banner" aria-label={t('ui.look.label')} data-read-only="true">
      <p>
        <strong>{t('ui.look.read-only')}</strong>{' '}
        {country ? t('ui.look.banner', { country }) : t('ui.look.opening')}
      </p>
      {console ? (
        <p>
          <a href={console} data-link="console">
            {t('ui.look.back')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
