import { t } from '../i18n.js';
import { dayAndTime } from '../time.js';
import { h } from '../ui/dom.js';
import { countryName, type TeamContext } from './context.js';

/** The team's briefing: the case, its own instructions, its objectives and score, injects so far. */
export function briefingPanel(context: TeamContext): HTMLElement {
  const { view } = context;
  const own = view.briefing.directory[view.viewer];
  const when = (minutes: number) => {
    const { day, time } = dayAndTime(minutes);
    return t('ui.time.day-time', { day, time });
  };
  return h(
    'section',
    { class: 'panel-body' },
    h('h2', {}, view.briefing.caseTitle),
    view.briefing.caseSummary ? h('p', {}, view.briefing.caseSummary) : null,
    h('h3', {}, t('ui.briefing.yours', { country: countryName(view, view.viewer) })),
    h('p', { class: 'own-briefing' }, view.briefing.own ?? t('ui.briefing.none')),
    h('h3', {}, t('ui.briefing.objectives')),
    h(
      'ul',
      { class: 'objectives' },
      Object.entries(view.objectives).map(([id, objective]) =>
        h(
          'li',
          { 'data-objective': id },
          h('strong', {}, objective.title),
          ` (${t('ui.briefing.points', { points: objective.points })})`,
          objective.metAt !== null
            ? h('span', { class: 'badge ok' }, `✔ ${t('ui.briefing.met', { when: when(objective.metAt) })}`)
            : objective.missedAt !== null
              ? h(
                  'span',
                  { class: 'badge bad' },
                  `✖ ${t('ui.briefing.missed', { when: when(objective.missedAt) })}`,
                )
              : objective.deadline !== null
                ? h('span', { class: 'badge' }, t('ui.briefing.deadline', { when: when(objective.deadline) }))
                : null,
          objective.description ? h('p', { class: 'hint' }, objective.description) : null,
        ),
      ),
    ),
    h('h3', {}, t('ui.briefing.score')),
    h(
      'p',
      { class: 'score' },
      t('ui.briefing.score-line', {
        total: view.score.total,
        objectives: view.score.objectives,
        rubric: view.score.rubric,
        penalties: view.score.penalties,
      }),
    ),
    Object.keys(view.injects).length > 0 ? h('h3', {}, t('ui.briefing.injects')) : null,
    h(
      'ul',
      { class: 'injects' },
      Object.values(view.injects).map((inject) =>
        h('li', {}, h('strong', {}, inject.title), ` — ${when(inject.firedAt)}: `, inject.message),
      ),
    ),
    own ? h('h3', {}, t('ui.briefing.your-law')) : null,
    own
      ? h(
          'ul',
          { class: 'law' },
          Object.entries(own.law.criminalises).map(([, offence]) =>
            h('li', {}, t('ui.briefing.offence', { name: offence.name, years: offence.maxPenaltyYears })),
          ),
          h(
            'li',
            {},
            own.law.extraditesNationals ? t('ui.briefing.extradites') : t('ui.briefing.no-extradition'),
          ),
        )
      : null,
  );
}
