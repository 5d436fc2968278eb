import { type Command, POSTPONEMENT_GROUNDS, REFUSAL_GROUNDS, type Request } from '@crossborder/engine';
import { contentKey, REQUEST_KINDS } from '@crossborder/scenario';
import { useComputed } from '@preact/signals';
import type { JSX } from 'preact';
import { t, tDynamic } from '../i18n.js';
import { ActionForm, Checkboxes, NumberField, type Problem, SelectField, TextField } from '../ui/forms.js';
import type { Team } from './context.js';
import { ReasoningField, reasoningPart, reasoningRequired } from './reasoning.js';

/**
 * Everything a team may do about one request, as forms: the requested State answers it (ask for
 * more, offer conditions, execute, postpone, refuse on a ground, answer a progress query), the
 * requesting State follows it up. Grounds the convention never allows are offered too, marked,
 * so that a team that tries one learns why from the ruling. The answers show above the forms
 * (`requestResultKey`), for a form may go once it has worked.
 */
const OPEN: readonly Request['status'][] = ['received', 'more-information-requested', 'postponed'];
const DAY = 24 * 60;

/** Refusal grounds that are never lawful under the convention (Art. 40). */
const NEVER_LAWFUL: readonly string[] = ['bank-secrecy', 'fiscal-matter'];

const list = (value: string): string[] =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** Where the answers about a request show: its forms may be gone once they have worked. */
export const requestResultKey = (requestId: string) => `request:${requestId}`;

interface ActionProps {
  team: Team;
  request: Request;
}

export function RequestActions({ team, request }: ActionProps) {
  const viewer = useComputed(() => team.view.value.viewer);
  const forms = actionsOn(team, request, request.from === viewer.value);
  if (forms.length === 0) return <p class="hint">{t('ui.action.none')}</p>;
  return (
    <div class="request-actions">
      <h4>{t('ui.action.heading')}</h4>
      {forms}
    </div>
  );
}

