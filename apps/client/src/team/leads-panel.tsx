import { REQUEST_KINDS } from '@crossborder/scenario';
import { type Signal, useComputed, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { fieldId } from '../ui/forms.js';
import { useReadOnly } from '../ui/read-only.js';
import type { Team } from './context.js';
import { type LeadStep, leadsOf } from './leads.js';

/**
 * "What you can do now", at the top of the case file: each lead with a button that takes its
 * step. A measure fills in the measure form below and puts the keyboard on its first safeguard; a
 * request fills in the composer's draft (kind, recipient, case, offence, channel, language,
 * subject) and opens it; the team reads it, completes it and sends it.
 */
export function Leads({ team }: { team: Team }) {
  const leads = useComputed(() => leadsOf(team.view.value));
  const said = useSignal('');
  // Read-only, a lead is said but its step (which fills in a form) is not offered.
  const readOnly = useReadOnly();
  return (
    <section class="leads" aria-labelledby="leads-title">
      <h3 id="leads-title">{t('ui.lead.title')}</h3>
      <p class="hint">{t('ui.lead.intro')}</p>
      {leads.value.length === 0 ? (
        <p>{t('ui.lead.none')}</p>
      ) : (
        <ul class="leads-list">
          {leads.value.map((lead) => (
            <li key={lead.key} data-lead={lead.key}>
              {`${lead.text} `}
              {readOnly ? null : (
                <button type="button" onClick={() => takeStep(team, lead.step, said)}>
                  {lead.action}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="hint" role="status">
        {said}
      </p>
    </section>
  );
}

/** Fills in the form a lead's step needs and takes the team there. */
function takeStep(team: Team, step: LeadStep, said: Signal<string>): void {
  const { forms } = team;
  const view = team.view.value;
  const [firstCase] = Object.values(view.cases);
  const focus = (id: string) => document.getElementById(id)?.focus();
  said.value = '';
  if (step.kind === 'open-case') {
    focus(fieldId('open-case', 'title'));
    return;
  }
  if (step.kind === 'measure') {
    forms.text('take-measure', 'kind').value = step.measure;
    forms.text('take-measure', 'target').value = step.target;
    const caseId = forms.text('take-measure', 'caseId');
    if (!caseId.value && firstCase) caseId.value = firstCase.id;
    said.value = t('ui.lead.form-ready');
    focus(fieldId('take-measure', 'authorisedBy'));
    return;
  }
  const spec = REQUEST_KINDS[step.request];
  const recipient = view.briefing.directory[step.to];
  const channel = spec.channels[0] ?? 'central-authority';
  const desk = channel === '24-7-network' ? recipient?.contact247 : recipient?.centralAuthority;
  const set = (name: string, value: string) => {
    forms.text('compose', name).value = value;
  };
  set('kind', step.request);
  set('to', step.to);
  if (firstCase) {
    set('caseId', firstCase.id);
    set('offence', firstCase.offences[0] ?? '');
  }
  set('channel', channel);
  set('language', desk?.languages[0] ?? '');
  forms.list('compose', 'evidence').value = [...step.evidence];
  set('suspect', step.suspect);
  if (team.open) team.open({ tab: 'compose', form: 'compose' });
  else said.value = t('ui.lead.drafted');
}
