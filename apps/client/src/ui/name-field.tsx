import type { Signal } from '@preact/signals';
import type { Ref } from 'preact';
import { Field } from './parts.js';

/**
 * What a seat's join form ends with, for a team and a juror alike: the labelled name box (the
 * keyboard on it), the button that sends it, and the reason it was refused, read out as an alert.
 */
export function NameField({
  label,
  hint,
  name,
  autocomplete,
  value,
  input,
  submit,
  busy,
  problem,
}: {
  label: string;
  hint: string;
  /** The control's form name. */
  name: string;
  autocomplete: string;
  value: Signal<string>;
  input: Ref<HTMLInputElement>;
  submit: string;
  busy: boolean;
  problem: string | null;
}) {
  return (
    <>
      <Field label={label} hint={hint}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="text"
            name={name}
            required
            maxLength={40}
            autocomplete={autocomplete}
            value={value}
            onInput={(event) => {
              value.value = event.currentTarget.value;
            }}
          />
        )}
      </Field>
      <button type="submit" aria-disabled={busy ? 'true' : undefined}>
        {submit}
      </button>
      {problem ? (
        <p class="warning" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
