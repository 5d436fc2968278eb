import type { ClockState } from '@crossborder/protocol';
import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import { gameNow } from '../time.js';

/** Where the game clock comes from: the server's last reading and how far its wall clock is from ours. */
export interface ClockSource {
  readonly clock: ReadonlySignal<ClockState | null>;
  readonly serverOffset: ReadonlySignal<number>;
}

const MINUTE_MS = 60_000;

/**
 * The game time in whole minutes, as a signal: the clock every screen shows. It changes once per
 * game minute while the clock runs (at speed 60, once a wall second) and not at all while it is
 * paused: a paused clock sets no timer. A new reading from the server (start, pause, advance)
 * sets it at once. Its one timer runs only while something shows the time (the signal is
 * watched), so a screen that unmounts stops it without being told.
 *
 * Text made from it (`useComputed(() => span(deadline - minutes.value))`) is recomputed each
 * minute, and its text node is written only when the text changes: "in 2d 4h" once an hour.
 */
export function gameMinutes(
  source: ClockSource,
  wallNow: () => number = () => Date.now(),
): ReadonlySignal<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unfollow: (() => void) | undefined;
  const reading = (): number | null => {
    const clock = source.clock.peek();
    return clock ? gameNow(clock, wallNow(), source.serverOffset.peek()) : null;
  };
  const minutes = signal(Math.floor(reading() ?? 0), {
    watched: () => {
      // Every new reading from the server: show it, and plan the next minute from it.
      unfollow = effect(() => {
        source.clock.value;
        source.serverOffset.value;
        tick();
      });
    },
    unwatched: () => {
      unfollow?.();
      unfollow = undefined;
      clearTimeout(timer);
      timer = undefined;
    },
  });

  function tick(): void {
    clearTimeout(timer);
    timer = undefined;
    const now = reading();
    minutes.value = Math.floor(now ?? 0);
    const clock = source.clock.peek();
    if (now === null || !clock?.running || clock.speed <= 0) return;
    // Wake at the next whole game minute (and a millisecond after, so that it has surely come).
    const wait = ((Math.floor(now) + 1 - now) / clock.speed) * MINUTE_MS;
    timer = setTimeout(tick, Math.ceil(wait) + 1);
  }

  return computed(() => minutes.value);
}