/** The forms open to the team on this request now, each keyed by its form's id. */
function actionsOn(team: Team, request: Request, mine: boolean): JSX.Element[] {
  const requestId = request.id;
  const forms: JSX.Element[] = [];
  const simple = (action: string, title: string, submit: string, command: Command, description?: string) => {
    const formId = `${action}-${requestId}`;
    forms.push(
      <ActionForm
        key={formId}
        forms={team.forms}
        formId={formId}
        title={title}
        submit={submit}
        description={description}
        send={team.send}
        command={() => command}
        reportTo={requestResultKey(requestId)}
      />,
    );
  };
  const withText = (
    action: string,
    field: string,
    title: string,
    label: string,
    submit: string,
    build: (value: string) => Command,
    description?: string,
  ) => {
    const formId = `${action}-${requestId}`;
    forms.push(
      <TextAction
        key={formId}
        team={team}
        formId={formId}
        field={field}
        title={title}
        label={label}
        submit={submit}
        build={build}
        description={description}
        reportTo={requestResultKey(requestId)}
      />,
    );
  };

  if (!mine && OPEN.includes(request.status)) {
    if (request.acknowledgedAt === null)
      simple('acknowledge', t('ui.action.acknowledge'), t('ui.action.acknowledge.submit'), {
        type: 'acknowledgeRequest',
        requestId,
      });
    forms.push(<ExecuteForm key={`execute-${requestId}`} team={team} request={request} />);
    forms.push(<RefuseForm key={`refuse-${requestId}`} team={team} request={request} />);
    withText(
      'ask',
      'questions',
      t('ui.action.ask'),
      t('ui.field.questions'),
      t('ui.action.ask.submit'),
      (questions) => ({ type: 'askMoreInformation', requestId, questions }),
      t('ui.action.ask.hint'),
    );
    withText(
      'conditions',
      'conditions',
      t('ui.action.conditions'),
      t('ui.field.conditions-list'),
      t('ui.action.conditions.submit'),
      (value) => ({ type: 'offerConditions', requestId, conditions: list(value) }),
      t('ui.action.conditions.hint'),
    );
    forms.push(<PostponeForm key={`postpone-${requestId}`} team={team} request={request} />);
    if (request.subject.evidence.length > 1)
      forms.push(<PartForm key={`part-${requestId}`} team={team} request={request} />);
    // The warning duty is the preservation regime's (Art. 42).
    if (REQUEST_KINDS[request.kind].regime === 'preservation')
      withText(
        'warn',
        'text',
        t('ui.action.warn'),
        t('ui.field.message'),
        t('ui.action.warn.submit'),
        (value) => ({ type: 'warnRequester', requestId, text: value }),
        t('ui.action.warn.hint'),
      );
    if (request.confidential)
      withText(
        'confidentiality',
        'text',
        t('ui.action.confidentiality'),
        t('ui.field.message'),
        t('ui.action.confidentiality.submit'),
        (value) => ({ type: 'notifyConfidentiality', requestId, text: value }),
      );
  }
  if (!mine && request.progressQueries.some((query) => query.answeredAt === null))
    withText(
      'progress',
      'text',
      t('ui.action.answer-progress'),
      t('ui.field.message'),
      t('ui.action.answer-progress.submit'),
      (value) => ({ type: 'answerProgress', requestId, text: value }),
    );

  if (mine) {
    if (request.status === 'more-information-requested')
      forms.push(<ProvideForm key={`provide-${requestId}`} team={team} request={request} />);
    if (request.conditions && request.conditions.accepted === null) {
      simple('accept-conditions', t('ui.action.accept-conditions'), t('ui.action.accept-conditions.submit'), {
        type: 'answerConditions',
        requestId,
        accept: true,
      });
      simple(
        'decline-conditions',
        t('ui.action.decline-conditions'),
        t('ui.action.decline-conditions.submit'),
        { type: 'answerConditions', requestId, accept: false },
      );
    }
    if (request.confirmInWritingBy !== null)
      simple('confirm', t('ui.action.confirm-in-writing'), t('ui.action.confirm-in-writing.submit'), {
        type: 'confirmInWriting',
        requestId,
      });
    if (OPEN.includes(request.status) || request.status === 'executing' || request.status === 'in-transit') {
      simple('query', t('ui.action.query-progress'), t('ui.action.query-progress.submit'), {
        type: 'queryProgress',
        requestId,
      });
      simple(
        'no-longer-needed',
        t('ui.action.no-longer-needed'),
        t('ui.action.no-longer-needed.submit'),
        { type: 'declareNoLongerNeeded', requestId },
        t('ui.action.no-longer-needed.hint'),
      );
      withText(
        'withdraw',
        'reasons',
        t('ui.action.withdraw'),
        t('ui.field.reasons'),
        t('ui.action.withdraw.submit'),
        (reasons) => ({ type: 'withdrawRequest', requestId, reasons }),
      );
    }
    if (
      request.status === 'refused' &&
      request.refusal?.ground === 'national' &&
      request.prosecutionRequestedAt === null
    )
      simple(
        'prosecute-instead',
        t('ui.action.request-prosecution'),
        t('ui.action.request-prosecution.submit'),
        { type: 'requestProsecution', requestId },
        t('ui.action.request-prosecution.hint'),
      );
  }
  return forms;
}

/** An action that needs one text, such as a question or a message. */
function TextAction({
  team,
  formId,
  field,
  title,
  label,
  submit,
  build,
  description,
  reportTo,
}: {
  team: Team;
  formId: string;
  field: string;
  title: string;
  label: string;
  submit: string;
  build: (value: string) => Command;
  description?: string | undefined;
  reportTo: string;
}) {
  const value = team.forms.text(formId, field);
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={title}
      submit={submit}
      description={description}
      send={team.send}
      reportTo={reportTo}
      command={(): Command | Problem =>
        value.value.trim()
          ? build(value.value.trim())
          : { problem: t('ui.form.need-text', { field: label }), field }
      }
    >
      <TextField form={formId} name={field} label={label} multiline required value={value} />
    </ActionForm>
  );
}

