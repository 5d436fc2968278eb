import type { CountryView } from '@crossborder/engine';
import { formatDuration } from '@crossborder/scenario';
import { t, tDynamic } from '../i18n.js';
import { h, swatch } from '../ui/dom.js';

/** The public directory: every country's authorities, languages, convention status and law. */
export function directoryPanel(view: CountryView): HTMLElement {
  return h(
    'section',
    { class: 'panel-body directory' },
    h('h2', {}, t('ui.directory.title')),
    ...Object.entries(view.briefing.directory).map(([id, country]) =>
      h(
        'article',
        { class: 'country-card', 'data-country': id },
        h(
          'h3',
          {},
          swatch(country.color),
          country.name,
          id === view.viewer ? ` (${t('ui.directory.you')})` : '',
        ),
        h(
          'dl',
          {},
          h('dt', {}, t('ui.directory.convention')),
          h('dd', {}, tDynamic(`convention.${country.convention.status}`, {}, country.convention.status)),
          h('dt', {}, t('ui.directory.central-authority')),
          h(
            'dd',
            {},
            `${country.centralAuthority.name} — ${t('ui.directory.languages', { languages: country.centralAuthority.languages.join(', ') })}`,
          ),
          h('dt', {}, t('ui.directory.contact247')),
          h(
            'dd',
            {},
            `${country.contact247.name} — ${t('ui.directory.languages', { languages: country.contact247.languages.join(', ') })}`,
          ),
          h('dt', {}, t('ui.directory.utc')),
          h('dd', {}, country.utcOffset),
          h('dt', {}, t('ui.directory.offences')),
          h(
            'dd',
            {},
            Object.values(country.law.criminalises)
              .map((offence) =>
                t('ui.briefing.offence', { name: offence.name, years: offence.maxPenaltyYears }),
              )
              .join('; '),
          ),
          h('dt', {}, t('ui.directory.extradition')),
          h(
            'dd',
            {},
            country.law.extraditesNationals ? t('ui.briefing.extradites') : t('ui.briefing.no-extradition'),
          ),
          h('dt', {}, t('ui.directory.retention')),
          h(
            'dd',
            {},
            Object.entries(country.law.retention)
              .map(
                ([kind, minutes]) =>
                  `${kind}: ${typeof minutes === 'number' ? formatDuration(minutes) : String(minutes)}`,
              )
              .join(', '),
          ),
        ),
      ),
    ),
  );
}
