import {
  type Catalogue,
  citationText,
  type Param,
  type Params,
  translate,
  translateOr,
} from '@crossborder/i18n';
import { EN_WITH_RULES } from '@crossborder/i18n/rules';
import { isRuleId, REQUEST_KINDS, type RequestKind, RULES, type Scenario } from '@crossborder/scenario';
import { escapeHtml } from './escape.js';

const DAY = 24 * 60;

/**
 * How the exports (a team's report, its case file, the timeline CSV) put things into words, in
 * the reader's language: catalogue lines, game times, countries, request kinds and rules by their
 * names, never by their ids. `t` is for HTML (escaped), `say` for plain text (the CSV).
 */
export interface Words {
  say(key: string, params?: Params): string;
  t(key: string, params?: Params): string;
  /** The catalogue's text for `key` if it has one, else `english` (names kept in the scenario package). */
  sayOr(key: string, english: string): string;
  /** Game minutes as the clock shows them: "Day 3, 08:54" (minute 0 is on day 1). */
  when(minutes: number | null): string;
  country(id: string): string;
  /** Items as one list, as the reader's language writes a list ("a, b, c" in English). */
  list(items: readonly string[]): string;
  /** A language a scenario names by its tag ("fr"), by its name in the reader's language ("French"). */
  language(tag: string): string;
  requestKind(kind: string): string;
  /**
   * A request as a person knows it, never by its id: by its kind, the other country and when it
   * was sent; from `viewer`'s side ("… request to Borealis, sent Day 1, 09:00") or, without one,
   * from whom to whom. Twins (same kind, countries and minute) are told apart by their order, "(2)".
   */
  requestName(request: NamedRequest, among: Readonly<Record<string, NamedRequest>>, viewer?: string): string;
  /**
   * A line's parameters with its request (`request` or `requestId`, an id as the engine keeps it)
   * named as `requestName` says, where `requests` holds it, and its agreement (`agreementId`) by
   * its kind, where `agreements` holds it; an id nobody may name here keeps its parameter.
   */
  named(
    params: Params,
    requests: Readonly<Record<string, NamedRequest>>,
    viewer?: string,
    agreements?: Readonly<Record<string, { kind: string }>>,
  ): Params;
  /** A rule's title, summary or teaching note (`rule.<id>.<part>`). */
  ruleText(id: string, part: 'title' | 'summary' | 'teaching'): string;
  /** A rule's title and citations, or null for a rule the catalogue does not know. */
  rule(id: string | undefined): { title: string; article: string } | null;
}

/** What names a request: the fields every view of it holds. */
export interface NamedRequest {
  id: string;
  kind: string;
  from: string;
  to: string;
  sentAt: number;
}

/** The keys of a line's parameters that hold a request's id. */
const REQUEST_KEYS = ['request', 'requestId'] as const;

/**
 * The words of `scenario` in `catalogue`'s language, whose tag is `locale` (its plurals and lists).
 * `clock` says a game time where the reader counts otherwise than the clock (the authoring command
 * line counts days from 0).
 */
export function wordsFor(
  scenario: Scenario,
  catalogue: Catalogue = EN_WITH_RULES,
  clock?: (minutes: number) => string,
  locale = 'en',
): Words {
  const say = (key: string, params: Params = {}) => translate(catalogue, EN_WITH_RULES, key, params, locale);
  const country = (id: string) => scenario.countries[id]?.shortName ?? scenario.countries[id]?.name ?? id;
  const requestKind = (kind: string) =>
    translateOr(
      catalogue,
      EN_WITH_RULES,
      `kind.${kind}`,
      {},
      REQUEST_KINDS[kind as RequestKind]?.name ?? kind,
    );
  const when = (minutes: number | null) => {
    if (minutes === null) return '—';
    if (clock) return clock(minutes);
    const whole = Math.max(0, Math.floor(minutes));
    const time = `${String(Math.floor((whole % DAY) / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
    return say('ui.time.day-time', { day: Math.floor(whole / DAY) + 1, time });
  };
  const requestName: Words['requestName'] = (request, among, viewer) => {
    const params = { kind: requestKind(request.kind), when: when(request.sentAt) };
    const about =
      viewer === request.from
        ? say('ui.about.request-to', { ...params, country: country(request.to) })
        : viewer === request.to
          ? say('ui.about.request-from', { ...params, country: country(request.from) })
          : say('ui.about.request-between', {
              ...params,
              from: country(request.from),
              to: country(request.to),
            });
    const minute = Math.floor(request.sentAt);
    const twins = Object.values(among)
      .filter(
        (other) =>
          other.kind === request.kind &&
          other.from === request.from &&
          other.to === request.to &&
          Math.floor(other.sentAt) === minute,
      )
      .sort((a, b) => order(a.id) - order(b.id));
    if (twins.length < 2) return about;
    return say('ui.about.request-nth', { about, n: twins.findIndex((other) => other.id === request.id) + 1 });
  };
  return {
    say,
    t: (key, params = {}) => escapeHtml(say(key, params)),
    sayOr: (key, english) => translateOr(catalogue, EN_WITH_RULES, key, {}, english),
    when,
    country,
    list: (items) => new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(items),
    language: (tag) => {
      try {
        return new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' }).of(tag) ?? tag;
      } catch {
        // A tag Intl refuses is shown as written: the scenario's checker names it.
        return tag;
      }
    },
    requestKind,
    requestName,
    named: (params, requests, viewer, agreements = {}) => {
      const named: Record<string, Param> = { ...params };
      for (const key of REQUEST_KEYS) {
        const id = params[key];
        if (typeof id === 'string' && Object.hasOwn(requests, id))
          named[key] = requestName(requests[id] as NamedRequest, requests, viewer);
      }
      // The engine writes a rule's citation in English beside the rule: said here in the reader's,
      // and the rule by its title (the engine gives its id, which no reader should see).
      const rule = params.rule;
      if (typeof rule === 'string' && isRuleId(rule) && 'article' in params) {
        named.article = citationText(RULES[rule].citations, catalogue, locale);
        named.rule = say(`rule.${rule}.title`);
      }
      const agreement = params.agreementId;
      if (typeof agreement === 'string' && Object.hasOwn(agreements, agreement)) {
        const kind = (agreements[agreement] as { kind: string }).kind;
        named.agreementId = translateOr(catalogue, EN_WITH_RULES, `agreement.${kind}`, {}, kind);
      }
      return named;
    },
    ruleText: (id, part) => say(`rule.${id}.${part}`),
    rule: (id) => {
      if (id === undefined || !isRuleId(id)) return null;
      return {
        title: say(`rule.${id}.title`),
        article: citationText(RULES[id].citations, catalogue, locale),
      };
    },
  };
}

/** Ids are numbered in the order requests are made ("req-12" after "req-3"): the order of twins. */
const order = (id: string) => Number(/\d+$/.exec(id)?.[0] ?? 0);
