import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.js';
import { Field } from '../ui/parts.js';
import { forgetKey, keepKey, storedKey } from './api.js';

/**
 * The instructor's key for this tab, as every instructor page needs it: `gate` is the form that
 * asks for it while there is none (show it instead of the page), `apiKey` the key once given, and
 * `forget` drops it, saying why when the server refused it.
 */
export type InstructorKey =
  | { gate: JSX.Element; apiKey: null; forget: (refused: boolean) => void }
  | { gate: null; apiKey: string; forget: (refused: boolean) => void };

export function useInstructorKey(): InstructorKey {
  const key = useSignal(storedKey());
  const problem = useSignal<string | null>(null);
  const forget = (refused: boolean) => {
    forgetKey();
    problem.value = refused ? t('ui.instructor.wrong-key') : null;
    key.value = null;
  };
  const apiKey = key.value;
  if (apiKey) return { gate: null, apiKey, forget };
  const gate = (
    <KeyGate
      problem={problem.value}
      onKey={(typed) => {
        keepKey(typed);
        problem.value = null;
        key.value = typed;
      }}
    />
  );
  return { gate, apiKey: null, forget };
}

/** Asks for the instructor key: a password field with its label and hint, focused (the console and debrief too). */
function KeyGate({ problem, onKey }: { problem: string | null; onKey: (key: string) => void }) {
  const typed = useSignal('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <div class="screen landing">
      <header class="topbar">
        <h1>{t('ui.instructor.title')}</h1>
      </header>
      <main>
        <form
          class="card"
          aria-labelledby="key-title"
          onSubmit={(event) => {
            event.preventDefault();
            onKey(typed.value.trim());
          }}
        >
          <h2 id="key-title">{t('ui.instructor.key-title')}</h2>
          <Field label={t('ui.instructor.key')} hint={t('ui.instructor.key-hint')}>
            {(control) => (
              <input
                {...control}
                ref={field}
                type="password"
                name="key"
                required
                autocomplete="current-password"
                value={typed}
                onInput={(event) => {
                  typed.value = event.currentTarget.value;
                }}
              />
            )}
          </Field>
          {problem ? (
            <p class="warning" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit">{t('ui.instructor.key-submit')}</button>
        </form>
      </main>
    </div>
  );
}
