import type { ScenarioListEntry, SessionListEntry } from '@crossborder/protocol';
import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n.js';
import { dash } from '../punctuation.js';
import { LanguagePicker } from '../ui/language-picker.js';
import { createSession, listScenarios, listSessions } from './api.js';
import { BotThinkField, readBotThink } from './bot-think-field.js';
import { useInstructorKey } from './key-gate.js';
import { ScenarioUpload } from './upload.js';

type Navigate = (path: string) => void;

/**
 * The instructor's start page (`/instructor`): the key (once per tab), the bundled scenarios with
 * their validation status, a form to create a session from each, and the sessions already
 * running. Behind the key gate: a key the server refuses brings the gate back, saying so.
 */
export function InstructorHome({ navigate }: { navigate: Navigate }) {
  const key = useInstructorKey();
  return key.gate ?? <Home apiKey={key.apiKey} navigate={navigate} onForget={key.forget} />;
}

interface HomeProps {
  apiKey: string;
  navigate: Navigate;
  /** Forgets the key: asked for (`false`) or because the server refused it (`true`). */
  onForget: (refused: boolean) => void;
}

function Home({ apiKey, navigate, onForget }: HomeProps) {
  const status = useSignal('');
  const scenarios = useSignal<ScenarioListEntry[] | null>(null);
  const sessions = useSignal<SessionListEntry[] | null>(null);
  const creating = useSignal(false);
  const gone = useRef(false);
  // The server re-reads its scenario folders when they change: asked again, the list shows it.
  const loadScenarios = () =>
    void listScenarios(apiKey).then((answer) => {
      if (gone.current) return;
      if (answer.ok) scenarios.value = answer.body;
      else if (answer.status === 401) onForget(true);
      else status.value = answer.message;
    });
  useEffect(() => {
    gone.current = false;
    loadScenarios();
    void listSessions(apiKey).then((answer) => {
      if (gone.current) return;
      if (answer.ok) sessions.value = answer.body;
    });
    return () => {
      gone.current = true;
    };
  }, [apiKey]);

  const create = (scenario: string, moot: boolean, botThink?: string) => {
    creating.value = true;
    status.value = t('ui.instructor.creating');
    const request = {
      scenario,
      ...(moot ? { clock: 'rounds' as const } : {}),
      ...(botThink ? { botThink } : {}),
    };
    void createSession(apiKey, request).then((created) => {
      creating.value = false;
      if (created.ok) navigate(`/instructor/${created.body.session.code}`);
      else status.value = created.message;
    });
  };

  return (
    <div class="screen instructor-home">
      <header class="topbar">
        <h1>{t('ui.instructor.title')}</h1>
        <button type="button" onClick={() => onForget(false)}>
          {t('ui.instructor.forget-key')}
        </button>
        <LanguagePicker />
      </header>
      <main>
        <div role="status" aria-live="polite">
          {status}
        </div>
        <h2 id="scenarios-title">{t('ui.instructor.scenarios')}</h2>
        <div class="scenarios">
          {scenarios.value === null ? (
            <p>{t('ui.instructor.loading')}</p>
          ) : (
            <ul class="scenario-list" aria-labelledby="scenarios-title">
              {tutorialFirst(scenarios.value).map((entry) => (
                <ScenarioItem key={entry.file} entry={entry} creating={creating} onCreate={create} />
              ))}
            </ul>
          )}
          <button type="button" onClick={loadScenarios}>
            {t('ui.instructor.reload')}
          </button>
        </div>
        <ScenarioUpload
          apiKey={apiKey}
          onKept={loadScenarios}
          onPlay={(scenario) => create(scenario, false)}
          creating={creating.value}
        />
        <h2 id="sessions-title">{t('ui.instructor.sessions')}</h2>
        <div class="sessions">
          <Sessions sessions={sessions.value} navigate={navigate} />
        </div>
      </main>
    </div>
  );
}

