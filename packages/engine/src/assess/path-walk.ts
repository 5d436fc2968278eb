import type { Condition, ConditionOf } from '@crossborder/scenario';
import { countryName } from '../decide/tools.js';
import type { Ctx } from '../model/context.js';
import type { CountryId, GameTime } from '../model/ids.js';
import { injectOf } from '../model/injects.js';
import type { MessageParams } from '../model/message.js';
import type { Knowledge, Source, State } from '../model/state.js';
import type { Line } from './describe.js';

/** One link of the chain of leads that made an objective true. */
export interface Step {
  at: GameTime;
  /** Who did it; null for what nobody in particular did (data lost, funds moved, news). */
  country: CountryId | null;
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
    | 'agreed'
    | 'requested'
    | 'shared'
    | 'tipped-off'
    | 'lost'
    | 'moved'
    | 'news';
  /** What it is about, by id (an item, suspect, asset, request, inject, agreement kind or country). */
  subject: string;
  via: string | null;
  /** The step as a reader says it (`path.<what>`): titles, names and aliases, never ids. */
  line: Line;
  /** How it came about (`path.via.*`): from an item, by a request or measure, shared; null when it says nothing. */
  viaLine: Line | null;
  /**
   * The step that made a compound condition true, what the objective waited for (`path.decisive`):
   * the last part of an `all` to become true, the first of an `any`, the later of a window's two.
   */
  decisive?: true;
}

/** A step as the walk finds it, before it is put into words. */
export type Found = Omit<Step, 'line' | 'viaLine' | 'decisive'>;

export type AnyCondition = Condition | ConditionOf<number>;

/**
 * The walk back along the chain of leads: each step once, each thing followed once. `follow`
 * walks a condition (an inject's own trigger, when news made something happen).
 */
export class Walk {
  readonly steps = new Map<string, Step>();
  private readonly seen = new Set<string>();

  constructor(
    readonly ctx: Ctx,
    readonly state: State,
    readonly follow: (condition: AnyCondition, by: CountryId | undefined) => string | null,
  ) {}

  /** Adds a step once; returns its key. `params` adds to the line's; `viaLine` replaces the one `via` gives. */
  add(found: Found, words: { params?: MessageParams; viaLine?: Line | null } = {}): string {
    const key = `${found.what}:${found.country ?? ''}:${found.subject}`;
    if (!this.steps.has(key))
      this.steps.set(key, {
        ...found,
        line: {
          key: `path.${found.what}` as const,
          params: {
            country: found.country === null ? '' : countryName(this.ctx, found.country),
            subject: subjectName(this.ctx, this.state, found),
            ...words.params,
          },
        },
        viaLine:
          words.viaLine !== undefined
            ? words.viaLine
            : found.via === null
              ? null
              : viaLine(this.ctx, this.state, found.via, found.country),
      });
    return key;
  }

  /** True the first time a thing is followed: each is followed once, and a loop ends. */
  first(thing: string): boolean {
    if (this.seen.has(thing)) return false;
    this.seen.add(thing);
    return true;
  }

  knew(country: CountryId, subject: string, known: Knowledge | undefined): void {
    if (!known || !this.first(`knew:${country}:${subject}`)) return;
    if (known.source.kind === 'start') this.add({ at: 0, country, what: 'started-with', subject, via: null });
    // Known because obtained: the step that obtained it says so.
    else if (known.source.kind !== 'evidence' || known.source.evidence !== subject)
      this.add({ at: known.at, country, what: 'learned', subject, via: viaOf(known.source) });
    this.fromSource(country, known.source, (from) => {
      const { evidence, assets } = this.state;
      this.knew(from, subject, evidence[subject]?.knownBy[from] ?? assets[subject]?.knownBy[from]);
    });
  }

  /** A request: how the requesting State knew what it asked about. */
  request(id: string): void {
    const found = this.state.requests[id];
    if (!found || !this.first(`request:${id}`)) return;
    for (const evidence of found.subject.evidence)
      this.knew(found.from, evidence, this.state.evidence[evidence]?.knownBy[found.from]);
    if (found.subject.suspect) this.identified(found.from, found.subject.suspect);
  }

  obtained(country: CountryId, evidence: string): string | null {
    const copy = this.state.evidence[evidence]?.obtainedBy[country];
    if (!copy) return null;
    const via =
      copy.via.kind === 'request'
        ? copy.via.request
        : copy.via.kind === 'measure'
          ? copy.via.measure
          : `shared by ${copy.via.from}`;
    const key = this.add({ at: copy.at, country, what: 'obtained', subject: evidence, via });
    if (!this.first(key)) return key;
    if (copy.via.kind === 'request') this.request(copy.via.request);
    // Shared: how the country that shared it had it.
    if (copy.via.kind === 'shared') this.obtained(copy.via.from, evidence);
    this.knew(country, evidence, this.state.evidence[evidence]?.knownBy[country]);
    return key;
  }

