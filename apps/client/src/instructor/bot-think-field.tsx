import { botThinkMinutes } from '@crossborder/protocol';
import type { Signal } from '@preact/signals';
import type { Ref } from 'preact';
import { t } from '../i18n.js';
import { Field } from '../ui/parts.js';

/**
 * A new session's "Bot thinking time": the game time a bot playing an empty seat takes after each
 * decision before it acts again (issue 16), written as the scenario's durations are (`30m`, `2h`).
 * Empty leaves it to the server's default. A time that is not one is said under the field (its
 * `problem`), which is marked invalid and describes itself with it.
 */
export function BotThinkField({
  id,
  value,
  problem,
  input,
}: {
  /** The control's id; its hint and problem are `<id>-hint` and `<id>-problem`. */
  id: string;
  value: Signal<string>;
  /** Why the time written is not one, or null. */
  problem: Signal<string | null>;
  input?: Ref<HTMLInputElement>;
}) {
  return (
    <Field
      id={id}
      label={t('ui.instructor.bot-think')}
      hint={t('ui.instructor.bot-think-hint')}
      problem={problem.value}
    >
      {(control) => (
        <input
          {...control}
          ref={input}
          type="text"
          name="botThink"
          size={8}
          maxLength={32}
          autocomplete="off"
          spellcheck={false}
          value={value}
          onInput={(event) => {
            value.value = event.currentTarget.value;
          }}
        />
      )}
    </Field>
  );
}

/**
 * The thinking time to send: undefined when the field is empty (the server's default), the time
 * as written when it is one, or the problem to say when it is not.
 */
export function readBotThink(
  written: string,
): { ok: true; botThink?: string } | { ok: false; problem: string } {
  const text = written.trim();
  if (text === '') return { ok: true };
  if (botThinkMinutes(text) === undefined)
    return { ok: false, problem: t('ui.instructor.bot-think-invalid', { value: text }) };
  return { ok: true, botThink: text };
}
