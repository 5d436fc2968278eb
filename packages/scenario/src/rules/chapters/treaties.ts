import { cite } from '../cite.js';

const untoc18 = (paragraph: string) => cite.model('40', `UNTOC 18(${paragraph})`);
const untoc16 = (paragraph: string) => cite.model('37', `UNTOC 16(${paragraph})`);

/**
 * Existing treaties first: a bilateral treaty of mutual legal assistance or extradition between
 * two States governs their requests in place of the convention's procedure (Arts 37, 40; the UNCC
 * wording is recalled, the model clauses UNTOC 16 and 18 were read).
 */
export const TREATY_RULES = [
  {
    id: 'treaty.precedence',
    title: 'An MLA treaty between the two States governs',
    citations: [cite.model('40', 'UNTOC 18(6)-(7)')],
    effect: 'mechanic',
    summary:
      "Between two States bound by a treaty of mutual legal assistance, the treaty's grounds, contents and channels govern a request in place of the convention's procedure.",
    teaching:
      'The convention does not displace the treaties States already have (model UNTOC 18(6)). Its detailed procedure (dual criminality, channels, form, contents, grounds of refusal, deadlines, consultation, costs: model 18(9)-(29)) applies only "if the States Parties in question are not bound by a treaty of mutual legal assistance"; if they are, "the corresponding provisions of that treaty shall apply" (18(7)). Practitioners work mostly under such treaties. Before drafting, check the directory: a treaty may ask for more (the text of your law), designate its own channel, and allow a ground the convention does not have, such as a political offence. Between a party and a State the convention does not bind, the treaty is the only obligation there is. The game decides the regime when the request is sent and records it on the request; it keeps the duty to consult before refusing and to give reasons under a treaty too, as most treaties do.',
  },
  {
    id: 'treaty.convention-in-lieu',
    title: "Applying the convention's procedure instead",
    citations: [untoc18('7')],
    effect: 'mechanic',
    summary:
      "Two States bound by an MLA treaty may agree to apply the convention's procedure in its place; the convention encourages it where it makes cooperation easier.",
    teaching:
      'Model UNTOC 18(7) lets States bound by a treaty of mutual legal assistance agree to apply the convention\'s paragraphs "in lieu thereof", and "strongly encouraged" them to do so if it facilitates cooperation: an old treaty may lack expedited channels, electronic evidence or a closed list of grounds. When two States have so agreed, their requests follow the convention (Art. 40) although the treaty stays in force. The agreement needs both States bound by the convention; until then the treaty governs.',
  },
  {
    id: 'treaty.extradition-conditions',
    title: "An extradition treaty's conditions apply",
    citations: [cite.model('37', 'UNTOC 16(3), 16(7)')],
    effect: 'rejection',
    summary:
      'Extradition between two States bound by an extradition treaty is subject to its conditions: its minimum penalty and its grounds of refusal; convention offences count as extraditable under it.',
    teaching:
      'Each convention offence is "deemed to be included as an extraditable offence in any extradition treaty existing between States Parties" (model UNTOC 16(3)), and extradition is "subject to the conditions provided for by the domestic law of the requested State Party or by applicable extradition treaties, including ... the minimum penalty requirement for extradition and the grounds upon which the requested State Party may refuse extradition" (16(7)). A treaty may set a higher minimum penalty than the requested State\'s law, or allow refusal for a political offence. The convention\'s own duties stay: no refusal on fiscal grounds alone (16(15)), consultation before refusing (16(16)) and, for nationals, prosecution instead when asked (16(10)).',
  },
  {
    id: 'treaty.channel',
    title: 'Requests under a treaty take its channel',
    citations: [untoc18('7'), untoc16('7')],
    effect: 'rejection',
    summary:
      'A request governed by a treaty goes through the channel the treaty designates, such as direct transmission between central authorities.',
    teaching:
      "Many treaties designate the authorities that send and receive requests, often the two central authorities directly, sometimes the diplomatic channel. Under the treaty that designation replaces the convention's (model UNTOC 18(13), one of the paragraphs a treaty displaces, 18(7)): a State that requires the diplomatic channel for convention requests may receive treaty requests directly, which saves days. Emergencies still reach the 24/7 network (Art. 41), which no treaty displaces.",
  },
  {
    id: 'treaty.contents',
    title: 'A request under a treaty contains what the treaty requires',
    citations: [untoc18('7'), untoc16('7')],
    effect: 'violation',
    penalty: 1,
    summary:
      'A request governed by a treaty must contain what the treaty requires, which may be more than the convention asks, such as the text of the law that makes the conduct an offence.',
    teaching:
      "The contents of a request are among the provisions a treaty replaces (model UNTOC 18(15), displaced by 18(7)). Many treaties ask for the text of the requesting State's law on the offence and its penalty, so that the requested State can check dual criminality and the penalty itself; some ask for less than the convention. A request that lacks an item the treaty requires goes, but the requested State may ask for it or refuse the request as not conforming where the treaty allows that ground.",
  },
  {
    id: 'treaty.refusal-grounds',
    title: "Refusal under a treaty: only on the treaty's grounds",
    citations: [untoc18('7'), untoc16('7')],
    effect: 'rejection',
    summary:
      "A State bound by a treaty may refuse a request it governs only on a ground the treaty allows, which may differ from the convention's list.",
    teaching:
      "Under a treaty, the grounds of refusal are the treaty's (model UNTOC 18(7) for assistance, 16(7) for extradition). A treaty may keep a ground the convention does not have, the political offence being the common one (the Budapest Convention has it, BC 27(4)(a); UNTOC 18(21) does not), and drop one it has. A ground outside the treaty's list is unlawful even if the convention would allow it; so is \"no convention relationship\" between States a treaty binds. What is the requested State's own law stays with it: its data-protection law, its bar on extraditing its nationals, and the absence of the person sought.",
  },
] as const;
