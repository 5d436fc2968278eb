import { type CountryView, lawNotes, reservationNotes, treatyNotes } from '@crossborder/engine';
import type { ReadonlySignal } from '@preact/signals';
import { useComputed } from '@preact/signals';
import { listOf, t, tDynamic } from '../i18n.js';
import { languageList } from '../language-names.js';
import { duration } from '../time.js';
import { Swatch } from '../ui/parts.js';

type Directory = CountryView['briefing']['directory'];
type Country = Directory[string];

/**
 * The public directory: every country's authorities, languages, convention status and law. It
 * follows only the directory and whose screen it is, so the updates of a game pass it by.
 */
export function DirectoryPanel({ view }: { view: ReadonlySignal<CountryView> }) {
  const directory = useComputed(() => view.value.briefing.directory);
  const viewer = useComputed(() => view.value.viewer);
  return (
    <section class="panel-body directory">
      <h2>{t('ui.directory.title')}</h2>
      {Object.entries(directory.value).map(([id, country]) => (
        <CountryCard
          key={id}
          id={id}
          country={country}
          directory={directory.value}
          you={id === viewer.value}
        />
      ))}
    </section>
  );
}

function CountryCard({
  id,
  country,
  directory,
  you,
}: {
  id: string;
  country: Country;
  directory: Directory;
  you: boolean;
}) {
  const desk = (name: string, list: string[]) =>
    t('ui.directory.languages', { name, languages: languageList(list) });
  return (
    <article class="country-card" data-country={id}>
      <h3>
        <Swatch color={country.color} />
        {you ? t('ui.directory.you', { name: country.name }) : country.name}
      </h3>
      <dl>
        <dt>{t('ui.directory.convention')}</dt>
        <dd>{tDynamic(`convention.${country.convention.status}`, {}, country.convention.status)}</dd>
        <dt>{t('ui.directory.central-authority')}</dt>
        <dd>{desk(country.centralAuthority.name, country.centralAuthority.languages)}</dd>
        <dt>{t('ui.directory.contact247')}</dt>
        <dd>{desk(country.contact247.name, country.contact247.languages)}</dd>
        <dt>{t('ui.directory.utc')}</dt>
        <dd>{country.utcOffset}</dd>
        <dt>{t('ui.directory.offences')}</dt>
        <dd>
          {Object.values(country.law.criminalises)
            .map((offence) =>
              t('ui.briefing.offence', { name: offence.name, years: offence.maxPenaltyYears }),
            )
            .join('; ')}
        </dd>
        <dt>{t('ui.directory.extradition')}</dt>
        <dd>
          {country.law.extraditesNationals ? t('ui.briefing.extradites') : t('ui.briefing.no-extradition')}
        </dd>
        <dt>{t('ui.directory.law')}</dt>
        <dd>
          <LawNotes directory={directory} country={country} />
        </dd>
        <dt>{t('ui.directory.reservations')}</dt>
        <dd>
          <Reservations country={country} />
        </dd>
        <dt>{t('ui.directory.treaties')}</dt>
        <dd>
          <Treaties directory={directory} id={id} />
        </dd>
        <dt>{t('ui.directory.retention')}</dt>
        <dd>
          {listOf(
            Object.entries(country.law.retention).map(([kind, minutes]) =>
              t('ui.directory.retention-line', {
                kind,
                duration: typeof minutes === 'number' ? duration(minutes) : String(minutes),
              }),
            ),
          )}
        </dd>
      </dl>
    </article>
  );
}

/**
 * What a country's law says that a team needs when it asks that country or executes for
 * another: the extradition minimum, interception, its executing authority, data protection,
 * whether providers must tell account holders (engine law/notes.ts), each in plain words.
 */
export function LawNotes({ directory, country }: { directory: Directory; country: Pick<Country, 'law'> }) {
  return (
    <ul class="law-notes">
      {lawNotes(directory, country).map((note) => (
        <li key={note.key} data-article={note.article}>
          {t(note.key, note.params)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A country's reservations and the options of Arts 7-15 it took, each with its article: they
 * narrow dual criminality and the measures it offers (engine law/notes.ts).
 */
export function Reservations({ country }: { country: Pick<Country, 'law'> }) {
  const notes = reservationNotes(country);
  if (notes.length === 0) return <>{t('ui.directory.none')}</>;
  return (
    <ul class="reservations">
      {notes.map((note) => (
        <li key={`${note.article}:${note.params.element ?? ''}`} data-article={note.article}>
          {t(note.key, note.params)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The treaties that bind a country, wherever the scenario declares them, and what each changes:
 * between its parties they govern in place of the convention's procedure (Arts 37, 40).
 */
export function Treaties({ directory, id }: { directory: Directory; id: string }) {
  const treaties = treatyNotes(directory, id);
  if (treaties.length === 0) return <>{t('ui.directory.none')}</>;
  return (
    <ul class="treaties">
      {treaties.map((treaty) => (
        <li key={treaty.id} data-treaty={treaty.id}>
          <strong>{treaty.name}</strong>
          {` ${treaty.notes.map((note) => t(note.key, note.params)).join(' ')}`}
        </li>
      ))}
    </ul>
  );
}
