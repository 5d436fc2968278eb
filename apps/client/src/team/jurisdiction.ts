import { CONSULTATION_TOPICS, type Command, type CountryView } from '@crossborder/engine';
import { AGREEMENT_KINDS, JURISDICTION_BASES } from '@crossborder/scenario';
import { t, tDynamic } from '../i18n.js';
import { dayAndTime } from '../time.js';
import { h } from '../ui/dom.js';
import { checkboxesField, draftOf, selectField, textField } from '../ui/forms.js';
import { countryName, type TeamContext, teamForm } from './context.js';

/**
 * Jurisdiction: every claim made (claims are public acts), where they collide, the team's
 * consultations and agreements, and the forms to claim, consult, propose and answer.
 */
export function jurisdictionPanel(context: TeamContext): HTMLElement {
  const { view } = context;
  const when = (minutes: number) => {
    const { day, time } = dayAndTime(minutes);
    return t('ui.time.day-time', { day, time });
  };
  const claims = Object.values(view.claims).filter((claim) => claim.withdrawnAt === null);
  const byOffence = new Map<string, string[]>();
  for (const claim of claims)
    byOffence.set(claim.offence, [...(byOffence.get(claim.offence) ?? []), claim.country]);
  const conflicts = [...byOffence].filter(([, countries]) => new Set(countries).size > 1);
  return h(
    'section',
    { class: 'panel-body' },
    h('h2', {}, t('ui.jurisdiction.title')),
    h('h3', {}, t('ui.jurisdiction.claims')),
    claims.length === 0
      ? h('p', { class: 'hint' }, t('ui.jurisdiction.no-claims'))
      : h(
          'ul',
          { class: 'claims' },
          claims.map((claim) =>
            h(
              'li',
              { 'data-claim': claim.id },
              t('ui.jurisdiction.claim-line', {
                country: countryName(view, claim.country),
                offence: claim.offence,
                bases: claim.bases.map((basis) => tDynamic(`basis.${basis}`, {}, basis)).join(', '),
                when: when(claim.at),
              }),
              claim.reasoning ? h('p', { class: 'hint' }, claim.reasoning) : null,
            ),
          ),
        ),
    conflicts.length > 0
      ? h(
          'p',
          { class: 'warning', role: 'note' },
          `⚠ ${t('ui.jurisdiction.conflict', { offences: conflicts.map(([offence, countries]) => `${offence} (${[...new Set(countries)].map((id) => countryName(view, id)).join(', ')})`).join('; ') })}`,
        )
      : null,
    h('h3', {}, t('ui.jurisdiction.consultations')),
    Object.values(view.consultations).length === 0
      ? h('p', { class: 'hint' }, t('ui.jurisdiction.no-consultations'))
      : h(
          'div',
          {},
          Object.values(view.consultations).map((consultation) =>
            h(
              'article',
              { class: 'consultation', 'data-consultation': consultation.id },
              h(
                'h4',
                {},
                t('ui.jurisdiction.consultation-title', {
                  id: consultation.id,
                  topic: tDynamic(`topic.${consultation.topic}`, {}, consultation.topic),
                  with: consultation.participants.map((id) => countryName(view, id)).join(', '),
                }),
              ),
              h(
                'ol',
                { class: 'messages' },
                consultation.messages.map((message) =>
                  h(
                    'li',
                    {},
                    h('strong', {}, `${countryName(view, message.from)} (${when(message.at)}): `),
                    message.text,
                  ),
                ),
              ),
              messageForm(context, consultation.id),
            ),
          ),
        ),
    h('h3', {}, t('ui.jurisdiction.agreements')),
    h(
      'ul',
      { class: 'agreements' },
      Object.values(view.agreements).map((agreement) =>
        h(
          'li',
          { 'data-agreement': agreement.id },
          t('ui.jurisdiction.agreement-line', {
            id: agreement.id,
            kind: tDynamic(`agreement.${agreement.kind}`, {}, agreement.kind),
            parties: agreement.parties.map((id) => countryName(view, id)).join(', '),
            state:
              agreement.concludedAt !== null
                ? t('ui.jurisdiction.concluded')
                : agreement.rejectedBy.length > 0
                  ? t('ui.jurisdiction.rejected')
                  : t('ui.jurisdiction.pending'),
          }),
          agreement.concludedAt === null &&
            agreement.parties.includes(view.viewer) &&
            !agreement.acceptedBy.includes(view.viewer) &&
            !agreement.rejectedBy.includes(view.viewer)
            ? h(
                'span',
                { class: 'inline-forms' },
                answerForm(context, agreement.id, true),
                answerForm(context, agreement.id, false),
              )
            : null,
        ),
      ),
    ),
    h('div', { class: 'forms' }, claimForm(context), consultForm(context), proposeForm(context)),
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function others(view: CountryView) {
  return Object.keys(view.briefing.directory)
    .filter((id) => id !== view.viewer)
    .map((id) => ({ value: id, label: countryName(view, id) }));
}

function claimForm(context: TeamContext): HTMLElement {
  const formId = 'claim';
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.claim'),
    description: t('ui.form.claim.hint'),
    submit: t('ui.form.claim.submit'),
    fields: [
      selectField(
        formId,
        draft,
        'offence',
        t('ui.field.offence'),
        Object.entries(context.view.briefing.offences).map(([id, offence]) => ({
          value: id,
          label: `${id}: ${offence.description}`,
        })),
        { required: true },
      ),
      checkboxesField(
        formId,
        draft,
        'bases',
        t('ui.field.bases'),
        JURISDICTION_BASES.map((basis) => ({ value: basis, label: tDynamic(`basis.${basis}`, {}, basis) })),
      ),
      textField(formId, draft, 'reasoning', t('ui.field.reasoning'), { multiline: true }),
    ],
    command: (): Command | { problem: string } => {
      const bases = JURISDICTION_BASES.filter((basis) => strings(draft.bases).includes(basis));
      if (!text(draft.offence) || bases.length === 0) return { problem: t('ui.form.need-offence-bases') };
      return {
        type: 'claimJurisdiction',
        offence: text(draft.offence),
        bases,
        reasoning: text(draft.reasoning),
      };
    },
  });
}

