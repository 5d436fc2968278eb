import type { UploadAnswer } from '@crossborder/protocol';
import { type ReadonlySignal, useSignal } from '@preact/signals';
import { Checkbox } from '../ui/forms.js';
import { Field } from '../ui/parts.js';
import { saveDraft } from './api.js';
import { t } from './words.js';

/** The file name a draft is offered under: its id's, else the template's. */
export function suggestedName(text: string): string {
  const id = /^id:\s*["']?([a-z][a-z0-9-]*)["']?\s*$/m.exec(text)?.[1];
  return `${id ?? 'my-case'}.yaml`;
}

interface SaveProps {
  apiKey: string;
  /** The draft as it is now: a signal, read here only, so that typing re-renders this form and not the page. */
  text: ReadonlySignal<string>;
  /** The last save: what the server said of it, and the text saved. */
  saved: { answer: UploadAnswer; text: string } | null;
  onSaved: (answer: UploadAnswer, text: string) => void;
  onStart: (id: string) => void;
}

/**
 * Saving the draft to the server's scenario folder (errors and all: a draft with errors is kept,
 * listed with its problems, but not offered for play), and starting a session from the saved
 * draft once it is valid and unchanged since.
 */
export function SaveForm({ apiKey, text: draft, saved, onSaved, onStart }: SaveProps) {
  const text = draft.value;
  const typed = useSignal<string | null>(null);
  const replace = useSignal(false);
  const saving = useSignal(false);
  const message = useSignal('');
  const name = typed.value ?? suggestedName(text);
  const playable = saved?.answer.kept.valid && saved.text === text ? saved.answer.kept : null;

  const save = async () => {
    saving.value = true;
    const answer = await saveDraft(apiKey, name, text, replace.value);
    saving.value = false;
    if (!answer.ok) {
      message.value = answer.message;
      return;
    }
    onSaved(answer.body, text);
    const errors = answer.body.problems.filter((problem) => problem.severity === 'error').length;
    message.value = answer.body.kept.valid
      ? t('ui.studio.saved-playable', { file: answer.body.kept.file })
      : t('ui.studio.saved-not-playable', { file: answer.body.kept.file, errors });
    // Saved once under this name, the next save of the same draft replaces it.
    replace.value = true;
  };

  return (
    <section class="card" aria-labelledby="studio-save-title">
      <h2 id="studio-save-title">{t('ui.studio.save-title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={t('ui.studio.file-name')} hint={t('ui.studio.file-name-hint')}>
          {(control) => (
            <input
              {...control}
              type="text"
              name="file"
              required
              pattern="[a-z0-9]+(-[a-z0-9]+)*\.yaml"
              value={name}
              onInput={(event) => {
                typed.value = event.currentTarget.value;
              }}
            />
          )}
        </Field>
        <Checkbox form="studio-save" name="replace" label={t('ui.studio.replace')} value={replace} />
        <button type="submit" disabled={saving.value}>
          {t('ui.studio.save')}
        </button>
      </form>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <button
        type="button"
        disabled={playable === null}
        aria-describedby="studio-start-hint"
        onClick={() => {
          if (playable?.id) onStart(playable.id);
        }}
      >
        {t('ui.studio.start-session')}
      </button>
      <p class="hint" id="studio-start-hint">
        {playable
          ? t('ui.studio.start-ready', { title: playable.title ?? '' })
          : t('ui.studio.start-needs-save')}
      </p>
    </section>
  );
}
