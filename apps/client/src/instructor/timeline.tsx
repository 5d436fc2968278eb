import type { InstructorView } from '@crossborder/engine';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { dayTime } from '../time.js';
import { InjectText } from '../ui/inject-text.js';
import type { Acts, ViewSignal } from './context.js';
import { SpanFields, spanMinutes, useSpanDraft } from './span-fields.js';
import { audienceWords, effectWords, whenWords } from './words.js';

type Inject = InstructorView['injects'][string];
type Words = Pick<InstructorView, 'names' | 'briefing'>;

interface TimelineProps {
  view: ViewSignal;
  /** The game time, whole minutes: where a reschedule lands is said from it. */
  minutes: ReadonlySignal<number>;
  /** The game time at the moment of a click. */
  now: () => number;
  acts: Acts;
}

/** Where an inject stands on the clock: when it fired, else when it is due; one on a condition comes last. */
const placeOf = (inject: Inject): number =>
  inject.status === 'fired' && inject.firedAt !== null
    ? inject.firedAt
    : (inject.at ?? Number.POSITIVE_INFINITY);

/** The injects' ids in the order of the game clock (ties in the order they were written). */
function timelineOrder(injects: InstructorView['injects']): string[] {
  return Object.keys(injects).sort((a, b) => {
    const first = injects[a];
    const second = injects[b];
    return first && second ? placeOf(first) - placeOf(second) : 0;
  });
}

/**
 * The exercise timeline (MSEL): every inject of the session on the game clock, the scenario's
 * own, those written live and the messages sent, earliest first; each with when (a time, or the
 * condition it waits for, in words), its audience by name, its status in words and a symbol, a
 * preview of its message exactly as the teams will read it, and the acts its status allows:
 * fire now, hold, release, cancel, reschedule (days, hours and minutes from now, as "Advance by").
 * A keyed row per inject: an update changes the rows whose injects changed.
 */
export function ExerciseTimeline({ view, minutes, now, acts }: TimelineProps) {
  const injects = useComputed(() => view.value.injects);
  const order = useComputed(() => timelineOrder(injects.value));
  // What names say (countries, evidence...): fixed for a session, so the rows follow only their inject.
  const names = useComputed(() => view.value.names);
  const briefing = useComputed(() => view.value.briefing);
  const words = { names: names.value, briefing: briefing.value };
  return (
    <section class="card msel" aria-labelledby="msel-title">
      <h2 id="msel-title">{t('ui.timeline.title')}</h2>
      <p class="hint">{t('ui.timeline.hint')}</p>
      {order.value.length === 0 ? <p>{t('ui.timeline.empty')}</p> : null}
      <table aria-labelledby="msel-title">
        <thead>
          <tr>
            <th scope="col">{t('ui.timeline.when')}</th>
            <th scope="col">{t('ui.timeline.inject')}</th>
            <th scope="col">{t('ui.timeline.audience')}</th>
            <th scope="col">{t('ui.timeline.status')}</th>
            <th scope="col">{t('ui.timeline.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {order.value.map((id) => {
            const inject = injects.value[id];
            return inject ? (
              <TimelineRow
                key={id}
                id={id}
                inject={inject}
                words={words}
                minutes={minutes}
                now={now}
                acts={acts}
              />
            ) : null;
          })}
        </tbody>
      </table>
    </section>
  );
}

interface RowProps {
  id: string;
  inject: Inject;
  words: Words;
  minutes: ReadonlySignal<number>;
  now: () => number;
  acts: Acts;
}

const ORIGIN = {
  scenario: 'ui.timeline.origin-scenario',
  inject: 'ui.timeline.origin-inject',
  message: 'ui.timeline.origin-message',
} as const;

const STATUS = {
  pending: 'ui.timeline.pending',
  held: 'ui.timeline.held',
  fired: 'ui.timeline.fired',
  cancelled: 'ui.timeline.cancelled',
} as const;

