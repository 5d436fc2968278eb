import type { State, Step } from '@crossborder/engine';
import { EN, type Params, translate } from '@crossborder/i18n';
import { type Words, wordsFor } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import { gameTime } from '../io.js';

/**
 * How the simulation report names what the engine keeps by id: the report package's words
 * (countries by name, requests by their kind, countries and time, agreements by their kind), in
 * English and with the command line's clock; critical-path steps by their catalogue lines.
 * Scenario ids (objectives, injects, evidence) are the author's and stay; the ids the engine
 * makes up during play (req-28, measure-10) never reach the report.
 */
export const simulationWords = (scenario: Scenario): Words => wordsFor(scenario, EN, gameTime);

const say = (key: string, params: Params = {}) => translate(EN, EN, key, params);

/** A step of a critical path as the catalogue says it: titles and names, never an id. */
export function stepText(step: Step): string {
  const how = step.viaLine ? ` (${say(step.viaLine.key, step.viaLine.params)})` : '';
  const decisive = step.decisive ? `  <- ${say('path.decisive')}` : '';
  return `${say(step.line.key, step.line.params)}${how}${decisive}`;
}

/**
 * What a ruling says, in English, with the request or agreement it names by id said in words,
 * where the run's state holds it (an id that names nothing, as in "there is no request req-999",
 * stays).
 */
export function rulingText(
  scenario: Scenario,
  state: Pick<State, 'requests' | 'agreements'> | undefined,
  code: string,
  params: Params,
): string {
  const words = simulationWords(scenario);
  return words.say(code, words.named(params, state?.requests ?? {}, undefined, state?.agreements));
}
