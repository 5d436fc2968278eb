import type { Command } from '@crossborder/engine';
import { CHANNELS, REQUEST_KIND_IDS, REQUEST_KINDS, type RequestKind } from '@crossborder/scenario';
import { computed, type ReadonlySignal, type Signal, useComputed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { kindName, t, tDynamic } from '../i18n.js';
import { languageLabel, languageList } from '../language-names.js';
import { comma, dash, paren } from '../punctuation.js';
import {
  ActionForm,
  Checkbox,
  Checkboxes,
  type Forms,
  NumberField,
  type Problem,
  SelectField,
  TextField,
} from '../ui/forms.js';
import {
  checkDraft,
  type Draft,
  type DraftCheck,
  draftCommand,
  EMPTY_DRAFT,
  evidenceFits,
  evidenceNote,
  subjectOf,
} from './composer-check.js';
import { nameIn, type Team } from './context.js';
import { ReasoningField, reasoningPart, reasoningRequired } from './reasoning.js';

/**
 * The request composer, the heart of the training: choose a kind and a recipient, and the
 * contents the convention requires for that kind appear as a checklist with their articles;
 * channel, language and contents are checked as the team types, with the engine's own rules.
 * After sending, the server's ruling is shown with its rule, article and explanation, and the
 * keyboard goes to it.
 *
 * The draft is the screen's (`team.forms`), one signal per field, so it outlives the panel: a
 * team may look something up in the case file and come back to it. Typing in a field changes
 * that signal and what follows it (the checklist's marks, the live check), never the field.
 */
const FORM = 'compose';

type Flag = 'urgent' | 'oral' | 'emergency' | 'confidential';

/** The composer's fields, as the signals the screen keeps for them. */
interface Fields {
  kind: Signal<string>;
  to: Signal<string>;
  caseId: Signal<string>;
  offence: Signal<string>;
  channel: Signal<string>;
  language: Signal<string>;
  evidence: Signal<readonly string[]>;
  suspect: Signal<string>;
  asset: Signal<string>;
  deadlineDays: Signal<string>;
  deadlineReason: Signal<string>;
  /** Why this request: the written reasoning a moot court's jury scores, where its rubric asks. */
  reasoning: Signal<string>;
  flags: Record<Flag, Signal<boolean>>;
  /** An item of the contents, by its id. */
  content(id: string): Signal<string>;
}

function fieldsOf(forms: Forms): Fields {
  return {
    kind: forms.text(FORM, 'kind'),
    to: forms.text(FORM, 'to'),
    caseId: forms.text(FORM, 'caseId'),
    offence: forms.text(FORM, 'offence'),
    channel: forms.text(FORM, 'channel'),
    language: forms.text(FORM, 'language'),
    evidence: forms.list(FORM, 'evidence'),
    suspect: forms.text(FORM, 'suspect'),
    asset: forms.text(FORM, 'asset'),
    deadlineDays: forms.text(FORM, 'deadlineDays'),
    deadlineReason: forms.text(FORM, 'deadlineReason'),
    reasoning: forms.text(FORM, 'reasoning'),
    flags: {
      urgent: forms.flag(FORM, 'urgent'),
      oral: forms.flag(FORM, 'oral'),
      emergency: forms.flag(FORM, 'emergency'),
      confidential: forms.flag(FORM, 'confidential'),
    },
    content: (id) => forms.text(FORM, `contents.${id}`),
  };
}

/** The draft as the composer's check reads it: the contents of the chosen kind, days as a number. */
function draftOf(fields: Fields): Draft {
  const kind = REQUEST_KIND_IDS.find((known) => known === fields.kind.value) ?? '';
  const contents: Record<string, string> = {};
  if (kind)
    for (const item of REQUEST_KINDS[kind].contents) {
      const typed = fields.content(item.id).value;
      if (typed !== '') contents[item.id] = typed;
    }
  // The number field reads '' when it is empty or holds no number: no deadline suggested.
  const days = fields.deadlineDays.value.trim();
  return {
    ...EMPTY_DRAFT,
    kind,
    to: fields.to.value,
    caseId: fields.caseId.value,
    offence: fields.offence.value,
    channel: CHANNELS.find((channel) => channel === fields.channel.value) ?? '',
    language: fields.language.value,
    evidence: [...fields.evidence.value],
    suspect: fields.suspect.value,
    asset: fields.asset.value,
    contents,
    urgent: fields.flags.urgent.value,
    oral: fields.flags.oral.value,
    emergency: fields.flags.emergency.value,
    confidential: fields.flags.confidential.value,
    deadlineDays: days === '' ? null : Number(days),
    deadlineReason: fields.deadlineReason.value,
  };
}

/** The first field at fault in a draft that cannot go, in the order the form asks for them. */
function faultOf(draft: Draft, check: DraftCheck): string | undefined {
  const order = ['kind', 'to', 'caseId', 'offence', 'channel', 'language'] as const;
  const empty = order.find((name) => draft[name] === '');
  if (empty) return empty;
  const subject = subjectOf(draft.kind);
  if (subject === 'evidence' && draft.evidence.length === 0) return 'evidence';
  if (subject === 'suspect' && draft.suspect === '') return 'suspect';
  if (subject === 'asset' && draft.asset === '') return 'asset';
  const kind = draft.kind as RequestKind;
  if (REQUEST_KINDS[kind].regime === 'preservation') {
    const missing = check.checklist.find((item) => item.required && !item.given);
    if (missing) return `contents.${missing.id}`;
  }
  const days = draft.deadlineDays;
  if (REQUEST_KINDS[kind].mla && days !== null && !(Number.isInteger(days) && days >= 1))
    return 'deadlineDays';
  return undefined;
}

export function ComposerPanel({ team }: { team: Team }) {
  const fields = useMemo(() => fieldsOf(team.forms), [team.forms]);
  const draft = useMemo(() => computed(() => draftOf(fields)), [fields]);
  const check = useMemo(() => computed(() => checkDraft(team.view.value, draft.value)), [team.view, draft]);
  const reasoned = useComputed(() => reasoningRequired(team.view.value, 'request'));
  return (
    <section class="panel-body composer">
      <h2>{t('ui.composer.title')}</h2>
      <p class="hint">{t('ui.composer.intro')}</p>
      <ActionForm
        forms={team.forms}
        formId={FORM}
        level={3}
        title={t('ui.composer.draft')}
        submit={t('ui.composer.send')}
        send={team.send}
        command={(): Command | Problem => {
          const current = check.value;
          if (!current.ready)
            return {
              problem: current.problems
                .filter((problem) => problem.blocking)
                .map((problem) => problem.message)
                .join(' '),
              field: faultOf(draft.value, current),
            };
          const argued = reasoningPart(reasoned.value, fields.reasoning);
          if ('problem' in argued) return argued;
          return { ...draftCommand(draft.value, team.now()), ...argued } as Command;
        }}
      >
        <Route team={team} fields={fields} />
        <Subject team={team} fields={fields} />
        <Checklist fields={fields} check={check} />
        <Deadline fields={fields} />
        {reasoned.value ? <ReasoningField form={FORM} value={fields.reasoning} /> : null}
        <fieldset class="flags">
          <legend>{t('ui.composer.flags')}</legend>
          <Checkbox form={FORM} name="urgent" label={t('ui.composer.urgent')} value={fields.flags.urgent} />
          <Checkbox
            form={FORM}
            name="oral"
            label={t('ui.composer.oral')}
            hint={t('ui.composer.oral-hint')}
            value={fields.flags.oral}
          />
          <Checkbox
            form={FORM}
            name="emergency"
            label={t('ui.composer.emergency')}
            hint={t('ui.composer.emergency-hint')}
            value={fields.flags.emergency}
          />
          <Checkbox
            form={FORM}
            name="confidential"
            label={t('ui.composer.confidential')}
            value={fields.flags.confidential}
          />
        </fieldset>
        <LiveCheck check={check} />
      </ActionForm>
    </section>
  );
}

const chosenKind = (fields: Fields): RequestKind | '' =>
  REQUEST_KIND_IDS.find((known) => known === fields.kind.value) ?? '';

/** Kind, recipient, case, offence, channel and language: each offers what fits what is chosen. */
function Route({ team, fields }: { team: Team; fields: Fields }) {
  const directory = useComputed(() => team.view.value.briefing.directory);
  const viewer = useComputed(() => team.view.value.viewer);
  const cases = useComputed(() => team.view.value.cases);
  const offences = useComputed(() => team.view.value.briefing.offences);
  const kind = chosenKind(fields);
  const recipient = fields.to.value ? directory.value[fields.to.value] : undefined;
  const languages = recipient
    ? [
        ...new Set([
          ...recipient.centralAuthority.languages,
          ...recipient.contact247.languages,
          ...recipient.languages,
        ]),
      ]
    : [];
  const caseId = fields.caseId.value;
  const fits = (channel: string) =>
    kind !== '' && (REQUEST_KINDS[kind].channels as readonly string[]).includes(channel);
  return (
    <>
      <SelectField
        form={FORM}
        name="kind"
        label={t('ui.composer.kind')}
        required
        choices={REQUEST_KIND_IDS.map((id) => ({
          value: id,
          label: paren(kindName(id), t('ui.form.article', { article: REQUEST_KINDS[id].article })),
        }))}
        value={fields.kind}
      />
      <SelectField
        form={FORM}
        name="to"
        label={t('ui.composer.to')}
        required
        choices={Object.keys(directory.value)
          .filter((id) => id !== viewer.value)
          .map((id) => ({ value: id, label: nameIn(directory.value, id) }))}
        value={fields.to}
      />
      <SelectField
        form={FORM}
        name="caseId"
        label={t('ui.field.case')}
        required
        hint={Object.keys(cases.value).length === 0 ? t('ui.composer.open-case-first') : undefined}
        choices={Object.values(cases.value).map((found) => ({
          value: found.id,
          label: found.title,
        }))}
        value={fields.caseId}
      />
      <SelectField
        form={FORM}
        name="offence"
        label={t('ui.field.offence')}
        required
        choices={(caseId ? (cases.value[caseId]?.offences ?? []) : Object.keys(offences.value)).map((id) => ({
          value: id,
          // An offence is known by its description, never its id.
          label: offences.value[id]?.description ?? id,
        }))}
        value={fields.offence}
      />
      <SelectField
        form={FORM}
        name="channel"
        label={t('ui.composer.channel')}
        required
        hint={
          kind
            ? t('ui.composer.channels-hint', {
                channels: REQUEST_KINDS[kind].channels
                  .map((channel) => tDynamic(`channel.${channel}`, {}, channel))
                  .join(', '),
              })
            : undefined
        }
        choices={CHANNELS.map((channel) => ({
          value: channel,
          label: `${tDynamic(`channel.${channel}`, {}, channel)}${fits(channel) ? ` — ${t('ui.composer.channel-fits')}` : ''}`,
        }))}
        value={fields.channel}
      />
      <SelectField
        form={FORM}
        name="language"
        label={t('ui.composer.language')}
        required
        hint={
          recipient
            ? t('ui.composer.languages-hint', {
                central: languageList(recipient.centralAuthority.languages),
                desk: languageList(recipient.contact247.languages),
              })
            : undefined
        }
        choices={(languages.length > 0 ? languages : ['en', 'fr', 'es']).map((language) => ({
          value: language,
          label: languageLabel(language),
        }))}
        value={fields.language}
      />
    </>
  );
}

/** What the request is about, as its kind says: evidence items, a person, or an asset. */
function Subject({ team, fields }: { team: Team; fields: Fields }) {
  const evidence = useComputed(() => team.view.value.evidence);
  const suspects = useComputed(() => team.view.value.suspects);
  const assets = useComputed(() => team.view.value.assets);
  const directory = useComputed(() => team.view.value.briefing.directory);
  // Why what the team may want is not there to choose yet, and what would bring it: a string,
  // so that the panel is drawn again only when what it says changes.
  const lines = useComputed(() =>
    evidenceNote(team.view.value, chosenKind(fields), fields.to.value).join('\n'),
  );
  const kind = chosenKind(fields);
  const subject = subjectOf(kind);
  if (subject === 'evidence') {
    const note = lines.value === '' ? [] : lines.value.split('\n');
    return (
      <>
        <Checkboxes
          form={FORM}
          name="evidence"
          legend={t('ui.composer.evidence')}
          choices={Object.entries(evidence.value).map(([id, item]) => ({
            value: id,
            label: paren(
              item.title,
              comma(item.holderName, item.country ? nameIn(directory.value, item.country) : '?'),
            ),
            hint: evidenceFits(kind, item.kind)
              ? undefined
              : t('ui.composer.evidence-wrong-kind', { kind: item.kind }),
          }))}
          value={fields.evidence}
        />
        {note.length > 0 ? (
          <div class="hint evidence-note" id="composer-evidence-note">
            {note.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
      </>
    );
  }
  if (subject === 'suspect')
    return (
      <SelectField
        form={FORM}
        name="suspect"
        label={t('ui.field.suspect')}
        required
        choices={Object.entries(suspects.value).map(([id, suspect]) => ({
          value: id,
          label: suspect.name ? paren(suspect.alias, suspect.name) : suspect.alias,
        }))}
        value={fields.suspect}
      />
    );
  if (subject === 'asset')
    return (
      <SelectField
        form={FORM}
        name="asset"
        label={t('ui.field.asset')}
        required
        choices={Object.entries(assets.value).map(([id, asset]) => ({ value: id, label: asset.description }))}
        value={fields.asset}
      />
    );
  return null;
}

/**
 * What the request must contain, one field per item with its article; each item's mark (✔ given,
 * ✖ required and missing, ○ where possible) follows what is typed in it, in words as well as colour.
 */
function Checklist({ fields, check }: { fields: Fields; check: ReadonlySignal<DraftCheck> }) {
  const items = check.value.checklist;
  return (
    <fieldset class="checklist">
      <legend>{t('ui.composer.contents')}</legend>
      {items.map((item) => (
        <div key={item.id} class={`content-item ${item.given ? 'given' : 'missing'}`} data-content={item.id}>
          <TextField
            form={FORM}
            name={`contents.${item.id}`}
            label={`${item.given ? '✔' : item.required ? '✖' : '○'} ${dash(
              item.label,
              item.required ? item.article : paren(item.article, t('ui.composer.where-possible')),
            )}`}
            multiline
            value={fields.content(item.id)}
          />
        </div>
      ))}
    </fieldset>
  );
}

/**
 * When the requesting State needs the answer: a suggested deadline in days, with its reasons
 * (Art. 40, model UNTOC 18(24)). Offered on MLA requests; good practice, never required.
 */
function Deadline({ fields }: { fields: Fields }) {
  const kind = chosenKind(fields);
  if (!kind || !REQUEST_KINDS[kind].mla) return null;
  return (
    <fieldset class="deadline">
      <legend>{t('ui.composer.deadline')}</legend>
      <NumberField
        form={FORM}
        name="deadlineDays"
        label={t('ui.composer.deadline-days')}
        hint={t('ui.composer.deadline-days-hint')}
        min={1}
        value={fields.deadlineDays}
      />
      <TextField
        form={FORM}
        name="deadlineReason"
        label={t('ui.composer.deadline-reason')}
        multiline
        value={fields.deadlineReason}
      />
    </fieldset>
  );
}

/** What stops the draft and what is advised, as the team types, read out politely. */
function LiveCheck({ check }: { check: ReadonlySignal<DraftCheck> }) {
  const { problems } = check.value;
  return (
    <div class="live-check" id="composer-check" role="status" aria-live="polite">
      {problems.length === 0 ? (
        <p class="ok">{`✔ ${t('ui.composer.ready')}`}</p>
      ) : (
        <ul>
          {problems.map((problem) => (
            <li
              key={`${problem.message}|${problem.article ?? ''}`}
              class={problem.blocking ? 'blocking' : problem.practice ? 'practice' : 'warning'}
            >
              {`${problem.blocking ? '✖' : problem.practice ? 'ℹ' : '⚠'} ${problem.message}`}
              {problem.article ? ` (${problem.article})` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
