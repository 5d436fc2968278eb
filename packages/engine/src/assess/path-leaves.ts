import { type CONDITION_KINDS, type Inject, REQUEST_KINDS } from '@crossborder/scenario';
import { countryName } from '../decide/tools.js';
import { fulfils } from '../law/agreements.js';
import type { CountryId, GameTime } from '../model/ids.js';
import { injectOf } from '../model/injects.js';
import type { Agreement, Request, State } from '../model/state.js';
import type { Walk } from './path-walk.js';

type Kind = (typeof CONDITION_KINDS)[number];
type Effect = Inject['effects'][number];

/**
 * Walks back from what made a simple condition true about `target` (by `by`, when given) and
 * returns the key of the step that did: null when it never happened.
 */
type Leaf = (walk: Walk, target: string, by: CountryId | undefined) => string | null;

/** Of the countries in a record, `by` if it is there, else the one that did it first. */
function earliest<T>(
  record: Readonly<Record<CountryId, T>> | undefined,
  at: (value: T) => GameTime,
  by: CountryId | undefined,
): CountryId | undefined {
  let found: CountryId | undefined;
  for (const country in record) {
    if (by !== undefined && country !== by) continue;
    if (found === undefined || at(record[country] as T) < at(record[found] as T)) found = country;
  }
  return found;
}

/** The first of a list to have happened, in list order on a tie. */
function firstOf<T>(
  items: Iterable<T>,
  at: (item: T) => GameTime,
  fits: (item: T) => boolean,
): T | undefined {
  let found: T | undefined;
  for (const item of items) if (fits(item) && (found === undefined || at(item) < at(found))) found = item;
  return found;
}

/** The inject that fired at `at` with this effect: news that deleted or moved something. */
function injectAt(walk: Walk, at: GameTime | null, does: (effect: Effect) => boolean): string | null {
  for (const [id, inject] of Object.entries(walk.state.injects)) {
    if (inject.status !== 'fired' || inject.firedAt !== at) continue;
    if (injectOf(walk.ctx, walk.state, id)?.effects.some(does)) return id;
  }
  return null;
}

/** Executed: a refused or pending request made nothing happen. */
const executed = (request: Request) =>
  request.status === 'executed' || request.status === 'partially-executed';

/** The request that had a country arrest the suspect, if one did (a domestic arrest says nothing more). */
function arrestedOnRequest(state: State, country: CountryId, suspect: string): string | null {
  const request = Object.values(state.requests).find(
    (found) =>
      found.to === country &&
      found.subject.suspect === suspect &&
      executed(found) &&
      ['arrest', 'surrender'].includes(REQUEST_KINDS[found.kind].produces),
  );
  return request?.id ?? null;
}

/** The arrest (by `by`, else the first), and the request it was made on. */
function arrested(walk: Walk, id: string, by: CountryId | undefined): string | null {
  const suspect = walk.state.suspects[id];
  const country = earliest(suspect?.arrestedAt, (at) => at, by);
  if (!suspect || country === undefined) return null;
  const via = arrestedOnRequest(walk.state, country, id);
  const key = walk.add({
    at: suspect.arrestedAt[country] ?? 0,
    country,
    what: 'arrested',
    subject: id,
    via,
  });
  if (via !== null) walk.request(via);
  walk.identified(country, id);
  walk.located(country, id);
  return key;
}

/** The surrender, and the extradition request it answered. */
function surrendered(walk: Walk, id: string, by: CountryId | undefined): string | null {
  const suspect = walk.state.suspects[id];
  const country = suspect?.surrenderedTo;
  if (!suspect || !country || (by !== undefined && by !== country)) return null;
  const request = Object.values(walk.state.requests).find(
    (found) =>
      found.from === country &&
      found.subject.suspect === id &&
      executed(found) &&
      REQUEST_KINDS[found.kind].produces === 'surrender',
  );
  const at = suspect.surrenderedAt ?? suspect.custody?.since ?? 0;
  const key = walk.add({ at, country, what: 'surrendered', subject: id, via: request?.id ?? null });
  if (request) walk.request(request.id);
  walk.identified(country, id);
  return key;
}

/**
 * The first agreement concluded that fits (with `by` among its parties), and the consultation it
 * came from; said by the plan's title when the case planned it, else by its kind.
 */
function agreed(
  walk: Walk,
  by: CountryId | undefined,
  fits: (agreement: Agreement) => boolean,
  title?: string,
): string | null {
  const agreement = firstOf(
    Object.values(walk.state.agreements),
    (found) => found.concludedAt ?? 0,
    (found) => found.concludedAt !== null && fits(found) && (by === undefined || found.parties.includes(by)),
  );
  if (!agreement) return null;
  return walk.add(
    {
      at: agreement.concludedAt ?? 0,
      country: agreement.proposedBy,
      what: 'agreed',
      subject: agreement.kind,
      via: agreement.consultation,
    },
    title === undefined ? {} : { params: { subject: title } },
  );
}

/**
 * One walk for each kind of simple condition the format has: the compiler asks for every kind
 * (`satisfies`), so a kind added to the format cannot be left without a path.
 */
