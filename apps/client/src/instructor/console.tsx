import type { InstructorView } from '@crossborder/engine';
import type { Ack, SessionInfo } from '@crossborder/protocol';
import { computed, type ReadonlySignal, type Signal, useComputed, useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { errorText, t } from '../i18n.js';
import type { GameClient } from '../net/game-client.js';
import type { ClientSignals } from '../state/client.js';
import { ClockBar, ConnectionBanner } from '../ui/chrome.js';
import { LanguagePicker } from '../ui/language-picker.js';
import { api } from './api.js';
import { ClockControls } from './clock.js';
import { type Acts, type ConsoleClient, gameTimeNow, instructorView, type ViewSignal } from './context.js';
import { Dashboard } from './dashboard.js';
import { Exports } from './exports.js';
import { ConsoleFork } from './fork.js';
import { Jury } from './jury.js';
import { JuryLink } from './jury-link.js';
import { useInstructorKey } from './key-gate.js';
import { WriteInject } from './live-inject.js';
import { JoinLinks, Seats, useRoomAddress } from './seats.js';
import { ExerciseTimeline } from './timeline.js';
import { WordsToRoom } from './words-to-room.js';

/** What the console page needs of the GameClient: the console's part, and taking the instructor's seat. */
type SeatingClient = ConsoleClient & Pick<GameClient, 'resume' | 'join'>;

interface PageProps {
  client: SeatingClient;
  code: string;
  navigate: (path: string) => void;
}

/**
 * `/instructor/CODE`: the key gate (once per tab), then the console, which takes the instructor's
 * seat (back, after a reload). A key the server refuses brings the gate back, saying so.
 */
export function ConsolePage({ client, code, navigate }: PageProps) {
  const key = useInstructorKey();
  const status = useSignal('');
  const { apiKey, forget } = key;
  useEffect(() => {
    if (!apiKey) return;
    let live = true;
    void client.resume(code, { kind: 'instructor' }).then((resumed) => {
      if (!live || resumed?.ok) return;
      void client.join(code, { kind: 'instructor' }, t('ui.console.name'), apiKey).then((answer) => {
        if (!live || answer.ok) return;
        if (answer.error.code === 'wrong-key') forget(true);
        else status.value = errorText(answer.error);
      });
    });
    return () => {
      live = false;
    };
  }, [apiKey, client, code]);
  return (
    key.gate ?? (
      <InstructorConsole
        client={client}
        code={code}
        apiKey={key.apiKey}
        navigate={navigate}
        status={status}
      />
    )
  );
}

interface ConsoleProps {
  client: ConsoleClient;
  code: string;
  apiKey: string;
  navigate: (path: string) => void;
  /** The status line: the answer to the instructor's last act (the console's own, or its joining's). */
  status: Signal<string>;
}

/**
 * The instructor's console for one session: the join code and links (large, for a projector),
 * seats with bots and locks, the clock, injects, a live dashboard of every country (requests in
 * flight, deadlines at risk, violations as they happen), the jury, the end of the session and
 * the export. Components that patch the page in place: each part follows only the signals it
 * shows (`client.signals`), so an update leaves a pressed button, a focused field, what was typed
 * and its selection as they were, and the header's clock writes its own text once a game minute,
 * and nothing while paused. Nothing redraws on a timer.
 */
export function InstructorConsole({ client, code, apiKey, navigate, status }: ConsoleProps) {
  const { signals } = client;
  const acts = useMemo<Acts>(() => {
    const answered = (answer: Ack<unknown>) => {
      // Success shows in what changed (the clock, a seat, an inject); only a failure needs words.
      status.value = answer.ok ? '' : errorText(answer.error);
    };
    return {
      control: (control) => void client.control(control).then(answered),
      command: (command) => void client.command(command).then(answered),
    };
  }, [client, status]);
  return (
    <div class="screen instructor-console">
      <ConsoleHeader signals={signals} code={code} navigate={navigate} />
      <div class="banner-slot">
        <ConnectionBanner connection={signals.connection} notice={signals.notice} />
      </div>
      <div role="status" aria-live="polite" class="status-line">
        {status}
      </div>
      <ConsoleBody
        signals={signals}
        code={code}
        apiKey={apiKey}
        acts={acts}
        status={status}
        send={client.command.bind(client)}
      />
    </div>
  );
}

interface HeaderProps {
  signals: ClientSignals;
  code: string;
  navigate: (path: string) => void;
}

/**
 * The session's title, its join code, the clock and the way back to every session. It follows
 * the session (its title) and, through the clock bar, the clock and the game time: a new
 * request, a team joining, a violation pass it by.
 */
function ConsoleHeader({ signals, code, navigate }: HeaderProps) {
  // The view's title is in the console's language where the scenario translates it; the session's as written.
  const title = useComputed(
    () => signals.view.value?.briefing.title ?? signals.session.value?.title ?? t('ui.instructor.title'),
  );
  const startsAt = useComputed(() => signals.view.value?.briefing.startsAt ?? '');
  return (
    <header class="topbar">
      <h1>{title}</h1>
      <p class="join-code" data-join-code={code}>
        {`${t('ui.console.code')} `}
        <strong>{code}</strong>
      </p>
      <ClockBar
        clock={signals.clock}
        minutes={signals.minutes}
        utcOffset="+00:00"
        startsAt={startsAt.value}
      />
      <a
        href="/instructor"
        onClick={(event) => {
          // A new tab or window is the browser's to open.
          if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          navigate('/instructor');
        }}
      >
        {t('ui.console.all-sessions')}
      </a>
      <LanguagePicker />
    </header>
  );
}

interface BodyProps {
  signals: ClientSignals;
  code: string;
  apiKey: string;
  acts: Acts;
  status: Signal<string>;
  /** Sends a command and answers with the server's ruling (the forms that show it under them). */
  send: ConsoleClient['command'];
}

/** The console's parts, once the instructor's view has come (it never goes away after). */
function ConsoleBody({ signals, code, apiKey, acts, status, send }: BodyProps) {
  const ready = useMemo(() => {
    let seen = false;
    return computed(() => {
      seen ||= signals.view.value?.role === 'instructor';
      return seen;
    });
  }, [signals.view]);
  if (!ready.value)
    return (
      <main class="console">
        <p>{t('ui.instructor.loading')}</p>
      </main>
    );
  return (
    <ConsoleParts signals={signals} code={code} apiKey={apiKey} acts={acts} status={status} send={send} />
  );
}

function ConsoleParts({ signals, code, apiKey, acts, status, send }: BodyProps) {
  const view = useMemo(
    () => instructorView(signals.view, signals.view.peek() as InstructorView),
    [signals.view],
  );
  const now = useMemo(() => () => gameTimeNow(signals), [signals]);
  const base = useRoomAddress(apiKey);
  const moot = useComputed(() => view.value.moot);
  return (
    // What the instructor watches during play first, above the fold at 1280x720: the dashboard and
    // the clock; then how teams join, the seats and the injects. The jury only in a moot session.
    <main class="console">
      <Dashboard
        view={view}
        minutes={signals.minutes}
        progress={signals.progress}
        seats={signals.seats}
        clock={signals.clock}
      />
      <ClockControls clock={signals.clock} minutes={signals.minutes} acts={acts} />
      <JoinLinks view={view} code={code} base={base} />
      <Seats view={view} seats={signals.seats} acts={acts} code={code} />
      <ExerciseTimeline view={view} minutes={signals.minutes} now={now} acts={acts} />
      <WriteInject view={view} minutes={signals.minutes} now={now} send={send} />
      <WordsToRoom view={view} send={send} />
      {moot.value ? <JuryLink code={code} base={base} seats={signals.seats} /> : null}
      {moot.value ? <Jury view={view} acts={acts} /> : null}
      <End view={view} session={signals.session} code={code} apiKey={apiKey} acts={acts} status={status} />
      <Exports view={view} session={signals.session} apiKey={apiKey} status={status} />
      <ConsoleFork apiKey={apiKey} session={signals.session} minutes={signals.minutes} />
    </main>
  );
}

interface EndProps {
  view: ViewSignal;
  session: ReadonlySignal<SessionInfo | null>;
  code: string;
  apiKey: string;
  acts: Acts;
  status: Signal<string>;
}

/** The end of the session (asked twice), the export of its log, and the debrief. */
function End({ view, session, code, apiKey, acts, status }: EndProps) {
  const ended = useComputed(() => view.value.ended);
  return (
    <section class="card end" aria-labelledby="end-title">
      <h2 id="end-title">{t('ui.console.end-title')}</h2>
      <div class="buttons">
        {ended.value ? (
          <p class="ok">{`✔ ${t('ui.console.ended')}`}</p>
        ) : (
          <button
            type="button"
            class="danger"
            data-control="end"
            onClick={() => {
              if (confirm(t('ui.console.end-confirm'))) acts.control({ action: 'end' });
            }}
          >
            {t('ui.console.end')}
          </button>
        )}
        <button
          type="button"
          data-action="export"
          onClick={() => void exportSession(apiKey, session.peek()?.id ?? '', code, status)}
        >
          {t('ui.console.export')}
        </button>
      </div>
      <p>
        <a href={`/debrief/${code}`} data-link="debrief">
          {ended.value ? t('ui.console.debrief') : t('ui.console.open-debrief')}
        </a>
      </p>
    </section>
  );
}

/** The session's whole log as a JSON file, downloaded. */
async function exportSession(apiKey: string, sessionId: string, code: string, status: Signal<string>) {
  const answer = await api<unknown>(apiKey, `/sessions/${sessionId}/export`);
  if (!answer.ok) {
    status.value = answer.message;
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(
    new Blob([JSON.stringify(answer.body, null, 2)], { type: 'application/json' }),
  );
  link.download = `crossborder-${code}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}
