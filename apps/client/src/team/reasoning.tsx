import type { CountryView } from '@crossborder/engine';
import type { DecisionKind } from '@crossborder/scenario';
import type { Signal } from '@preact/signals';
import { t } from '../i18n.js';
import { type Problem, TextField } from '../ui/forms.js';

/** Whether this session's moot court asks for the written reasoning of such a decision (the rubric names it). */
export function reasoningRequired(view: CountryView, decision: DecisionKind): boolean {
  return view.briefing.reasoningFor.includes(decision);
}

/**
 * The written reasoning a moot court's jury scores: a labelled text area, required, shown on a
 * decision's form only where the rubric names the decision.
 */
export function ReasoningField({ form, value }: { form: string; value: Signal<string> }) {
  return (
    <TextField
      form={form}
      name="reasoning"
      label={t('ui.field.jury-reasoning')}
      hint={t('ui.field.jury-reasoning.hint')}
      multiline
      required
      value={value}
    />
  );
}

/**
 * The reasoning to send with a decision: a problem when the moot court needs it and none was
 * written (before the engine refuses it), else the field to add to the command (none if empty).
 */
export function reasoningPart(required: boolean, value: Signal<string>): Problem | { reasoning?: string } {
  const reasoning = value.value.trim();
  if (required && reasoning === '') return { problem: t('ui.form.need-reasoning'), field: 'reasoning' };
  return reasoning === '' ? {} : { reasoning };
}
