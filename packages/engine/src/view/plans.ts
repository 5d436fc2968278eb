import { evaluate } from '../conditions.js';
import { COLLECTIONS } from '../model/changes.js';
import type { Ctx } from '../model/context.js';
import type { CountryId } from '../model/ids.js';
import type { State } from '../model/state.js';
import type { Read } from '../util/kept.js';
import { keptPart } from './shared.js';
import type { PlanView } from './types.js';

/** A plan's condition may read any collection, and its time window the time. */
const PLAN_READS: readonly Read[] = [...COLLECTIONS, 'now'];

/**
 * The agreements the case calls for that this country is to sign (case.agreements): whether the
 * case calls for it yet (its `when`), and whether it is signed. Only the plans naming the viewer
 * among their members: another team's plan is its own business.
 */
export function plansOf(ctx: Ctx, state: State, viewer: CountryId): Record<string, PlanView> {
  const plans = ctx.scenario.case.agreements;
  if (Object.keys(plans).length === 0) return NONE;
  return keptPart(ctx, state, `plans:${viewer}`, PLAN_READS, () => {
    const shown: Record<string, PlanView> = {};
    for (const [id, plan] of Object.entries(plans)) {
      if (!plan.members.includes(viewer)) continue;
      const signed = evaluate(ctx, state, { agreementSigned: id }, state.now).truth;
      shown[id] = {
        title: plan.title,
        kind: plan.kind,
        members: [...plan.members],
        lead: plan.lead ?? null,
        offence: plan.offence ?? null,
        proposedBy: plan.proposedBy ?? plan.members[0] ?? viewer,
        calledFor: plan.when === undefined || evaluate(ctx, state, plan.when, state.now).truth.value === true,
        signedAt: signed.value === true ? signed.since : null,
      };
    }
    return shown;
  });
}

const NONE: Record<string, PlanView> = Object.freeze({});
