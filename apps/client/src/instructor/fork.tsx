import type { SessionInfo } from '@crossborder/protocol';
import { type ReadonlySignal, type Signal, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { dayAndTime, dayTime } from '../time.js';
import { DayTimeFields, dayTimeMinutes } from '../ui/day-time-fields.js';
import { forkSession } from './api.js';

/**
 * "Start a new session from here" (issue 15, part 8): a game time (a day and a time of day) and
 * a button. The server starts a new session where this one stood then, with its own join code
 * and free seats, its clock paused; this one does not change. In the debrief the time is the
 * replay's (moving one moves the other: the replay shows the moment the fork starts from); in
 * the console it starts at the current game time. The answer, a new session or why none was
 * started, is said in words, with a link to the new session's console.
 */
type Fork = (key: string, sessionId: string, at: number) => ReturnType<typeof forkSession>;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; code: string; at: number }
  | { kind: 'failed'; problem: string };

interface ForkFormProps {
  apiKey: string;
  sessionId: string;
  /** The game time to start from, in minutes since the start (shared with the replay's slider). */
  at: Signal<number>;
  /** Opens a page of this app (the new session's console) without reloading; else the link is followed. */
  navigate?: (path: string) => void;
  /** How the fork is asked for: the server, unless a test says otherwise. */
  fork?: Fork;
}

export function ForkForm({ apiKey, sessionId, at, navigate, fork = forkSession }: ForkFormProps) {
  const outcome = useSignal<Outcome>({ kind: 'idle' });
  const { day, time } = dayAndTime(Math.max(0, at.value));
  // Each keystroke that makes a whole time moves it (and the replay with it); a field half typed
  // (empty, day 0) leaves it where it was until it is whole again.
  const setAt = (nextDay: string, nextTime: string) => {
    const whole = dayTimeMinutes(nextDay, nextTime);
    if (whole !== null) at.value = whole;
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (outcome.peek().kind === 'busy') return;
    const from = at.peek();
    outcome.value = { kind: 'busy' };
    const answer = await fork(apiKey, sessionId, from);
    outcome.value = answer.ok
      ? { kind: 'done', code: answer.body.session.code, at: from }
      : { kind: 'failed', problem: answer.message };
  };
  const now = outcome.value;
  return (
    <form class="fork" aria-labelledby="fork-title" onSubmit={(event) => void submit(event)}>
      <h2 id="fork-title">{t('ui.fork.title')}</h2>
      <p class="hint">{t('ui.fork.hint')}</p>
      <DayTimeFields
        id="fork"
        legend={t('ui.fork.when')}
        day={String(day)}
        time={time}
        onDay={(text) => setAt(text, time)}
        onTime={(text) => setAt(String(day), text)}
        required
      >
        <button type="submit" data-action="fork" disabled={now.kind === 'busy'}>
          {t('ui.fork.submit')}
        </button>
      </DayTimeFields>
      {/* Announced politely; not a second `status` role beside the page's own status line. */}
      <p aria-live="polite" class="status-line">
        {now.kind === 'busy' ? t('ui.fork.busy') : now.kind === 'done' ? done(now) : ''}
      </p>
      {now.kind === 'done' ? (
        <p>
          <a
            href={`/instructor/${now.code}`}
            data-link="fork-console"
            onClick={(event) => {
              if (!navigate) return;
              if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
                return;
              event.preventDefault();
              navigate(`/instructor/${now.code}`);
            }}
          >
            {t('ui.fork.open', { code: now.code })}
          </a>
        </p>
      ) : null}
      {now.kind === 'failed' ? (
        <p role="alert" class="status-line warning">
          {t('ui.fork.failed', { problem: now.problem })}
        </p>
      ) : null}
    </form>
  );
}

function done(outcome: { code: string; at: number }): string {
  return t('ui.fork.done', { code: outcome.code, when: dayTime(outcome.at) });
}

/**
 * The console's fork control: a card whose time starts at the game time when the console
 * opened it (the instructor changes it at will), for the session the console runs.
 */
export function ConsoleFork({
  apiKey,
  session,
  minutes,
}: {
  apiKey: string;
  session: ReadonlySignal<SessionInfo | null>;
  minutes: ReadonlySignal<number>;
}) {
  const at = useSignal(minutes.peek());
  const id = session.value?.id;
  if (!id) return null;
  return (
    <section class="card">
      <ForkForm apiKey={apiKey} sessionId={id} at={at} />
    </section>
  );
}
