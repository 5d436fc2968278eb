import type { Inject, LiveInject } from '@crossborder/scenario';
import type { Ctx } from '../model/context.js';
import type { Event } from '../model/events.js';
import type { GameTime, InjectId } from '../model/ids.js';
import { injectOf } from '../model/injects.js';
import type { State } from '../model/state.js';
import { learnFact, type Told } from './reveal.js';
import { event } from './tools.js';

/**
 * The events an inject causes when it fires: the notice to its audience, then its effects. An
 * inject written live and fired in the same command is not in the state yet: it is passed.
 */
export function fireInject(
  ctx: Ctx,
  state: State,
  injectId: InjectId,
  at: GameTime,
  inject: Inject | LiveInject | undefined = injectOf(ctx, state, injectId),
): Event[] {
  if (!inject) return [];
  const audience = inject.audience === 'all' ? [...ctx.countries] : inject.audience;
  const source = { kind: 'inject', inject: injectId } as const;
  const events: Event[] = [event('InjectFired', at, audience, { injectId })];
  // What this inject has told each country already (two facts may name one suspect).
  const told = new Map(audience.map((country): [string, Told] => [country, new Set()]));
  for (const effect of inject.effects) {
    if (effect.revealFact) {
      for (const country of audience) {
        events.push(...learnFact(ctx, state, effect.revealFact, country, at, source, told.get(country)));
      }
    }
    if (effect.revealEvidence) {
      for (const country of audience) {
        if (!state.evidence[effect.revealEvidence]?.knownBy[country]) {
          events.push(
            event('EvidenceDiscovered', at, [country], {
              evidenceId: effect.revealEvidence,
              country,
              source,
            }),
          );
        }
      }
    }
    if (effect.deleteEvidence) {
      const item = state.evidence[effect.deleteEvidence];
      if (item && item.status === 'available' && Object.keys(item.preservations).length === 0) {
        const knowers = Object.keys(item.knownBy);
        events.push(
          event('EvidenceLost', at, knowers, { evidenceId: effect.deleteEvidence, reason: 'deleted' }),
        );
      }
    }
    if (effect.moveSuspect) {
      const suspect = state.suspects[effect.moveSuspect.suspect];
      if (suspect && suspect.custody === null && suspect.location !== effect.moveSuspect.to) {
        const suspectId = effect.moveSuspect.suspect;
        const to = effect.moveSuspect.to;
        events.push(event('SuspectMoved', at, [], { suspectId, from: suspect.location, to }));
        // The inject tells its audience; those who were following the suspect now know where they went.
        for (const country of audience) {
          if (suspect.locationKnownBy[country]) {
            events.push(event('SuspectLocated', at, [country], { suspectId, country, location: to, source }));
          }
        }
      }
    }
    if (effect.moveAsset) {
      const asset = state.assets[effect.moveAsset.asset];
      if (
        asset &&
        asset.frozen === null &&
        asset.confiscated === null &&
        asset.holder !== effect.moveAsset.to
      ) {
        events.push(
          event('AssetMoved', at, [], {
            assetId: effect.moveAsset.asset,
            from: asset.holder,
            to: effect.moveAsset.to,
            scheduled: false,
          }),
        );
      }
    }
    if (effect.declareEmergency && !state.emergency)
      events.push(event('EmergencyDeclared', at, ctx.countries, {}));
  }
  return events;
}
