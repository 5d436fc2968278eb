import { type CountryView, providerNotes, treatyNotes } from '@crossborder/engine';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { t } from '../i18n.js';
import { dayTime } from '../time.js';
import { InjectText } from '../ui/inject-text.js';
import { countryName } from './context.js';
import { LawNotes, Reservations, Treaties } from './directory.js';

type View = ReadonlySignal<CountryView>;

/**
 * The team's briefing: the case, its own instructions, its objectives and score, the injects so
 * far and its own law, with its reservations and the treaties that bind it. The panel itself follows nothing; each part follows only its part of the
 * view, so a new inject adds one list item and leaves the objectives and the score alone.
 */
export function BriefingPanel({ view }: { view: View }) {
  return (
    <section class="panel-body">
      <Case view={view} />
      <h3>{t('ui.briefing.objectives')}</h3>
      <Objectives view={view} />
      <h3>{t('ui.briefing.score')}</h3>
      <ScoreLine view={view} />
      <Injects view={view} />
      <OwnLaw view={view} />
      <KnownProviders view={view} />
    </section>
  );
}

function Case({ view }: { view: View }) {
  const briefing = useComputed(() => view.value.briefing);
  const you = useComputed(() => countryName(view.value, view.value.viewer));
  const { caseTitle, caseSummary, own } = briefing.value;
  return (
    <>
      <h2>{caseTitle}</h2>
      {caseSummary ? <p>{caseSummary}</p> : null}
      <h3>{t('ui.briefing.yours', { country: you.value })}</h3>
      <p class="own-briefing">{own ?? t('ui.briefing.none')}</p>
    </>
  );
}

function Objectives({ view }: { view: View }) {
  const objectives = useComputed(() => view.value.objectives);
  return (
    <ul class="objectives">
      {Object.entries(objectives.value).map(([id, objective]) => (
        <li key={id} data-objective={id}>
          <strong>{objective.title}</strong>
          {` (${t('ui.briefing.points', { points: objective.points })})`}
          {objective.metAt !== null ? (
            <span class="badge ok">{`✔ ${t('ui.briefing.met', { when: dayTime(objective.metAt) })}`}</span>
          ) : objective.missedAt !== null ? (
            <span class="badge bad">{`✖ ${t('ui.briefing.missed', { when: dayTime(objective.missedAt) })}`}</span>
          ) : objective.deadline !== null ? (
            <span class="badge">{t('ui.briefing.deadline', { when: dayTime(objective.deadline) })}</span>
          ) : null}
          {objective.description ? <p class="hint">{objective.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function ScoreLine({ view }: { view: View }) {
  const score = useComputed(() => view.value.score);
  const { total, objectives, rubric, penalties } = score.value;
  return <p class="score">{t('ui.briefing.score-line', { total, objectives, rubric, penalties })}</p>;
}

function Injects({ view }: { view: View }) {
  const injects = useComputed(() => view.value.injects);
  const fired = Object.entries(injects.value);
  return (
    <>
      {fired.length > 0 ? <h3>{t('ui.briefing.injects')}</h3> : null}
      <ul class="injects">
        {fired.map(([id, inject]) => (
          <li key={id} data-inject={id} data-inject-kind={inject.kind}>
            <InjectText inject={inject} at={dayTime(inject.firedAt)} />
          </li>
        ))}
      </ul>
    </>
  );
}

function OwnLaw({ view }: { view: View }) {
  const own = useComputed(() => view.value.briefing.directory[view.value.viewer]);
  const directory = useComputed(() => view.value.briefing.directory);
  const viewer = useComputed(() => view.value.viewer);
  const country = own.value;
  if (!country) return null;
  const bound = treatyNotes(directory.value, viewer.value).length > 0;
  return (
    <>
      <h3>{t('ui.briefing.your-law')}</h3>
      <ul class="law">
        {Object.entries(country.law.criminalises).map(([id, offence]) => (
          <li key={id}>{t('ui.briefing.offence', { name: offence.name, years: offence.maxPenaltyYears })}</li>
        ))}
        <li key="extradition">
          {country.law.extraditesNationals ? t('ui.briefing.extradites') : t('ui.briefing.no-extradition')}
        </li>
      </ul>
      <LawNotes directory={directory.value} country={country} />
      {country.law.reservations.length > 0 ? (
        <>
          <h3>{t('ui.briefing.reservations')}</h3>
          <Reservations country={country} />
        </>
      ) : null}
      {bound ? (
        <>
          <h3>{t('ui.briefing.treaties')}</h3>
          <Treaties directory={directory.value} id={viewer.value} />
        </>
      ) : null}
    </>
  );
}

/**
 * The providers the team's case file names, with what their terms say that matters: where else
 * they offer their services (Art. 27) and whether they tell their customers of orders (a tip-off
 * risk). Follows only the evidence; a provider with nothing to say is left out.
 */
function KnownProviders({ view }: { view: View }) {
  const notes = useComputed(() => {
    const { evidence, briefing } = view.value;
    const seen = new Map<string, ReturnType<typeof providerNotes>>();
    for (const item of Object.values(evidence)) {
      if (!item.provider || seen.has(item.holder)) continue;
      seen.set(
        item.holder,
        providerNotes(briefing.directory, {
          name: item.holderName,
          country: item.country,
          offersServicesIn: item.provider.offersServicesIn,
          notifiesCustomers: item.provider.notifiesCustomers,
        }),
      );
    }
    return [...seen.entries()].flatMap(([holder, list]) => list.map((note) => ({ holder, note })));
  });
  if (notes.value.length === 0) return null;
  return (
    <>
      <h3>{t('ui.briefing.providers')}</h3>
      <ul class="providers">
        {notes.value.map(({ holder, note }) => (
          <li key={`${holder}:${note.key}`} data-provider={holder}>
            {t(note.key, note.params)}
          </li>
        ))}
      </ul>
    </>
  );
}
