import type { Award, Command, InstructorView } from '@crossborder/engine';
import type { RubricCriterion, Scenario } from '@crossborder/scenario';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { colon, dash, paren } from '../punctuation.js';
import { Field } from '../ui/parts.js';

type Directory = InstructorView['briefing']['directory'];

export interface ScoreSheetProps {
  rubric: ReadonlySignal<Scenario['rubric']>;
  directory: ReadonlySignal<Directory>;
  /** The scorer's own awards only: each form shows the score this scorer gave last. */
  awards: ReadonlySignal<Record<string, Award>>;
  send: (command: Command) => void;
}

/**
 * Scoring on the scenario's rubric: a form per country and criterion, with a level and feedback,
 * and the score this scorer gave last. The instructor's console and each juror's screen use it,
 * each with its own awards: a scorer never sees another's score here. Each form keeps what is
 * being typed through every update, and follows only the awards for its country and criterion.
 */
export function ScoreSheet({ rubric, directory, awards, send }: ScoreSheetProps) {
  const criteria = Object.entries(rubric.value);
  return (
    <>
      {Object.entries(directory.value).flatMap(([country, entry]) =>
        criteria.map(([criterionId, criterion]) => (
          <ScoreForm
            key={`${country}:${criterionId}`}
            country={country}
            name={entry.shortName ?? entry.name}
            criterionId={criterionId}
            criterion={criterion}
            awards={awards}
            send={send}
          />
        )),
      )}
    </>
  );
}

interface ScoreFormProps {
  country: string;
  name: string;
  criterionId: string;
  criterion: RubricCriterion;
  awards: ReadonlySignal<Record<string, Award>>;
  send: (command: Command) => void;
}

function ScoreForm({ country, name, criterionId, criterion, awards, send }: ScoreFormProps) {
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
        send({
          type: 'awardPoints',
          country,
          criterion: criterionId,
          level: Number(level.value),
          feedback: feedback.value.trim(),
        });
      }}
    >
      <h3 id={`${formId}--title`}>{dash(name, criterion.title)}</h3>
      {award ? (
        <p class="ok" data-award={`${country}:${criterionId}`}>
          {`✔ ${colon(paren(criterion.levels[award.level]?.label ?? String(award.level), String(award.points)), award.feedback)}`}
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
                {paren(option.label, String(option.points))}
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
