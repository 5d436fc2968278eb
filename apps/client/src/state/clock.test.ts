import type { ClockState } from '@crossborder/protocol';
import { effect, signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gameMinutes } from './clock.js';

const WALL = Date.UTC(2026, 0, 5, 9, 0, 0);
const clockAt = (game: number, running: boolean, speed = 60): ClockState => ({
  mode: 'realtime',
  running,
  speed,
  game,
  wall: Date.now(),
  roundLength: 60,
});

/** Every value the clock shows while something watches it (as a mounted clock bar does). */
function watch(minutes: { value: number }): { seen: number[]; stop: () => void } {
  const seen: number[] = [];
  const stop = effect(() => {
    seen.push(minutes.value);
  });
  return { seen, stop };
}

describe('the game clock (whole minutes)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(WALL);
  });
  afterEach(() => vi.useRealTimers());

  it('moves once per game minute while running, whatever the speed', () => {
    const clock = signal<ClockState | null>(clockAt(90.5, true, 60)); // a game minute a second
    const minutes = gameMinutes({ clock, serverOffset: signal(0) });
    const { seen, stop } = watch(minutes);
    expect(seen).toEqual([90]);
    vi.advanceTimersByTime(400);
    expect(seen).toEqual([90]);
    vi.advanceTimersByTime(600);
    expect(seen).toEqual([90, 91]);
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101]);
    stop();

    const slow = gameMinutes({
      clock: signal<ClockState | null>(clockAt(0, true, 1)),
      serverOffset: signal(0),
    });
    const real = watch(slow);
    vi.advanceTimersByTime(59_000);
    expect(real.seen).toEqual([0]);
    vi.advanceTimersByTime(61_010); // a timer fires a millisecond or two after the minute has come
    expect(real.seen).toEqual([0, 1, 2]);
    real.stop();
  });

  it('does not move, and sets no timer, while paused', () => {
    const clock = signal<ClockState | null>(clockAt(300, false));
    const { seen, stop } = watch(gameMinutes({ clock, serverOffset: signal(0) }));
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3_600_000);
    expect(seen).toEqual([300]);
    stop();
  });

  it('follows each reading from the server at once: started, paused, advanced', () => {
    const clock = signal<ClockState | null>(clockAt(10, false));
    const { seen, stop } = watch(gameMinutes({ clock, serverOffset: signal(0) }));
    clock.value = clockAt(10, true);
    vi.advanceTimersByTime(2_010);
    expect(seen).toEqual([10, 11, 12]);
    clock.value = clockAt(12.5, false);
    expect(vi.getTimerCount()).toBe(0);
    clock.value = clockAt(72, false); // the instructor advanced an hour
    expect(seen).toEqual([10, 11, 12, 72]);
    stop();
  });

  it("reckons from the server's clock, not the browser's", () => {
    const clock = signal<ClockState | null>({ ...clockAt(0, true, 60), wall: WALL + 120_000 });
    // The server's wall clock is two minutes ahead: its reading was taken "now".
    const minutes = gameMinutes({ clock, serverOffset: signal(120_000) });
    expect(watch(minutes).seen).toEqual([0]);
    vi.advanceTimersByTime(5_010);
    expect(minutes.value).toBe(5);
  });

  it('runs its timer only while something shows the time', () => {
    const clock = signal<ClockState | null>(clockAt(0, true));
    const minutes = gameMinutes({ clock, serverOffset: signal(0) });
    expect(vi.getTimerCount()).toBe(0);
    const { stop } = watch(minutes);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows minute 0 until the first reading', () => {
    const clock = signal<ClockState | null>(null);
    const minutes = gameMinutes({ clock, serverOffset: signal(0) });
    const { seen, stop } = watch(minutes);
    expect(seen).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
});
