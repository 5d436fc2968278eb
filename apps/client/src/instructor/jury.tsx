import type { State } from '@crossborder/engine';
import type { RubricCriterion } from '@crossborder/scenario';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { Field } from '../ui/parts.js';
import type { Acts, ViewSignal } from './context.js';

/**
 * The jury's scoring on the scenario's rubric (moot mode): a form per country and criterion,
 * with a level and feedback, and the score given last. Each form keeps what the jury is typing
 * through every update, and follows only the awards for its own country and criterion.
 */
export function Jury({ view, acts }: { view: ViewSignal; acts: Acts }) {
  const rubric = useComputed(() => view.value.rubric);
  const directory = useComputed(() => view.value.briefing.directory);
  const awards = useComputed(() => view.value.state.awards);
  const criteria = Object.entries(rubric.value);
  if (criteria.length === 0)
    return (
      <section class="card jury" aria-labelledby="jury-title">
        <h2 id="jury-title">{t('ui.console.jury')}</h2>
        <p class="hint">{t('ui.console.no-rubric')}</p>
      </section>
    );
  return (
    <section class="card jury" aria-labelledby="jury-title">
      <h2 id="jury-title">{t('ui.console.jury')}</h2>
      <p class="hint">{t('ui.console.jury-hint')}</p>
      {Object.entries(directory.value).flatMap(([country, entry]) =>
        criteria.map(([criterionId, criterion]) => (
          <JuryForm
            key={`${country}:${criterionId}`}
            country={country}
            name={entry.shortName ?? entry.name}
            criterionId={criterionId}
            criterion={criterion}
            awards={awards}
            acts={acts}
          />
        )),
      )}
    </section>
  );
}

interface JuryFormProps {
  country: string;
  name: string;
  criterionId: string;
  criterion: RubricCriterion;
  awards: ReadonlySignal<State['awards']>;
  acts: Acts;
}

function JuryForm({ country, name, criterionId, criterion, awards, acts }: JuryFormProps) {
  const level = useSignal('0');
  const feedback = useSignal('');
  const given = useComputed(
    () =>
      Object.values(awards.value)
        .filter((award) => award.country === country && award.criterion === criterionId)
        .at(-1) ?? null,
  );
  const formId = `jury-${country}-${criterionId}`;
  const award = given.value;
  return (
    <form
      class="action-form"
      data-form={formId}
      aria-labelledby={`${formId}--title`}
      onSubmit={(event) => {
        event.preventDefault();
        acts.command({
          type: 'awardPoints',
          country,
          criterion: criterionId,
          level: Number(level.value),
          feedback: feedback.value.trim(),
        });
      }}
    >
      <h3 id={`${formId}--title`}>{`${name} — ${criterion.title}`}</h3>
      {award ? (
        <p class="ok" data-award={`${country}:${criterionId}`}>
          {`✔ ${criterion.levels[award.level]?.label ?? award.level} (${award.points}): ${award.feedback}`}
        </p>
      ) : null}
      <Field label={t('ui.console.level')} id={`${formId}--level`}>
        {(control) => (
          <select
            {...control}
            name="level"
            value={level}
            onChange={(event) => {
              level.value = event.currentTarget.value;
            }}
          >
            {criterion.levels.map((option, index) => (
              <option key={option.label} value={String(index)}>
                {`${option.label} (${option.points})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('ui.console.feedback')} id={`${formId}--feedback`}>
        {(control) => (
          <textarea
            {...control}
            name="feedback"
            rows={2}
            value={feedback}
            onInput={(event) => {
              feedback.value = event.currentTarget.value;
            }}
          />
        )}
      </Field>
      <button type="submit">{t('ui.console.award')}</button>
    </form>
  );
}
