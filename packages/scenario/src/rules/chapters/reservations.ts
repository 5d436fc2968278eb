import { cite } from '../cite.js';

/**
 * Reservations and optional elements: how a State narrows an offence or a measure where the
 * convention lets it (Arts 7-15 read in the text; Art. 23 recalled, model BC 14(3)(a)).
 */
export const RESERVATION_RULES = [
  {
    id: 'reservation.offence-elements',
    title: 'Optional elements narrow dual criminality',
    citations: [
      cite.uncc('7(2)'),
      cite.uncc('8(2)'),
      cite.uncc('9(2)'),
      cite.uncc('12(2)'),
      cite.uncc('14(3)'),
      cite.uncc('14(4)'),
      cite.uncc('15'),
      cite.model('35', 'UNCAC 43(2)'),
    ],
    effect: 'mechanic',
    summary:
      'A State that took an option of an offence article criminalises the conduct only as the option says: where the facts lack the element it requires, the conduct is no crime there and dual criminality fails for it.',
    teaching:
      "Several offence articles let a State add an element: illegal access only where a security measure was infringed, with a dishonest intent or on a connected system (7(2)); interception with a dishonest intent or on a connected system (8(2)); data interference only with serious harm (9(2)); forgery only with intent to defraud (12(2)); material depicting a real person, or visual material only (14(3)); an act in furtherance for grooming (15). Others let it leave conduct out (self-generated or consensual private material, 14(4); conduct by children, 15) or reach further (a person believed to be a child, 15). Dual criminality is still judged by conduct (Art. 35), but the conduct must be a crime under the requested State's law as it stands: if the remote-desktop tool was installed by the victim, no security measure was broken, and a State that requires one does not punish that access. Check the directory, and frame the request on a conduct that holds in both States, such as the fraud.",
  },
  {
    id: 'reservation.misuse-of-devices',
    title: 'Misuse of devices reserved: only the trade in access credentials',
    citations: [cite.uncc('11(3)')],
    effect: 'mechanic',
    summary:
      'A State may reserve the offence of misuse of devices, but not the sale, distribution or making available of passwords, access credentials or similar data.',
    teaching:
      'Art. 11(3) lets a State reserve the right not to apply the offence of misuse of devices (11(1)), provided the reservation does not concern the sale, distribution or making available of the passwords, credentials or similar access data of 11(1)(a)(ii). In such a State, producing or selling hacking tools is no crime, so dual criminality fails for that conduct; trading stolen passwords stays a crime everywhere. Authorised testing is never the offence (11(2), rule offence.authorised-testing).',
  },
  {
    id: 'reservation.real-time-collection',
    title: 'Real-time collection reserved to some offences',
    citations: [cite.model('23', 'BC 14(3)(a)'), cite.model('45', 'BC 33(2)')],
    effect: 'rejection',
    summary:
      'A State that reserved real-time collection of traffic data to some offences offers it, at home and on request, only for those: never for fewer than those for which it intercepts content.',
    teaching:
      'The digest recalls that Art. 23 lets a State reserve the right to apply real-time collection of traffic data only to offences or categories of offences it specifies, "provided that the range of such offences ... is not more restricted than the range of offences to which it applies" interception (the model, BC 14(3)(a); the UNCC paragraph is recalled as 23(3), not checked). Assistance in real-time collection is owed "at least with respect to criminal offences for which real-time collection of traffic data would be available in a similar domestic case" (BC 33(2)), so the reservation limits requests too. Read the directory before you ask: for another offence, look to preservation and a stored-data request instead.',
  },
] as const;
