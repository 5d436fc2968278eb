import type { Ctx } from '../model/context.js';
import type { Event } from '../model/events.js';
import type { CountryId, EvidenceId, GameTime } from '../model/ids.js';
import type { Source, State } from '../model/state.js';
import { event } from './tools.js';

/**
 * What a country learns when it obtains an evidence item: the facts, further evidence,
 * identities, locations and assets the item reveals (the chain of leads). Only what it did not
 * know yet; locations and asset holders as they are now.
 */
export function revealsOf(
  ctx: Ctx,
  state: State,
  evidence: EvidenceId,
  country: CountryId,
  at: GameTime,
): Event[] {
  const reveals = ctx.scenario.case.evidence[evidence]?.reveals;
  if (!reveals) return [];
  const source: Source = { kind: 'evidence', evidence };
  const to = [country];
  const events: Event[] = [];
  for (const factId of reveals.facts) {
    if (!state.facts[factId]?.knownBy[country])
      events.push(event('FactLearned', at, to, { factId, country, source }));
  }
  for (const evidenceId of reveals.evidence) {
    if (!state.evidence[evidenceId]?.knownBy[country]) {
      events.push(event('EvidenceDiscovered', at, to, { evidenceId, country, source }));
    }
  }
  for (const suspectId of reveals.identityOf) {
    if (!state.suspects[suspectId]?.identityKnownBy[country]) {
      events.push(event('SuspectIdentified', at, to, { suspectId, country, source }));
    }
  }
  for (const suspectId of reveals.locationOf) {
    const suspect = state.suspects[suspectId];
    if (suspect && suspect.locationKnownBy[country]?.location !== suspect.location) {
      events.push(
        event('SuspectLocated', at, to, { suspectId, country, location: suspect.location, source }),
      );
    }
  }
  for (const assetId of reveals.assets) {
    const asset = state.assets[assetId];
    if (asset && asset.knownBy[country]?.holder !== asset.holder) {
      events.push(event('AssetDiscovered', at, to, { assetId, country, holder: asset.holder, source }));
    }
  }
  return events;
}
