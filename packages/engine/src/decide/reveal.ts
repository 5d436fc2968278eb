import type { Ctx } from '../model/context.js';
import type { Event } from '../model/events.js';
import type { CountryId, EvidenceId, FactId, GameTime, SuspectId } from '../model/ids.js';
import type { Source, State } from '../model/state.js';
import { event } from './tools.js';

/**
 * What a country learns when it obtains an evidence item: the facts, further evidence,
 * identities, locations and assets the item reveals (the chain of leads). Only what it did not
 * know yet; locations and asset holders as they are now. `identified`: as for `learnFact`.
 */
export function revealsOf(
  ctx: Ctx,
  state: State,
  evidence: EvidenceId,
  country: CountryId,
  at: GameTime,
  identified: Set<SuspectId> = new Set(),
): Event[] {
  const reveals = ctx.scenario.case.evidence[evidence]?.reveals;
  if (!reveals) return [];
  const source: Source = { kind: 'evidence', evidence };
  const to = [country];
  const events: Event[] = [];
  for (const factId of reveals.facts)
    events.push(...learnFact(ctx, state, factId, country, at, source, identified));
  for (const evidenceId of reveals.evidence) {
    if (!state.evidence[evidenceId]?.knownBy[country]) {
      events.push(event('EvidenceDiscovered', at, to, { evidenceId, country, source }));
    }
  }
  for (const suspectId of reveals.identityOf) {
    if (!identified.has(suspectId) && !state.suspects[suspectId]?.identityKnownBy[country]) {
      identified.add(suspectId);
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

/**
 * A country learns a fact, however it came to it: and with it the identity of every suspect the
 * fact names, for a case file that reads "the director is Rendra Anwell" has told it who he is.
 * `identified` collects the suspects identified in this batch, so none is identified twice.
 */
export function learnFact(
  ctx: Ctx,
  state: State,
  factId: FactId,
  country: CountryId,
  at: GameTime,
  source: Source,
  identified: Set<SuspectId> = new Set(),
): Event[] {
  if (state.facts[factId]?.knownBy[country]) return [];
  const to = [country];
  const events: Event[] = [event('FactLearned', at, to, { factId, country, source })];
  for (const suspectId of ctx.namedIn[factId] ?? []) {
    if (identified.has(suspectId) || state.suspects[suspectId]?.identityKnownBy[country]) continue;
    identified.add(suspectId);
    events.push(event('SuspectIdentified', at, to, { suspectId, country, source }));
  }
  return events;
}
