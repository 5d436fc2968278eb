import type { Command } from '@crossborder/engine';
import type { Ack } from '@crossborder/protocol';
import { isRuleId, provenanceOf, RULES } from '@crossborder/scenario';
import { batch, type Signal, signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ruleCitation } from '../citations.js';
import { errorText, t } from '../i18n.js';
import { ruleText } from '../rule-text.js';
import { Field } from './parts.js';
import { useReadOnly } from './read-only.js';

/**
 * The action forms of the team screen, as components: real HTML controls with their labels,
 * bound to drafts the screen keeps (so that what a team typed outlives the panel it typed it
 * in), and the server's ruling under the form, with its article, rule and provenance.
 */

/** The server's answer to a command. */
export type Answer = Ack<{ events: number }>;

/** What a form's own check says when the command cannot be built: why, and the field at fault. */
export interface Problem {
  problem: string;
  /** The name of the first field at fault: focus goes there. */
  field?: string;
}

export interface Choice {
  value: string;
  label: string;
  /** Said beside the choice, and read with it. */
  hint?: string | undefined;
}

/**
 * A control's id: the form's id and the field's name (`take-measure--caseId`), so that a label,
 * a test or a link finds it.
 */
export const fieldId = (formId: string, name: string) => `${formId}--${name}`.replace(/[^a-zA-Z0-9_-]/g, '-');

type Value = string | readonly string[] | boolean;

/**
 * What the team has typed and been answered, held by the screen: one signal per field (bound to
 * its control), the last answer under each form (and under each request, for the forms that go
 * once they have worked), and whether a form is being sent. Panels come and go with their tabs;
 * this stays, so a draft is there when the team comes back to it.
 */
export class Forms {
  private readonly drafts = new Map<string, Map<string, { value: Signal<Value>; initial: Value }>>();
  private readonly answers = new Map<string, Signal<Answer | null>>();
  private readonly sending = new Map<string, Signal<boolean>>();
  private readonly slots = new Map<string, number>();
  /** The answer slot that takes focus once it shows its answer. */
  readonly focus = signal<string | null>(null);

  private field<T extends Value>(formId: string, name: string, initial: T): Signal<T> {
    let fields = this.drafts.get(formId);
    if (!fields) {
      fields = new Map();
      this.drafts.set(formId, fields);
    }
    let found = fields.get(name);
    if (!found) {
      found = { value: signal<Value>(initial), initial };
      fields.set(name, found);
    }
    return found.value as Signal<T>;
  }

  /** A text field's draft ('' until typed, or `initial`). */
  text(formId: string, name: string, initial = ''): Signal<string> {
    return this.field(formId, name, initial);
  }

  /** The values ticked in a group of checkboxes, in the order they were ticked. */
  list(formId: string, name: string): Signal<readonly string[]> {
    return this.field<readonly string[]>(formId, name, []);
  }

  /** A single checkbox. */
  flag(formId: string, name: string): Signal<boolean> {
    return this.field(formId, name, false);
  }

  /** Every field of a form back to its initial value (after the form has worked). */
  reset(formId: string): void {
    batch(() => {
      for (const { value, initial } of this.drafts.get(formId)?.values() ?? []) value.value = initial;
    });
  }

  /** The last answer shown at `key`: a form's id, or where its answers are reported. */
  answer(key: string): Signal<Answer | null> {
    let found = this.answers.get(key);
    if (!found) {
      found = signal<Answer | null>(null);
      this.answers.set(key, found);
    }
    return found;
  }

  busy(formId: string): Signal<boolean> {
    let found = this.sending.get(formId);
    if (!found) {
      found = signal(false);
      this.sending.set(formId, found);
    }
    return found;
  }

  /** An answer slot mounts at `key` (and unmounts with the returned function). */
  mountSlot(key: string): () => void {
    this.slots.set(key, (this.slots.get(key) ?? 0) + 1);
    return () => {
      const left = (this.slots.get(key) ?? 1) - 1;
      if (left > 0) this.slots.set(key, left);
      else this.slots.delete(key);
    };
  }

  /** Asks the slot at `key` to take focus when it next draws, if one is on the page. */
  focusAnswer(key: string): void {
    if (this.slots.has(key)) this.focus.value = key;
  }
}

interface FieldProps {
  /** The form's id: with the name, the control's id (`fieldId`). */
  form: string;
  name: string;
  label: string;
  hint?: string | undefined;
  required?: boolean;
}

/**
 * A labelled text field (or a text area, for anything longer than a line) bound to its draft. The
 * field reads its draft as it draws, so Preact compares it with what the control holds and writes
 * it only when it differs (a draft reset, not the typing that set it): the caret stays put.
 */
