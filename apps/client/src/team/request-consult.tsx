import type { Command, Request } from '@crossborder/engine';
import { useComputed, useSignalEffect } from '@preact/signals';
import { useContext } from 'preact/hooks';
import { t } from '../i18n.js';
import { ActionForm, type Problem, TextField } from '../ui/forms.js';
import { nameIn, type Team } from './context.js';
import { ConsultationThread } from './jurisdiction.js';
import { AwarenessContext, itemsOf } from './unread.js';

/**
 * The consultations about one request, under it: their threads (with the form to reply), and a
 * form to consult the other State about it, so that a team answering, refusing or following up
 * a request consults from where it decides (Art. 40), not from another tab. Shown here, the
 * threads are read.
 */
export function RequestConsultations({ team, request }: { team: Team; request: Request }) {
  const consultations = useComputed(() => team.view.value.consultations);
  const directory = useComputed(() => team.view.value.briefing.directory);
  const viewer = useComputed(() => team.view.value.viewer);
  const awareness = useContext(AwarenessContext);
  const about = Object.values(consultations.value).filter((found) => found.request === request.id);
  useSignalEffect(() => {
    if (!awareness) return;
    const keys = new Set(
      Object.values(consultations.value)
        .filter((found) => found.request === request.id)
        .map((found) => `consultation:${found.id}`),
    );
    awareness.look(itemsOf(team.view.value).filter((item) => keys.has(item.key)));
  });
  const other = request.from === viewer.value ? request.to : request.from;
  return (
    <section class="request-consultations" aria-labelledby={`request-consultations-${request.id}`}>
      <h4 id={`request-consultations-${request.id}`}>{t('ui.request.consultations')}</h4>
      {about.length === 0 ? <p class="hint">{t('ui.request.no-consultations')}</p> : null}
      {about.map((consultation) => (
        <ConsultationThread
          key={consultation.id}
          team={team}
          consultation={consultation}
          directory={directory.value}
        />
      ))}
      {/* A request still on its way cannot be consulted on: the other State does not have it yet. */}
      {request.status === 'in-transit' ? null : (
        <ConsultOnRequest
          team={team}
          request={request}
          country={other}
          name={nameIn(directory.value, other)}
        />
      )}
    </section>
  );
}

function ConsultOnRequest({
  team,
  request,
  country,
  name,
}: {
  team: Team;
  request: Request;
  country: string;
  name: string;
}) {
  const formId = `consult-${request.id}`;
  const message = team.forms.text(formId, 'message');
  return (
    <ActionForm
      forms={team.forms}
      formId={formId}
      title={t('ui.request.consult', { country: name })}
      description={t('ui.request.consult.hint')}
      submit={t('ui.request.consult.submit', { country: name })}
      send={team.send}
      command={(): Command | Problem =>
        message.value.trim()
          ? {
              type: 'openConsultation',
              with: [country],
              topic: 'request',
              request: request.id,
              message: message.value.trim(),
            }
          : { problem: t('ui.form.need-text', { field: t('ui.field.message') }), field: 'message' }
      }
    >
      <TextField
        form={formId}
        name="message"
        label={t('ui.field.message')}
        multiline
        required
        value={message}
      />
    </ActionForm>
  );
}
