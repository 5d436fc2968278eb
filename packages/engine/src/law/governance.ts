import {
  type Country,
  type Governance,
  type RequestKind,
  type RuleId,
  treatiesOf,
  treatyKindOf,
} from '@crossborder/scenario';
import type { MessageKey } from '../model/message.js';
import { displayName } from './display-name.js';

/**
 * Which rules a request goes under, said for a reader: a catalogue key with its parameters and
 * the rule that explains it. The debrief shows it on each request, the composer before sending;
 * both read only public data (the scenario's countries, or a view's directory).
 */
export interface GovernanceNote {
  key: MessageKey;
  params: Record<string, string>;
  ruleId: RuleId;
}

type Countries = Readonly<Record<string, Pick<Country, 'name' | 'shortName' | 'treaties' | 'convention'>>>;

const KEYS: Record<Governance['reason'], MessageKey> = {
  convention: 'regime.convention',
  treaty: 'regime.treaty',
  'treaty-outside-convention': 'regime.treaty-outside-convention',
  'convention-in-lieu': 'regime.convention-in-lieu',
  none: 'regime.none',
};

/**
 * The rule behind a regime: the convention binds parties only (Art. 65); an MLA treaty governs in
 * its place (model UNTOC 18(6)-(7)), or sets the conditions of extradition (16(7)); the two States
 * may apply the convention instead (18(7)).
 */
function governanceRule(governed: Governance, kind: RequestKind): RuleId {
  switch (governed.reason) {
    case 'treaty':
    case 'treaty-outside-convention':
      return treatyKindOf(kind) === 'extradition' ? 'treaty.extradition-conditions' : 'treaty.precedence';
    case 'convention-in-lieu':
      return 'treaty.convention-in-lieu';
    default:
      return 'treaty.in-force';
  }
}

/** Why a request from one country to another goes under the rules it does. */
export function governanceNote(
  countries: Countries,
  governed: Governance,
  request: { from: string; to: string; kind: RequestKind },
): GovernanceNote {
  const name = (id: string) => displayName(countries, id);
  const treaty = governed.treaty
    ? treatiesOf(countries, request.from).find((found) => found.id === governed.treaty)?.treaty.name
    : undefined;
  return {
    key: KEYS[governed.reason],
    params: { from: name(request.from), to: name(request.to), treaty: treaty ?? governed.treaty ?? '' },
    ruleId: governanceRule(governed, request.kind),
  };
}
