import type { Inject, LiveInject } from '@crossborder/scenario';
import type { Ctx } from './context.js';
import type { InjectId } from './ids.js';
import type { State, WrittenInject } from './state.js';

/** Where an inject comes from: the scenario's timeline, the instructor's pen, or words to the teams. */
export type InjectOrigin = 'scenario' | WrittenInject['kind'];

/**
 * What an inject says and does, wherever it was written: the scenario's injects are in the
 * scenario, those written live in the state (an inject id is never both: live ids are taken free).
 */
export function injectOf(
  ctx: Ctx,
  state: Pick<State, 'injects'>,
  id: InjectId,
): Inject | LiveInject | undefined {
  return ctx.scenario.injects[id] ?? state.injects[id]?.written?.inject;
}

export function originOf(state: Pick<State, 'injects'>, id: InjectId): InjectOrigin {
  return state.injects[id]?.written?.kind ?? 'scenario';
}
