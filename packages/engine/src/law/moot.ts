import type { DecisionKind } from '@crossborder/scenario';
import type { Ctx } from '../model/context.js';
import { type Decision, invalid } from '../model/decision.js';
import { isGiven } from './contents.js';

/**
 * Moot mode: a session played in rounds whose rubric asks for written reasoning on some kinds of
 * decision (a jurisdiction claim, a refusal...). Such a decision then needs its reasoning, for
 * the jury to score; elsewhere reasoning is welcome but optional.
 */
export function isMoot(ctx: Ctx): boolean {
  return (
    ctx.scenario.session.clock === 'rounds' &&
    Object.values(ctx.scenario.rubric).some((criterion) => criterion.decisions.length > 0)
  );
}

/** The decisions that need written reasoning in this session (none outside moot mode), for the teams' forms. */
export function reasonedDecisions(ctx: Ctx): DecisionKind[] {
  if (ctx.scenario.session.clock !== 'rounds') return [];
  const named = new Set(Object.values(ctx.scenario.rubric).flatMap((criterion) => criterion.decisions));
  return [...named].sort();
}

export function needsReasoning(ctx: Ctx, decision: DecisionKind): boolean {
  if (ctx.scenario.session.clock !== 'rounds') return false;
  return Object.values(ctx.scenario.rubric).some((criterion) => criterion.decisions.includes(decision));
}

/** A rejection when moot mode asks for reasoning and the text given is not a statement. */
export function reasoningMissing(
  ctx: Ctx,
  decision: DecisionKind,
  text: string | undefined,
): Decision | null {
  if (!needsReasoning(ctx, decision) || isGiven(text)) return null;
  return invalid('moot.reasoning-required', { decision });
}
