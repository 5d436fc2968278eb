import { CONDITION_KINDS, type Condition } from '@crossborder/scenario';
import { evaluate } from '../conditions.js';
import type { Ctx } from '../model/context.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { State } from '../model/state.js';
import { LEAVES } from './path-leaves.js';
import { type AnyCondition, type Step, Walk } from './path-walk.js';

export type { Step } from './path-walk.js';

/**
 * The critical path to an objective: walking back from what made it true through how each
 * country came to know each thing (the sources of its knowledge), to what it knew at the start.
 * Through compound conditions: every part of an `all` (the last of them to become true is marked
 * `decisive`: what the objective waited for), the part of an `any` that became true first, both
 * conditions of a time window; a `not` has no path of its own (nothing happened).
 */
export function criticalPath(
  ctx: Ctx,
  state: State,
  condition: Condition,
  by: CountryId | undefined,
): Step[] {
  const walk: Walk = new Walk(ctx, state, (inner, innerBy) => follow(walk, inner, innerBy));
  const decisive = follow(walk, condition, by);
  // A simple condition's last step needs no mark: there was nothing else to wait for.
  const step = decisive === null || isSimple(condition) ? undefined : walk.steps.get(decisive);
  if (step) step.decisive = true;
  // In time; in the same minute, causes first: the walk finds a step before what led to it.
  const found = [...walk.steps.values()];
  const order = new Map(found.map((step, index) => [step, index]));
  return found.sort((a, b) => a.at - b.at || (order.get(b) ?? 0) - (order.get(a) ?? 0));
}

const isSimple = (condition: AnyCondition) =>
  condition.within === undefined && CONDITION_KINDS.some((kind) => condition[kind] !== undefined);

/** When a condition became true, at the end of the run; null if it is not true. */
function since(walk: Walk, condition: AnyCondition): GameTime | null {
  const { truth } = evaluate(walk.ctx, walk.state, condition, walk.state.now);
  return truth.value === true ? truth.since : null;
}

/**
 * Walks a condition's path; returns the key of the step that made it true (null: none, as for a
 * `not`). `by` narrows the simple conditions that do not name their own country.
 */
function follow(walk: Walk, condition: AnyCondition, by: CountryId | undefined): string | null {
  if (condition.within !== undefined && condition.of !== undefined) {
    const { within: _within, of, ...inner } = condition;
    const self = follow(walk, inner, by);
    const start = follow(walk, of, undefined);
    // True from the later of the two: the window's start when the thing came before it.
    const selfAt = since(walk, inner);
    const startAt = since(walk, of);
    return selfAt !== null && startAt !== null && startAt > selfAt ? start : self;
  }
  for (const kind of CONDITION_KINDS) {
    const target = condition[kind];
    if (target !== undefined) return LEAVES[kind](walk, target, condition.by ?? by);
  }
  if (condition.all) {
    // Every part's path; the one that became true last is what the whole waited for.
    let decisive: string | null = null;
    let latest = Number.NEGATIVE_INFINITY;
    for (const part of condition.all) {
      const key = follow(walk, part, by);
      const at = since(walk, part);
      if (at !== null && at >= latest) {
        latest = at;
        decisive = key;
      }
    }
    return decisive;
  }
  if (condition.any) {
    // Only the part that became true first: the others did not make it so.
    let first: AnyCondition | undefined;
    let earliest = Number.POSITIVE_INFINITY;
    for (const part of condition.any) {
      const at = since(walk, part);
      if (at !== null && at < earliest) {
        earliest = at;
        first = part;
      }
    }
    return first === undefined ? null : follow(walk, first, by);
  }
  // not: true because something did not happen; nothing to walk back from.
  return null;
}
