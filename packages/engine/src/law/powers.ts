import {
  type Country,
  REQUEST_KINDS,
  type RequestKind,
  type RequestPower,
  type RuleId,
} from '@crossborder/scenario';
import type { MessageKey } from '../model/decision.js';
import { interceptionAllowed } from './legal.js';

/**
 * The powers some kinds of request need in the requested State's law (Arts 45, 46), each with
 * the rule and message that refuse the request when the power is lacking. The same check decides
 * whether the request may be sent, whether "domestic law prohibits" is a lawful refusal, and
 * when a bot refuses.
 */
interface PowerCheck {
  lacks: (country: Country, conducts: readonly string[]) => boolean;
  ruleId: RuleId;
  code: MessageKey;
}

const POWER_CHECKS: Record<RequestPower, PowerCheck> = {
  realTimeCollection: {
    lacks: (country) => !country.law.powers.realTimeCollection,
    ruleId: 'real-time.domestic-law',
    code: 'request.no-real-time',
  },
  // Interception only for the range of serious offences the requested State's law determines,
  // and assistance in it only as far as that law allows (Arts 30, 46, model BC 21(1), 34).
  interception: {
    lacks: (country, conducts) => !interceptionAllowed(country, conducts),
    ruleId: 'interception.serious-only',
    code: 'request.no-interception',
  },
};

/** The power a request of this kind needs and the country lacks for this conduct, if any. */
export function lackingPower(
  country: Country,
  kind: RequestKind,
  conducts: readonly string[],
): Omit<PowerCheck, 'lacks'> | undefined {
  const power = REQUEST_KINDS[kind].requiresPower;
  const check = power === null ? undefined : POWER_CHECKS[power];
  return check?.lacks(country, conducts) ? { ruleId: check.ruleId, code: check.code } : undefined;
}