export function TextField({
  form,
  name,
  label,
  hint,
  required = false,
  multiline = false,
  value,
}: FieldProps & { value: Signal<string>; multiline?: boolean }) {
  return (
    <Field label={label} hint={hint} id={fieldId(form, name)}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            name={name}
            rows={3}
            required={required}
            value={value.value}
            onInput={(event) => {
              value.value = event.currentTarget.value;
            }}
          />
        ) : (
          <input
            {...control}
            type="text"
            name={name}
            required={required}
            value={value.value}
            onInput={(event) => {
              value.value = event.currentTarget.value;
            }}
          />
        )
      }
    </Field>
  );
}

/**
 * A whole number: a real number field, with its least value and a step of one, so the browser
 * offers its keyboard and arrows and refuses a fraction. The draft is the text as typed ('' when
 * empty or not a number).
 */
export function NumberField({
  form,
  name,
  label,
  hint,
  required = false,
  min = 1,
  value,
}: FieldProps & { value: Signal<string>; min?: number }) {
  return (
    <Field label={label} hint={hint} id={fieldId(form, name)}>
      {(control) => (
        <input
          {...control}
          type="number"
          name={name}
          min={min}
          step={1}
          inputMode="numeric"
          required={required}
          value={value.value}
          onInput={(event) => {
            value.value = event.currentTarget.value;
          }}
        />
      )}
    </Field>
  );
}

