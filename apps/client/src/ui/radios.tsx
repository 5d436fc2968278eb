import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { type Choice, fieldId } from './forms.js';

/**
 * Radio buttons under one legend (a real fieldset: arrow keys move between them), with what the
 * chosen one opens beneath them.
 */
export function Radios({
  form,
  name,
  legend,
  hint,
  choices,
  value,
  children,
}: {
  form: string;
  name: string;
  legend: string;
  /** Said under the legend, and read with the group. */
  hint?: string | undefined;
  choices: readonly Choice[];
  value: Signal<string>;
  children?: ComponentChildren;
}) {
  const hintId = hint ? fieldId(form, `${name}-hint`) : undefined;
  return (
    <fieldset class="choices radios" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint ? (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {choices.map((choice) => {
        const id = fieldId(form, `${name}-${choice.value}`);
        return (
          <div class="choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={value.value === choice.value}
              onChange={() => {
                value.value = choice.value;
              }}
            />
            <label for={id}>{choice.label}</label>
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
