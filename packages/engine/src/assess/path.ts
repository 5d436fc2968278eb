import type { Condition } from '@crossborder/scenario';
import { countryName } from '../decide/tools.js';
import type { Ctx } from '../model/context.js';
import type { CountryId, GameTime } from '../model/ids.js';
import { injectOf } from '../model/injects.js';
import type { Knowledge, Source, State } from '../model/state.js';
import type { Line } from './describe.js';

/** One link of the chain of leads that made an objective true. */
export interface Step {
  at: GameTime;
  country: CountryId;
  what:
    | 'started-with'
    | 'learned'
    | 'obtained'
    | 'preserved'
    | 'identified'
    | 'located'
    | 'arrested'
    | 'surrendered'
    | 'prosecuted'
    | 'froze'
    | 'agreed';
  subject: string;
  via: string | null;
  /** The step as a reader says it (`path.<what>`): titles, names and aliases, never ids. */
  line: Line;
  /** How it came about (`path.via.*`): from an item, by a request or measure, shared; null when it says nothing. */
  viaLine: Line | null;
}

/**
 * The critical path to an objective: walking back from what made it true through how each
 * country came to know each thing (the sources of its knowledge), to what it knew at the start.
 */
export function criticalPath(
  ctx: Ctx,
  state: State,
  condition: Condition,
  by: CountryId | undefined,
): Step[] {
  const steps = new Map<string, Step>();
  const add = (step: Omit<Step, 'line' | 'viaLine'>) => {
    const key = `${step.what}:${step.country}:${step.subject}`;
    if (!steps.has(key))
      steps.set(key, {
        ...step,
        line: {
          key: `path.${step.what}` as const,
          params: { country: countryName(ctx, step.country), subject: subjectName(ctx, step) },
        },
        viaLine: step.via === null ? null : viaLine(ctx, state, step.via),
      });
  };
  const seen = new Set<string>();

  const viaOf = (source: Source): string | null => {
    switch (source.kind) {
      case 'evidence':
      case 'chain-hop':
        return source.evidence;
      case 'request':
        return source.request;
      case 'measure':
        return source.measure;
      case 'inject':
        return source.inject;
      case 'shared':
        return `shared by ${source.from}`;
      default:
        return null;
    }
  };

  const fromSource = (country: CountryId, source: Source) => {
    if (source.kind === 'evidence') obtained(country, source.evidence);
    if (source.kind === 'chain-hop') preserved(source.evidence);
    if (source.kind === 'request') request(source.request);
  };

  const knew = (country: CountryId, subject: string, known: Knowledge | undefined) => {
    if (!known) return;
    if (known.source.kind === 'start') add({ at: 0, country, what: 'started-with', subject, via: null });
    else add({ at: known.at, country, what: 'learned', subject, via: viaOf(known.source) });
    fromSource(country, known.source);
  };

  const request = (id: string) => {
    const found = state.requests[id];
    if (!found || seen.has(id)) return;
    seen.add(id);
    for (const evidence of found.subject.evidence)
      knew(found.from, evidence, state.evidence[evidence]?.knownBy[found.from]);
    if (found.subject.suspect) identified(found.from, found.subject.suspect);
  };

  const obtained = (country: CountryId, evidence: string) => {
    const key = `obtained:${country}:${evidence}`;
    const copy = state.evidence[evidence]?.obtainedBy[country];
    if (!copy || seen.has(key)) return;
    seen.add(key);
    const via =
      copy.via.kind === 'request'
        ? copy.via.request
        : copy.via.kind === 'measure'
          ? copy.via.measure
          : `shared by ${copy.via.from}`;
    add({ at: copy.at, country, what: 'obtained', subject: evidence, via });
    if (copy.via.kind === 'request') request(copy.via.request);
    knew(country, evidence, state.evidence[evidence]?.knownBy[country]);
  };

  const preserved = (evidence: string) => {
    const item = state.evidence[evidence];
    const country = item?.preservedBy[0];
    if (!item || !country || seen.has(`preserved:${evidence}`)) return;
    seen.add(`preserved:${evidence}`);
    const viaRequest = Object.values(state.requests).find(
      (found) => found.from === country && found.outcome?.preserved.includes(evidence),
    );
    add({
      at: viaRequest?.statusAt ?? 0,
      country,
      what: 'preserved',
      subject: evidence,
      via: viaRequest?.id ?? null,
    });
    knew(country, evidence, item.knownBy[country]);
  };

  const identified = (country: CountryId, suspect: string) => {
    const known = state.suspects[suspect]?.identityKnownBy[country];
    if (!known || seen.has(`identified:${country}:${suspect}`)) return;
    seen.add(`identified:${country}:${suspect}`);
    add({ at: known.at, country, what: 'identified', subject: suspect, via: viaOf(known.source) });
    fromSource(country, known.source);
  };

  const located = (country: CountryId, suspect: string) => {
    const known = state.suspects[suspect]?.locationKnownBy[country];
    if (!known || seen.has(`located:${country}:${suspect}`)) return;
    seen.add(`located:${country}:${suspect}`);
    add({ at: known.at, country, what: 'located', subject: suspect, via: viaOf(known.source) });
    fromSource(country, known.source);
  };

  const first = <T>(items: T[] | undefined) => items?.find((item) => by === undefined || item === by);

  if (condition.evidenceObtained) {
    const country = by ?? Object.keys(state.evidence[condition.evidenceObtained]?.obtainedBy ?? {})[0];
    if (country) obtained(country, condition.evidenceObtained);
  } else if (condition.evidencePreserved) {
    preserved(condition.evidencePreserved);
  } else if (condition.suspectIdentified) {
    const country = by ?? Object.keys(state.suspects[condition.suspectIdentified]?.identityKnownBy ?? {})[0];
    if (country) identified(country, condition.suspectIdentified);
  } else if (condition.suspectLocated) {
    const country = by ?? Object.keys(state.suspects[condition.suspectLocated]?.locationKnownBy ?? {})[0];
    if (country) located(country, condition.suspectLocated);
  } else if (condition.suspectArrested) {
    const suspect = state.suspects[condition.suspectArrested];
    const country = first(suspect?.arrestedBy);
    if (suspect && country) {
      add({
        at: suspect.custody?.since ?? 0,
        country,
        what: 'arrested',
        subject: condition.suspectArrested,
        via: null,
      });
      identified(country, condition.suspectArrested);
      located(country, condition.suspectArrested);
    }
  } else if (condition.suspectSurrendered) {
    const suspect = state.suspects[condition.suspectSurrendered];
    if (suspect?.surrenderedTo) {
      add({
        at: suspect.custody?.since ?? 0,
        country: suspect.surrenderedTo,
        what: 'surrendered',
        subject: condition.suspectSurrendered,
        via: null,
      });
      identified(suspect.surrenderedTo, condition.suspectSurrendered);
      located(suspect.surrenderedTo, condition.suspectSurrendered);
    }
  } else if (condition.prosecutionOpened) {
    const prosecution = Object.values(state.prosecutions).find(
      (found) => found.suspect === condition.prosecutionOpened && (by === undefined || found.country === by),
    );
    if (prosecution) {
      add({
        at: prosecution.at,
        country: prosecution.country,
        what: 'prosecuted',
        subject: prosecution.suspect,
        via: prosecution.onRequest,
      });
      if (prosecution.onRequest) request(prosecution.onRequest);
      identified(prosecution.country, prosecution.suspect);
    }
  } else if (condition.assetFrozen) {
    const frozen = state.assets[condition.assetFrozen]?.frozen;
    if (frozen) {
      add({
        at: frozen.at,
        country: frozen.by,
        what: 'froze',
        subject: condition.assetFrozen,
        via: frozen.via,
      });
      const known = state.assets[condition.assetFrozen]?.knownBy[frozen.by];
      if (known) knew(frozen.by, condition.assetFrozen, known);
    }
  } else if (condition.agreementReached) {
    const agreement = Object.values(state.agreements).find(
      (found) => found.kind === condition.agreementReached && found.concludedAt !== null,
    );
    if (agreement)
      add({
        at: agreement.concludedAt ?? 0,
        country: agreement.proposedBy,
        what: 'agreed',
        subject: agreement.kind,
        via: agreement.consultation,
      });
  }
  // Plain comparison: the order must not depend on the machine's locale.
  return [...steps.values()].sort((a, b) => a.at - b.at || (a.what < b.what ? -1 : a.what > b.what ? 1 : 0));
}