/**
 * Executing: the measure is the requested State's own, authorised by its own competent
 * authority under its own law (Arts 24, 40); the form asks which, and says what the team's law
 * names, if it names one. Left empty, the execution goes ahead and the omission is recorded.
 */
function ExecuteForm({ team, request }: ActionProps) {
  const formId = `execute-${request.id}`;
  const authority = team.forms.text(formId, 'authorisedBy');
  const reasoning = team.forms.text(formId, 'reasoning');
  const own = useComputed(
    () => team.view.value.briefing.directory[team.view.value.viewer]?.law.executingAuthority,
  );
  // Granting an extradition is a decision a moot court may argue: its reasoning, where asked.
  const reasoned = useComputed(
    () =>
      REQUEST_KINDS[request.kind].regime === 'extradition' &&
      reasoningRequired(team.view.value, 'extradition-decision'),
  );
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.action.execute')}
      submit={t('ui.action.execute.submit')}
      description={t('ui.action.execute.hint')}
      send={team.send}
      reportTo={requestResultKey(request.id)}
      command={(): Command | Problem => {
        const authorisedBy = authority.value.trim();
        const argued = reasoningPart(reasoned.value, reasoning);
        if ('problem' in argued) return argued;
        return {
          type: 'executeRequest',
          requestId: request.id,
          ...(authorisedBy ? { authorisedBy } : {}),
          ...argued,
        };
      }}
    >
      <TextField
        form={formId}
        name="authorisedBy"
        label={t('ui.field.executing-authority')}
        hint={
          own.value
            ? t('ui.field.executing-authority.yours', { authority: own.value })
            : t('ui.field.executing-authority.hint')
        }
        value={authority}
      />
      {reasoned.value ? <ReasoningField form={formId} value={reasoning} /> : null}
    </ActionForm>
  );
}

function RefuseForm({ team, request }: ActionProps) {
  const formId = `refuse-${request.id}`;
  const ground = team.forms.text(formId, 'ground');
  const reasons = team.forms.text(formId, 'reasons');
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.action.refuse')}
      description={t('ui.action.refuse.hint')}
      submit={t('ui.action.refuse.submit')}
      send={team.send}
      reportTo={requestResultKey(request.id)}
      command={(): Command | Problem => {
        const chosen = REFUSAL_GROUNDS.find((known) => known === ground.value);
        if (!chosen) return { problem: t('ui.form.need-ground'), field: 'ground' };
        return {
          type: 'refuseRequest',
          requestId: request.id,
          ground: chosen,
          reasons: reasons.value.trim(),
        };
      }}
    >
      <SelectField
        form={formId}
        name="ground"
        label={t('ui.field.ground')}
        hint={t('ui.field.ground.hint')}
        required
        choices={REFUSAL_GROUNDS.map((known) => ({
          value: known,
          label: `${tDynamic(`ground.${known}`, {}, known)}${NEVER_LAWFUL.includes(known) ? ` — ${t('ui.ground.never-lawful')}` : ''}`,
        }))}
        value={ground}
      />
      <TextField
        form={formId}
        name="reasons"
        label={t('ui.field.reasons')}
        hint={juryScores(team, request, 'refusal') ? t('ui.field.reasons.jury') : t('ui.field.reasons.hint')}
        multiline
        required={juryScores(team, request, 'refusal')}
        value={reasons}
      />
    </ActionForm>
  );
}

