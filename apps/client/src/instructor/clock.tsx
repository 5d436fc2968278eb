import type { ClockState } from '@crossborder/protocol';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { span } from '../time.js';
import { Field } from '../ui/parts.js';
import type { Acts } from './context.js';

/** The speeds offered (game minutes per real minute); the scenario's own is added if it is not one. */
const SPEEDS = [60, 240, 480, 960, 1440, 2880];
/** The most one advance may jump (the server's limit: 90 days). */
const MOST_MINUTES = 90 * 24 * 60;

/**
 * The clock's controls: start and pause, the speed, and "Advance by" a number of game minutes
 * (one round in rounds mode). It follows the clock's readings only, never the game time: what
 * the instructor typed or chose is kept in signals bound to the fields, and a field being typed
 * in keeps its value, caret and selection through every update.
 */
export function ClockControls({ clock, acts }: { clock: ReadonlySignal<ClockState | null>; acts: Acts }) {
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
      <Advance clock={clock} acts={acts} />
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
 * "Advance by (game minutes)": a number field (whole minutes, at least one), its span in days and
 * hours beside it, and the button that jumps. Until the instructor types, it offers one round.
 */
function Advance({ clock, acts }: { clock: ReadonlySignal<ClockState | null>; acts: Acts }) {
  const typed = useSignal<string | null>(null);
  const value = useComputed(() => typed.value ?? String(clock.value?.roundLength ?? 60));
  const minutes = useComputed(() => {
    const number = Number(value.value);
    return value.value.trim() !== '' && Number.isInteger(number) && number >= 1 ? number : null;
  });
  const spanText = useComputed(() =>
    minutes.value === null ? '' : t('ui.console.advance-span', { span: span(minutes.value) }),
  );
  return (
    <form
      class="inline"
      data-form="advance"
      onSubmit={(event) => {
        event.preventDefault();
        acts.control({
          action: 'advance',
          minutes: Math.min(MOST_MINUTES, Math.max(1, Math.round(Number(value.value) || 60))),
        });
      }}
    >
      <Field label={t('ui.console.advance-minutes')} hint={t('ui.console.advance-hint')} id="console-advance">
        {(control) => (
          <span class="with-unit">
            <input
              {...control}
              aria-describedby={`${control['aria-describedby'] ?? ''} ${control.id}-span`.trim()}
              type="number"
              name="advance"
              min={1}
              max={MOST_MINUTES}
              step={1}
              required
              value={value}
              onInput={(event) => {
                // While what is typed is not yet a number ("1e"), the field reads empty: leave it be.
                if (!event.currentTarget.validity.badInput) typed.value = event.currentTarget.value;
              }}
            />
            <span class="unit" id={`${control.id}-span`}>
              {spanText}
            </span>
          </span>
        )}
      </Field>
      <button type="submit" data-control="advance">
        {t('ui.console.advance')}
      </button>
    </form>
  );
}
