import type { ClockState, ServerMessages } from '@crossborder/protocol';
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { t } from '../i18n.js';
import type { ClientState, Connection } from '../state/client.js';
import { dayTime, localTime } from '../time.js';
import { drawOnce } from './mount.js';

/**
 * The chrome every screen shares: the game clock and the connection banner, as components that
 * follow the client's signals (state/client.ts).
 */

interface ClockBarProps {
  clock: ReadonlySignal<ClockState | null>;
  /** The game time in whole minutes (`client.signals.minutes`, state/clock.ts). */
  minutes: ReadonlySignal<number>;
  /** Whose local time is shown: a country's offset, or UTC for the room. */
  utcOffset?: string;
  /** The scenario's start (ISO), from which local time is counted; none, no local time. */
  startsAt?: string;
}

/**
 * The game clock as a team reads it: its local time, the exercise day, running or paused. Time
 * moves in three text nodes and one attribute, written once a game minute and never while the
 * clock is paused; the paragraph itself is drawn again only when the clock starts, stops or
 * changes speed.
 */
export function ClockBar({ clock, minutes, utcOffset = '+00:00', startsAt = '' }: ClockBarProps) {
  const text = useMemo(
    () => ({
      local: computed(() => (startsAt ? localTime(startsAt, minutes.value, utcOffset) : '')),
      day: computed(() => dayTime(minutes.value)),
      at: computed(() => String(minutes.value)),
    }),
    [minutes, startsAt, utcOffset],
  );
  const current = clock.value;
  if (!current) return <p class="clock">{t('ui.clock.unknown')}</p>;
  return (
    <p class="clock" data-clock-running={String(current.running)} data-game-minutes={text.at}>
      <span class="local">{text.local}</span>
      {' · '}
      <span class="day">{text.day}</span>
      {' · '}
      {current.running ? (
        <span class="state running">{`▶ ${t('ui.clock.running', { speed: current.speed })}`}</span>
      ) : (
        <span class="state paused">{`‖ ${t('ui.clock.paused')}`}</span>
      )}
    </p>
  );
}

interface ConnectionBannerProps {
  connection: ReadonlySignal<Connection>;
  notice: ReadonlySignal<ServerMessages['notice'] | null>;
}

/** A banner while the connection is down or the seat is gone, so that nobody types into the void unaware. */
export function ConnectionBanner({ connection, notice }: ConnectionBannerProps) {
  const said = notice.value;
  const state = connection.value;
  if (said?.kind === 'ended')
    return (
      <p class="banner info" role="status">
        {t('ui.banner.ended')}
      </p>
    );
  if (said?.kind === 'shutdown' && state !== 'online')
    return (
      <p class="banner warning" role="alert">
        {t('ui.banner.shutdown')}
      </p>
    );
  if (said?.kind === 'revoked')
    return (
      <p class="banner warning" role="alert" data-notice="revoked">
        {t('ui.banner.revoked', { message: said.message })}
      </p>
    );
  if (said?.kind === 'closed')
    return (
      <p class="banner warning" role="alert" data-notice="closed">
        {t('ui.banner.closed', { message: said.message })}
      </p>
    );
  if (state === 'reconnecting')
    return (
      <p class="banner warning" role="alert" data-connection="reconnecting">
        {`⟳ ${t('ui.banner.reconnecting')}`}
      </p>
    );
  if (state === 'offline')
    return (
      <p class="banner warning" role="alert" data-connection="offline">
        {t('ui.banner.offline')}
      </p>
    );
  return null;
}

/**
 * The clock bar for the screens that still rebuild their header on a timer (observer,
 * instructor, the team screen's header): drawn once from the state, at `now`. Mount
 * `<ClockBar>` instead when a screen moves to components.
 */
export function clockBar(state: ClientState, now: number, utcOffset: string, startsAt: string): Element {
  const drawn = drawOnce(
    <ClockBar
      clock={signal(state.clock)}
      minutes={signal(Math.floor(now))}
      utcOffset={utcOffset}
      startsAt={startsAt}
    />,
  );
  return drawn ?? document.createElement('p');
}

/** The banner for the screens that still rebuild their DOM: drawn once; '' when there is none. */
export function connectionBanner(state: ClientState): Element | string {
  return (
    drawOnce(<ConnectionBanner connection={signal(state.connection)} notice={signal(state.notice)} />) ?? ''
  );
}
