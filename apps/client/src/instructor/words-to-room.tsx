import type { Command } from '@crossborder/engine';
import { useComputed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { t } from '../i18n.js';
import { ActionForm, type Answer, Forms, type Problem, SelectField, TextField } from '../ui/forms.js';
import { AudienceFields, audienceOf } from './choice-fields.js';
import type { ViewSignal } from './context.js';

const MESSAGE = 'send-message';
const NOTE = 'add-note';

interface WordsProps {
  view: ViewSignal;
  send: (command: Command) => Promise<Answer>;
  forms?: Forms;
}

/**
 * The instructor's words: a message to one team, several or all (`sendMessage`: those teams
 * read it as a notification, in their news and their log; no other team's view holds it), and a
 * note pinned on the timeline at the current game time (`addNote`: seen by no team, shown in the
 * debrief, on the lane of the country it is about if one is chosen).
 */
export function WordsToRoom({ view, send, forms: given }: WordsProps) {
  const forms = useMemo(() => given ?? new Forms(), [given]);
  const directory = useComputed(() => view.value.briefing.directory);
  const countries = useComputed(() =>
    Object.entries(directory.value).map(([value, country]) => ({ value, label: country.name })),
  );
  const text = forms.text(MESSAGE, 'text');
  const mode = forms.text(MESSAGE, 'audience', 'all');
  const chosen = forms.list(MESSAGE, 'countries');
  const note = forms.text(NOTE, 'note');
  const about = forms.text(NOTE, 'about');

  const message = (): Command | Problem => {
    if (!text.value.trim()) return { problem: t('ui.words.need-text'), field: 'text' };
    const to = audienceOf(mode.value, chosen.value);
    if (to === null) return { problem: t('ui.live.need-countries'), field: 'audience' };
    return { type: 'sendMessage', text: text.value, to };
  };
  const pin = (): Command | Problem => {
    if (!note.value.trim()) return { problem: t('ui.words.need-text'), field: 'note' };
    return { type: 'addNote', text: note.value, ...(about.value ? { country: about.value } : {}) };
  };

  return (
    <section class="card words" aria-labelledby="words-title">
      <h2 id="words-title">{t('ui.words.title')}</h2>
      <ActionForm
        forms={forms}
        formId={MESSAGE}
        title={t('ui.words.message-title')}
        submit={t('ui.words.send')}
        description={t('ui.words.message-hint')}
        command={message}
        send={send}
      >
        <TextField form={MESSAGE} name="text" label={t('ui.words.text')} required multiline value={text} />
        <AudienceFields
          form={MESSAGE}
          legend={t('ui.words.to')}
          mode={mode}
          chosen={chosen}
          countries={countries.value}
        />
      </ActionForm>
      <ActionForm
        forms={forms}
        formId={NOTE}
        title={t('ui.words.note-title')}
        submit={t('ui.words.pin')}
        description={t('ui.words.note-hint')}
        command={pin}
        send={send}
      >
        <TextField form={NOTE} name="note" label={t('ui.words.note')} required multiline value={note} />
        <SelectField
          form={NOTE}
          name="about"
          label={t('ui.words.about')}
          choices={countries.value}
          value={about}
        />
      </ActionForm>
    </section>
  );
}