/** What a step is about, by its title: an item or asset in quotes, a suspect by alias, an agreement's kind. */
function subjectName(ctx: Ctx, step: Omit<Step, 'line' | 'viaLine'>): string {
  const { evidence, suspects, assets } = ctx.scenario.case;
  if (step.what === 'agreed') return step.subject;
  if (step.what === 'froze') return `"${assets[step.subject]?.description ?? step.subject}"`;
  const suspect = suspects[step.subject];
  if (suspect) return suspect.alias;
  const item = evidence[step.subject] ?? assets[step.subject];
  const title = item && 'title' in item ? item.title : item?.description;
  return `"${title ?? step.subject}"`;
}

/**
 * How a step came about, in words: the item it came from, the request or the measure that
 * brought it (by its kind), the inject, or the country that shared it. `via` is what the step
 * keeps: an evidence, request, measure, inject or consultation id, or "shared by <country>".
 */
function viaLine(ctx: Ctx, state: State, via: string): Line | null {
  const shared = /^shared by (.+)$/.exec(via);
  if (shared?.[1]) return { key: 'path.via.shared', params: { country: countryName(ctx, shared[1]) } };
  const item = ctx.scenario.case.evidence[via];
  if (item) return { key: 'path.via.evidence', params: { title: item.title } };
  if (state.requests[via]) return { key: 'path.via.request', params: { request: via } };
  const measure = state.measures[via];
  if (measure) return { key: 'path.via.measure', params: { kind: measure.kind } };
  const inject = injectOf(ctx, state, via);
  if (inject) return { key: 'path.via.inject', params: { title: inject.title } };
  if (state.consultations[via]) return { key: 'path.via.consultation', params: {} };
  return null;
}
