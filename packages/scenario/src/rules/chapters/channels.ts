import { cite } from '../cite.js';

/** Channels, the 24/7 network and the e-evidence request kinds (Arts 36, 41, 44-46). */
export const CHANNEL_RULES = [
  {
    id: 'request.territorial-link',
    title: 'Ask the State where it is',
    citations: [cite.model('42', 'BC 29(1)'), cite.model('44', 'BC 31(1)')],
    effect: 'rejection',
    summary:
      'A request goes to the State where the data, the person or the property is: only that State can act on its territory.',
    teaching:
      "Preservation and access requests concern data stored in the requested State's territory; extradition and freezing concern a person or property there. Find out where the provider is established, where the suspect is, or where the funds sit, then ask that State. A request to the wrong State wastes the time the data has left.",
  },
  {
    id: 'channel.competent',
    title: 'Use a competent channel',
    citations: [cite.model('40', 'UNTOC 18(13)'), cite.model('41', 'BC 35')],
    effect: 'rejection',
    summary:
      'Each kind of request travels by its competent channel: MLA to the central authority, preservation through the 24/7 network or the central authority.',
    teaching:
      'Central authorities receive and execute mutual legal assistance requests; the 24/7 network handles urgent preservation, advice and locating suspects; police channels carry law-enforcement cooperation. A request sent to the wrong desk is not received as such.',
  },
  {
    id: 'channel.diplomatic-required',
    title: 'Diplomatic channel where required',
    citations: [cite.model('40', 'UNTOC 18(13)')],
    effect: 'rejection',
    summary:
      'A State that has declared that requests must reach it through diplomatic channels receives them only that way.',
    teaching:
      'A State may require MLA requests to come through diplomatic channels. It is slower, so plan for it, and use the 24/7 network for the urgent preservation in the meantime.',
  },
  {
    id: 'channel.24-7.scope',
    title: 'What the 24/7 network can do',
    citations: [cite.model('41', 'BC 35')],
    effect: 'rejection',
    summary:
      'The 24/7 network advises, preserves data, helps collect evidence and locate suspects; it cannot hand over stored content, which needs MLA (Art. 44).',
    teaching:
      'Each State keeps a contact point available around the clock. It facilitates or carries out technical advice, preservation, evidence collection, legal information and locating suspects. Compelled disclosure of stored content still needs an MLA request to the central authority.',
  },
  {
    id: 'channel.24-7.emergency',
    title: 'Emergency disclosure through the 24/7 network',
    citations: [cite.uncc('2(o)'), cite.recalled('41')],
    effect: 'mechanic',
    summary:
      'In an emergency (a significant and imminent risk to life or safety) the 24/7 point may provide data at once.',
    teaching:
      "Art. 2(o) defines an emergency as a significant and imminent risk to the life or safety of any person. In such a case the 24/7 network may provide electronic data to avert it without waiting for the MLA procedure. Say why the risk is imminent; 'urgent' alone is not an emergency.",
  },
  {
    id: 'mla.stored-data.expedited',
    title: 'Volatile stored data gets priority',
    citations: [cite.model('44', 'BC 31(3)')],
    effect: 'mechanic',
    summary:
      'A request for stored data that is especially vulnerable to loss or modification must be answered on an expedited basis.',
    teaching:
      'Art. 44 requests are executed under the general MLA rules, but faster where the data is volatile. Flag the volatility in the request and explain it: the requested State shortens its processing.',
  },
  {
    id: 'real-time.domestic-law',
    title: 'Real-time collection needs domestic law',
    citations: [cite.model('45', 'BC 33')],
    effect: 'rejection',
    summary:
      "Real-time collection of traffic data for another State is possible only where the requested State's own law provides it.",
    teaching:
      "Assistance in real-time collection is governed by domestic law, and must at least be available where it would be in a similar domestic case. Check the requested State's powers before asking.",
  },
  {
    id: 'real-time.contents.period',
    title: 'Real-time request: period and duration',
    // No model lists the contents of these requests (BC 33, 34 list none): both articles recalled.
    citations: [cite.recalled('45'), cite.recalled('46')],
    effect: 'violation',
    penalty: 1,
    summary:
      'A request for real-time collection or interception must state the period of collection and justify its duration.',
    teaching:
      'Ongoing surveillance is the most intrusive form of assistance; the requested State must be able to check that it is limited in time and proportionate. Give a start, an end and the reason for that length.',
  },
  {
    id: 'interception.serious-only',
    title: 'Interception only for the offences domestic law lists',
    citations: [cite.model('30', 'BC 21(1)'), cite.model('46', 'BC 34')],
    effect: 'rejection',
    summary:
      "Interception of content is possible only for the range of serious offences the intercepting State's law determines, and assistance in it only as far as that law allows.",
    teaching:
      'Art. 30 (model BC 21(1)) limits interception of content data to "a range of serious offences to be determined by domestic law", and Art. 46 (model BC 34) gives assistance in it "to the extent permitted" by the requested State\'s treaties and law. The list is each State\'s own: it need not follow the four-year definition of serious crime in Art. 2(h). Check the requested State\'s law before asking: a State without the power, or whose list does not include the conduct, cannot help this way: look for stored data instead.',
  },
  {
    id: 'data-protection.transfer',
    title: 'Personal data transfers follow data-protection law',
    citations: [cite.recalled('36')],
    effect: 'rejection',
    summary:
      'A State does not transfer personal data that its data-protection law forbids it to provide; it may set conditions instead.',
    teaching:
      "Art. 36 lets a State refuse to transfer personal data that it cannot provide lawfully, and encourages conditions that make the transfer lawful instead. The receiving State must protect the data it gets. Read the requested State's data-protection card before asking for subscriber or content data.",
  },
  {
    id: 'data-protection.onward-transfer',
    title: 'Onward transfer needs authorisation',
    citations: [cite.recalled('36')],
    effect: 'violation',
    penalty: 3,
    summary:
      "Personal data received from one State may be passed to a third State only with the sender's prior authorisation.",
    teaching:
      "Data shared under the convention stays under the sending State's control: forwarding it to a third State or an organisation needs that State's prior authorisation. Ask for it before sharing.",
  },
] as const;
