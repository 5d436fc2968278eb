import type { LiveInject } from '@crossborder/scenario';
import { type CommandOf, LIMITS } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid } from '../model/decision.js';
import type { Event } from '../model/events.js';
import { type GameTime, ID_PREFIX } from '../model/ids.js';
import type { State, WrittenInject } from '../model/state.js';
import { fireInject } from './injects.js';
import { event, Ids, isCountry } from './tools.js';

/**
 * An inject the instructor writes during play. Its shape was checked at the door by the scenario
 * format's own schema (`LiveInject`); here, what only the session knows: that its audience and
 * every effect name things this scenario has, and that its time is not past. Without a time it
 * fires now, in the same command, like an inject fired from the timeline.
 */
export function decideWriteInject(
  ctx: Ctx,
  state: State,
  command: CommandOf<'writeInject'>,
  now: GameTime,
): Decision {
  if (command.at !== undefined && command.at < now) return invalid('inject.time-past', {});
  const problem = unknownReference(ctx, command.inject);
  if (problem) return problem;
  return written(ctx, state, { kind: 'inject', inject: command.inject }, command.at ?? now, now);
}

/**
 * Words from the instructor to one team, several or all. A message is delivered as an inject of
 * its own kind (no title, no effects, fired now): it reaches exactly its audience's views, the
 * notices and the log as news does, and the debrief's timeline, without a second way of doing so.
 */
export function decideSendMessage(
  ctx: Ctx,
  state: State,
  command: CommandOf<'sendMessage'>,
  now: GameTime,
): Decision {
  const audience = command.to === 'all' ? 'all' : [...new Set(command.to)];
  const inject: LiveInject = { title: '', message: command.text, audience, effects: [] };
  const problem = unknownReference(ctx, inject);
  if (problem) return problem;
  return written(ctx, state, { kind: 'message', inject }, now, now);
}

function written(ctx: Ctx, state: State, written: WrittenInject, at: GameTime, now: GameTime): Decision {
  const count = Object.values(state.injects).filter((inject) => inject.written).length;
  if (count >= LIMITS.liveInjects) return invalid('inject.live-full', { max: LIMITS.liveInjects });
  // A scenario may have named one of its own injects like a live one: take the next free id.
  const ids = new Ids(state);
  let injectId = ids.take(ID_PREFIX.liveInject);
  while (ctx.scenario.injects[injectId] || state.injects[injectId]) injectId = ids.take(ID_PREFIX.liveInject);
  const events: Event[] = [event('InjectWritten', now, [], { injectId, written, scheduledAt: at })];
  if (at <= now) events.push(...fireInject(ctx, state, injectId, now, written.inject));
  return accept(events);
}

/** The first name in the inject that this scenario does not declare, as a rejection that says where. */
function unknownReference(ctx: Ctx, inject: LiveInject): Decision | null {
  if (inject.audience !== 'all') {
    const country = inject.audience.find((id) => !isCountry(ctx, id));
    if (country !== undefined) return invalid('unknown.country', { country });
  }
  const { facts, evidence, suspects, assets, providers } = ctx.scenario.case;
  for (const [index, effect] of inject.effects.entries()) {
    const checks: [string, string | undefined, Record<string, unknown>][] = [
      ['revealFact', effect.revealFact, facts],
      ['revealEvidence', effect.revealEvidence, evidence],
      ['deleteEvidence', effect.deleteEvidence, evidence],
      ['moveSuspect.suspect', effect.moveSuspect?.suspect, suspects],
      ['moveSuspect.to', effect.moveSuspect?.to, ctx.scenario.countries],
      ['moveAsset.asset', effect.moveAsset?.asset, assets],
      ['moveAsset.to', effect.moveAsset?.to, providers],
    ];
    for (const [field, id, known] of checks) {
      if (id !== undefined && !Object.hasOwn(known, id))
        return invalid('inject.unknown-reference', { effect: index + 1, field, id });
    }
  }
  return null;
}
