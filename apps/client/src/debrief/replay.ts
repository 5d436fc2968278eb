import { cloneState, type Engine, type Event, type State, type View, type Viewer } from '@crossborder/engine';

/**
 * Replay: the state at any game time, rebuilt from the session's log by the engine, and the view
 * any seat had of it. A country's replayed view is exactly what that country saw then (the same
 * function made it), so secrets stay secret. Moving forward continues from the last point;
 * moving back starts again from the nearest checkpoint.
 */
const CHECKPOINT_EVERY = 500;

export class Replay {
  private readonly checkpoints: { index: number; state: State }[];
  private current: { index: number; state: State };

  constructor(
    private readonly engine: Engine,
    private readonly events: readonly Event[],
  ) {
    const state = engine.initialState();
    this.checkpoints = [{ index: 0, state: cloneState(state) }];
    events.forEach((event, index) => {
      engine.evolve(state, event);
      if ((index + 1) % CHECKPOINT_EVERY === 0)
        this.checkpoints.push({ index: index + 1, state: cloneState(state) });
    });
    this.current = { index: 0, state: engine.initialState() };
  }

  /** The game time of the last event. */
  get end(): number {
    return this.events.at(-1)?.at ?? 0;
  }

  /** How many events had happened by game time `at` (inclusive). */
  countAt(at: number): number {
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.events[middle]?.at ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  stateAt(at: number): State {
    const target = this.countAt(at);
    if (target < this.current.index) {
      const checkpoint =
        [...this.checkpoints].reverse().find((point) => point.index <= target) ?? this.checkpoints[0];
      this.current = {
        index: checkpoint?.index ?? 0,
        state: cloneState(checkpoint?.state ?? this.engine.initialState()),
      };
    }
    while (this.current.index < target) {
      const event = this.events[this.current.index];
      if (event) this.engine.evolve(this.current.state, event);
      this.current.index += 1;
    }
    return this.current.state;
  }

  viewAt(at: number, viewer: Viewer): View {
    return this.engine.view(this.stateAt(at), viewer);
  }
}
