import { cite } from '../cite.js';

/** Police cooperation, joint investigations and asset recovery (Arts 31, 47-52). */
export const COOPERATION_RULES = [
  {
    id: 'police.cooperation',
    title: 'Law enforcement cooperation',
    citations: [cite.model('47', 'UNTOC 27')],
    effect: 'mechanic',
    summary:
      'Police authorities cooperate directly to find the identity, whereabouts and activities of suspects and the movement of proceeds.',
    teaching:
      'Police channels are fast and suited to locating a suspect or tracing funds. They do not replace MLA where evidence must be compelled or must be usable in court.',
  },
  {
    id: 'jit.agreement',
    title: 'Joint investigation teams by agreement',
    citations: [cite.model('48', 'UNTOC 19')],
    effect: 'mechanic',
    summary: 'Two or more States may set up a joint investigation team by agreement, case by case.',
    teaching:
      'A joint investigation team lets several States investigate together, share evidence directly within the team and coordinate action days. It is created by an agreement that names its members, purpose and duration.',
  },
  {
    id: 'jit.territorial-sovereignty',
    title: "A team acts on a State's territory with that State",
    citations: [cite.model('48', 'UNTOC 19'), cite.uncc('5')],
    effect: 'rejection',
    summary:
      "A joint team acts on a State's territory only through that State's members or with its consent; its sovereignty is fully respected.",
    teaching:
      "Even inside a joint team, measures on a State's territory are taken by that State's authorities under its law. Coordinated action days work because each member acts at home.",
  },
  {
    id: 'assets.request-contents',
    title: 'Confiscation and freezing requests: contents',
    citations: [cite.model('50', 'UNTOC 13(3)')],
    effect: 'violation',
    penalty: 1,
    summary:
      'A request to freeze or confiscate must describe the property and the facts, or attach the foreign order and the extent of execution sought.',
    teaching:
      'Banks and exchanges act on precise identifiers. Describe the account or wallet, the amount and the link to the offence, in addition to the ordinary MLA contents.',
  },
  {
    id: 'assets.frozen-stay',
    title: 'Frozen assets do not move',
    citations: [cite.model('31', 'UNTOC 12'), cite.model('50', 'UNTOC 13(2)')],
    effect: 'mechanic',
    summary: 'Once frozen or seized, proceeds can no longer be transferred, converted or moved.',
    teaching:
      'Criminals move proceeds within hours, often through several exchanges. Freezing early is what keeps anything for victims; confiscation can follow later.',
  },
  {
    id: 'assets.return-priority',
    title: 'Returning proceeds to victims',
    citations: [cite.model('52', 'UNTOC 14(2)')],
    effect: 'mechanic',
    summary:
      "A State confiscating at another's request gives priority to returning the proceeds to that State to compensate victims.",
    teaching:
      'Asset recovery ends with return: priority consideration goes to returning confiscated property to the requesting State so that victims can be compensated or property returned to its owners.',
  },
] as const;
