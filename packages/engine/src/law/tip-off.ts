import type { Scenario } from '@crossborder/scenario';
import type { Event } from '../model/events.js';
import type { CountryId, EvidenceId, GameTime } from '../model/ids.js';
import type { State, TipOff } from '../model/state.js';

/** An order or request reaching the provider that holds an item. */
export interface Reaching {
  by: CountryId;
  evidence: readonly EvidenceId[];
  via: TipOff['via'];
  /** Ordered or asked to be kept confidential (model BC 16(3), UNTOC 18(20)). */
  confidential: boolean;
  /** It discloses the data (production, stored data, collection, interception), not only preserves it. */
  discloses: boolean;
}

/**
 * Why the provider holding an item tells its customer of this order or request, or null: its
 * country's law makes it tell account holders of a disclosure, confidential or not (Art. 40: the
 * requested State must then say it cannot keep the request confidential); or it tells customers
 * of every order as a habit, unless the order or request is confidential (model BC 16(3)).
 */
function tipOffCause(scenario: Scenario, evidenceId: EvidenceId, reaching: Reaching): TipOff['cause'] | null {
  const item = scenario.case.evidence[evidenceId];
  const provider = item ? scenario.case.providers[item.holder] : undefined;
  if (!provider) return null;
  if (reaching.discloses && scenario.countries[provider.country]?.law.notifiesDataSubjects) return 'law';
  if (provider.notifiesCustomers && !reaching.confidential) return 'provider';
  return null;
}

/**
 * The suspects an order or request tips off: the account holders of the items it reaches (the
 * suspects of the offences each item proves), each told once, by the first provider to tell.
 */
export function tipOffs(scenario: Scenario, state: State, reaching: Reaching, now: GameTime): Event[] {
  const told = new Set<string>();
  const events: Event[] = [];
  for (const evidenceId of reaching.evidence) {
    const cause = tipOffCause(scenario, evidenceId, reaching);
    const item = scenario.case.evidence[evidenceId];
    if (!cause || !item) continue;
    const holders = item.proves.flatMap((offence) => scenario.case.offences[offence]?.suspects ?? []);
    for (const suspectId of holders) {
      if (told.has(suspectId) || state.suspects[suspectId]?.tippedOff) continue;
      told.add(suspectId);
      events.push({
        type: 'SuspectTippedOff',
        at: now,
        // No team sees the call to the customer; they see what the suspect does next (the
        // scenario's inject on `suspectTippedOff`), and the debrief says why.
        visibleTo: [],
        suspectId,
        tipOff: {
          at: now,
          by: reaching.by,
          provider: item.holder,
          evidence: evidenceId,
          via: reaching.via,
          cause,
        },
      });
    }
  }
  return events;
}
