import {
  type Country,
  REQUEST_KINDS,
  type RequestKind,
  type RequestPower,
  type RuleId,
  realTimeCollectionFor,
} from '@crossborder/scenario';
import type { MessageKey } from '../model/decision.js';
import { interceptionAllowed } from './legal.js';

/**
 * The powers some kinds of request need in the requested State's law (Arts 45, 46), each with
 * the rule and message that refuse the request when the power is lacking. The same check decides
 * whether the request may be sent, whether "domestic law prohibits" is a lawful refusal, and
 * when a bot refuses.
 */
interface Lacking {
  ruleId: RuleId;
  code: MessageKey;
}

const POWER_CHECKS: Record<
  RequestPower,
  (country: Country, conducts: readonly string[]) => Lacking | undefined
> = {
  realTimeCollection: (country, conducts) => {
    if (!country.law.powers.realTimeCollection)
      return { ruleId: 'real-time.domestic-law', code: 'request.no-real-time' };
    // Reserved to some offences (Art. 23, recalled; model BC 14(3)(a)), and assistance owed only
    // where it would be available in a similar domestic case (Art. 45, model BC 33(2)).
    const kept = realTimeCollectionFor(country.law);
    return kept && !conducts.some((conduct) => kept.includes(conduct))
      ? { ruleId: 'reservation.real-time-collection', code: 'request.real-time-reserved' }
      : undefined;
  },
  // Interception only for the range of serious offences the requested State's law determines,
  // and assistance in it only as far as that law allows (Arts 30, 46, model BC 21(1), 34).
  interception: (country, conducts) =>
    interceptionAllowed(country, conducts)
      ? undefined
      : { ruleId: 'interception.serious-only', code: 'request.no-interception' },
};

/** The power a request of this kind needs and the country lacks for this conduct, if any. */
export function lackingPower(
  country: Country,
  kind: RequestKind,
  conducts: readonly string[],
): Lacking | undefined {
  const power = REQUEST_KINDS[kind].requiresPower;
  return power === null ? undefined : POWER_CHECKS[power](country, conducts);
}