interface ScenarioItemProps {
  entry: ScenarioListEntry;
  creating: Signal<boolean>;
  onCreate: (scenario: string, moot: boolean, botThink?: string) => void;
}

/**
 * A scenario, valid or not; a valid one has its form: moot or not, the bots' thinking time, and
 * the button that creates the session.
 */
function ScenarioItem({ entry, creating, onCreate }: ScenarioItemProps) {
  const moot = useSignal(false);
  const think = useSignal('');
  const thinkProblem = useSignal<string | null>(null);
  const thinkInput = useRef<HTMLInputElement>(null);
  const id = entry.valid ? entry.id : null;
  return (
    <li data-scenario={entry.id ?? entry.file}>
      <h3>{entry.title ?? entry.file}</h3>
      {entry.summary ? <p>{entry.summary}</p> : null}
      <Origin entry={entry} />
      {entry.valid ? (
        <p class="ok">{`✔ ${t('ui.instructor.valid', { countries: entry.countries.map((country) => country.name).join(', ') })}`}</p>
      ) : (
        <div class="warning">
          <p>{`✖ ${t('ui.instructor.invalid')}`}</p>
          <ul>
            {[...new Set(entry.issues)].slice(0, 5).map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </div>
      )}
      {id ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const read = readBotThink(think.value);
            if (!read.ok) {
              thinkProblem.value = read.problem;
              thinkInput.current?.focus();
              return;
            }
            thinkProblem.value = null;
            onCreate(id, moot.value, read.botThink);
          }}
        >
          <div class="field checkbox">
            <input
              type="checkbox"
              id={`moot-${id}`}
              name="moot"
              aria-describedby={`moot-${id}-hint`}
              checked={moot}
              onChange={(event) => {
                moot.value = event.currentTarget.checked;
              }}
            />
            <label for={`moot-${id}`}>{t('ui.instructor.moot')}</label>
            <p class="hint" id={`moot-${id}-hint`}>
              {t('ui.instructor.moot-hint')}
            </p>
          </div>
          <BotThinkField id={`bot-think-${id}`} value={think} problem={thinkProblem} input={thinkInput} />
          <button type="submit" data-create={id} disabled={creating}>
            {t('ui.instructor.create')}
          </button>
        </form>
      ) : null}
    </li>
  );
}

/** Where a scenario comes from, when it is not one of the bundled ones. */
function Origin({ entry }: { entry: ScenarioListEntry }) {
  if (entry.origin === 'uploaded') return <p class="hint">{t('ui.instructor.uploaded')}</p>;
  if (entry.origin === 'folder')
    return <p class="hint">{t('ui.instructor.from-folder', { folder: entry.file.split('/')[0] ?? '' })}</p>;
  return null;
}

/** The sessions the server holds, newest first, each a link to its console. */
function Sessions({ sessions, navigate }: { sessions: SessionListEntry[] | null; navigate: Navigate }) {
  if (sessions === null) return <p>{t('ui.instructor.loading')}</p>;
  if (sessions.length === 0) return <p class="hint">{t('ui.instructor.no-sessions')}</p>;
  return (
    <ul aria-labelledby="sessions-title">
      {[...sessions].reverse().map((session) => (
        <li key={session.id} data-session={session.code}>
          <a
            href={`/instructor/${session.code}`}
            onClick={(event) => {
              // A new tab or window is the browser's to open.
              if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
                return;
              event.preventDefault();
              navigate(`/instructor/${session.code}`);
            }}
          >
            {dash(session.code, session.title)}
          </a>
          {` (${session.status === 'open' ? t('ui.instructor.open') : t('ui.instructor.ended')})`}
        </li>
      ))}
    </ul>
  );
}

/** The tutorial first (where a first workshop starts), then the others as the server lists them. */
function tutorialFirst<T extends { id: string | null }>(entries: readonly T[]): T[] {
  return [
    ...entries.filter((entry) => entry.id === 'tutorial'),
    ...entries.filter((entry) => entry.id !== 'tutorial'),
  ];
}
