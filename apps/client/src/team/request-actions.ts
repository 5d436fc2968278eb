import { type Command, POSTPONEMENT_GROUNDS, REFUSAL_GROUNDS, type Request } from '@crossborder/engine';
import { REQUEST_KINDS } from '@crossborder/scenario';
import { t, tDynamic } from '../i18n.js';
import { h } from '../ui/dom.js';
import { checkboxesField, draftOf, resultView, selectField, textField } from '../ui/forms.js';
import { type TeamContext, teamForm } from './context.js';

/**
 * Everything a team may do about one request, as forms: the requested State answers it (ask for
 * more, offer conditions, execute, postpone, refuse on a ground, answer a progress query), the
 * requesting State follows it up. Grounds the convention never allows are offered too, marked,
 * so that a team that tries one learns why from the ruling.
 */
const OPEN: readonly Request['status'][] = ['received', 'more-information-requested', 'postponed'];
const DAY = 24 * 60;

/** Refusal grounds that are never lawful under the convention (Art. 40). */
const NEVER_LAWFUL: readonly string[] = ['bank-secrecy', 'fiscal-matter'];

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const list = (value: unknown): string[] =>
  text(value)
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** Where the last answer about a request is kept: its form may be gone once it has worked. */
const requestResultKey = (requestId: string) => `request:${requestId}`;

export function requestActions(context: TeamContext, request: Request): HTMLElement {
  const forms: HTMLElement[] = [];
  const reportTo = requestResultKey(request.id);
  const simple = (action: string, title: string, submit: string, command: Command, description?: string) => {
    forms.push(
      teamForm(context, {
        formId: `${action}-${request.id}`,
        title,
        submit,
        description,
        fields: [],
        command: () => command,
        reportTo,
      }),
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
    const formId = `${action}-${request.id}`;
    const draft = draftOf(context.forms, formId);
    forms.push(
      teamForm(context, {
        formId,
        title,
        submit,
        description,
        fields: [textField(formId, draft, field, label, { multiline: true, required: true })],
        command: () =>
          text(draft[field])
            ? build(text(draft[field]))
            : { problem: t('ui.form.need-text', { field: label }) },
        reportTo,
      }),
    );
  };
  const requestId = request.id;
  const mine = request.from === context.view.viewer;

  if (!mine && OPEN.includes(request.status)) {
    if (request.acknowledgedAt === null)
      simple('acknowledge', t('ui.action.acknowledge'), t('ui.action.acknowledge.submit'), {
        type: 'acknowledgeRequest',
        requestId,
      });
    simple(
      'execute',
      t('ui.action.execute'),
      t('ui.action.execute.submit'),
      { type: 'executeRequest', requestId },
      t('ui.action.execute.hint'),
    );
    forms.push(refuseForm(context, request));
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
    forms.push(postponeForm(context, request));
    if (request.subject.evidence.length > 1) forms.push(partForm(context, request));
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
    if (request.status === 'more-information-requested') forms.push(provideForm(context, request));
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
  const last = h(
    'div',
    { 'data-request-result': request.id },
    resultView(context.forms.results.get(reportTo)),
  );
  if (forms.length === 0) return h('div', {}, last, h('p', { class: 'hint' }, t('ui.action.none')));
  return h('div', { class: 'request-actions' }, last, h('h4', {}, t('ui.action.heading')), ...forms);
}

function refuseForm(context: TeamContext, request: Request): HTMLElement {
  const formId = `refuse-${request.id}`;
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.action.refuse'),
    description: t('ui.action.refuse.hint'),
    submit: t('ui.action.refuse.submit'),
    reportTo: requestResultKey(request.id),
    fields: [
      selectField(
        formId,
        draft,
        'ground',
        t('ui.field.ground'),
        REFUSAL_GROUNDS.map((ground) => ({
          value: ground,
          label: `${tDynamic(`ground.${ground}`, {}, ground)}${NEVER_LAWFUL.includes(ground) ? ` — ${t('ui.ground.never-lawful')}` : ''}`,
        })),
        { required: true, hint: t('ui.field.ground.hint') },
      ),
      textField(formId, draft, 'reasons', t('ui.field.reasons'), {
        multiline: true,
        hint: t('ui.field.reasons.hint'),
      }),
    ],
    command: (): Command | { problem: string } => {
      const ground = REFUSAL_GROUNDS.find((known) => known === draft.ground);
      if (!ground) return { problem: t('ui.form.need-ground') };
      return { type: 'refuseRequest', requestId: request.id, ground, reasons: text(draft.reasons) };
    },
  });
}

