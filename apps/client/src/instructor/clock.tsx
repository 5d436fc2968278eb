import type { ClockState } from '@crossborder/protocol';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { dayTime } from '../time.js';
import { Field } from '../ui/parts.js';
import type { Acts } from './context.js';
import { SpanFields, spanMinutes, useSpanDraft } from './span-fields.js';

/** The speeds offered (game minutes per real minute); the scenario's own is added if it is not one. */
const SPEEDS = [60, 240, 480, 960, 1440, 2880];
/** The most one advance may jump (the server's limit: 90 days). */
const MOST_MINUTES = 90 * 24 * 60;

/**
 * The clock's controls: start and pause, the speed, and "Advance by" a span of game time in days,
 * hours and minutes (one round in rounds mode). It follows the clock's readings only, never the game time: what
 * the instructor typed or chose is kept in signals bound to the fields, and a field being typed
 * in keeps its value, caret and selection through every update.
 */
export function ClockControls({
  clock,
  minutes,
  acts,
}: {
  clock: ReadonlySignal<ClockState | null>;
  /** The game time in whole minutes; without it (a test of the buttons alone), the clock's last reading. */
  minutes?: ReadonlySignal<number>;
  acts: Acts;
}) {
  const fallback = useComputed(() => Math.floor(clock.value?.game ?? 0));
  return (
    <section class="card clock-controls" aria-labelledby="clock-title">
      <h2 id="clock-title">{t('ui.console.clock')}</h2>
      <Running clock={clock} />
      <div class="buttons">
        <button type="button" data-control="start" onClick={() => acts.control({ action: 'start' })}>
          {t('ui.console.start')}
        </button>
        <button type="button" data-control="pause" onClick={() => acts.control({ action: 'pause' })}>
          {t('ui.console.pause')}
        </button>
      </div>
      <Speed clock={clock} acts={acts} />
      <Advance clock={clock} minutes={minutes ?? fallback} acts={acts} />
    </section>
  );
}

/** Running or paused, in words and a symbol. */
function Running({ clock }: { clock: ReadonlySignal<ClockState | null> }) {
  const text = useComputed(() => {
    const current = clock.value;
    return current?.running
      ? `▶ ${t('ui.clock.running', { speed: current.speed })}`
      : `‖ ${t('ui.clock.paused')}`;
  });
  return <p data-clock-state>{text}</p>;
}

function Speed({ clock, acts }: { clock: ReadonlySignal<ClockState | null>; acts: Acts }) {
  /** What the instructor chose; until then, the clock's own speed. */
  const chosen = useSignal<string | null>(null);
  const current = useComputed(() => String(clock.value?.speed ?? 60));
  const speeds = useComputed(() => {
    const own = clock.value?.speed;
    return own === undefined || SPEEDS.includes(own) ? SPEEDS : [...SPEEDS, own].sort((a, b) => a - b);
  });
  const value = useComputed(() => chosen.value ?? current.value);
  return (
    <form
      class="inline"
      data-form="speed"
      onSubmit={(event) => {
        event.preventDefault();
        acts.control({ action: 'speed', speed: Number(value.value) });
      }}
    >
      <Field label={t('ui.console.speed')} id="console-speed">
        {(control) => (
          <select
            {...control}
            name="speed"
            value={value}
            onChange={(event) => {
              chosen.value = event.currentTarget.value;
            }}
          >
            {speeds.value.map((speed) => (
              <option key={speed} value={String(speed)}>
                {t('ui.console.speed-option', { speed })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" data-control="speed">
        {t('ui.console.set-speed')}
      </button>
    </form>
  );
}

/**
 * "Advance by": days, hours and minutes (the console's one way of saying a span of game time, as
 * an inject's reschedule), the game time it lands on beside them, and the button that jumps. Until
 * the instructor types, it offers one round.
 */
function Advance({ clock, minutes, acts }: AdvanceProps) {
  const draft = useSpanDraft(clock.peek()?.roundLength ?? 60);
  const readout = useComputed(() => {
    const span = spanMinutes(draft);
    return span === null || span < 1
      ? t('ui.span.invalid')
      : t('ui.span.lands-at', { when: dayTime(minutes.value + span) });
  });
  return (
    <form
      class="inline"
      data-form="advance"
      onSubmit={(event) => {
        event.preventDefault();
        const span = spanMinutes(draft);
        // Nothing to jump (all zero, or not whole numbers): the readout already says why.
        if (span === null || span < 1) return;
        acts.control({ action: 'advance', minutes: Math.min(MOST_MINUTES, span) });
      }}
    >
      <SpanFields id="console-advance" legend={t('ui.span.legend-advance')} draft={draft} readout={readout} />
      <p class="hint">{t('ui.console.advance-hint')}</p>
      <button type="submit" data-control="advance">
        {t('ui.console.advance')}
      </button>
    </form>
  );
}

interface AdvanceProps {
  clock: ReadonlySignal<ClockState | null>;
  /** The game time, whole minutes: where the jump lands is said from it. */
  minutes: ReadonlySignal<number>;
  acts: Acts;
}
