import type { Scenario } from '@crossborder/scenario';
import { advance, catchUp, nextDue } from './advance.js';
import { assess, type Debrief } from './assess/assess.js';
import { decide } from './decide.js';
import { evolve } from './evolve.js';
import type { Changes } from './model/changes.js';
import type { Command } from './model/commands.js';
import { type Ctx, createContext } from './model/context.js';
import type { Decision, Rejection } from './model/decision.js';
import type { Event } from './model/events.js';
import type { Actor, GameTime } from './model/ids.js';
import { initialState } from './model/initial.js';
import type { State } from './model/state.js';
import { createViewStream, type ViewStream } from './view/stream.js';
import type { View, Viewer } from './view/types.js';
import { view, viewBase } from './view/view.js';

export interface ActResult {
  /** Null when the command was accepted. */
  rejection: Rejection | null;
  events: Event[];
}

/** The engine bound to one scenario: the decider's functions with their context filled in. */
export interface Engine {
  ctx: Ctx;
  initialState(): State;
  decide(state: State, actor: Actor, command: Command, now: GameTime): Decision;
  evolve(state: State, event: Event, changes?: Changes): State;
  advance(state: State, now: GameTime): Event[];
  catchUp(state: State, now: GameTime, changes?: Changes): Event[];
  nextDue(state: State): GameTime | undefined;
  view(state: State, viewer: Viewer): View;
  /**
   * The view with its sections empty: what a stream diffs whole. Computed once for all the
   * streams of one viewer and handed to each of their updates.
   */
  viewBase(state: State, viewer: Viewer): View;
  /** A viewer's view kept in step by patches, for one receiver (view/stream.ts). */
  viewStream(viewer: Viewer): ViewStream;
  assess(state: State, events: readonly Event[]): Debrief;
  /** Replays a log from the initial state: the same events always give the same state. */
  replay(events: readonly Event[]): State;
  /**
   * Advances to `now`, decides, and applies what the command causes, including whatever becomes
   * due or true as a result. Every returned event has been applied to `state` (those of time
   * passing are applied even when the command is rejected). Notes changed entities in `changes`.
   */
  act(state: State, actor: Actor, command: Command, now: GameTime, changes?: Changes): ActResult;
}

export function createEngine(scenario: Scenario): Engine {
  const ctx = createContext(scenario);
  return {
    ctx,
    initialState: () => initialState(ctx),
    decide: (state, actor, command, now) => decide(ctx, state, actor, command, now),
    evolve,
    advance: (state, now) => advance(ctx, state, now),
    catchUp: (state, now, changes) => catchUp(ctx, state, now, changes),
    nextDue: (state) => nextDue(ctx, state),
    view: (state, viewer) => view(ctx, state, viewer),
    viewBase: (state, viewer) => viewBase(ctx, state, viewer),
    viewStream: (viewer) => createViewStream(ctx, viewer),
    assess: (state, events) => assess(ctx, state, events),
    replay: (events) => {
      const state = initialState(ctx);
      for (const happened of events) evolve(state, happened);
      return state;
    },
    act: (state, actor, command, now, changes) => {
      const before = catchUp(ctx, state, now, changes);
      const decision = decide(ctx, state, actor, command, now);
      if (!decision.ok) return { rejection: decision.rejection, events: before };
      for (const happened of decision.events) evolve(state, happened, changes);
      const after = catchUp(ctx, state, now, changes);
      return { rejection: null, events: [...before, ...decision.events, ...after] };
    },
  };
}