function postponeForm(context: TeamContext, request: Request): HTMLElement {
  const formId = `postpone-${request.id}`;
  const draft = draftOf(context.forms, formId, { days: '7' });
  return teamForm(context, {
    formId,
    title: t('ui.action.postpone'),
    description: t('ui.action.postpone.hint'),
    submit: t('ui.action.postpone.submit'),
    reportTo: requestResultKey(request.id),
    fields: [
      selectField(
        formId,
        draft,
        'ground',
        t('ui.field.ground'),
        POSTPONEMENT_GROUNDS.map((ground) => ({
          value: ground,
          label: tDynamic(`postpone.${ground}`, {}, ground),
        })),
        { required: true },
      ),
      textField(formId, draft, 'days', t('ui.field.days'), { type: 'number', required: true }),
      textField(formId, draft, 'reasons', t('ui.field.reasons'), { multiline: true }),
    ],
    command: (): Command | { problem: string } => {
      const ground = POSTPONEMENT_GROUNDS.find((known) => known === draft.ground);
      const days = Number(draft.days);
      if (!ground || !Number.isFinite(days) || days < 1) return { problem: t('ui.form.need-ground-days') };
      return {
        type: 'postponeRequest',
        requestId: request.id,
        ground,
        until: Math.round(context.now + days * DAY),
        reasons: text(draft.reasons),
      };
    },
  });
}

function partForm(context: TeamContext, request: Request): HTMLElement {
  const formId = `part-${request.id}`;
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.action.execute-part'),
    submit: t('ui.action.execute-part.submit'),
    reportTo: requestResultKey(request.id),
    fields: [
      checkboxesField(
        formId,
        draft,
        'evidence',
        t('ui.field.evidence-part'),
        request.subject.evidence.map((id) => ({ value: id, label: context.view.evidence[id]?.title ?? id })),
      ),
      textField(formId, draft, 'reasons', t('ui.field.reasons'), { multiline: true }),
    ],
    command: (): Command | { problem: string } => {
      const evidence = Array.isArray(draft.evidence) ? draft.evidence.map(String) : [];
      if (evidence.length === 0) return { problem: t('ui.form.need-evidence') };
      return { type: 'executeInPart', requestId: request.id, evidence, reasons: text(draft.reasons) };
    },
  });
}

function provideForm(context: TeamContext, request: Request): HTMLElement {
  const formId = `provide-${request.id}`;
  const draft = draftOf(context.forms, formId);
  const items = REQUEST_KINDS[request.kind].contents;
  return teamForm(context, {
    formId,
    title: t('ui.action.provide'),
    description: t('ui.action.provide.hint'),
    submit: t('ui.action.provide.submit'),
    fields: items.map((item) =>
      textField(formId, draft, item.id, tDynamic(`contents.${item.id}`, {}, item.label), {
        multiline: true,
        hint: request.missing.includes(item.id) ? t('ui.field.was-missing') : undefined,
      }),
    ),
    command: (): Command | { problem: string } => {
      const contents: Record<string, string> = {};
      for (const item of items) if (text(draft[item.id])) contents[item.id] = text(draft[item.id]);
      if (Object.keys(contents).length === 0) return { problem: t('ui.form.need-some-contents') };
      return { type: 'provideInformation', requestId: request.id, contents };
    },
  });
}
