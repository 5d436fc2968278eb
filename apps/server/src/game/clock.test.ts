import { describe, expect, it } from 'vitest';
import { Clock } from './clock.js';

const MINUTE = 60_000;

describe('the game clock', () => {
  it('runs at its speed only while running, exactly across pauses and speed changes', () => {
    const clock = Clock.initial('realtime', 480, 1440, 0);
    expect(clock.now(10 * MINUTE)).toBe(0);
    clock.start(10 * MINUTE);
    expect(clock.now(11 * MINUTE)).toBe(480);
    clock.pause(12 * MINUTE);
    expect(clock.now(60 * MINUTE)).toBe(960);
    clock.start(60 * MINUTE);
    clock.setSpeed(60, 61 * MINUTE);
    expect(clock.now(62 * MINUTE)).toBe(960 + 480 + 60);
  });

  it('says when a game time will be reached, and never for a stopped clock', () => {
    const clock = Clock.initial('realtime', 480, 1440, 0);
    expect(clock.wallAt(480, 0)).toBe(Number.POSITIVE_INFINITY);
    clock.start(0);
    expect(clock.wallAt(480, 0)).toBe(MINUTE);
    expect(clock.wallAt(0, 5 * MINUTE)).toBe(5 * MINUTE);
  });

  it('in rounds mode moves only when advanced', () => {
    const clock = Clock.initial('rounds', 480, 1440, 0);
    clock.start(0);
    expect(clock.now(10 * MINUTE)).toBe(0);
    clock.advance(1440, 10 * MINUTE);
    expect(clock.now(20 * MINUTE)).toBe(1440);
  });

  it('catches up to the last event after a restart', () => {
    const clock = new Clock({
      mode: 'realtime',
      running: false,
      speed: 480,
      game: 100,
      wall: 0,
      roundLength: 1440,
    });
    clock.catchUpTo(250, 5);
    expect(clock.now(99)).toBe(250);
    clock.catchUpTo(10, 6);
    expect(clock.now(99)).toBe(250);
  });

  it('starts a new session paused unless its scenario says startPaused: false', () => {
    const session = { clock: 'realtime' as const, speed: 480, roundLength: 1440 };
    const paused = Clock.forSession({ ...session, startPaused: true }, 0);
    expect(paused.now(10 * MINUTE)).toBe(0);
    expect(paused.state(10 * MINUTE).running).toBe(false);
    const running = Clock.forSession({ ...session, startPaused: false }, 0);
    expect(running.now(10 * MINUTE)).toBe(4800);
    // A rounds clock never runs by itself, whatever the setting.
    const rounds = Clock.forSession({ ...session, clock: 'rounds', startPaused: false }, 0);
    expect(rounds.now(10 * MINUTE)).toBe(0);
  });
});
