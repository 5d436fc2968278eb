import type { Ctx } from '../model/context.js';
import type { Event } from '../model/events.js';
import type { CountryId, EvidenceId, FactId, GameTime } from '../model/ids.js';
import type { Source, State } from '../model/state.js';
import { event } from './tools.js';

/**
 * What one batch of events has already told one country (`fact:<id>`, `evidence:<id>`,
 * `identity:<id>`, `location:<id>`, `asset:<id>`): two items revealing the same lead, or a fact
 * and a share naming the same suspect, tell it once.
 */
export type Told = Set<string>;

/** Whether `key` is news to this batch; notes it told. */
export function untold(told: Told, key: string): boolean {
  if (told.has(key)) return false;
  told.add(key);
  return true;
}

/**
 * What a country learns when it obtains an evidence item: the facts, further evidence,
 * identities, locations and assets the item reveals (the chain of leads). Only what it did not
 * know yet, nor was told earlier in the batch (`told`); locations and asset holders as they are now.
 */
export function revealsOf(
  ctx: Ctx,
  state: State,
  evidence: EvidenceId,
  country: CountryId,
  at: GameTime,
  told: Told = new Set(),
): Event[] {
  const reveals = ctx.scenario.case.evidence[evidence]?.reveals;
  if (!reveals) return [];
  const source: Source = { kind: 'evidence', evidence };
  const to = [country];
  const events: Event[] = [];
  for (const factId of reveals.facts)
    events.push(...learnFact(ctx, state, factId, country, at, source, told));
  for (const evidenceId of reveals.evidence) {
    if (!state.evidence[evidenceId]?.knownBy[country] && untold(told, `evidence:${evidenceId}`)) {
      events.push(event('EvidenceDiscovered', at, to, { evidenceId, country, source }));
    }
  }
  for (const suspectId of reveals.identityOf) {
    if (!state.suspects[suspectId]?.identityKnownBy[country] && untold(told, `identity:${suspectId}`)) {
      events.push(event('SuspectIdentified', at, to, { suspectId, country, source }));
    }
  }
  for (const suspectId of reveals.locationOf) {
    const suspect = state.suspects[suspectId];
    if (
      suspect &&
      suspect.locationKnownBy[country]?.location !== suspect.location &&
      untold(told, `location:${suspectId}`)
    ) {
      events.push(
        event('SuspectLocated', at, to, { suspectId, country, location: suspect.location, source }),
      );
    }
  }
  for (const assetId of reveals.assets) {
    const asset = state.assets[assetId];
    if (asset && asset.knownBy[country]?.holder !== asset.holder && untold(told, `asset:${assetId}`)) {
      events.push(event('AssetDiscovered', at, to, { assetId, country, holder: asset.holder, source }));
    }
  }
  return events;
}

/**
 * A country learns a fact, however it came to it: and with it the identity of every suspect the
 * fact names, for a case file that reads "the director is Rendra Anwell" has told it who he is.
 */
export function learnFact(
  ctx: Ctx,
  state: State,
  factId: FactId,
  country: CountryId,
  at: GameTime,
  source: Source,
  told: Told = new Set(),
): Event[] {
  if (state.facts[factId]?.knownBy[country] || !untold(told, `fact:${factId}`)) return [];
  const to = [country];
  const events: Event[] = [event('FactLearned', at, to, { factId, country, source })];
  for (const suspectId of ctx.namedIn[factId] ?? []) {
    if (state.suspects[suspectId]?.identityKnownBy[country] || !untold(told, `identity:${suspectId}`))
      continue;
    events.push(event('SuspectIdentified', at, to, { suspectId, country, source }));
  }
  return events;
}
