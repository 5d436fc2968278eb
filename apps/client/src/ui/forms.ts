import type { Command } from '@crossborder/engine';
import type { Ack } from '@crossborder/protocol';
import { isRuleId, provenanceOf, RULES } from '@crossborder/scenario';
import { errorText, ruleText, t } from '../i18n.js';
import { h, labelled, WHOLE_NUMBER } from './dom.js';

/**
 * Forms are real HTML: every control has a label, works with the keyboard, and keeps its value in
 * a draft object (so that a screen can be redrawn while someone types without losing a word).
 * Ids are stable (form id + field name) so that focus survives a redraw.
 */
export type Draft = Record<string, unknown>;

export interface FormState {
  drafts: Map<string, Draft>;
  results: Map<string, Ack<{ events: number }>>;
  busy: Set<string>;
}

export function newFormState(): FormState {
  return { drafts: new Map(), results: new Map(), busy: new Set() };
}

export function draftOf(state: FormState, formId: string, initial: Draft = {}): Draft {
  let draft = state.drafts.get(formId);
  if (!draft) {
    draft = { ...initial };
    state.drafts.set(formId, draft);
  }
  return draft;
}

const fieldId = (formId: string, name: string) => `${formId}--${name}`.replace(/[^a-zA-Z0-9_-]/g, '-');

export interface FieldOptions {
  hint?: string;
  required?: boolean;
  onChange?: () => void;
}

export function textField(
  formId: string,
  draft: Draft,
  name: string,
  label: string,
  options: FieldOptions & { multiline?: boolean; type?: string } = {},
): HTMLElement {
  const value = String(draft[name] ?? '');
  const control = options.multiline
    ? h('textarea', { name, rows: 3, required: options.required ?? false })
    : h('input', {
        name,
        ...(options.type === 'number' ? WHOLE_NUMBER : { type: options.type ?? 'text' }),
        required: options.required ?? false,
      });
  control.id = fieldId(formId, name);
  control.value = value;
  control.addEventListener('input', () => {
    draft[name] = options.type === 'number' ? Number((control as HTMLInputElement).value) : control.value;
    options.onChange?.();
  });
  return labelled(label, control, options.hint);
}

export function selectField(
  formId: string,
  draft: Draft,
  name: string,
  label: string,
  choices: { value: string; label: string }[],
  options: FieldOptions & { placeholder?: string } = {},
): HTMLElement {
  const control = h('select', { name, required: options.required ?? false });
  control.id = fieldId(formId, name);
  control.appendChild(h('option', { value: '' }, options.placeholder ?? t('ui.form.choose')));
  for (const choice of choices) control.appendChild(h('option', { value: choice.value }, choice.label));
  control.value = String(draft[name] ?? '');
  control.addEventListener('change', () => {
    draft[name] = control.value;
    options.onChange?.();
  });
  return labelled(label, control, options.hint);
}

/** A group of checkboxes for choosing several things; the draft holds the chosen values. */
export function checkboxesField(
  formId: string,
  draft: Draft,
  name: string,
  legend: string,
  choices: { value: string; label: string; hint?: string }[],
  options: FieldOptions = {},
): HTMLElement {
  const chosen = new Set((draft[name] as string[] | undefined) ?? []);
  const fieldset = h('fieldset', { class: 'choices' }, h('legend', {}, legend));
  if (choices.length === 0) fieldset.appendChild(h('p', { class: 'hint' }, t('ui.form.nothing-to-choose')));
  for (const choice of choices) {
    const box = h('input', { type: 'checkbox', name, value: choice.value });
    box.id = fieldId(formId, `${name}-${choice.value}`);
    box.checked = chosen.has(choice.value);
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(choice.value);
      else chosen.delete(choice.value);
      draft[name] = [...chosen];
      options.onChange?.();
    });
    fieldset.appendChild(
      h(
        'div',
        { class: 'choice' },
        box,
        h('label', { for: box.id }, choice.label),
        choice.hint ? h('span', { class: 'hint' }, ` — ${choice.hint}`) : null,
      ),
    );
  }
  if (options.hint) fieldset.appendChild(h('p', { class: 'hint' }, options.hint));
  return fieldset;
}

