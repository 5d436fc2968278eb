import { CONSULTATION_TOPICS, type Command, type Consultation, type CountryView } from '@crossborder/engine';
import { AGREEMENT_KINDS, JURISDICTION_BASES } from '@crossborder/scenario';
import { type ReadonlySignal, useComputed } from '@preact/signals';
import { listOf, t, tDynamic } from '../i18n.js';
import { paren } from '../punctuation.js';
import { dayTime } from '../time.js';
import { ActionForm, Checkboxes, type Problem, SelectField, TextField } from '../ui/forms.js';
import { consultationAbout, requestAbout } from './about.js';
import { ActionTimeFields, actionTimeOf } from './action-day.js';
import { nameIn, type Team } from './context.js';
import { topicChoices, topicName } from './coordination.js';
import { Plans } from './plans.js';
import { UnreadMark } from './unread-mark.js';

type View = ReadonlySignal<CountryView>;
type Directory = CountryView['briefing']['directory'];

/**
 * Jurisdiction: every claim made (claims are public acts), where they collide, the team's
 * consultations and agreements, and the forms to claim, consult, propose and answer. Claims,
 * consultations, their messages and agreements are keyed lists: a new message adds one item.
 */
export function JurisdictionPanel({ team }: { team: Team }) {
  return (
    <section class="panel-body">
      <h2>{t('ui.jurisdiction.title')}</h2>
      <Claims view={team.view} />
      <Consultations team={team} />
      <Plans view={team.view} />
      <Agreements team={team} />
      <div class="forms">
        <ClaimForm team={team} />
        <ConsultForm team={team} />
        <ProposeForm team={team} />
      </div>
    </section>
  );
}

