import type { ClockState } from '@crossborder/protocol';

/**
 * Maps wall time to game time. Realtime: game minutes run at `speed` per wall minute while
 * running. Rounds: time moves only when the instructor advances it. One anchor (game, wall)
 * is all it keeps, so pauses and speed changes are exact and need no timer of their own.
 */
export class Clock {
  constructor(private current: ClockState) {}

  static initial(mode: 'realtime' | 'rounds', speed: number, roundLength: number, wall: number): Clock {
    return new Clock({ mode, running: false, speed, game: 0, wall, roundLength });
  }

  /**
   * A new session's clock, as its scenario sets it: paused until the instructor starts it (the
   * default: teams read their briefing first), or, with `startPaused: false`, a realtime clock
   * already running from `wall`.
   */
  static forSession(
    session: { clock: 'realtime' | 'rounds'; speed: number; roundLength: number; startPaused: boolean },
    wall: number,
  ): Clock {
    const clock = Clock.initial(session.clock, session.speed, session.roundLength, wall);
    if (!session.startPaused && session.clock === 'realtime') clock.start(wall);
    return clock;
  }

  /** Game time (whole minutes) at a wall time. */
  now(wall: number): number {
    const { running, mode, game, speed } = this.current;
    if (!running || mode === 'rounds') return game;
    return game + Math.floor(((wall - this.current.wall) * speed) / 60_000);
  }

  /** The wall time at which the game reaches `game` (Infinity when the clock is stopped). */
  wallAt(game: number, wall: number): number {
    const { running, mode, speed } = this.current;
    const now = this.now(wall);
    if (game <= now) return wall;
    if (!running || mode === 'rounds') return Number.POSITIVE_INFINITY;
    return this.current.wall + Math.ceil(((game - this.current.game) * 60_000) / speed);
  }

  start(wall: number): void {
    this.current = { ...this.current, game: this.now(wall), wall, running: true };
  }

  pause(wall: number): void {
    this.current = { ...this.current, game: this.now(wall), wall, running: false };
  }

  setSpeed(speed: number, wall: number): void {
    this.current = { ...this.current, game: this.now(wall), wall, speed };
  }

  /** Moves game time forward (rounds mode, or the instructor skipping ahead). */
  advance(minutes: number, wall: number): void {
    this.current = { ...this.current, game: this.now(wall) + minutes, wall };
  }

  /** Never behind the last thing that happened (a restart may find events later than the anchor). */
  catchUpTo(game: number, wall: number): void {
    if (this.now(wall) < game) this.current = { ...this.current, game, wall };
  }

  state(wall: number): ClockState {
    return { ...this.current, game: this.now(wall), wall };
  }
}