function consultForm(context: TeamContext): HTMLElement {
  const formId = 'consult';
  const { view } = context;
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.consult'),
    description: t('ui.form.consult.hint'),
    submit: t('ui.form.consult.submit'),
    fields: [
      checkboxesField(formId, draft, 'with', t('ui.field.with'), others(view)),
      selectField(
        formId,
        draft,
        'topic',
        t('ui.field.topic'),
        CONSULTATION_TOPICS.map((topic) => ({ value: topic, label: tDynamic(`topic.${topic}`, {}, topic) })),
        { required: true },
      ),
      selectField(
        formId,
        draft,
        'offence',
        t('ui.field.offence-optional'),
        Object.keys(view.briefing.offences).map((id) => ({ value: id, label: id })),
      ),
      selectField(
        formId,
        draft,
        'request',
        t('ui.field.request-optional'),
        Object.keys(view.requests).map((id) => ({ value: id, label: id })),
      ),
      textField(formId, draft, 'message', t('ui.field.message'), { multiline: true, required: true }),
    ],
    command: (): Command | { problem: string } => {
      const topic = CONSULTATION_TOPICS.find((known) => known === draft.topic);
      const withCountries = strings(draft.with);
      if (!topic || withCountries.length === 0 || !text(draft.message))
        return { problem: t('ui.form.need-with-topic-message') };
      return {
        type: 'openConsultation',
        with: withCountries,
        topic,
        message: text(draft.message),
        ...(text(draft.offence) ? { offence: text(draft.offence) } : {}),
        ...(text(draft.request) ? { request: text(draft.request) } : {}),
      };
    },
  });
}

function messageForm(context: TeamContext, consultationId: string): HTMLElement {
  const formId = `message-${consultationId}`;
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.reply'),
    submit: t('ui.form.reply.submit'),
    fields: [textField(formId, draft, 'text', t('ui.field.message'), { multiline: true, required: true })],
    command: () =>
      text(draft.text)
        ? { type: 'sendConsultationMessage', consultationId, text: text(draft.text) }
        : { problem: t('ui.form.need-text', { field: t('ui.field.message') }) },
  });
}

function answerForm(context: TeamContext, agreementId: string, accept: boolean): HTMLElement {
  return teamForm(context, {
    formId: `${accept ? 'accept' : 'reject'}-${agreementId}`,
    title: accept ? t('ui.form.accept-agreement') : t('ui.form.reject-agreement'),
    submit: accept ? t('ui.form.accept') : t('ui.form.reject'),
    fields: [],
    command: () => ({ type: 'answerAgreement', agreementId, accept }),
  });
}

function proposeForm(context: TeamContext): HTMLElement {
  const formId = 'propose';
  const { view } = context;
  const draft = draftOf(context.forms, formId);
  return teamForm(context, {
    formId,
    title: t('ui.form.propose'),
    description: t('ui.form.propose.hint'),
    submit: t('ui.form.propose.submit'),
    fields: [
      selectField(
        formId,
        draft,
        'consultationId',
        t('ui.field.consultation'),
        Object.values(view.consultations).map((consultation) => ({
          value: consultation.id,
          label: `${consultation.id}: ${tDynamic(`topic.${consultation.topic}`, {}, consultation.topic)}`,
        })),
        { required: true },
      ),
      selectField(
        formId,
        draft,
        'kind',
        t('ui.field.agreement-kind'),
        AGREEMENT_KINDS.map((kind) => ({ value: kind, label: tDynamic(`agreement.${kind}`, {}, kind) })),
        { required: true },
      ),
      selectField(
        formId,
        draft,
        'lead',
        t('ui.field.lead'),
        Object.keys(view.briefing.directory).map((id) => ({ value: id, label: countryName(view, id) })),
      ),
      selectField(
        formId,
        draft,
        'offence',
        t('ui.field.offence-optional'),
        Object.keys(view.briefing.offences).map((id) => ({ value: id, label: id })),
      ),
      checkboxesField(
        formId,
        draft,
        'members',
        t('ui.field.members'),
        Object.keys(view.briefing.directory).map((id) => ({ value: id, label: countryName(view, id) })),
      ),
      textField(formId, draft, 'text', t('ui.field.terms'), { multiline: true }),
    ],
    command: (): Command | { problem: string } => {
      const kind = AGREEMENT_KINDS.find((known) => known === draft.kind);
      if (!text(draft.consultationId) || !kind) return { problem: t('ui.form.need-consultation-kind') };
      const members = strings(draft.members);
      return {
        type: 'proposeAgreement',
        consultationId: text(draft.consultationId),
        kind,
        text: text(draft.text),
        ...(text(draft.lead) ? { lead: text(draft.lead) } : {}),
        ...(text(draft.offence) ? { offence: text(draft.offence) } : {}),
        ...(members.length > 0 ? { members } : {}),
      };
    },
  });
}