function TimelineRow({ id, inject, words, minutes, now, acts }: RowProps) {
  const { status, origin } = inject;
  const waiting = status === 'pending' || status === 'held';
  const kind = origin === 'message' ? 'message' : 'news';
  const title = kind === 'message' ? t('ui.message.from-instructor') : inject.inject.title;
  const whenText = whenWords(words, inject);
  const effects = effectWords(words, inject.inject.effects ?? []);
  const act = (type: 'fireInject' | 'holdInject' | 'releaseInject' | 'cancelInject') =>
    acts.command({ type, injectId: id });
  return (
    <tr data-inject={id} data-inject-status={status} data-origin={origin}>
      <td data-when>{whenText}</td>
      <th scope="row">
        <span class="inject-title">{title}</span>
        <span class="hint">{` (${t(ORIGIN[origin])})`}</span>
        <details class="preview">
          <summary>{t('ui.timeline.preview')}</summary>
          <p class="inject-preview">
            <InjectText
              inject={{ title: inject.inject.title, message: inject.inject.message, kind }}
              at={whenText}
            />
          </p>
          {effects ? <p class="hint">{t('ui.timeline.effects', { effects })}</p> : null}
        </details>
      </th>
      <td>{audienceWords(words, inject.inject.audience ?? 'all')}</td>
      <td data-inject-status={status}>{t(STATUS[status as keyof typeof STATUS] ?? STATUS.pending)}</td>
      <td>
        <div class="buttons">
          {waiting ? (
            <button type="button" data-action="fire" onClick={() => act('fireInject')}>
              {t('ui.console.fire')}
            </button>
          ) : null}
          {status === 'pending' ? (
            <button type="button" data-action="hold" onClick={() => act('holdInject')}>
              {t('ui.console.hold')}
            </button>
          ) : null}
          {status === 'held' ? (
            <button type="button" data-action="release" onClick={() => act('releaseInject')}>
              {t('ui.console.release')}
            </button>
          ) : null}
          {waiting ? (
            <button type="button" data-action="cancel" onClick={() => act('cancelInject')}>
              {t('ui.console.cancel')}
            </button>
          ) : null}
        </div>
        {waiting ? <Reschedule id={id} title={title} minutes={minutes} now={now} acts={acts} /> : null}
      </td>
    </tr>
  );
}

interface RescheduleProps {
  id: string;
  title: string;
  minutes: ReadonlySignal<number>;
  now: () => number;
  acts: Acts;
}

/**
 * "Reschedule", a disclosure: fire the inject so long from now (a held one is released). Its
 * fields are drawn only while it is open, so a closed one follows no clock.
 */
function Reschedule({ id, title, minutes, now, acts }: RescheduleProps) {
  const open = useSignal(false);
  return (
    <details
      class="reschedule"
      onToggle={(event) => {
        open.value = event.currentTarget.open;
      }}
    >
      <summary>{t('ui.timeline.reschedule')}</summary>
      {open.value ? <RescheduleForm id={id} title={title} minutes={minutes} now={now} acts={acts} /> : null}
    </details>
  );
}

function RescheduleForm({ id, title, minutes, now, acts }: RescheduleProps) {
  const draft = useSpanDraft(60);
  const readout = useComputed(() => {
    const span = spanMinutes(draft);
    return span === null
      ? t('ui.span.invalid')
      : t('ui.span.fires-at', { when: dayTime(minutes.value + span) });
  });
  return (
    <form
      class="schedule"
      data-form={`schedule-${id}`}
      onSubmit={(event) => {
        event.preventDefault();
        const span = spanMinutes(draft);
        if (span !== null)
          acts.command({ type: 'scheduleInject', injectId: id, at: Math.round(now() + span) });
      }}
    >
      <SpanFields
        id={`schedule-${id}`}
        legend={t('ui.timeline.reschedule-in', { title })}
        draft={draft}
        readout={readout}
      />
      <button type="submit" data-action="schedule">
        {t('ui.timeline.reschedule')}
      </button>
    </form>
  );
}
