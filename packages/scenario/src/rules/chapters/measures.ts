import { cite } from '../cite.js';

/** Domestic procedural powers and their safeguards (Arts 24-30). */
export const MEASURE_RULES = [
  {
    id: 'safeguards.conditions',
    title: 'Safeguards on every coercive measure',
    citations: [cite.model('24', 'BC 15')],
    effect: 'violation',
    penalty: 2,
    summary:
      'A measure needs its safeguards recorded, as appropriate to it: the competent authority that ordered it, the grounds, its scope and its duration.',
    teaching:
      'Art. 24 makes every procedural power subject to conditions that protect human rights, "as appropriate in view of the nature of the procedure or power concerned" (model BC 15(2)): proportionality, judicial or other independent supervision where the measure calls for it, grounds justifying it, limits on its scope and duration, and an effective remedy. A preservation order only freezes data with its custodian: a competent authority (a prosecutor or the police may do), its grounds and its scope suffice, and its duration is the order\'s own, 90 days at most. Searches, production orders, interception and arrests need all four, and the most intrusive a judge or independent body. Evidence gathered without them is open to challenge in court.',
  },
  {
    id: 'measures.preservation-order-90-days',
    title: 'Domestic preservation lasts 90 days at most',
    citations: [cite.model('25', 'BC 16(2)')],
    effect: 'rejection',
    summary:
      'A domestic preservation order lasts at most 90 days; renew it before it ends if you still need the data.',
    teaching:
      'An order to preserve stored data obliges the custodian to keep it intact for as long as necessary, up to 90 days, and the order can be renewed. Preservation is not disclosure: it freezes the data so that a production order or a foreign request can follow.',
  },
  {
    id: 'measures.production-order',
    title: 'Production orders',
    citations: [cite.model('27', 'BC 18(1)')],
    effect: 'rejection',
    summary:
      'A production order makes a person on your territory hand over data it holds, and a provider offering its services on your territory hand over subscriber information, wherever it is established.',
    teaching:
      'Art. 27 (model BC 18(1)) lets your authorities order (a) a person on your territory to submit specified data in its possession or control, and (b) a service provider offering its services on your territory to submit the subscriber information in its possession or control, even when it is established abroad. The second reaches subscriber information only: traffic data and content held abroad stay for the State where they are, by preservation and mutual legal assistance (Arts 42, 44). Find out where a provider offers its services: it can save a request and weeks.',
  },
  {
    id: 'measures.search-and-seizure',
    title: 'Search and seizure of stored data',
    citations: [cite.model('28', 'BC 19')],
    effect: 'mechanic',
    summary:
      'Authorities may search and seize systems and stored data on their own territory, with safeguards.',
    teaching:
      'Search and seizure covers devices and storage on your territory, and may extend to another system on your territory that is lawfully reachable from the first. A system in another State is out of reach: that would be action on foreign territory (Art. 5).',
  },
  {
    id: 'measures.real-time-and-interception',
    title: 'Real-time collection and interception',
    citations: [cite.model('29', 'BC 20'), cite.model('30', 'BC 21')],
    effect: 'mechanic',
    summary:
      'Real-time collection of traffic data, and interception of content for the serious offences domestic law lists, are domestic powers under strict safeguards.',
    teaching:
      'Collecting traffic data in real time and intercepting content are the most intrusive powers. Interception is limited to "a range of serious offences to be determined by domestic law" (model BC 21(1)): each country\'s own list, not the convention\'s four-year definition of serious crime. Both are confidential for the provider that assists.',
  },
  {
    id: 'data.lost-after-retention',
    title: 'Unpreserved data is lost',
    citations: [cite.model('25', 'BC 16'), cite.recalled('42')],
    effect: 'mechanic',
    summary:
      "Data that is not preserved is deleted when the provider's retention period ends; once it is gone, no request can bring it back.",
    teaching:
      'Providers keep logs and content only as long as their law and business require: sometimes 30 days, sometimes less. Preservation is the first step of every e-evidence case because a complete, perfect MLA request that arrives after deletion obtains nothing. A preservation order at home (Art. 25), or a preservation request to the State where the data is (Art. 42), sent before the retention period ends, keeps it. Preserve first, then ask for disclosure.',
  },
] as const;