function Claims({ view }: { view: View }) {
  const all = useComputed(() => view.value.claims);
  const directory = useComputed(() => view.value.briefing.directory);
  // An offence is known by its description, never its id.
  const offences = useComputed(() => view.value.briefing.offences);
  const name = (id: string) => nameIn(directory.value, id);
  const claims = Object.values(all.value).filter((claim) => claim.withdrawnAt === null);
  const byOffence = new Map<string, Set<string>>();
  for (const claim of claims)
    byOffence.set(claim.offence, (byOffence.get(claim.offence) ?? new Set()).add(claim.country));
  const conflicts = [...byOffence].filter(([, countries]) => countries.size > 1);
  return (
    <>
      <h3>{t('ui.jurisdiction.claims')}</h3>
      {claims.length === 0 ? (
        <p class="hint">{t('ui.jurisdiction.no-claims')}</p>
      ) : (
        <ul class="claims">
          {claims.map((claim) => (
            <li key={claim.id} data-claim={claim.id}>
              {t('ui.jurisdiction.claim-line', {
                country: name(claim.country),
                offence: offences.value[claim.offence]?.description ?? claim.offence,
                bases: claim.bases.map((basis) => tDynamic(`basis.${basis}`, {}, basis)).join(', '),
                when: dayTime(claim.at),
              })}
              {claim.reasoning ? <p class="hint">{claim.reasoning}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 ? (
        <p class="warning" role="note">
          {`⚠ ${t('ui.jurisdiction.conflict', {
            offences: conflicts
              .map(([offence, countries]) =>
                paren(offences.value[offence]?.description ?? offence, listOf([...countries].map(name))),
              )
              .join('; '),
          })}`}
        </p>
      ) : null}
    </>
  );
}

function Consultations({ team }: { team: Team }) {
  const consultations = useComputed(() => team.view.value.consultations);
  const directory = useComputed(() => team.view.value.briefing.directory);
  const all = Object.values(consultations.value);
  return (
    <>
      <h3>{t('ui.jurisdiction.consultations')}</h3>
      {all.length === 0 ? (
        <p class="hint">{t('ui.jurisdiction.no-consultations')}</p>
      ) : (
        <div>
          {all.map((consultation) => (
            <ConsultationThread
              key={consultation.id}
              team={team}
              consultation={consultation}
              directory={directory.value}
            />
          ))}
        </div>
      )}
    </>
  );
}

/** A consultation's thread and the form to reply (here, and under the request it is about). */
export function ConsultationThread({
  team,
  consultation,
  directory,
}: {
  team: Team;
  consultation: Consultation;
  directory: Directory;
}) {
  const name = (id: string) => nameIn(directory, id);
  const body = useComputed(() => team.view.value.briefing.coordinationBody);
  const headingId = `consultation-${consultation.id}`;
  return (
    <article class="consultation" data-consultation={consultation.id} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('ui.jurisdiction.consultation-title', {
          topic: topicName(body.value, consultation.topic),
          with: consultation.participants.map(name).join(', '),
        })}
        <UnreadMark itemKey={`consultation:${consultation.id}`} />
      </h4>
      <ol class="messages">
        {/* A thread is only ever added to: each message's place in it is its identity. */}
        {consultation.messages.map((message, index) => (
          <li key={`message-${index}`}>
            <strong>{`${paren(name(message.from), dayTime(message.at))}: `}</strong>
            {message.text}
          </li>
        ))}
      </ol>
      <ReplyForm team={team} consultationId={consultation.id} />
    </article>
  );
}

function Agreements({ team }: { team: Team }) {
  const agreements = useComputed(() => team.view.value.agreements);
  const directory = useComputed(() => team.view.value.briefing.directory);
  const viewer = useComputed(() => team.view.value.viewer);
  const me = viewer.value;
  return (
    <>
      <h3>{t('ui.jurisdiction.agreements')}</h3>
      <ul class="agreements">
        {Object.values(agreements.value).map((agreement) => (
          <li key={agreement.id} data-agreement={agreement.id}>
            {agreementLine(agreement, directory.value)}
            <UnreadMark itemKey={`agreement:${agreement.id}`} />
            {agreement.concludedAt === null &&
            agreement.parties.includes(me) &&
            !agreement.acceptedBy.includes(me) &&
            !agreement.rejectedBy.includes(me) ? (
              <span class="inline-forms">
                <AnswerForm team={team} agreementId={agreement.id} accept />
                <AnswerForm team={team} agreementId={agreement.id} accept={false} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

type Agreement = CountryView['agreements'][string];

/** An agreement in a line: its kind, whom it binds, where it stands; an action day's common time. */
function agreementLine(agreement: Agreement, directory: Directory): string {
  const parties = agreement.parties.map((id) => nameIn(directory, id)).join(', ');
  const state =
    agreement.concludedAt !== null
      ? t('ui.jurisdiction.concluded')
      : agreement.rejectedBy.length > 0
        ? t('ui.jurisdiction.rejected')
        : t('ui.jurisdiction.pending');
  if (agreement.kind === 'action-day' && agreement.terms.actionAt !== undefined)
    return t('ui.jurisdiction.action-day-line', { parties, when: dayTime(agreement.terms.actionAt), state });
  return t('ui.jurisdiction.agreement-line', {
    kind: tDynamic(`agreement.${agreement.kind}`, {}, agreement.kind),
    parties,
    state,
  });
}

function ClaimForm({ team }: { team: Team }) {
  const formId = 'claim';
  const offences = useComputed(() => team.view.value.briefing.offences);
  const offence = team.forms.text(formId, 'offence');
  const bases = team.forms.list(formId, 'bases');
  const reasoning = team.forms.text(formId, 'reasoning');
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.form.claim')}
      description={t('ui.form.claim.hint')}
      submit={t('ui.form.claim.submit')}
      send={team.send}
      command={(): Command | Problem => {
        const problem = t('ui.form.need-offence-bases');
        const chosen = JURISDICTION_BASES.filter((basis) => bases.value.includes(basis));
        if (!offence.value) return { problem, field: 'offence' };
        if (chosen.length === 0) return { problem, field: 'bases' };
        return {
          type: 'claimJurisdiction',
          offence: offence.value,
          bases: chosen,
          reasoning: reasoning.value.trim(),
        };
      }}
    >
      <SelectField
        form={formId}
        name="offence"
        label={t('ui.field.offence')}
        required
        choices={Object.entries(offences.value).map(([id, found]) => ({
          value: id,
          label: found.description,
        }))}
        value={offence}
      />
      <Checkboxes
        form={formId}
        name="bases"
        legend={t('ui.field.bases')}
        choices={JURISDICTION_BASES.map((basis) => ({
          value: basis,
          label: tDynamic(`basis.${basis}`, {}, basis),
        }))}
        value={bases}
      />
      <TextField form={formId} name="reasoning" label={t('ui.field.reasoning')} multiline value={reasoning} />
    </ActionForm>
  );
}

function ConsultForm({ team }: { team: Team }) {
  const formId = 'consult';
  const directory = useComputed(() => team.view.value.briefing.directory);
  const viewer = useComputed(() => team.view.value.viewer);
  const offences = useComputed(() => team.view.value.briefing.offences);
  const requests = useComputed(() => team.view.value.requests);
  const briefed = useComputed(() => ({ viewer: team.view.value.viewer, briefing: team.view.value.briefing }));
  const draft = {
    with: team.forms.list(formId, 'with'),
    topic: team.forms.text(formId, 'topic'),
    offence: team.forms.text(formId, 'offence'),
    request: team.forms.text(formId, 'request'),
    message: team.forms.text(formId, 'message'),
  };
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.form.consult')}
      description={t('ui.form.consult.hint')}
      submit={t('ui.form.consult.submit')}
      send={team.send}
      command={(): Command | Problem => {
        const problem = t('ui.form.need-with-topic-message');
        const topic = CONSULTATION_TOPICS.find((known) => known === draft.topic.value);
        if (draft.with.value.length === 0) return { problem, field: 'with' };
        if (!topic) return { problem, field: 'topic' };
        if (!draft.message.value.trim()) return { problem, field: 'message' };
        return {
          type: 'openConsultation',
          with: [...draft.with.value],
          topic,
          message: draft.message.value.trim(),
          ...(draft.offence.value ? { offence: draft.offence.value } : {}),
          ...(draft.request.value ? { request: draft.request.value } : {}),
        };
      }}
    >
      <Checkboxes
        form={formId}
        name="with"
        legend={t('ui.field.with')}
        choices={Object.keys(directory.value)
          .filter((id) => id !== viewer.value)
          .map((id) => ({ value: id, label: nameIn(directory.value, id) }))}
        value={draft.with}
      />
      <SelectField
        form={formId}
        name="topic"
        label={t('ui.field.topic')}
        required
        choices={topicChoices(briefed.value)}
        value={draft.topic}
      />
      <SelectField
        form={formId}
        name="offence"
        label={t('ui.field.offence-optional')}
        choices={Object.entries(offences.value).map(([id, found]) => ({
          value: id,
          label: found.description,
        }))}
        value={draft.offence}
      />
      <SelectField
        form={formId}
        name="request"
        label={t('ui.field.request-optional')}
        choices={Object.values(requests.value).map((request) => ({
          value: request.id,
          label: requestAbout({ briefing: { directory: directory.value }, viewer: viewer.value }, request),
        }))}
        value={draft.request}
      />
      <TextField
        form={formId}
        name="message"
        label={t('ui.field.message')}
        multiline
        required
        value={draft.message}
      />
    </ActionForm>
  );
}

function ReplyForm({ team, consultationId }: { team: Team; consultationId: string }) {
  const formId = `message-${consultationId}`;
  const message = team.forms.text(formId, 'text');
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.form.reply')}
      submit={t('ui.form.reply.submit')}
      send={team.send}
      command={(): Command | Problem =>
        message.value.trim()
          ? { type: 'sendConsultationMessage', consultationId, text: message.value.trim() }
          : { problem: t('ui.form.need-text', { field: t('ui.field.message') }), field: 'text' }
      }
    >
      <TextField form={formId} name="text" label={t('ui.field.message')} multiline required value={message} />
    </ActionForm>
  );
}

/** Sign or reject an agreement proposed to the team. */
function AnswerForm({ team, agreementId, accept }: { team: Team; agreementId: string; accept: boolean }) {
  return (
    <ActionForm
      forms={team.forms}
      formId={`${accept ? 'accept' : 'reject'}-${agreementId}`}
      title={accept ? t('ui.form.accept-agreement') : t('ui.form.reject-agreement')}
      submit={accept ? t('ui.form.accept') : t('ui.form.reject')}
      send={team.send}
      command={() => ({ type: 'answerAgreement', agreementId, accept })}
    />
  );
}

function ProposeForm({ team }: { team: Team }) {
  const formId = 'propose';
  const consultations = useComputed(() => team.view.value.consultations);
  const directory = useComputed(() => team.view.value.briefing.directory);
  const offences = useComputed(() => team.view.value.briefing.offences);
  const draft = {
    consultationId: team.forms.text(formId, 'consultationId'),
    kind: team.forms.text(formId, 'kind'),
    lead: team.forms.text(formId, 'lead'),
    offence: team.forms.text(formId, 'offence'),
    members: team.forms.list(formId, 'members'),
    text: team.forms.text(formId, 'text'),
  };
  const actionTime = {
    day: team.forms.text(formId, 'actionDay'),
    time: team.forms.text(formId, 'actionTime'),
  };
  const local = useComputed(() => ({ viewer: team.view.value.viewer, briefing: team.view.value.briefing }));
  const actionDay = draft.kind.value === 'action-day';
  const countries = Object.keys(directory.value).map((id) => ({
    value: id,
    label: nameIn(directory.value, id),
  }));
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.form.propose')}
      description={t('ui.form.propose.hint')}
      submit={t('ui.form.propose.submit')}
      send={team.send}
      command={(): Command | Problem => {
        const problem = t('ui.form.need-consultation-kind');
        const kind = AGREEMENT_KINDS.find((known) => known === draft.kind.value);
        if (!draft.consultationId.value) return { problem, field: 'consultationId' };
        if (!kind) return { problem, field: 'kind' };
        const actionAt = kind === 'action-day' ? actionTimeOf(actionTime) : null;
        if (typeof actionAt === 'object' && actionAt !== null) return actionAt;
        const members = [...draft.members.value];
        return {
          type: 'proposeAgreement',
          consultationId: draft.consultationId.value,
          kind,
          text: draft.text.value.trim(),
          ...(draft.lead.value ? { lead: draft.lead.value } : {}),
          ...(draft.offence.value ? { offence: draft.offence.value } : {}),
          ...(members.length > 0 ? { members } : {}),
          ...(actionAt !== null ? { actionAt } : {}),
        };
      }}
    >
      <SelectField
        form={formId}
        name="consultationId"
        label={t('ui.field.consultation')}
        required
        choices={Object.values(consultations.value).map((consultation) => ({
          value: consultation.id,
          label: consultationAbout(local.value, consultation),
        }))}
        value={draft.consultationId}
      />
      <SelectField
        form={formId}
        name="kind"
        label={t('ui.field.agreement-kind')}
        required
        choices={AGREEMENT_KINDS.map((kind) => ({
          value: kind,
          label: tDynamic(`agreement.${kind}`, {}, kind),
        }))}
        value={draft.kind}
      />
      <SelectField
        form={formId}
        name="lead"
        label={t('ui.field.lead')}
        choices={countries}
        value={draft.lead}
      />
      <SelectField
        form={formId}
        name="offence"
        label={t('ui.field.offence-optional')}
        choices={Object.entries(offences.value).map(([id, found]) => ({
          value: id,
          label: found.description,
        }))}
        value={draft.offence}
      />
      <Checkboxes
        form={formId}
        name="members"
        legend={t('ui.field.members')}
        choices={countries}
        value={draft.members}
      />
      {actionDay ? <ActionTimeFields form={formId} draft={actionTime} view={local.value} /> : null}
      <TextField form={formId} name="text" label={t('ui.field.terms')} multiline value={draft.text} />
    </ActionForm>
  );
}
