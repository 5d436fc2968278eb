import type { Condition } from '@crossborder/scenario';
import { conditionHolds, readsOf } from '../conditions.js';
import { fulfils } from '../law/agreements.js';
import type { Ctx } from '../model/context.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { State } from '../model/state.js';
import type { Read } from '../util/kept.js';
import { derived, keptPart } from './shared.js';
import type { PlanView } from './types.js';

/** What the plans read: the agreements (signed or not), and what each plan's `when` reads. */
function planReads(ctx: Ctx): readonly Read[] {
  return derived(ctx, 'plan-reads', () => {
    const reads = new Set<Read>(['agreements']);
    for (const plan of Object.values(ctx.scenario.case.agreements))
      if (plan.when) for (const read of readsOf(plan.when)) reads.add(read);
    return [...reads];
  });
}

/**
 * The agreements the case calls for that this country is to sign (case.agreements): whether the
 * case calls for it yet (its `when`), and whether it is signed. Only the plans naming the viewer
 * among their members: another team's plan is its own business.
 */
export function plansOf(ctx: Ctx, state: State, viewer: CountryId): Record<string, PlanView> {
  const plans = ctx.scenario.case.agreements;
  if (Object.keys(plans).length === 0) return NONE;
  return keptPart(ctx, state, `plans:${viewer}`, planReads(ctx), () => {
    const shown: Record<string, PlanView> = {};
    for (const [id, plan] of Object.entries(plans)) {
      if (!plan.members.includes(viewer)) continue;
      shown[id] = {
        title: plan.title,
        kind: plan.kind,
        members: [...plan.members],
        lead: plan.lead ?? null,
        offence: plan.offence ?? null,
        proposedBy: plan.proposedBy ?? plan.members[0] ?? viewer,
        calledFor:
          plan.when === undefined || conditionHolds(ctx, state, plan.when, timeFor(state, plan.when)),
        signedAt: signedAt(state, plan),
      };
    }
    return shown;
  });
}

/**
 * The time a plan's condition is evaluated at: the state's, for a condition with a time window;
 * any other is the same at every time, so it does not read the time (and is not rebuilt as it passes).
 */
function timeFor(state: State, when: Condition): GameTime {
  return readsOf(when).includes('now') ? state.now : 0;
}

/** When the first agreement fulfilling the plan was concluded (as `agreementSigned` counts it). */
function signedAt(state: State, plan: Parameters<typeof fulfils>[0]): GameTime | null {
  let first: GameTime | null = null;
  for (const agreement of Object.values(state.agreements))
    if (agreement.concludedAt !== null && fulfils(plan, agreement))
      first = first === null ? agreement.concludedAt : Math.min(first, agreement.concludedAt);
  return first;
}

const NONE: Record<string, PlanView> = Object.freeze({});