function PostponeForm({ team, request }: ActionProps) {
  const formId = `postpone-${request.id}`;
  const ground = team.forms.text(formId, 'ground');
  const days = team.forms.text(formId, 'days', '7');
  const reasons = team.forms.text(formId, 'reasons');
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.action.postpone')}
      description={t('ui.action.postpone.hint')}
      submit={t('ui.action.postpone.submit')}
      send={team.send}
      reportTo={requestResultKey(request.id)}
      command={(): Command | Problem => {
        const problem = t('ui.form.need-ground-days');
        const chosen = POSTPONEMENT_GROUNDS.find((known) => known === ground.value);
        const count = Number(days.value);
        if (!chosen) return { problem, field: 'ground' };
        if (days.value.trim() === '' || !Number.isInteger(count) || count < 1)
          return { problem, field: 'days' };
        return {
          type: 'postponeRequest',
          requestId: request.id,
          ground: chosen,
          until: team.now() + count * DAY,
          reasons: reasons.value.trim(),
        };
      }}
    >
      <SelectField
        form={formId}
        name="ground"
        label={t('ui.field.ground')}
        required
        choices={POSTPONEMENT_GROUNDS.map((known) => ({
          value: known,
          label: tDynamic(`postpone.${known}`, {}, known),
        }))}
        value={ground}
      />
      <NumberField form={formId} name="days" label={t('ui.field.days')} required min={1} value={days} />
      <TextField
        form={formId}
        name="reasons"
        label={t('ui.field.reasons')}
        {...(juryScores(team, request, 'postponement')
          ? { hint: t('ui.field.reasons.jury'), required: true }
          : {})}
        multiline
        value={reasons}
      />
    </ActionForm>
  );
}

function PartForm({ team, request }: ActionProps) {
  const formId = `part-${request.id}`;
  const evidence = useComputed(() => team.view.value.evidence);
  const chosen = team.forms.list(formId, 'evidence');
  const reasons = team.forms.text(formId, 'reasons');
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.action.execute-part')}
      submit={t('ui.action.execute-part.submit')}
      send={team.send}
      reportTo={requestResultKey(request.id)}
      command={(): Command | Problem =>
        chosen.value.length === 0
          ? { problem: t('ui.form.need-evidence'), field: 'evidence' }
          : {
              type: 'executeInPart',
              requestId: request.id,
              evidence: [...chosen.value],
              reasons: reasons.value.trim(),
            }
      }
    >
      <Checkboxes
        form={formId}
        name="evidence"
        legend={t('ui.field.evidence-part')}
        choices={request.subject.evidence.map((id) => ({
          value: id,
          label: evidence.value[id]?.title ?? id,
        }))}
        value={chosen}
      />
      <TextField form={formId} name="reasons" label={t('ui.field.reasons')} multiline value={reasons} />
    </ActionForm>
  );
}

/** The requesting State completes its request with what was missing or asked for. */
function ProvideForm({ team, request }: ActionProps) {
  const formId = `provide-${request.id}`;
  const items = REQUEST_KINDS[request.kind].contents;
  const values = items.map((item) => ({ item, value: team.forms.text(formId, item.id) }));
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.action.provide')}
      description={t('ui.action.provide.hint')}
      submit={t('ui.action.provide.submit')}
      send={team.send}
      reportTo={requestResultKey(request.id)}
      command={(): Command | Problem => {
        const contents: Record<string, string> = {};
        for (const { item, value } of values) if (value.value.trim()) contents[item.id] = value.value.trim();
        if (Object.keys(contents).length === 0)
          return { problem: t('ui.form.need-some-contents'), field: items[0]?.id };
        return { type: 'provideInformation', requestId: request.id, contents };
      }}
    >
      {values.map(({ item, value }) => (
        <TextField
          key={item.id}
          form={formId}
          name={item.id}
          label={tDynamic(contentKey(item))}
          hint={request.missing.includes(item.id) ? t('ui.field.was-missing') : undefined}
          multiline
          value={value}
        />
      ))}
    </ActionForm>
  );
}

/**
 * Whether a moot court's jury scores the reasons of this refusal or postponement: the rubric names
 * the decision, or, for an extradition request, extradition decisions.
 */
function juryScores(team: Team, request: Request, decision: 'refusal' | 'postponement'): boolean {
  const view = team.view.value;
  return (
    reasoningRequired(view, decision) ||
    (REQUEST_KINDS[request.kind].regime === 'extradition' && reasoningRequired(view, 'extradition-decision'))
  );
}
