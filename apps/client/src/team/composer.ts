import type { Command } from '@crossborder/engine';
import { CHANNELS, REQUEST_KIND_IDS, REQUEST_KINDS } from '@crossborder/scenario';
import { kindName, t, tDynamic } from '../i18n.js';
import { h } from '../ui/dom.js';
import {
  checkboxesField,
  checkboxField,
  draftOf,
  type Draft as FormDraft,
  selectField,
  textField,
} from '../ui/forms.js';
import {
  checkDraft,
  type Draft,
  draftCommand,
  EMPTY_DRAFT,
  evidenceFits,
  subjectOf,
} from './composer-check.js';
import { countryName, type TeamContext, teamForm } from './context.js';

/**
 * The request composer, the heart of the training: choose a kind and a recipient, and the
 * contents the convention requires for that kind appear as a checklist with their articles;
 * channel, language and contents are checked as the team types, with the engine's own rules.
 * After sending, the server's ruling is shown with its rule, article and explanation.
 */
const FORM_ID = 'compose';

function asDraft(form: FormDraft): Draft {
  const contents: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    if (key.startsWith('contents.') && typeof value === 'string')
      contents[key.slice('contents.'.length)] = value;
  }
  const text = (key: string) => (typeof form[key] === 'string' ? (form[key] as string) : '');
  // An empty number field reads 0: no deadline suggested.
  const days = typeof form.deadlineDays === 'number' && form.deadlineDays !== 0 ? form.deadlineDays : null;
  return {
    ...EMPTY_DRAFT,
    kind: REQUEST_KIND_IDS.find((kind) => kind === form.kind) ?? '',
    to: text('to'),
    caseId: text('caseId'),
    offence: text('offence'),
    channel: CHANNELS.find((channel) => channel === form.channel) ?? '',
    language: text('language'),
    evidence: Array.isArray(form.evidence) ? form.evidence.map(String) : [],
    suspect: text('suspect'),
    asset: text('asset'),
    contents,
    urgent: form.urgent === true,
    oral: form.oral === true,
    emergency: form.emergency === true,
    confidential: form.confidential === true,
    deadlineDays: days,
    deadlineReason: text('deadlineReason'),
  };
}

/**
 * When the requesting State needs the answer: a suggested deadline in days, with its reasons
 * (Art. 40, model UNTOC 18(24)). Offered on MLA requests; good practice, never required.
 */
function deadlineFields(context: TeamContext, form: FormDraft): HTMLElement {
  return h(
    'fieldset',
    { class: 'deadline' },
    h('legend', {}, t('ui.composer.deadline')),
    textField(FORM_ID, form, 'deadlineDays', t('ui.composer.deadline-days'), {
      type: 'number',
      hint: t('ui.composer.deadline-days-hint'),
      onChange: () => updateLiveCheck(context),
    }),
    textField(FORM_ID, form, 'deadlineReason', t('ui.composer.deadline-reason'), {
      multiline: true,
      onChange: () => updateLiveCheck(context),
    }),
  );
}