export function checkboxField(
  formId: string,
  draft: Draft,
  name: string,
  label: string,
  options: FieldOptions = {},
): HTMLElement {
  const box = h('input', { type: 'checkbox', name });
  box.id = fieldId(formId, name);
  box.checked = draft[name] === true;
  box.addEventListener('change', () => {
    draft[name] = box.checked;
    options.onChange?.();
  });
  return h(
    'div',
    { class: 'field checkbox' },
    box,
    h('label', { for: box.id }, label),
    options.hint ? h('p', { class: 'hint' }, options.hint) : null,
  );
}

/** A server answer shown under its form: success, or the ruling with its article and why. */
export function resultView(result: Ack<{ events: number }> | undefined): HTMLElement | null {
  if (!result) return null;
  if (result.ok) return h('p', { class: 'result ok', role: 'status' }, `✔ ${t('ui.form.accepted')}`);
  const { error } = result;
  const rule = error.ruleId && isRuleId(error.ruleId) ? RULES[error.ruleId] : null;
  return h(
    'div',
    { class: 'result rejected', role: 'alert' },
    h('p', {}, h('strong', {}, `✖ ${t('ui.form.rejected')}`), error.article ? ` ${error.article}` : ''),
    h('p', { class: 'ruling' }, errorText(error)),
    rule && error.ruleId ? h('p', { class: 'why' }, ruleText(error.ruleId, 'summary', rule.summary)) : null,
    provenanceNote(error.ruleId),
    error.ruleId ? h('p', { class: 'rule-id' }, t('ui.form.rule', { rule: error.ruleId })) : null,
  );
}

/**
 * Where a rule's convention wording is recalled or taken from a model clause, a note that says so
 * wherever the rule is read (a ruling, the debrief): a symbol, hidden from screen readers, beside
 * the mark in words and the plain sentence. Nothing for verified wording or an unknown rule.
 */
export function provenanceNote(ruleId: string | null | undefined): HTMLElement | null {
  if (!ruleId || !isRuleId(ruleId)) return null;
  const found = provenanceOf(RULES[ruleId]);
  if (!found.marked) return null;
  return h(
    'p',
    { class: 'provenance hint', 'data-provenance': found.level },
    h('span', { 'aria-hidden': 'true' }, found.symbol),
    ' ',
    h('strong', {}, t(found.mark)),
    ` — ${t(found.sentence.key, found.sentence.params)}`,
  );
}

export interface ActionFormOptions {
  formId: string;
  title: string;
  submit: string;
  fields: HTMLElement[];
  state: FormState;
  /** Builds the command from the draft, or says what is missing. */
  command: () => Command | { problem: string };
  send: (command: Command) => Promise<Ack<{ events: number }>>;
  rerender: () => void;
  /** Forget the draft once the command is accepted. */
  resetOnSuccess?: boolean;
  description?: string;
  /** Also keep the answer under this key (for forms that disappear once they have worked). */
  reportTo?: string;
}

export function actionForm(options: ActionFormOptions): HTMLFormElement {
  const { formId, state } = options;
  const busy = state.busy.has(formId);
  // Field ids are `<form>--<name>`; the heading's cannot clash with any of them.
  const headingId = `heading-${fieldId(formId, '')}`;
  const form = h(
    'form',
    { class: 'action-form', 'aria-labelledby': headingId, 'data-form': formId },
    h('h4', { id: headingId }, options.title),
    options.description ? h('p', { class: 'hint' }, options.description) : null,
    ...options.fields,
    h('button', { type: 'submit', disabled: busy }, busy ? t('ui.form.sending') : options.submit),
    resultView(state.results.get(formId)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const built = options.command();
    if ('problem' in built) {
      state.results.set(formId, { ok: false, error: { code: 'ui.form.incomplete', message: built.problem } });
      options.rerender();
      return;
    }
    state.busy.add(formId);
    options.rerender();
    void options.send(built).then((answer) => {
      state.busy.delete(formId);
      state.results.set(formId, answer);
      if (options.reportTo) state.results.set(options.reportTo, answer);
      if (answer.ok && options.resetOnSuccess !== false) state.drafts.delete(formId);
      options.rerender();
    });
  });
  return form;
}
