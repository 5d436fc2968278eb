import type { Params } from '@crossborder/i18n';
import { citationText } from '@crossborder/i18n';
import { RULES, type RuleId } from '@crossborder/scenario';
import type { Event } from './events.js';
import type { MessageKey } from './message.js';

export type { MessageKey };

/**
 * A ruling against a command: nothing changes. `code` is the message key and `params` its
 * parameters: whoever shows the ruling says it with a catalogue, in the reader's language (the
 * engine writes no sentences). `ruleId` and `article` are set whenever the ruling rests on the
 * convention, and null for plain game mechanics (an unknown id, a closed request).
 */
export interface Rejection {
  code: MessageKey;
  ruleId: RuleId | null;
  article: string | null;
  params: Params;
}

export type Decision = { ok: true; events: Event[] } | { ok: false; rejection: Rejection };

export function accept(events: Event[]): Decision {
  return { ok: true, events };
}

/** A rejection that cites the convention: the rule's article comes from the catalogue. */
export function rule(ruleId: RuleId, code: MessageKey, params: Params = {}): Decision {
  return {
    ok: false,
    rejection: { code, ruleId, article: citationText(RULES[ruleId].citations), params },
  };
}

/** A rejection for game mechanics, with no rule of the convention behind it. */
export function invalid(code: MessageKey, params: Params = {}): Decision {
  return { ok: false, rejection: { code, ruleId: null, article: null, params } };
}