export function composerPanel(context: TeamContext): HTMLElement {
  const { view } = context;
  const form = draftOf(context.forms, FORM_ID);
  const draft = asDraft(form);
  const check = checkDraft(view, draft);
  const refresh = () => context.rerender();
  const kind = draft.kind;
  const subject = subjectOf(kind);
  const recipient = draft.to ? view.briefing.directory[draft.to] : undefined;
  const languages = recipient
    ? [
        ...new Set([
          ...recipient.centralAuthority.languages,
          ...recipient.contact247.languages,
          ...recipient.languages,
        ]),
      ]
    : [];

  const fields: HTMLElement[] = [
    selectField(
      FORM_ID,
      form,
      'kind',
      t('ui.composer.kind'),
      REQUEST_KIND_IDS.map((id) => ({
        value: id,
        label: `${kindName(id)} (${t('ui.form.article', { article: REQUEST_KINDS[id].article })})`,
      })),
      { required: true, onChange: refresh },
    ),
    selectField(
      FORM_ID,
      form,
      'to',
      t('ui.composer.to'),
      Object.keys(view.briefing.directory)
        .filter((id) => id !== view.viewer)
        .map((id) => ({ value: id, label: countryName(view, id) })),
      { required: true, onChange: refresh },
    ),
    selectField(
      FORM_ID,
      form,
      'caseId',
      t('ui.field.case'),
      Object.values(view.cases).map((found) => ({ value: found.id, label: `${found.id}: ${found.title}` })),
      {
        required: true,
        onChange: refresh,
        hint: Object.keys(view.cases).length === 0 ? t('ui.composer.open-case-first') : undefined,
      },
    ),
    selectField(
      FORM_ID,
      form,
      'offence',
      t('ui.field.offence'),
      (draft.caseId ? (view.cases[draft.caseId]?.offences ?? []) : Object.keys(view.briefing.offences)).map(
        (id) => ({ value: id, label: id }),
      ),
      { required: true, onChange: refresh },
    ),
    selectField(
      FORM_ID,
      form,
      'channel',
      t('ui.composer.channel'),
      CHANNELS.map((channel) => ({
        value: channel,
        label: `${tDynamic(`channel.${channel}`, {}, channel)}${kind && REQUEST_KINDS[kind].channels.includes(channel) ? ` — ${t('ui.composer.channel-fits')}` : ''}`,
      })),
      {
        required: true,
        onChange: refresh,
        hint: kind
          ? t('ui.composer.channels-hint', {
              channels: REQUEST_KINDS[kind].channels
                .map((channel) => tDynamic(`channel.${channel}`, {}, channel))
                .join(', '),
            })
          : undefined,
      },
    ),
    selectField(
      FORM_ID,
      form,
      'language',
      t('ui.composer.language'),
      (languages.length > 0 ? languages : ['en', 'fr', 'es']).map((language) => ({
        value: language,
        label: language,
      })),
      {
        required: true,
        onChange: refresh,
        hint: recipient
          ? t('ui.composer.languages-hint', {
              central: recipient.centralAuthority.languages.join(', '),
              desk: recipient.contact247.languages.join(', '),
            })
          : undefined,
      },
    ),
  ];
  if (subject === 'evidence')
    fields.push(
      checkboxesField(
        FORM_ID,
        form,
        'evidence',
        t('ui.composer.evidence'),
        Object.entries(view.evidence).map(([id, item]) => ({
          value: id,
          label: `${item.title} (${item.holderName}, ${item.country ? countryName(view, item.country) : '?'})`,
          hint: evidenceFits(kind, item.kind)
            ? undefined
            : t('ui.composer.evidence-wrong-kind', { kind: item.kind }),
        })),
        { onChange: refresh },
      ),
    );
  if (subject === 'suspect')
    fields.push(
      selectField(
        FORM_ID,
        form,
        'suspect',
        t('ui.field.suspect'),
        Object.entries(view.suspects).map(([id, suspect]) => ({
          value: id,
          label: suspect.name ? `${suspect.alias} (${suspect.name})` : suspect.alias,
        })),
        { required: true, onChange: refresh },
      ),
    );
  if (subject === 'asset')
    fields.push(
      selectField(
        FORM_ID,
        form,
        'asset',
        t('ui.field.asset'),
        Object.entries(view.assets).map(([id, asset]) => ({ value: id, label: asset.description })),
        { required: true, onChange: refresh },
      ),
    );

  const checklist = h(
    'fieldset',
    { class: 'checklist' },
    h('legend', {}, t('ui.composer.contents')),
    ...check.checklist.map((item) =>
      h(
        'div',
        { class: `content-item ${item.given ? 'given' : 'missing'}`, 'data-content': item.id },
        textField(
          FORM_ID,
          form,
          `contents.${item.id}`,
          `${item.given ? '✔' : item.required ? '✖' : '○'} ${item.label} — ${item.article}${item.required ? '' : ` (${t('ui.composer.where-possible')})`}`,
          { multiline: true, onChange: () => updateLiveCheck(context) },
        ),
      ),
    ),
  );
  fields.push(checklist);
  if (kind && REQUEST_KINDS[kind].mla) fields.push(deadlineFields(context, form));
  fields.push(
    h(
      'fieldset',
      { class: 'flags' },
      h('legend', {}, t('ui.composer.flags')),
      checkboxField(FORM_ID, form, 'urgent', t('ui.composer.urgent'), { onChange: refresh }),
      checkboxField(FORM_ID, form, 'oral', t('ui.composer.oral'), {
        onChange: refresh,
        hint: t('ui.composer.oral-hint'),
      }),
      checkboxField(FORM_ID, form, 'emergency', t('ui.composer.emergency'), {
        onChange: refresh,
        hint: t('ui.composer.emergency-hint'),
      }),
      checkboxField(FORM_ID, form, 'confidential', t('ui.composer.confidential'), { onChange: refresh }),
    ),
  );
  fields.push(liveCheck(check));

  return h(
    'section',
    { class: 'panel-body composer' },
    h('h2', {}, t('ui.composer.title')),
    h('p', { class: 'hint' }, t('ui.composer.intro')),
    teamForm(context, {
      formId: FORM_ID,
      title: t('ui.composer.draft'),
      submit: t('ui.composer.send'),
      fields,
      command: (): Command | { problem: string } => {
        const current = checkDraft(view, asDraft(form));
        if (!current.ready)
          return {
            problem: current.problems
              .filter((problem) => problem.blocking)
              .map((problem) => problem.message)
              .join(' '),
          };
        return draftCommand(asDraft(form), context.now);
      },
    }),
  );
}

function liveCheck(check: ReturnType<typeof checkDraft>): HTMLElement {
  return h(
    'div',
    { class: 'live-check', id: 'composer-check', role: 'status', 'aria-live': 'polite' },
    check.problems.length === 0
      ? h('p', { class: 'ok' }, `✔ ${t('ui.composer.ready')}`)
      : h(
          'ul',
          {},
          check.problems.map((problem) =>
            h(
              'li',
              { class: problem.blocking ? 'blocking' : problem.practice ? 'practice' : 'warning' },
              `${problem.blocking ? '✖' : problem.practice ? 'ℹ' : '⚠'} ${problem.message}`,
              problem.article ? ` (${problem.article})` : '',
            ),
          ),
        ),
  );
}

/**
 * Typing in a contents or deadline field updates the checklist marks and the live check without a
 * redraw.
 */
function updateLiveCheck(context: TeamContext): void {
  const check = checkDraft(context.view, asDraft(draftOf(context.forms, FORM_ID)));
  document.getElementById('composer-check')?.replaceWith(liveCheck(check));
  for (const item of check.checklist) {
    const row = document.querySelector(`[data-content="${item.id}"]`);
    row?.classList.toggle('given', item.given);
    row?.classList.toggle('missing', !item.given);
    const label = row?.querySelector('label');
    if (label?.textContent)
      label.textContent = `${item.given ? '✔' : item.required ? '✖' : '○'}${label.textContent.slice(1)}`;
  }
}