export const LEAVES = {
  evidencePreserved: (walk, id, by) => walk.preserved(id, by),
  evidenceObtained: (walk, id, by) => {
    const country = earliest(walk.state.evidence[id]?.obtainedBy, (copy) => copy.at, by);
    return country === undefined ? null : walk.obtained(country, id);
  },
  evidenceLost: (walk, id) => {
    const item = walk.state.evidence[id];
    if (item?.status !== 'lost') return null;
    const inject = injectAt(walk, item.lostAt, (effect) => effect.deleteEvidence === id);
    if (inject) walk.trigger(inject);
    return walk.add(
      { at: item.lostAt ?? 0, country: null, what: 'lost', subject: id, via: inject },
      inject || item.lostAt !== item.expiresAt ? {} : { viaLine: { key: 'path.via.retention', params: {} } },
    );
  },
  suspectIdentified: (walk, id, by) => {
    const country = earliest(walk.state.suspects[id]?.identityKnownBy, (known) => known.at, by);
    return country === undefined ? null : walk.identified(country, id);
  },
  suspectLocated: (walk, id, by) => {
    const suspect = walk.state.suspects[id];
    const country = earliest(
      suspect?.locationKnownBy,
      (known) => (known.location === suspect?.location ? known.at : Number.POSITIVE_INFINITY),
      by,
    );
    if (country === undefined) return null;
    // Known from holding him: the arrest or surrender that put him in the country's hands.
    return (
      walk.located(country, id) ??
      (suspect?.surrenderedTo === country ? surrendered(walk, id, country) : arrested(walk, id, country))
    );
  },
  suspectArrested: arrested,
  suspectSurrendered: surrendered,
  prosecutionOpened: (walk, suspect, by) => {
    const prosecution = firstOf(
      Object.values(walk.state.prosecutions),
      (found) => found.at,
      (found) => found.suspect === suspect && (by === undefined || found.country === by),
    );
    if (!prosecution) return null;
    const key = walk.add({
      at: prosecution.at,
      country: prosecution.country,
      what: 'prosecuted',
      subject: prosecution.suspect,
      via: prosecution.onRequest,
    });
    if (prosecution.onRequest) walk.request(prosecution.onRequest);
    walk.identified(prosecution.country, prosecution.suspect);
    return key;
  },
  assetFrozen: (walk, id, by) => {
    const asset = walk.state.assets[id];
    const frozen = asset?.frozen;
    if (!frozen || (by !== undefined && frozen.by !== by)) return null;
    const key = walk.add({ at: frozen.at, country: frozen.by, what: 'froze', subject: id, via: frozen.via });
    walk.request(frozen.via);
    walk.knew(frozen.by, id, asset.knownBy[frozen.by]);
    return key;
  },
  assetMoved: (walk, id) => {
    const at = walk.state.assets[id]?.movedAt[0];
    if (at === undefined) return null;
    const inject = injectAt(walk, at, (effect) => effect.moveAsset?.asset === id);
    if (inject) walk.trigger(inject);
    return walk.add({ at, country: null, what: 'moved', subject: id, via: inject });
  },
  agreementReached: (walk, kind, by) => agreed(walk, by, (agreement) => agreement.kind === kind),
  agreementSigned: (walk, planId, by) => {
    const plan = walk.ctx.scenario.case.agreements[planId];
    return plan ? agreed(walk, by, (agreement) => fulfils(plan, agreement), plan.title) : null;
  },
  requestSent: (walk, kind, by) => {
    const request = firstOf(
      Object.values(walk.state.requests),
      (found) => found.sentAt,
      (found) => found.kind === kind && (by === undefined || found.from === by),
    );
    if (!request) return null;
    const key = walk.add(
      { at: request.sentAt, country: request.from, what: 'requested', subject: request.id, via: null },
      { params: { to: countryName(walk.ctx, request.to), kind: request.kind } },
    );
    walk.request(request.id);
    return key;
  },
  injectFired: (walk, id) => {
    const inject = walk.state.injects[id];
    if (inject?.status !== 'fired') return null;
    const key = walk.add({ at: inject.firedAt ?? 0, country: null, what: 'news', subject: id, via: null });
    walk.trigger(id);
    return key;
  },
  suspectTippedOff: (walk, id, by) => {
    const tipOff = walk.state.suspects[id]?.tippedOff;
    if (!tipOff || (by !== undefined && tipOff.by !== by)) return null;
    const via = tipOff.via.kind === 'request' ? tipOff.via.request : tipOff.via.measure;
    const provider = walk.ctx.scenario.case.providers[tipOff.provider]?.name ?? tipOff.provider;
    const key = walk.add(
      { at: tipOff.at, country: tipOff.by, what: 'tipped-off', subject: id, via },
      { params: { provider } },
    );
    walk.request(via);
    return key;
  },
  informationShared: (walk, recipient, by) => {
    // `by` is who shared, as in the condition; what was shared is followed back in the sharer's hands.
    const share = firstOf(
      Object.values(walk.state.shares),
      (found) => found.at,
      (found) => found.to === recipient && (by === undefined || found.from === by),
    );
    if (!share) return null;
    const key = walk.add({
      at: share.at,
      country: share.from,
      what: 'shared',
      subject: recipient,
      via: null,
    });
    for (const evidence of share.evidence)
      walk.knew(share.from, evidence, walk.state.evidence[evidence]?.knownBy[share.from]);
    for (const suspect of share.suspects) walk.identified(share.from, suspect);
    return key;
  },
} satisfies Record<Kind, Leaf>;