/** A labelled drop-down; its first option says that nothing is chosen yet. */
export function SelectField({
  form,
  name,
  label,
  hint,
  required = false,
  choices,
  value,
}: FieldProps & { choices: readonly Choice[]; value: Signal<string> }) {
  return (
    <Field label={label} hint={hint} id={fieldId(form, name)}>
      {(control) => (
        <select
          {...control}
          name={name}
          required={required}
          value={value.value}
          onChange={(event) => {
            value.value = event.currentTarget.value;
          }}
        >
          <option value="">{t('ui.form.choose')}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of checkboxes for choosing several things, under its legend. */
export function Checkboxes({
  form,
  name,
  legend,
  hint,
  choices,
  value,
}: {
  form: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  choices: readonly Choice[];
  value: Signal<readonly string[]>;
}) {
  const chosen = value.value;
  const toggle = (choice: string, on: boolean) => {
    const others = value.peek().filter((known) => known !== choice);
    value.value = on ? [...others, choice] : others;
  };
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.length === 0 ? <p class="hint">{t('ui.form.nothing-to-choose')}</p> : null}
      {choices.map((choice) => {
        const id = fieldId(form, `${name}-${choice.value}`);
        return (
          <div class="choice" key={choice.value}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={choice.value}
              checked={chosen.includes(choice.value)}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint ? <span class="hint" id={`${id}-hint`}>{` — ${choice.hint}`}</span> : null}
          </div>
        );
      })}
      {hint ? <p class="hint">{hint}</p> : null}
    </fieldset>
  );
}

/** One checkbox with its label, and a hint that describes it. */
export function Checkbox({
  form,
  name,
  label,
  hint,
  value,
}: Omit<FieldProps, 'required'> & { value: Signal<boolean> }) {
  const id = fieldId(form, name);
  return (
    <div class="field checkbox">
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={value.value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          value.value = event.currentTarget.checked;
        }}
      />
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Where the answers reported at `key` show: accepted, or the ruling with its article, why, how
 * sure the wording is, and the rule's id. It takes focus when the form that reported there asks
 * it to (after sending), so that a keyboard user reads the ruling at once.
 */
export function AnswerSlot({ forms, at, request }: { forms: Forms; at: string; request?: string }) {
  const answer = forms.answer(at).value;
  const wanted = forms.focus.value === at;
  const shown = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => forms.mountSlot(at), [forms, at]);
  useLayoutEffect(() => {
    if (!wanted || !answer) return;
    shown.current?.focus();
    forms.focus.value = null;
  }, [forms, wanted, answer]);
  const ruling = answer ? <Ruling answer={answer} shown={shown} /> : null;
  return request === undefined ? ruling : <div data-request-result={request}>{ruling}</div>;
}

function Ruling({ answer, shown }: { answer: Answer; shown: { current: HTMLDivElement | null } }) {
  if (answer.ok)
    return (
      <div class="result ok" role="status" tabIndex={-1} ref={shown}>
        <p>{`✔ ${t('ui.form.accepted')}`}</p>
      </div>
    );
  const { error } = answer;
  return (
    <div class="result rejected" role="alert" tabIndex={-1} ref={shown}>
      <p>
        <strong>{`✖ ${t('ui.form.rejected')}`}</strong>
        {error.ruleId && isRuleId(error.ruleId) ? ` ${ruleCitation(error.ruleId)}` : ''}
      </p>
      <p class="ruling">{errorText(error)}</p>
      {error.ruleId && isRuleId(error.ruleId) ? <p class="why">{ruleText(error.ruleId, 'summary')}</p> : null}
      <ProvenanceNote ruleId={error.ruleId} />
      {error.ruleId && isRuleId(error.ruleId) ? (
        <p class="rule-id">{t('ui.form.rule', { rule: ruleText(error.ruleId, 'title') })}</p>
      ) : null}
    </div>
  );
}

/**
 * Where a rule's convention wording is recalled or taken from a model clause, a note that says so
 * wherever the rule is read (a ruling, the debrief): a symbol, hidden from screen readers, beside
 * the mark in words and the plain sentence. Nothing for verified wording or an unknown rule.
 */
export function ProvenanceNote({ ruleId }: { ruleId: string | null | undefined }) {
  if (!ruleId || !isRuleId(ruleId)) return null;
  const found = provenanceOf(RULES[ruleId]);
  if (!found.marked) return null;
  return (
    <p class="provenance hint" data-provenance={found.level}>
      <span aria-hidden="true">{found.symbol}</span> <strong>{t(found.mark)}</strong>
      {` — ${t(found.sentence.key, found.sentence.params)}`}
    </p>
  );
}

interface ActionFormProps {
  forms: Forms;
  formId: string;
  title: string;
  submit: string;
  description?: string | undefined;
  /** Builds the command from the drafts, or says what is missing and where. */
  command: () => Command | Problem;
  send: (command: Command) => Promise<Answer>;
  /**
   * Where the answer shows, when not under the form: a slot that outlives it (a request's
   * actions, which go once they have worked).
   */
  reportTo?: string | undefined;
  /** Keep the drafts once the command is accepted (they are cleared by default). */
  keepDrafts?: boolean;
  /** Its heading's level: 4 under a panel's sections (h3), 3 right under a panel's title (h2). */
  level?: 3 | 4;
  children?: ComponentChildren;
}

/**
 * A form that sends one command: its heading names it, its fields are the children, and its
 * answer shows under it (or at `reportTo`). After sending, focus goes to the ruling; when the
 * form's own check finds a problem, to the first field at fault.
 */
export function ActionForm({
  forms,
  formId,
  title,
  submit,
  description,
  command,
  send,
  reportTo,
  keepDrafts = false,
  level = 4,
  children,
}: ActionFormProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const busy = forms.busy(formId).value;
  const form = useRef<HTMLFormElement>(null);
  const readOnly = useReadOnly();
  const at = reportTo ?? formId;
  // Field ids are `<form>--<name>`; the heading's cannot clash with any of them.
  const headingId = `heading-${fieldId(formId, '')}`;
  // Read-only (the instructor looking through the team's seat): what the team could do here, said, not offered.
  if (readOnly)
    return (
      <section class="action-form read-only" aria-labelledby={headingId} data-form-closed={formId}>
        <Heading id={headingId}>{title}</Heading>
        {description ? <p class="hint">{description}</p> : null}
        <p class="hint">{t('ui.look.form-closed')}</p>
      </section>
    );
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const sending = forms.busy(formId);
    if (sending.peek()) return;
    const built = command();
    if ('problem' in built) {
      forms.answer(at).value = { ok: false, error: { code: 'ui.form.incomplete', message: built.problem } };
      const field = built.field ? form.current?.querySelector(`[name="${built.field}"]`) : null;
      if (field instanceof HTMLElement) field.focus();
      else forms.focusAnswer(at);
      return;
    }
    batch(() => {
      sending.value = true;
      forms.answer(at).value = null;
    });
    void send(built).then((answer) =>
      batch(() => {
        sending.value = false;
        forms.answer(at).value = answer;
        if (answer.ok && !keepDrafts) forms.reset(formId);
        forms.focusAnswer(at);
      }),
    );
  };
  return (
    // The form's own check, not the browser's bubbles, says what is missing: in the catalogue's
    // words, kept on the page beside the form, the keyboard on the field at fault. `required`
    // stays on the controls, for screen readers.
    <form
      noValidate
      class="action-form"
      aria-labelledby={headingId}
      aria-busy={busy ? 'true' : undefined}
      data-form={formId}
      onSubmit={onSubmit}
      ref={form}
    >
      <Heading id={headingId}>{title}</Heading>
      {description ? <p class="hint">{description}</p> : null}
      {children}
      {/* Not disabled while sending: a disabled button would lose the keyboard's focus. */}
      <button type="submit" aria-disabled={busy ? 'true' : undefined}>
        {busy ? t('ui.form.sending') : submit}
      </button>
      {reportTo === undefined ? <AnswerSlot forms={forms} at={formId} /> : null}
    </form>
  );
}
