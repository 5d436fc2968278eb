import type { State, Step } from '@crossborder/engine';
import { EN, translate, translateOr } from '@crossborder/i18n';
import { REQUEST_KINDS, type RequestKind, type Scenario } from '@crossborder/scenario';
import { gameTime } from '../io.js';

/**
 * How the simulation report names what the engine keeps by id: countries by name, requests by
 * their kind, countries and time, agreements by their kind, critical-path steps by their
 * catalogue lines. Scenario ids (objectives, injects, evidence) are the author's and stay; the
 * ids the engine makes up during play (req-28, measure-10) never reach the report.
 */
export const countryText = (scenario: Scenario, country: string): string =>
  scenario.countries[country]?.shortName ?? scenario.countries[country]?.name ?? country;

const say = (key: string, params: Readonly<Record<string, string | number>> = {}) =>
  translate(EN, EN, key, params);

/** A step of a critical path as the catalogue says it: titles and names, never an id. */
export function stepText(step: Step): string {
  const how = step.viaLine ? ` (${say(step.viaLine.key, step.viaLine.params)})` : '';
  const decisive = step.decisive ? `  <- ${say('path.decisive')}` : '';
  return `${say(step.line.key, step.line.params)}${how}${decisive}`;
}

/** A request kind's name: the catalogue's `kind.<id>` if it has one, else the rules' English name. */
const requestKindText = (kind: string): string =>
  translateOr(EN, EN, `kind.${kind}`, {}, REQUEST_KINDS[kind as RequestKind]?.name ?? kind);

/** A request as a person knows it: its kind, from whom to whom, when it was sent. */
export function requestText(
  scenario: Scenario,
  request: { kind: string; from: string; to: string; sentAt: number },
): string {
  return say('ui.about.request-between', {
    kind: requestKindText(request.kind),
    from: countryText(scenario, request.from),
    to: countryText(scenario, request.to),
    when: gameTime(request.sentAt),
  });
}

/**
 * A ruling's parameters with the request or agreement it names by id said in words, where the
 * run's state holds it (an id that names nothing, as in "there is no request req-999", stays).
 */
export function namedParams(
  scenario: Scenario,
  state: Pick<State, 'requests' | 'agreements'> | undefined,
  params: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const named: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string' || !state) continue;
    const request = state.requests[value];
    if ((key === 'requestId' || key === 'request') && request) named[key] = requestText(scenario, request);
    const agreement = state.agreements[value];
    if (key === 'agreementId' && agreement)
      named[key] = translateOr(EN, EN, `agreement.${agreement.kind}`, {}, agreement.kind);
  }
  return named;
}

/** What a ruling says, in English, with what it names by id said in words. */
export function rulingText(
  scenario: Scenario,
  state: Pick<State, 'requests' | 'agreements'> | undefined,
  code: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return say(code, namedParams(scenario, state, params));
}