  /** The first preservation (or `by`'s), and what preserved it: its order or request. */
  preserved(evidence: string, by: CountryId | undefined): string | null {
    const item = this.state.evidence[evidence];
    if (!item) return null;
    const country =
      by === undefined
        ? item.preservedBy.reduce<CountryId | undefined>(
            (best, other) =>
              best === undefined || (item.preservedAt[other] ?? 0) < (item.preservedAt[best] ?? 0)
                ? other
                : best,
            undefined,
          )
        : item.preservedBy.find((other) => other === by);
    if (!country) return null;
    const kept = item.preservations[country]?.via;
    const viaRequest = Object.values(this.state.requests).find(
      (found) => found.from === country && found.outcome?.preserved.includes(evidence),
    );
    const via = kept ? (kept.kind === 'request' ? kept.request : kept.measure) : (viaRequest?.id ?? null);
    const at = item.preservedAt[country] ?? viaRequest?.statusAt ?? 0;
    const key = this.add({ at, country, what: 'preserved', subject: evidence, via });
    if (!this.first(key)) return key;
    if (via !== null) this.request(via);
    this.knew(country, evidence, item.knownBy[country]);
    return key;
  }

  identified(country: CountryId, suspect: string): string | null {
    const known = this.state.suspects[suspect]?.identityKnownBy[country];
    if (!known) return null;
    const key = this.add({
      at: known.at,
      country,
      what: 'identified',
      subject: suspect,
      via: viaOf(known.source),
    });
    if (this.first(key)) this.fromSource(country, known.source, (from) => this.identified(from, suspect));
    return key;
  }

  /** Where a country found the suspect; nothing when it knows only from holding him (not a lead). */
  located(country: CountryId, suspect: string): string | null {
    const known = this.state.suspects[suspect]?.locationKnownBy[country];
    if (!known || known.source.kind === 'custody') return null;
    const key = this.add({
      at: known.at,
      country,
      what: 'located',
      subject: suspect,
      via: viaOf(known.source),
    });
    if (this.first(key)) this.fromSource(country, known.source, (from) => this.located(from, suspect));
    return key;
  }

  /** An inject's own trigger, once: what made the news happen. */
  trigger(inject: string): void {
    const when = this.ctx.scenario.injects[inject]?.when;
    if (when && this.first(`inject:${inject}`)) this.follow(when, undefined);
  }

  /** Follows a source of knowledge back; `sharer` follows the knowledge of a country that shared it. */
  private fromSource(country: CountryId, source: Source, sharer: (from: CountryId) => void): void {
    if (source.kind === 'shared') sharer(source.from);
    if (source.kind === 'evidence') this.obtained(country, source.evidence);
    if (source.kind === 'chain-hop') this.preserved(source.evidence, undefined);
    if (source.kind === 'request') this.request(source.request);
    if (source.kind === 'inject') this.trigger(source.inject);
  }
}

function viaOf(source: Source): string | null {
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
}

/**
 * What a step is about, by its title: an item or asset, a suspect by alias, an agreement's kind.
 * Bare: the message of each step quotes a title as its language quotes (`path.obtained`...).
 */
function subjectName(ctx: Ctx, state: State, step: Found): string {
  const { evidence, suspects, assets } = ctx.scenario.case;
  switch (step.what) {
    case 'agreed':
      return step.subject;
    case 'shared':
      return countryName(ctx, step.subject);
    case 'news':
      return injectOf(ctx, state, step.subject)?.title ?? step.subject;
    case 'requested': {
      const kind = state.requests[step.subject]?.kind;
      // A kind's id, said through the catalogue by `{kind:kind}` wherever a message names it.
      return kind ?? step.subject;
    }
    case 'froze':
    case 'moved':
      return assets[step.subject]?.description ?? step.subject;
  }
  const suspect = suspects[step.subject];
  if (suspect) return suspect.alias;
  const item = evidence[step.subject] ?? assets[step.subject];
  const title = item && 'title' in item ? item.title : item?.description;
  return title ?? step.subject;
}

/**
 * How a step came about, in words: the item it came from, the request (by its kind and the
 * other country, from the step's country's side) or the measure (by its kind) that brought it,
 * the inject, or the country that shared it. `via` is what the step keeps: an evidence, request,
 * measure, inject or consultation id, or "shared by <country>".
 */
function viaLine(ctx: Ctx, state: State, via: string, country: CountryId | null): Line | null {
  const shared = /^shared by (.+)$/.exec(via);
  if (shared?.[1]) return { key: 'path.via.shared', params: { country: countryName(ctx, shared[1]) } };
  const item = ctx.scenario.case.evidence[via];
  if (item) return { key: 'path.via.evidence', params: { title: item.title } };
  const request = state.requests[via];
  if (request) {
    const { kind } = request;
    return request.to === country
      ? { key: 'path.via.request-from', params: { country: countryName(ctx, request.from), kind } }
      : { key: 'path.via.request', params: { country: countryName(ctx, request.to), kind } };
  }
  const measure = state.measures[via];
  if (measure) return { key: 'path.via.measure', params: { kind: measure.kind } };
  const inject = injectOf(ctx, state, via);
  if (inject) return { key: 'path.via.inject', params: { title: inject.title } };
  if (state.consultations[via]) return { key: 'path.via.consultation', params: {} };
  return null;
}
