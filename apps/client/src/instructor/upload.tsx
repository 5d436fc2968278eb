import type { ScenarioProblem, UploadAnswer } from '@crossborder/protocol';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.js';
import { uploadScenario } from './upload-api.js';

interface UploadProps {
  apiKey: string;
  /** A scenario was kept: the list of scenarios should show it. */
  onKept: () => void;
  /** Plays a kept scenario at once, by its id. */
  onPlay: (scenario: string) => void;
  /** Whether a session is being created (the play button waits). */
  creating: boolean;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'kept'; answer: UploadAnswer }
  | { kind: 'refused'; name: string; message: string; problems: ScenarioProblem[] };

/**
 * The console's upload form: a scenario file checked by the server as the check command checks
 * it. A refused file shows why, and each of its problems with its line and column, its place in
 * the document and the check's words (what, why, the fix); a kept one can be played at once.
 */
export function ScenarioUpload({ apiKey, onKept, onPlay, creating }: UploadProps) {
  const busy = useSignal(false);
  const status = useSignal('');
  const outcome = useSignal<Outcome>({ kind: 'none' });
  const input = useRef<HTMLInputElement>(null);
  const replace = useSignal(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      status.value = t('ui.upload.choose');
      return;
    }
    busy.value = true;
    outcome.value = { kind: 'none' };
    status.value = t('ui.upload.checking', { name: file.name });
    const uploaded = await uploadScenario(apiKey, file, replace.value);
    busy.value = false;
    status.value = '';
    if (uploaded.ok) {
      outcome.value = { kind: 'kept', answer: uploaded.answer };
      onKept();
    } else
      outcome.value = {
        kind: 'refused',
        name: file.name,
        message: uploaded.message,
        problems: uploaded.problems,
      };
  };

  return (
    <section class="upload" aria-labelledby="upload-title">
      <h2 id="upload-title">{t('ui.upload.title')}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <div class="field">
          <label for="upload-file">{t('ui.upload.file')}</label>
          <input
            ref={input}
            id="upload-file"
            type="file"
            name="scenario"
            accept=".yaml,.yml"
            required
            aria-describedby="upload-hint"
          />
          <p class="hint" id="upload-hint">
            {t('ui.upload.hint')}
          </p>
        </div>
        <div class="field checkbox">
          <input
            type="checkbox"
            id="upload-replace"
            name="replace"
            checked={replace}
            onChange={(event) => {
              replace.value = event.currentTarget.checked;
            }}
          />
          <label for="upload-replace">{t('ui.upload.replace')}</label>
        </div>
        <button type="submit" disabled={busy}>
          {t('ui.upload.submit')}
        </button>
      </form>
      {/* Announced, without a second status role on the page (the home has its own). */}
      <p class="upload-status" aria-live="polite">
        {status}
      </p>
      <Outcome outcome={outcome.value} onPlay={onPlay} creating={creating} />
    </section>
  );
}

function Outcome({
  outcome,
  onPlay,
  creating,
}: {
  outcome: Outcome;
  onPlay: (scenario: string) => void;
  creating: boolean;
}) {
  if (outcome.kind === 'none') return null;
  if (outcome.kind === 'refused') return <Refused {...outcome} />;
  const { kept, replaced, problems } = outcome.answer;
  const title = kept.title ?? kept.file;
  return (
    <div class="upload-kept">
      <p class="ok">{`✔ ${t(replaced ? 'ui.upload.replaced' : 'ui.upload.kept', { title })}`}</p>
      {problems.length > 0 ? (
        <>
          <p>{t('ui.upload.warnings')}</p>
          <Problems problems={problems} />
        </>
      ) : null}
      {kept.id ? (
        <button
          type="button"
          data-play-upload={kept.id}
          disabled={creating}
          onClick={() => kept.id && onPlay(kept.id)}
        >
          {t('ui.upload.play', { title })}
        </button>
      ) : null}
    </div>
  );
}

/** Why a file was refused, and its problems; the heading takes the focus, so the reader starts there. */
function Refused({
  name,
  message,
  problems,
}: {
  name: string;
  message: string;
  problems: ScenarioProblem[];
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [name, message]);
  return (
    <div class="upload-problems warning">
      <h3 id="upload-problems-title" tabIndex={-1} ref={heading}>
        {t('ui.upload.problems-title', { name })}
      </h3>
      <p>{`✖ ${problems.length > 0 ? t('ui.upload.problems', { name, count: problems.length }) : message}`}</p>
      {problems.length > 0 ? <Problems problems={problems} labelledBy="upload-problems-title" /> : null}
    </div>
  );
}

/** Each problem: its kind in words, its line and column, where in the document, and the check's message. */
function Problems({ problems, labelledBy }: { problems: ScenarioProblem[]; labelledBy?: string }) {
  return (
    <ol class="problems" aria-labelledby={labelledBy}>
      {problems.map((problem, index) => (
        <li
          key={`${index}-${problem.line}-${problem.column}`}
          data-line={problem.line}
          data-column={problem.column}
        >
          <p class="problem-place">
            <strong>{t(problem.severity === 'error' ? 'ui.upload.error' : 'ui.upload.warning')}</strong>
            {` · ${t('ui.upload.place', { line: problem.line, column: problem.column })}`}
            {problem.path ? ` · ${t('ui.upload.path', { path: problem.path })}` : ''}
          </p>
          <p class="problem-message">{problem.message}</p>
        </li>
      ))}
    </ol>
  );
}
