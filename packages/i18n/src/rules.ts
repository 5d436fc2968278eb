import { EN } from './en.js';
import { expandCatalogue } from './glossary.js';

/**
 * The rules catalogue's texts, in English: each rule's title, the sentence a trainee reads with every
 * ruling that cites it (`summary`) and the debrief's longer note (`teaching`), under
 * `rule.<rule id>.<part>`. The rules themselves (id, citations, effect, penalty) stay data in
 * packages/scenario/src/rules/chapters/; a legal reviewer corrects a citation there and a wording
 * here. Lengths: a title 3-80 characters, a summary 20-300, a teaching note 60-1500 and longer than
 * its summary (a test in packages/engine, which reads both packages, holds every language to them).
 */
export const RULES_TEXT = {
  // general.ts: Scope, offences, sovereignty and entry into force (Chapters I-II, Art. 65).
  'rule.offence.intent-and-without-right.title': 'Intent and "without right"',
  'rule.offence.intent-and-without-right.summary':
    'A convention offence needs intentional conduct, and most need conduct "without right": authorised work is not a crime.',
  'rule.offence.intent-and-without-right.teaching':
    'Every offence of Chapter II is committed intentionally, and most are committed "without right". A penetration tester working under contract, or an administrator acting within their authority, does not commit illegal access. When you classify a case, check intent and authority before you pick the offence: it decides whether the conduct is criminal in the other State at all.',
  'rule.offence.authorised-testing.title': 'Authorised testing is not misuse of devices',
  'rule.offence.authorised-testing.summary':
    'Making or holding hacking tools for authorised testing or protecting a system is not the offence of misuse of devices.',
  'rule.offence.authorised-testing.teaching':
    'Art. 11 criminalises producing, selling or possessing tools and credentials meant for illegal access and related offences. Its second paragraph excludes authorised testing and the protection of a system. Security researchers and red teams are not suspects because they hold the same tools as criminals.',
  'rule.offence.convention-offence.title': 'The convention offences',
  'rule.offence.convention-offence.summary':
    'The convention lists the conduct every [[state-party]] must criminalise (Arts 7-17); every form of cooperation covers these offences, within its own limits.',
  'rule.offence.convention-offence.teaching':
    "Illegal access, interception, data and system interference, misuse of devices, forgery, fraud, child sexual abuse material, grooming, non-consensual intimate images and laundering are convention offences. For them, every form of cooperation in Chapter V is available, subject to the limits of Arts 37, 45 and 46 and the [[requested-state]]'s law: [[extradition]] needs the minimum penalty its law or treaties set, [[real-time-collection]] and interception only where, and for the offences for which, its law provides them. Tag the conduct of your case with these offences first: it decides which rules apply.",
  'rule.scope.serious-crime.title': '[[Electronic-evidence]] of serious crime: four years or more',
  'rule.scope.serious-crime.summary':
    'For an offence outside the convention list, only [[electronic-evidence]] can be asked for, and only if the offence is a serious crime: punishable by at least four years.',
  'rule.scope.serious-crime.teaching':
    'Art. 2(h) defines serious crime as conduct punishable by a maximum deprivation of liberty of at least four years. Arts 3(b) and 35 extend cooperation on [[electronic-evidence]] ([[preservation]], [[traffic-data]], [[stored-data]], [[real-time-collection]], interception) to any serious crime, not only to convention offences. The extension stops there: [[freezing]] and confiscating proceeds, [[extradition]] and other assistance concern convention offences (Art. 3(a)). A request for the logs of an extortion punished by three years in the [[requesting-state]] falls outside the convention: check the penalty in your own law before you ask.',
  'rule.scope.proceeds.title': '[[Freezing]] and [[confiscation]]: convention offences only',
  'rule.scope.proceeds.summary':
    'The convention covers [[freezing]], [[seizure]] and [[confiscation]] of the proceeds of convention offences only; its extension to serious crime is for [[electronic-evidence]].',
  'rule.scope.proceeds.teaching':
    'Art. 3(a) applies the convention to the [[freezing]], [[seizure]], [[confiscation]] and return of the proceeds of the offences it establishes, and only [[electronic-evidence]] extends to any serious crime (Arts 3(b), 35). The model clause (UNTOC 13(7)) lets a State refuse [[confiscation]] cooperation for an offence the convention does not cover. Under this convention, tie a [[freezing]] or [[confiscation]] request to a convention offence of your case, such as fraud or laundering, where the facts support it; for the proceeds of another crime, look to another treaty.',
  'rule.scope.other-assistance.title': 'Other assistance for other offences may be refused',
  'rule.scope.other-assistance.summary':
    'Assistance other than [[electronic-evidence]] (records, witnesses, police inquiries) is owed for convention offences; for another offence the [[requested-state]] may refuse it as outside the convention.',
  'rule.scope.other-assistance.teaching':
    "The duty to afford the widest measure of [[mutual-legal-assistance]], and law enforcement cooperation, concern the offences the convention covers (Art. 3(a); models UNTOC 18(1), 27(1)); only [[electronic-evidence]] extends to any serious crime (Art. 35). A request for bank records, a witness statement or a police inquiry about another offence may still be sent and answered at the [[requested-state]]'s discretion, but it may lawfully be refused as outside the convention's scope. For a convention offence that ground is unlawful.",
  'rule.treaty.in-force.title': 'The convention binds parties only',
  'rule.treaty.in-force.summary':
    'The convention governs cooperation only between States for which it is in force; a non-party helps at its discretion.',
  'rule.treaty.in-force.teaching':
    'The convention enters into force 90 days after the fortieth ratification (Art. 65(1)), and for a later ratifier some time after its own instrument. Between a party and a signatory or non-party, none of the convention duties apply: the other State may help under its own law or another treaty, or decline without giving a convention ground. Plan for slower, discretionary answers from such States.',
  'rule.sovereignty.no-action-abroad.title': 'No investigative action on foreign territory',
  'rule.sovereignty.no-action-abroad.summary':
    "The convention gives no State the right to exercise [[jurisdiction]] or an authority's functions on another State's territory: ask that State to act instead.",
  'rule.sovereignty.no-action-abroad.teaching':
    "Art. 5 keeps the sovereign equality and territorial integrity of States: nothing in the convention entitles one State to exercise [[jurisdiction]] or perform functions reserved to another's authorities on that State's territory (the prohibition itself is general international law). Searching a foreign provider's servers, arresting a suspect abroad or seizing a foreign account yourself is unlawful. An order to a provider offering its services on your territory to produce [[subscriber-information]] is not action abroad (Art. 27, rule measures.production-order). For anything else held abroad, use a request, the [[24-7-network]] or a [[joint-investigation-team]] agreement.",
  'rule.human-rights.respect.title': 'Respect for human rights',
  'rule.human-rights.respect.summary':
    'Every measure taken under the convention must be consistent with international human rights law.',
  'rule.human-rights.respect.teaching':
    'Art. 6 requires States to implement the convention consistently with their human rights obligations, and forbids reading it as permitting the suppression of expression, belief, assembly or association. It is the background to the safeguards of Art. 24, the data-protection article (36) and the non-discrimination refusal grounds.',
  'rule.dual-criminality.by-conduct.title': '[[Dual-criminality]] is judged by conduct',
  'rule.dual-criminality.by-conduct.summary':
    'Where [[dual-criminality]] is required, it is met if the underlying conduct is a crime in both States, whatever each law calls it.',
  'rule.dual-criminality.by-conduct.teaching':
    "The [[requested-state]] compares what the suspect did, not the names or categories of the offences. Fraud by deceiving a victim online may be 'theft by deception' in one code and 'computer fraud' in another: the conduct is criminal in both, so [[dual-criminality]] holds. A refusal that relies on a difference of labels is unlawful.",

  // reservations.ts: * Reservations and optional elements: how a State narrows an offence or a measure where the convention lets it (Arts 7-15 read in the text; Art. 23 recalled, model BC 14(3)(a)).
  'rule.reservation.offence-elements.title': 'Optional elements narrow [[dual-criminality]]',
  'rule.reservation.offence-elements.summary':
    'A State that took an option of an offence article criminalises the conduct only as the option says: where the facts lack the element it requires, the conduct is no crime there and [[dual-criminality]] fails for it.',
  'rule.reservation.offence-elements.teaching':
    "Several offence articles let a State add an element: illegal access only where a security measure was infringed, with a dishonest intent or on a connected system (7(2)); interception with a dishonest intent or on a connected system (8(2)); data interference only with serious harm (9(2)); forgery only with intent to defraud (12(2)); material depicting a real person, or visual material only (14(3)); an act in furtherance for grooming (15). Others let it leave conduct out (self-generated or consensual private material, 14(4); conduct by children, 15) or reach further (a person believed to be a child, 15). [[Dual-criminality]] is still judged by conduct (Art. 35), but the conduct must be a crime under the [[requested-state]]'s law as it stands: if the remote-desktop tool was installed by the victim, no security measure was broken, and a State that requires one does not punish that access. Check the directory, and frame the request on a conduct that holds in both States, such as the fraud.",
  'rule.reservation.misuse-of-devices.title':
    'Misuse of devices reserved: only the trade in access credentials',
  'rule.reservation.misuse-of-devices.summary':
    'A State may reserve the offence of misuse of devices, but not the sale, distribution or making available of passwords, access credentials or similar data.',
  'rule.reservation.misuse-of-devices.teaching':
    'Art. 11(3) lets a State reserve the right not to apply the offence of misuse of devices (11(1)), provided the [[reservation]] does not concern the sale, distribution or making available of the passwords, credentials or similar access data of 11(1)(a)(ii). In such a State, producing or selling hacking tools is no crime, so [[dual-criminality]] fails for that conduct; trading stolen passwords stays a crime everywhere. Authorised testing is never the offence (11(2), rule offence.authorised-testing).',
  'rule.reservation.real-time-collection.title': '[[Real-time-collection]] reserved to some offences',
  'rule.reservation.real-time-collection.summary':
    'A State that reserved [[real-time-collection]] of [[traffic-data]] to some offences offers it, at home and on request, only for those: never for fewer than those for which it intercepts content.',
  'rule.reservation.real-time-collection.teaching':
    'The digest recalls that Art. 23 lets a State reserve the right to apply [[real-time-collection]] of [[traffic-data]] only to offences or categories of offences it specifies, "provided that the range of such offences ... is not more restricted than the range of offences to which it applies" interception (the model, BC 14(3)(a); the UNCC paragraph is recalled as 23(3), not checked). Assistance in [[real-time-collection]] is owed "at least with respect to criminal offences for which [[real-time-collection]] of [[traffic-data]] would be available in a similar domestic case" (BC 33(2)), so the [[reservation]] limits requests too. Read the directory before you ask: for another offence, look to [[preservation]] and a stored-data request instead.',

  // jurisdiction.ts: Jurisdiction and concentrating proceedings (Arts 22, 39).
  'rule.jurisdiction.territory.title': 'Territorial [[jurisdiction]] is mandatory',
  'rule.jurisdiction.territory.summary':
    'A State where any part of the conduct took place has [[jurisdiction]] over the offence.',
  'rule.jurisdiction.territory.teaching':
    'Every party must establish [[jurisdiction]] over offences committed on its territory or on board its ships and aircraft. In cybercrime, several States often qualify: the one where the attacker sat, the one whose systems were hit, the one hosting the servers. That is why conflicts of claims are normal and must be settled by consultation.',
  'rule.jurisdiction.optional-basis.title': 'Optional bases need domestic law',
  'rule.jurisdiction.optional-basis.summary':
    'Victim nationality, offender nationality and offences against the State are optional bases: claim them only if your law adopted them.',
  'rule.jurisdiction.optional-basis.teaching':
    "Art. 22(2) lets a State extend its [[jurisdiction]] to offences against its nationals, by its nationals or stateless residents, or against the State itself. These bases are optional: a State may claim one only if its own law has adopted it. Look at your country's law card before claiming anything other than territory.",
  'rule.jurisdiction.basis-unsupported.title': 'A claim must rest on the facts',
  'rule.jurisdiction.basis-unsupported.summary':
    'A [[jurisdiction]] claim must rest on facts you know: the basis stated has to hold for this case, such as conduct on your territory.',
  'rule.jurisdiction.basis-unsupported.teaching':
    'Claiming territory needs conduct that took place on your territory; claiming victim nationality needs a victim who is your national; claiming offender nationality needs an identified suspect of your nationality or a stateless person living with you. A claim built on facts you do not yet have is premature: obtain the evidence first.',
  'rule.jurisdiction.national-not-extradited.title': '[[Jurisdiction]] over nationals you do not extradite',
  'rule.jurisdiction.national-not-extradited.summary':
    'A State that refuses to extradite a person only because they are its national must be able to prosecute them itself.',
  'rule.jurisdiction.national-not-extradited.teaching':
    "This is the jurisdictional half of 'extradite or prosecute'. If your law forbids extraditing nationals and you refuse on that ground alone, your prosecutors must be competent to try the case, wherever the offence was committed. The [[requesting-state]] can then ask you to submit the case for prosecution (rule [[extradition]].prosecute-instead).",
  'rule.jurisdiction.consult-parallel.title': 'Consult on parallel proceedings',
  'rule.jurisdiction.consult-parallel.summary':
    'When you learn that another State is investigating or prosecuting the same conduct, consult it, as appropriate, to coordinate before acting alone.',
  'rule.jurisdiction.consult-parallel.teaching':
    "A State exercising [[jurisdiction]] that has been notified, or has otherwise learned, that another State is investigating, prosecuting or trying the same conduct shall, as appropriate, consult it to coordinate their actions. What sets off the duty is learning of those proceedings, from the other State's public claim over a case it has opened or from a request it sends you about the offence, not a claim alone. The game counts consultation as appropriate before your own arrest, prosecution or [[extradition]] request on that offence. Parallel arrests, competing requests to the same provider and duplicated prosecutions waste evidence and time and can tip off suspects. Open a consultation as soon as you learn of the other case.",
  'rule.proceedings.transfer.title': '[[Transfer-of-proceedings]]',
  'rule.proceedings.transfer.summary':
    'States shall consider transferring proceedings to one State when that serves justice, especially when several [[jurisdiction:plural]] are involved.',
  'rule.proceedings.transfer.teaching':
    'The convention does not say who wins a conflict of [[jurisdiction]]. Its tool is transfer: States consider moving the prosecution to the one best placed (where the suspect is, where most evidence and victims are), so that the case is tried once. Agree on it in a consultation and record the agreement.',

  // measures.ts: Domestic procedural powers and their safeguards (Arts 24-30).
  'rule.safeguards.conditions.title': 'Safeguards on every coercive measure',
  'rule.safeguards.conditions.summary':
    'A measure needs its safeguards recorded, as appropriate to it: the competent authority that ordered it, the grounds, its scope and its duration.',
  'rule.safeguards.conditions.teaching':
    'Art. 24 makes every procedural power subject to conditions that protect human rights, "as appropriate in view of the nature of the procedure or power concerned" (model BC 15(2)): proportionality, judicial or other independent supervision where the measure calls for it, grounds justifying it, limits on its scope and duration, and an effective remedy. A [[preservation]] order only freezes data with its custodian: a competent authority (a prosecutor or the police may do), its grounds and its scope suffice, and its duration is the order\'s own, 90 days at most. Searches, [[production-order:plural]], interception and arrests need all four, and the most intrusive a judge or independent body. Evidence gathered without them is open to challenge in court.',
  'rule.measures.preservation-order-90-days.title': 'Domestic [[preservation]] lasts 90 days at most',
  'rule.measures.preservation-order-90-days.summary':
    'A domestic [[preservation]] order lasts at most 90 days; renew it before it ends if you still need the data.',
  'rule.measures.preservation-order-90-days.teaching':
    'An order to preserve [[stored-data]] obliges the custodian to keep it intact for as long as necessary, up to 90 days, and the order can be renewed. [[Preservation]] is not disclosure: it freezes the data so that a [[production-order]] or a foreign request can follow.',
  'rule.measures.production-order.title': '[[Production-order:plural]]',
  'rule.measures.production-order.summary':
    'A [[production-order]] makes a person on your territory hand over data it holds, and a provider offering its services on your territory hand over [[subscriber-information]], wherever it is established.',
  'rule.measures.production-order.teaching':
    'Art. 27 (model BC 18(1)) lets your authorities order (a) a person on your territory to submit specified data in its possession or control, and (b) a [[service-provider]] offering its services on your territory to submit the [[subscriber-information]] in its possession or control, even when it is established abroad. The second reaches [[subscriber-information]] only: [[traffic-data]] and content held abroad stay for the State where they are, by [[preservation]] and [[mutual-legal-assistance]] (Arts 42, 44). Find out where a provider offers its services: it can save a request and weeks.',
  'rule.measures.search-and-seizure.title': 'Search and [[seizure]] of [[stored-data]]',
  'rule.measures.search-and-seizure.summary':
    'Authorities may search and seize systems and [[stored-data]] on their own territory, with safeguards.',
  'rule.measures.search-and-seizure.teaching':
    'Search and [[seizure]] covers devices and storage on your territory, and may extend to another system on your territory that is lawfully reachable from the first. A system in another State is out of reach: that would be action on foreign territory (Art. 5).',
  'rule.measures.real-time-and-interception.title': '[[Real-time-collection]] and interception',
  'rule.measures.real-time-and-interception.summary':
    '[[Real-time-collection]] of [[traffic-data]], and interception of content for the serious offences domestic law lists, are domestic powers under strict safeguards.',
  'rule.measures.real-time-and-interception.teaching':
    'Collecting [[traffic-data]] in real time and intercepting content are the most intrusive powers. Interception is limited to "a range of serious offences to be determined by domestic law" (model BC 21(1)): each country\'s own list, not the convention\'s four-year definition of serious crime. Both are confidential for the provider that assists.',
  'rule.data.lost-after-retention.title': 'Unpreserved data is lost',
  'rule.data.lost-after-retention.summary':
    "Data that is not preserved is deleted when the provider's retention period ends; once it is gone, no request can bring it back.",
  'rule.data.lost-after-retention.teaching':
    'Providers keep logs and content only as long as their law and business require: sometimes 30 days, sometimes less. [[Preservation]] is the first step of every e-evidence case because a complete, perfect MLA request that arrives after deletion obtains nothing. A [[preservation]] order at home (Art. 25), or a [[preservation]] request to the State where the data is (Art. 42), sent before the retention period ends, keeps it. Preserve first, then ask for disclosure.',

  // preservation.ts: International expedited preservation and the chain of providers (Arts 26, 42, 43).
  'rule.preservation.contents.authority.title': '[[Preservation]] request: the authority seeking it',
  'rule.preservation.contents.authority.summary':
    'A [[preservation]] request must name the authority that seeks the [[preservation]].',
  'rule.preservation.contents.authority.teaching':
    'The [[requested-state]] must know who is asking so that it can check authenticity and send the follow-up. Name the investigating or prosecuting authority, not only your country.',
  'rule.preservation.contents.offence-and-facts.title': '[[Preservation]] request: offence and brief facts',
  'rule.preservation.contents.offence-and-facts.summary':
    'A [[preservation]] request must state the offence under investigation and a brief summary of the facts.',
  'rule.preservation.contents.offence-and-facts.teaching':
    'A few sentences suffice, but they must show which offence is investigated and why. The [[requested-state]] uses them to check that the convention applies and that the request is not abusive.',
  'rule.preservation.contents.data-and-link.title':
    '[[Preservation]] request: the data and its link to the offence',
  'rule.preservation.contents.data-and-link.summary':
    'A [[preservation]] request must specify the data to preserve and how it relates to the offence.',
  'rule.preservation.contents.data-and-link.teaching':
    "Specify the account, address, time window or object. 'All data about the suspect' is not specific enough for a provider to act on, and over-broad requests raise data-protection concerns.",
  'rule.preservation.contents.custodian-or-location.title': '[[Preservation]] request: custodian or location',
  'rule.preservation.contents.custodian-or-location.summary':
    'A [[preservation]] request must give what is known of the custodian of the data or the location of the system.',
  'rule.preservation.contents.custodian-or-location.teaching':
    'Name the provider and anything that locates the data. The [[requested-state]] has to find the custodian fast; the less it has to search, the more likely the data is still there.',
  'rule.preservation.contents.necessity.title': '[[Preservation]] request: necessity',
  'rule.preservation.contents.necessity.summary':
    'A [[preservation]] request must explain why [[preservation]] is necessary, for example a short retention period.',
  'rule.preservation.contents.necessity.teaching':
    'Say why the data is at risk: the provider deletes logs after 30 days, the suspect may delete the account. Necessity justifies the urgency and the interference with the provider.',
  'rule.preservation.contents.intent-to-request-mla.title':
    '[[Preservation]] request: intent to send an MLA request',
  'rule.preservation.contents.intent-to-request-mla.summary':
    'A [[preservation]] request must state that you intend to follow up with a [[mutual-legal-assistance]] request for the data.',
  'rule.preservation.contents.intent-to-request-mla.teaching':
    '[[Preservation]] is a bridge to an MLA request for search, [[seizure]] or disclosure (Art. 44). Committing to the follow-up is what lets the [[requested-state]] freeze data without yet handing it over.',
  'rule.preservation.no-dual-criminality.title': 'No [[dual-criminality]] for [[preservation]]',
  'rule.preservation.no-dual-criminality.summary':
    '[[Preservation]] may not be refused for lack of [[dual-criminality]], except by a State with that [[reservation]] for a non-convention offence.',
  'rule.preservation.no-dual-criminality.teaching':
    'Preserving data hands nothing over, so [[dual-criminality]] is not a condition. A State that requires it for the later disclosure may reserve the right to refuse [[preservation]] only for offences outside the convention list, when it believes [[dual-criminality]] will fail at disclosure.',
  'rule.preservation.refusal-grounds.title': '[[Preservation]] is refused only on narrow grounds',
  'rule.preservation.refusal-grounds.summary':
    'A [[preservation]] request may be refused only on narrow grounds: prejudice to sovereignty, security, ordre public or other essential interests, or a discriminatory purpose.',
  'rule.preservation.refusal-grounds.teaching':
    'Because [[preservation]] is fast and hands nothing over, the grounds to refuse it are narrower than for MLA. The model (BC 29(5)) allows only a political offence or prejudice to sovereignty, security, ordre public or other essential interests; the digest recalls that the convention refers instead to some grounds of Art. 40 and its non-discrimination clause. The game accepts essential interests, a discriminatory purpose, and a domestic-law bar where the law truly lacks the power; not "contrary to the legal system relating to [[mutual-legal-assistance]]", which no source gives for [[preservation]]. Incompleteness is answered by asking for more information, not by refusing.',
  'rule.preservation.minimum-60-days.title': 'Preserved for at least 60 days',
  'rule.preservation.minimum-60-days.summary':
    "Data preserved at another State's request stays preserved for at least 60 days so that the MLA request can follow.",
  'rule.preservation.minimum-60-days.teaching':
    'The [[requesting-state]] has at least 60 days to send its MLA request for the data. Use them: a [[preservation]] that lapses without a follow-up leaves the data to be deleted.',
  'rule.preservation.held-pending-mla.title': 'Kept until the MLA request is decided',
  'rule.preservation.held-pending-mla.summary':
    'Once the follow-up MLA request arrives, preserved data stays preserved until that request is decided.',
  'rule.preservation.held-pending-mla.teaching':
    'When the MLA request for the preserved data is received, the [[preservation]] no longer runs out: the data is kept until the [[requested-state]] decides. Sending the follow-up in time is what secures the evidence.',
  'rule.preservation.warning-duty.title': 'Warn when [[preservation]] will not work',
  'rule.preservation.warning-duty.summary':
    'If preserving would not secure the data, or would tip off the suspect, the [[requested-state]] must promptly say so.',
  'rule.preservation.warning-duty.teaching':
    'The [[requested-state]] knows its providers: one may notify customers, another may have deleted the data already. It must warn the [[requesting-state]], which then decides whether [[preservation]] should still go ahead.',
  'rule.preservation.chain-hop.title': 'Preserving [[traffic-data]] reveals the next provider',
  'rule.preservation.chain-hop.summary':
    'Preserving [[traffic-data]] reveals the next provider in the chain and its country, so the trail can be followed.',
  'rule.preservation.chain-hop.teaching':
    'A communication often crosses several providers. When a State preserving [[traffic-data]] finds that a provider in another State carried it, it must expeditiously disclose enough [[traffic-data]] to identify that provider and the path. Send the next [[preservation]] request to that State at once: its data is as volatile as the first.',

  // channels.ts: Channels, the 24/7 network and the e-evidence request kinds (Arts 36, 41, 44-46).
  'rule.request.territorial-link.title': 'Ask the State where it is',
  'rule.request.territorial-link.summary':
    'A request goes to the State where the data, the person or the property is: only that State can act on its territory.',
  'rule.request.territorial-link.teaching':
    "[[Preservation]] and access requests concern data stored in the [[requested-state]]'s territory; [[extradition]] and [[freezing]] concern a person or property there. Find out where the provider is established, where the suspect is, or where the funds sit, then ask that State. A request to the wrong State wastes the time the data has left.",
  'rule.channel.competent.title': 'Use a competent channel',
  'rule.channel.competent.summary':
    'Each kind of request travels by its competent channel: MLA to the [[central-authority]], [[preservation]] through the [[24-7-network]] or the [[central-authority]].',
  'rule.channel.competent.teaching':
    '[[Central-authority:plural]] receive and execute [[mutual-legal-assistance]] requests; the [[24-7-network]] handles urgent [[preservation]], advice and locating suspects; police channels carry law-enforcement cooperation. A request sent to the wrong desk is not received as such.',
  'rule.channel.diplomatic-required.title': 'Diplomatic channel where required',
  'rule.channel.diplomatic-required.summary':
    'A State that has declared that requests must reach it through diplomatic channels receives them only that way.',
  'rule.channel.diplomatic-required.teaching':
    'A State may require MLA requests to come through diplomatic channels. It is slower, so plan for it, and use the [[24-7-network]] for the urgent [[preservation]] in the meantime.',
  'rule.channel.24-7.scope.title': 'What the [[24-7-network]] can do',
  'rule.channel.24-7.scope.summary':
    'The [[24-7-network]] advises, preserves data, helps collect evidence and locate suspects; it cannot hand over stored content, which needs MLA (Art. 44).',
  'rule.channel.24-7.scope.teaching':
    'Each State keeps a contact point available around the clock. It facilitates or carries out technical advice, [[preservation]], evidence collection, legal information and locating suspects. Compelled disclosure of stored content still needs an MLA request to the [[central-authority]].',
  'rule.channel.24-7.emergency.title': 'Emergency disclosure through the [[24-7-network]]',
  'rule.channel.24-7.emergency.summary':
    'In an emergency (a significant and imminent risk to life or safety) the 24/7 point may provide data at once.',
  'rule.channel.24-7.emergency.teaching':
    "Art. 2(o) defines an emergency as a significant and imminent risk to the life or safety of any person. In such a case the [[24-7-network]] may provide electronic data to avert it without waiting for the MLA procedure. Say why the risk is imminent; 'urgent' alone is not an emergency.",
  'rule.mla.stored-data.expedited.title': 'Volatile [[stored-data]] gets priority',
  'rule.mla.stored-data.expedited.summary':
    'A request for [[stored-data]] that is especially vulnerable to loss or modification must be answered on an expedited basis.',
  'rule.mla.stored-data.expedited.teaching':
    'Art. 44 requests are executed under the general MLA rules, but faster where the data is volatile. Flag the volatility in the request and explain it: the [[requested-state]] shortens its processing.',
  'rule.real-time.domestic-law.title': '[[Real-time-collection]] needs domestic law',
  'rule.real-time.domestic-law.summary':
    "[[Real-time-collection]] of [[traffic-data]] for another State is possible only where the [[requested-state]]'s own law provides it.",
  'rule.real-time.domestic-law.teaching':
    "Assistance in [[real-time-collection]] is governed by domestic law, and must at least be available where it would be in a similar domestic case. Check the [[requested-state]]'s powers before asking.",
  'rule.real-time.contents.period.title': 'Real-time request: period and duration',
  'rule.real-time.contents.period.summary':
    'A request for [[real-time-collection]] or interception must state the period of collection and justify its duration.',
  'rule.real-time.contents.period.teaching':
    'Ongoing surveillance is the most intrusive form of assistance; the [[requested-state]] must be able to check that it is limited in time and proportionate. Give a start, an end and the reason for that length.',
  'rule.interception.serious-only.title': 'Interception only for the offences domestic law lists',
  'rule.interception.serious-only.summary':
    "Interception of content is possible only for the range of serious offences the intercepting State's law determines, and assistance in it only as far as that law allows.",
  'rule.interception.serious-only.teaching':
    'Art. 30 (model BC 21(1)) limits interception of [[content-data]] to "a range of serious offences to be determined by domestic law", and Art. 46 (model BC 34) gives assistance in it "to the extent permitted" by the [[requested-state]]\'s treaties and law. The list is each State\'s own: it need not follow the four-year definition of serious crime in Art. 2(h). Check the [[requested-state]]\'s law before asking: a State without the power, or whose list does not include the conduct, cannot help this way: look for [[stored-data]] instead.',
  'rule.data-protection.transfer.title': 'Personal data transfers follow data-protection law',
  'rule.data-protection.transfer.summary':
    'A State does not transfer personal data that its data-protection law forbids it to provide; it may set conditions instead.',
  'rule.data-protection.transfer.teaching':
    "Art. 36 lets a State refuse to transfer personal data that it cannot provide lawfully, and encourages conditions that make the transfer lawful instead. The receiving State must protect the data it gets. Read the [[requested-state]]'s data-protection card before asking for subscriber or [[content-data]].",
  'rule.data-protection.onward-transfer.title': 'Onward transfer needs authorisation',
  'rule.data-protection.onward-transfer.summary':
    "Personal data received from one State may be passed to a third State only with the sender's prior authorisation.",
  'rule.data-protection.onward-transfer.teaching':
    "Data shared under the convention stays under the sending State's control: forwarding it to a third State or an organisation needs that State's prior authorisation. Ask for it before sharing.",

  // safeguards.ts: * Safeguards when a State executes a measure for another (Arts 6, 24, 36; model BC 15, UNTOC 18(17)), and the confidentiality that keeps a suspect from being tipped off (model BC 16(3), UNTOC 18(20); the convention's wording recalled).
  'rule.execution.own-authority.title': "The [[requested-state]]'s own authority authorises",
  'rule.execution.own-authority.summary':
    'A State that executes a coercive measure for another authorises it by its own competent authority, under its own law and safeguards.',
  'rule.execution.own-authority.teaching':
    "A request is executed under the [[requested-state]]'s law (model UNTOC 18(17)), and the measure it takes is its own: the conditions and safeguards of Art. 24 (model BC 15), judicial or independent authorisation where the measure calls for it, apply to it as to a domestic case, in keeping with human rights (Art. 6). What the [[requesting-state]]'s judge authorised does not bind the [[requested-state]] and does not replace its own decision. Record which of your authorities authorised each production, search, interception, [[freezing]] or arrest you carry out for another State; evidence gathered without it is open to challenge in both States.",
  'rule.execution.human-rights.title': 'Refusal: execution would breach human rights',
  'rule.execution.human-rights.summary':
    'A State may refuse to take a measure for another, or set conditions, where taking it would breach human rights; it gives its reasons after consulting.',
  'rule.execution.human-rights.teaching':
    'Nothing in the convention permits the suppression of human rights (Art. 6), and the safeguards of Art. 24 apply to the measures a State takes for another (a paragraph recalled, not read). A [[requested-state]] may therefore decline a measure that would breach them (an intrusive measure out of proportion to the offence, a request aimed at a journalist or an opponent), or grant it on conditions that prevent the breach. Like any refusal it consults first (model UNTOC 18(26)) and gives its reasons. The engine cannot judge the merits: the debrief lists the refusal for discussion.',
  'rule.data-protection.conditions.title': 'Personal data on data-protection conditions',
  'rule.data-protection.conditions.summary':
    'A State whose data-protection law allows a transfer only on its conditions offers them before it hands over personal data; declined, it may refuse; accepted, they bind the receiver.',
  'rule.data-protection.conditions.teaching':
    "Art. 36 (recalled, no model clause) lets a State transfer personal data only in accordance with its own law: it need not transfer what it cannot lawfully provide, and it may instead impose conditions that make the transfer lawful. The receiving State is then bound by them: it may not pass the data on, or use it beyond them (Arts 36, 40). Read the [[requested-state]]'s data-protection conditions in the directory, and accept them when you can: a declined offer is a lawful ground to refuse.",
  'rule.confidentiality.tip-off.title': 'A provider that tells its customer tips off the suspect',
  'rule.confidentiality.tip-off.summary':
    'A provider that tells its customers of orders, or whose law makes it, tips off the suspect unless confidentiality is ordered or asked for where the law allows it.',
  'rule.confidentiality.tip-off.teaching':
    'A custodian can be obliged to keep a [[preservation]] order confidential (Art. 25, model BC 16(3)), a request may ask that its fact and substance stay confidential (Art. 40, model UNTOC 18(20)), and a [[preservation]] request may ask that the account holder not be told (an item of Art. 42, recalled). Some providers tell their customers of every order as a habit, and some laws make them tell account holders of disclosures: the suspect then learns he is watched, and may wipe his data or leave. Order or ask for confidentiality whenever you reach a provider, read the directory for providers and laws that notify customers, and where the law cannot keep it confidential (the [[requested-state]] must say so), weigh whether to go on.',

  // mla.ts: Mutual legal assistance: form, contents, grounds, consultation and follow-up (Art. 40).
  'rule.mla.form.language.title': 'Written, in an accepted language',
  'rule.mla.form.language.summary':
    "A request must be in writing and in a language the [[requested-state]]'s authority accepts.",
  'rule.mla.form.language.teaching':
    "Each State notifies the languages it accepts. A request in another language is not received: translation is the [[requesting-state]]'s job. Check the directory before you draft, and translate early, as it takes time.",
  'rule.mla.form.urgent-oral.title': 'Urgent oral requests are confirmed in writing',
  'rule.mla.form.urgent-oral.summary':
    'An urgent request made orally, where both States agree, must be confirmed in writing forthwith.',
  'rule.mla.form.urgent-oral.teaching':
    'In urgent cases a request may be made orally if the [[requested-state]] agrees, but it must be confirmed in writing at once. Without the written confirmation, the [[requested-state]] has nothing to execute.',
  'rule.mla.contents.requesting-authority.title': 'MLA request: the requesting authority',
  'rule.mla.contents.requesting-authority.summary': 'An MLA request must identify the authority making it.',
  'rule.mla.contents.requesting-authority.teaching':
    'Item (a) of the required contents. Without it the [[requested-state]] cannot check authenticity or reply; it may ask for more information or refuse the request as not conforming.',
  'rule.mla.contents.nature-of-case.title': 'MLA request: the case and who conducts it',
  'rule.mla.contents.nature-of-case.summary':
    'An MLA request must state the subject and nature of the investigation or proceedings and the authority conducting them.',
  'rule.mla.contents.nature-of-case.teaching':
    'Item (b). The [[requested-state]] needs to know whether this is an investigation, a prosecution or a trial, about what, and run by whom, to decide which of its own procedures to use.',
  'rule.mla.contents.summary-of-facts.title': 'MLA request: a summary of the facts',
  'rule.mla.contents.summary-of-facts.summary':
    'An MLA request must summarise the relevant facts (unless it only asks to serve documents).',
  'rule.mla.contents.summary-of-facts.teaching':
    "Item (c). The facts let the [[requested-state]] check [[dual-criminality]] by conduct, the convention's scope and the proportionality of the measure. A request without them is the most common reason for delay.",
  'rule.mla.contents.assistance-sought.title': 'MLA request: the assistance sought',
  'rule.mla.contents.assistance-sought.summary':
    'An MLA request must describe the assistance sought and any particular procedure you want followed.',
  'rule.mla.contents.assistance-sought.teaching':
    'Item (d). Say exactly what you want (which data, which account, which period, which witness) and any procedure your courts need, such as a certificate of authenticity. The [[requested-state]] follows it where its law allows.',
  'rule.mla.contents.persons-concerned.title': 'MLA request: persons concerned',
  'rule.mla.contents.persons-concerned.summary':
    'Where possible, an MLA request gives the identity, location and nationality of any person concerned.',
  'rule.mla.contents.persons-concerned.teaching':
    'Item (e). Give what you know of the suspect, witness or account holder. It is required "where possible": if you do not yet know the identity, say so.',
  'rule.mla.contents.purpose.title': 'MLA request: the purpose',
  'rule.mla.contents.purpose.summary':
    'An MLA request must state the purpose for which the evidence, information or action is sought.',
  'rule.mla.contents.purpose.teaching':
    'The last item of the required contents (item (f) of the model list). The purpose binds you: the evidence may be used only for it unless the [[requested-state]] consents to another use (speciality, rule mla.speciality).',
  'rule.mla.more-information.title': 'Asking for more information',
  'rule.mla.more-information.summary':
    'The [[requested-state]] may ask for additional information when it is needed to execute the request.',
  'rule.mla.more-information.teaching':
    'Asking for more information is the normal answer to an incomplete request, and better than refusing it. The clock keeps running for the [[requesting-state]] while it answers: complete requests are fast requests.',
  'rule.mla.execution.domestic-law.title': "Executed under the [[requested-state]]'s law",
  'rule.mla.execution.domestic-law.summary':
    "A request is executed under the [[requested-state]]'s law, following the requested procedures where possible.",
  'rule.mla.execution.domestic-law.teaching':
    "The [[requested-state]] uses its own powers ([[production-order:plural]], searches) to execute the request, with its own safeguards, and follows the [[requesting-state]]'s procedures where they do not conflict with its law.",
  'rule.mla.refusal.closed-list.title': 'Refusal only on a listed ground',
  'rule.mla.refusal.closed-list.summary':
    'Assistance may be refused only on a ground the convention lists: non-conformity, essential interests, a domestic-law bar, the legal system, or discrimination.',
  'rule.mla.refusal.closed-list.teaching':
    'The grounds to refuse are a closed list. Anything else, such as inconvenience, cost, political sympathy or the suspect being a celebrity, is not a lawful ground. Where a ground applies, the [[requested-state]] must still consult first and give reasons.',
  'rule.mla.refusal.not-conforming.title': 'Refusal: request does not conform',
  'rule.mla.refusal.not-conforming.summary':
    'A request may be refused as not conforming only if it actually lacks required contents or form.',
  'rule.mla.refusal.not-conforming.teaching':
    'Ground (a). It applies to a request missing required contents or in the wrong form; a complete request cannot be refused on it. Asking for the missing information is usually the better answer.',
  'rule.mla.refusal.essential-interests.title': 'Refusal: sovereignty, security, ordre public',
  'rule.mla.refusal.essential-interests.summary':
    'A request likely to prejudice sovereignty, security, ordre public or other essential interests may be refused.',
  'rule.mla.refusal.essential-interests.teaching':
    'Ground (b). It is a real but exceptional ground: the [[requested-state]] must explain which essential interest is at stake. It cannot be used to shield a provider from ordinary disclosure.',
  'rule.mla.refusal.domestic-law-prohibits.title': 'Refusal: domestic law forbids the action',
  'rule.mla.refusal.domestic-law-prohibits.summary':
    "A request may be refused if the [[requested-state]]'s law would forbid the same action in a similar domestic case.",
  'rule.mla.refusal.domestic-law-prohibits.teaching':
    'Ground (c). For example, a State whose law has no interception power cannot intercept for another. The comparison is with a similar domestic offence.',
  'rule.mla.refusal.contrary-to-legal-system.title': 'Refusal: contrary to the MLA legal system',
  'rule.mla.refusal.contrary-to-legal-system.summary':
    "A request may be refused if granting it would be contrary to the [[requested-state]]'s legal system for MLA.",
  'rule.mla.refusal.contrary-to-legal-system.teaching':
    "Ground (d). A narrow ground for requests that the [[requested-state]]'s system of [[mutual-legal-assistance]] cannot accommodate at all.",
  'rule.mla.refusal.discriminatory-purpose.title': 'Refusal: discriminatory purpose',
  'rule.mla.refusal.discriminatory-purpose.summary':
    'A request may be refused where there are substantial grounds to believe it aims to punish a person for sex, race, language, religion, nationality, ethnic origin or political opinions.',
  'rule.mla.refusal.discriminatory-purpose.teaching':
    'The convention adds a non-discrimination ground to the model text: no State is obliged to help prosecute a person because of who they are or what they believe. It protects the person concerned, not the [[requested-state]], and must rest on substantial grounds stated in the reasons, not on a general distrust of the [[requesting-state]]. The digest recalls this ground with medium confidence: check it against the official text.',
  'rule.mla.refusal.bank-secrecy.title': 'Bank secrecy is never a ground',
  'rule.mla.refusal.bank-secrecy.summary': 'Assistance may not be refused on the ground of bank secrecy.',
  'rule.mla.refusal.bank-secrecy.teaching':
    'Financial records are often the key to following proceeds. The convention removes bank secrecy as a ground to refuse, so banks and exchanges can be asked for records like any other holder.',
  'rule.mla.refusal.fiscal.title': 'Fiscal matters are not a ground',
  'rule.mla.refusal.fiscal.summary':
    'A request may not be refused on the sole ground that the offence also involves fiscal matters.',
  'rule.mla.refusal.fiscal.teaching':
    'An offence that also has a tax or customs aspect remains a criminal matter for which assistance is due.',
  'rule.mla.refusal.no-dual-criminality.title': 'Refusal for lack of [[dual-criminality]]',
  'rule.mla.refusal.no-dual-criminality.summary':
    'Lack of [[dual-criminality]] is a ground only for a State that requires it, and only when the conduct is not a crime there under any name.',
  'rule.mla.refusal.no-dual-criminality.teaching':
    'A State may refuse coercive assistance when the conduct is not criminal under its law, but it may also help at its discretion. Since [[dual-criminality]] is judged by conduct (Art. 35), a different offence label is not a lack of [[dual-criminality]].',
  'rule.mla.refusal.reasons-required.title': 'Reasons for any refusal',
  'rule.mla.refusal.reasons-required.summary': 'Any refusal of assistance must give reasons.',
  'rule.mla.refusal.reasons-required.teaching':
    'Reasons let the [[requesting-state]] fix the request, find another route or challenge the refusal. A bare "refused" is itself unlawful.',
  'rule.mla.consult-before-refusal.title': 'Consult before refusing or postponing',
  'rule.mla.consult-before-refusal.summary':
    'Before refusing or postponing, the [[requested-state]] must consult the [[requesting-state]] to see whether assistance can be given on conditions.',
  'rule.mla.consult-before-refusal.teaching':
    'Consultation often turns a refusal into assistance under conditions (limited use, confidentiality, data-protection safeguards). Only after consulting may the [[requested-state]] refuse or postpone. Offering conditions is that consultation (the model asks it "to consider whether assistance may be granted subject to such terms and conditions"): once the [[requesting-state]] has accepted or declined them, or let a day pass, the [[requested-state]] may decide.',
  'rule.mla.conditions-bind.title': 'Accepted conditions bind',
  'rule.mla.conditions-bind.summary':
    'If the [[requesting-state]] accepts assistance on conditions, it must comply with them.',
  'rule.mla.conditions-bind.teaching':
    'Conditions accepted in consultation are binding. Breaking them damages trust and future cooperation, and may make the evidence unusable.',
  'rule.mla.postpone.ground.title': 'Postponement: only to protect an ongoing case',
  'rule.mla.postpone.ground.summary':
    'Execution may be postponed only because it would interfere with an ongoing investigation, prosecution or proceeding.',
  'rule.mla.postpone.ground.teaching':
    "Postponement is not a soft refusal. Its one ground is interference with the [[requested-state]]'s own ongoing case, and it too needs consultation first.",
  'rule.mla.deadline.reasons.title': 'Good practice: suggest a deadline with its reasons',
  'rule.mla.deadline.reasons.summary':
    'Good practice, not a duty: a [[requesting-state]] that needs an answer by a date suggests the deadline and gives its reasons, preferably in the request.',
  'rule.mla.deadline.reasons.teaching':
    'The [[requested-state]] must take "as full account as possible" of any deadlines the [[requesting-state]] suggests "and for which reasons are given, preferably in the request". Nothing obliges the [[requesting-state]] to suggest one, so omitting it is no breach and costs no points; but a deadline without reasons carries little weight, and no deadline at all leaves the request in the ordinary queue. Say when you need the answer and why: a trial date, a retention period, a suspect about to leave.',
  'rule.mla.progress.answer.title': 'Answer progress queries',
  'rule.mla.progress.answer.summary':
    'The [[requested-state]] must answer reasonable requests for information on the progress of a request.',
  'rule.mla.progress.answer.teaching':
    'Keep the [[requesting-state]] informed: it plans its own steps, arrests and deadlines around your answer.',
  'rule.mla.no-longer-needed.title': 'Say when assistance is no longer needed',
  'rule.mla.no-longer-needed.summary':
    'The [[requesting-state]] must promptly inform the [[requested-state]] when the assistance is no longer required.',
  'rule.mla.no-longer-needed.teaching':
    "[[Central-authority:plural]] have limited staff; a request that is no longer needed takes someone else's place in the queue. Withdraw it or declare it no longer needed as soon as you know.",
  'rule.mla.confidentiality.title': 'Confidentiality of the request',
  'rule.mla.confidentiality.summary':
    'The [[requesting-state]] may ask that the request stay confidential; if that is impossible, the [[requested-state]] must promptly say so.',
  'rule.mla.confidentiality.teaching':
    'Confidentiality protects covert investigations. The [[requested-state]] that cannot keep a request confidential, for example because its law requires notifying the account holder, must say so at once, so the [[requesting-state]] can decide whether to go on.',
  'rule.mla.speciality.title': 'Speciality: use only for the stated purpose',
  'rule.mla.speciality.summary':
    "Evidence obtained by assistance may not be used in other proceedings without the providing State's prior consent.",
  'rule.mla.speciality.teaching':
    "Evidence is tied to the case and purpose stated in the request. Using it in another case needs the providing State's consent, except to disclose exculpatory information, with notice.",
  'rule.mla.spontaneous-information.title': '[[Spontaneous-information]]',
  'rule.mla.spontaneous-information.summary':
    'A State may share useful information without being asked, with conditions that bind the receiving State.',
  'rule.mla.spontaneous-information.teaching':
    'Sharing spontaneously (a lead, a victim list, an asset) helps another State open or advance its case. Conditions of confidentiality or limited use attached to it must be respected.',
  'rule.mla.costs.title': 'Costs',
  'rule.mla.costs.summary':
    'The [[requested-state]] bears ordinary costs; for substantial or extraordinary costs the States consult on how to share them.',
  'rule.mla.costs.teaching':
    'Cost is not a ground to refuse. When execution would be unusually expensive (a large data extraction, a long interception), the States agree on terms first.',

  // testimony.ts: * Hearing a witness abroad (Art. 40): by video conference, or by the temporary transfer of a person held in custody. The UNCC's own paragraphs were not read; the model clauses were (UNTOC 18(10)-(12) and 18(18)), so only the model carries paragraph numbers.
  'rule.witness.video.person-present.title': 'Heard by video from the State where the person is',
  'rule.witness.video.person-present.summary':
    'A hearing by video conference is asked of the State where the witness is, and of a person you can name.',
  'rule.witness.video.person-present.teaching':
    'The model clause covers "an individual [who] is in the territory of a [[state-party]] and has to be heard as a witness or expert by the judicial authorities of another". Locate and identify the person first (police cooperation, Art. 47), then ask the State where they are. That State permits the hearing "wherever possible and consistent with fundamental principles of domestic law": where its law has no such procedure it may refuse, with reasons.',
  'rule.witness.video.why-not-in-person.title': 'Video hearing: why not in person',
  'rule.witness.video.why-not-in-person.summary':
    'A request for a hearing by video conference says why it is not possible or desirable for the person to appear in person.',
  'rule.witness.video.why-not-in-person.teaching':
    'Video conference is the alternative to bringing the witness to your courtroom, used "if it is not possible or desirable for the individual in question to appear in person". Say why (the person will not travel, is detained, is vulnerable, the journey costs more than the testimony is worth). The States may agree that your judge conducts the hearing, attended by a judicial authority of the [[requested-state]], which keeps its own law applied.',
  'rule.witness.transfer.detained.title': 'Transfer is for a person in custody',
  'rule.witness.transfer.detained.summary':
    'Temporary transfer to testify applies to a person who is detained or serving a sentence in the [[requested-state]].',
  'rule.witness.transfer.detained.teaching':
    'The model clause is for "a person who is being detained or is serving a sentence" whose presence is needed "for purposes of identification, testimony or otherwise providing assistance in obtaining evidence". A free person is not transferred: hear them by video conference, or invite them to come voluntarily (with safe conduct). A transfer is not an [[extradition]]: to try the person, ask for [[extradition]] (Art. 37).',
  'rule.witness.transfer.terms.title': 'Transfer: terms agreed beforehand',
  'rule.witness.transfer.terms.summary':
    'A request for a temporary transfer states its purpose, how long the person stays and how they are kept in custody and returned.',
  'rule.witness.transfer.terms.teaching':
    'Both States must agree to the transfer, on such conditions as they deem appropriate, and the person is returned "as agreed beforehand". The request is where that agreement starts: say what the person is needed for, for how long, and how custody and return will be handled. Executing the request is the [[requested-state]]\'s agreement; it may offer conditions first.',
  'rule.witness.transfer.consent.title': "Transfer only with the person's consent",
  'rule.witness.transfer.consent.summary':
    'A detained person is transferred only if they freely give their informed consent; without it no transfer takes place.',
  'rule.witness.transfer.consent.teaching':
    'Consent is the first condition of the model clause: "the person freely gives his or her informed consent". The [[requested-state]] asks the person; the States cannot agree it away. Neither State sees the answer before the request is executed, so have a second route ready: a hearing by video conference, or questions put by the [[requested-state]]\'s own authorities.',
  'rule.witness.transfer.custody-and-return.title': 'Kept in custody and returned without [[extradition]]',
  'rule.witness.transfer.custody-and-return.summary':
    'The receiving State keeps the transferred person in custody and returns them without delay, without [[extradition]] proceedings; the time counts toward the sentence.',
  'rule.witness.transfer.custody-and-return.teaching':
    'The receiving State has the authority and the obligation to keep the person in custody, must return them "without delay" as agreed, may not require [[extradition]] proceedings for the return, and the time spent abroad counts toward the sentence served at home. Unless the sending State agrees, the person may not be prosecuted, detained or punished there for earlier acts. The game compresses the stay into the execution: the person gives evidence and is back in custody when the request is executed.',

  // extradition.ts: Extradition, provisional arrest and "extradite or prosecute" (Arts 22(3), 37).
  'rule.extradition.convention-offence.title': '[[Extradition]] for convention offences',
  'rule.extradition.convention-offence.summary':
    '[[Extradition]] under the convention covers convention offences punishable under the law of both States.',
  'rule.extradition.convention-offence.teaching':
    'Art. 37 applies to the offences of Chapter II. Convention offences are deemed included in existing [[extradition]] treaties, and the convention itself may serve as the legal basis where a treaty is needed.',
  'rule.extradition.person-present.title': 'The person must be in the [[requested-state]]',
  'rule.extradition.person-present.summary':
    '[[Extradition]] can be requested only from the State where the person sought is present.',
  'rule.extradition.person-present.teaching':
    'Locate the suspect first (police cooperation, Art. 47). If the suspect moves, the request must follow them to the State where they now are; provisional arrest prevents flight while the request is prepared.',
  'rule.extradition.dual-criminality.title': '[[Extradition]] needs [[dual-criminality]]',
  'rule.extradition.dual-criminality.summary':
    '[[Extradition]] may be refused if the conduct is not a crime in the [[requested-state]]; a refusal that relies on a different offence name is unlawful.',
  'rule.extradition.dual-criminality.teaching':
    'The offence must be punishable in both States, judged by the conduct (Art. 35). A State whose law allows it may extradite even without [[dual-criminality]].',
  'rule.extradition.minimum-penalty.title': "Minimum penalty of the [[requested-state]]'s law",
  'rule.extradition.minimum-penalty.summary':
    "[[Extradition]] needs the offence to be punishable in both States by at least the minimum penalty the [[requested-state]]'s law or treaties set, often one year.",
  'rule.extradition.minimum-penalty.teaching':
    '[[Extradition]] is "subject to the conditions provided for by the domestic law of the [[requested-state]] Party or by applicable [[extradition]] treaties, including ... the minimum penalty requirement" (model UNTOC 16(7)). One year, the threshold of BC 24(1)(a) and of many treaties, is common; each country\'s law sets its own. The digest recalls that the convention may itself name one year: check the official text before relying on a figure in practice.',
  'rule.extradition.nationals.title': 'Nationals may be protected from [[extradition]]',
  'rule.extradition.nationals.summary':
    'A State whose law forbids extraditing its nationals may refuse on that ground; then, when the [[requesting-state]] asks, it must submit the case for prosecution.',
  'rule.extradition.nationals.teaching':
    'Many constitutions forbid extraditing nationals. The convention accepts this but closes the gap with "extradite or prosecute": refusing on nationality alone creates a duty to submit the case to the State\'s own prosecutors when asked.',
  'rule.extradition.prosecute-instead.title': 'Extradite or prosecute',
  'rule.extradition.prosecute-instead.summary':
    'A State that refuses to extradite only because the person is its national must, when asked, submit the case to its prosecutors without undue delay.',
  'rule.extradition.prosecute-instead.teaching':
    'The [[requesting-state]] asks for submission for prosecution; the [[requested-state]] then opens a domestic case without undue delay, proceeds as for a grave domestic offence, and the two cooperate on evidence (model UNTOC 16(10)). Conditional surrender, where the national is surrendered to stand trial and returned home to serve the sentence, also discharges the duty (16(11)). Enforcing a foreign sentence is a different matter: a State that refuses to surrender its national to serve a sentence already imposed must consider enforcing that sentence itself (16(12)); it does not discharge the duty to prosecute.',
  'rule.extradition.refusal.fiscal.title': 'Fiscal matters are not a ground to refuse [[extradition]]',
  'rule.extradition.refusal.fiscal.summary':
    '[[Extradition]] may not be refused on the sole ground that the offence also involves fiscal matters.',
  'rule.extradition.refusal.fiscal.teaching':
    'As for [[mutual-legal-assistance]], a tax or customs aspect does not take an offence out of [[extradition]].',
  'rule.extradition.refusal.discrimination.title': 'No [[extradition]] for persecution',
  'rule.extradition.refusal.discrimination.summary':
    '[[Extradition]] may be refused where there are substantial grounds to believe the request aims to persecute the person for a protected reason.',
  'rule.extradition.refusal.discrimination.teaching':
    'The [[requested-state]] is not obliged to extradite where the request is made to punish a person for sex, race, language, religion, nationality, ethnic origin or political opinions, the same list as the ground to refuse assistance (rule mla.refusal.discriminatory-purpose). The model (UNTOC 16(14)) has no "language"; the digest recalls that the convention adds it: check the official text. The ground protects the person and must rest on substantial grounds.',
  'rule.extradition.consult-before-refusal.title': 'Consult before refusing [[extradition]]',
  'rule.extradition.consult-before-refusal.summary':
    'Before refusing [[extradition]], the [[requested-state]] consults the [[requesting-state]] where appropriate, so that it can present its views: always, unless the person is not on its territory.',
  'rule.extradition.consult-before-refusal.teaching':
    'The model says the [[requested-state]] "shall, where appropriate, consult" (UNTOC 16(16)), to give the [[requesting-state]] ample opportunity to present its opinions and information relevant to its allegation: to supply what is missing, offer assurances or propose prosecution in the [[requested-state]] instead. The game treats consultation as appropriate before every refusal but one: when the person is not on the [[requested-state]]\'s territory, nothing said about the allegation can change that, so that refusal may go at once. Conditions offered on the surrender, and accepted or declined, count as that consultation.',
  'rule.extradition.provisional-arrest.title': 'Provisional arrest in urgent cases',
  'rule.extradition.provisional-arrest.summary':
    "In urgent cases, the [[requested-state]] may take the person into custody at the [[requesting-state]]'s request while [[extradition]] is prepared.",
  'rule.extradition.provisional-arrest.teaching':
    'A suspect who learns of the case may flee. Provisional arrest holds them while the full [[extradition]] request is drafted and sent. It needs the person to be located and present.',

  // treaties.ts: * Existing treaties first: a bilateral treaty of mutual legal assistance or extradition between two States governs their requests in place of the convention's procedure (Arts 37, 40; the UNCC wording is recalled, the model clauses UNTOC 16 and 18 were read).
  'rule.treaty.precedence.title': 'An MLA treaty between the two States governs',
  'rule.treaty.precedence.summary':
    "Between two States bound by a treaty of [[mutual-legal-assistance]], the treaty's grounds, contents and channels govern a request in place of the convention's procedure.",
  'rule.treaty.precedence.teaching':
    'The convention does not displace the treaties States already have (model UNTOC 18(6)). Its detailed procedure ([[dual-criminality]], channels, form, contents, grounds of refusal, deadlines, consultation, costs: model 18(9)-(29)) applies only "if the [[state-party:plural]] in question are not bound by a treaty of [[mutual-legal-assistance]]"; if they are, "the corresponding provisions of that treaty shall apply" (18(7)). Practitioners work mostly under such treaties. Before drafting, check the directory: a treaty may ask for more (the text of your law), designate its own channel, and allow a ground the convention does not have, such as a political offence. Between a party and a State the convention does not bind, the treaty is the only obligation there is. The game decides the regime when the request is sent and records it on the request; it keeps the duty to consult before refusing and to give reasons under a treaty too, as most treaties do.',
  'rule.treaty.convention-in-lieu.title': "Applying the convention's procedure instead",
  'rule.treaty.convention-in-lieu.summary':
    "Two States bound by an MLA treaty may agree to apply the convention's procedure in its place; the convention encourages it where it makes cooperation easier.",
  'rule.treaty.convention-in-lieu.teaching':
    'Model UNTOC 18(7) lets States bound by a treaty of [[mutual-legal-assistance]] agree to apply the convention\'s paragraphs "in lieu thereof", and "strongly encouraged" them to do so if it facilitates cooperation: an old treaty may lack expedited channels, [[electronic-evidence]] or a closed list of grounds. When two States have so agreed, their requests follow the convention (Art. 40) although the treaty stays in force. The agreement needs both States bound by the convention; until then the treaty governs.',
  'rule.treaty.extradition-conditions.title': "An [[extradition]] treaty's conditions apply",
  'rule.treaty.extradition-conditions.summary':
    '[[Extradition]] between two States bound by an [[extradition]] treaty is subject to its conditions: its minimum penalty and its grounds of refusal; convention offences count as extraditable under it.',
  'rule.treaty.extradition-conditions.teaching':
    'Each convention offence is "deemed to be included as an extraditable offence in any [[extradition]] treaty existing between [[state-party:plural]]" (model UNTOC 16(3)), and [[extradition]] is "subject to the conditions provided for by the domestic law of the [[requested-state]] Party or by applicable [[extradition]] treaties, including ... the minimum penalty requirement for [[extradition]] and the grounds upon which the [[requested-state]] Party may refuse [[extradition]]" (16(7)). A treaty may set a higher minimum penalty than the [[requested-state]]\'s law, or allow refusal for a political offence. The convention\'s own duties stay: no refusal on fiscal grounds alone (16(15)), consultation before refusing (16(16)) and, for nationals, prosecution instead when asked (16(10)).',
  'rule.treaty.channel.title': 'Requests under a treaty take its channel',
  'rule.treaty.channel.summary':
    'A request governed by a treaty goes through the channel the treaty designates, such as direct transmission between [[central-authority:plural]].',
  'rule.treaty.channel.teaching':
    "Many treaties designate the authorities that send and receive requests, often the two [[central-authority:plural]] directly, sometimes the diplomatic channel. Under the treaty that designation replaces the convention's (model UNTOC 18(13), one of the paragraphs a treaty displaces, 18(7)): a State that requires the diplomatic channel for convention requests may receive treaty requests directly, which saves days. Emergencies still reach the [[24-7-network]] (Art. 41), which no treaty displaces.",
  'rule.treaty.contents.title': 'A request under a treaty contains what the treaty requires',
  'rule.treaty.contents.summary':
    'A request governed by a treaty must contain what the treaty requires, which may be more than the convention asks, such as the text of the law that makes the conduct an offence.',
  'rule.treaty.contents.teaching':
    "The contents of a request are among the provisions a treaty replaces (model UNTOC 18(15), displaced by 18(7)). Many treaties ask for the text of the [[requesting-state]]'s law on the offence and its penalty, so that the [[requested-state]] can check [[dual-criminality]] and the penalty itself; some ask for less than the convention. A request that lacks an item the treaty requires goes, but the [[requested-state]] may ask for it or refuse the request as not conforming where the treaty allows that ground.",
  'rule.treaty.refusal-grounds.title': "Refusal under a treaty: only on the treaty's grounds",
  'rule.treaty.refusal-grounds.summary':
    "A State bound by a treaty may refuse a request it governs only on a ground the treaty allows, which may differ from the convention's list.",
  'rule.treaty.refusal-grounds.teaching':
    "Under a treaty, the grounds of refusal are the treaty's (model UNTOC 18(7) for assistance, 16(7) for [[extradition]]). A treaty may keep a ground the convention does not have, the political offence being the common one (the Budapest Convention has it, BC 27(4)(a); UNTOC 18(21) does not), and drop one it has. A ground outside the treaty's list is unlawful even if the convention would allow it; so is \"no convention relationship\" between States a treaty binds. What is the [[requested-state]]'s own law stays with it: its data-protection law, its bar on extraditing its nationals, and the absence of the person sought.",

  // cooperation.ts: Police cooperation, joint investigations and asset recovery (Arts 31, 47-52).
  'rule.police.cooperation.title': 'Law enforcement cooperation',
  'rule.police.cooperation.summary':
    'Police authorities cooperate directly to find the identity, whereabouts and activities of suspects and the movement of proceeds.',
  'rule.police.cooperation.teaching':
    'Police channels are fast and suited to locating a suspect or tracing funds. They do not replace MLA where evidence must be compelled or must be usable in court.',
  'rule.jit.agreement.title': '[[Joint-investigation-team:plural]] by agreement',
  'rule.jit.agreement.summary':
    'Two or more States may set up a [[joint-investigation-team]] by agreement, case by case.',
  'rule.jit.agreement.teaching':
    'A [[joint-investigation-team]] lets several States investigate together, share evidence directly within the team and coordinate action days. It is created by an agreement that names its members, purpose and duration.',
  'rule.jit.territorial-sovereignty.title': "A team acts on a State's territory with that State",
  'rule.jit.territorial-sovereignty.summary':
    "A joint team acts on a State's territory only through that State's members or with its consent; its sovereignty is fully respected.",
  'rule.jit.territorial-sovereignty.teaching':
    "Even inside a joint team, measures on a State's territory are taken by that State's authorities under its law. Coordinated action days work because each member acts at home.",
  'rule.assets.request-contents.title': '[[Confiscation]] and [[freezing]] requests: contents',
  'rule.assets.request-contents.summary':
    'A request to freeze or confiscate must describe the property and the facts, or attach the foreign order and the extent of execution sought.',
  'rule.assets.request-contents.teaching':
    'Banks and exchanges act on precise identifiers. Describe the account or wallet, the amount and the link to the offence, in addition to the ordinary MLA contents.',
  'rule.assets.frozen-stay.title': 'Frozen assets do not move',
  'rule.assets.frozen-stay.summary':
    'Once frozen or seized, proceeds can no longer be transferred, converted or moved.',
  'rule.assets.frozen-stay.teaching':
    'Criminals move proceeds within hours, often through several exchanges. [[Freezing]] early is what keeps anything for victims; [[confiscation]] can follow later.',
  'rule.assets.return-priority.title': 'Returning proceeds to victims',
  'rule.assets.return-priority.summary':
    "A State confiscating at another's request gives priority to returning the proceeds to that State to compensate victims.",
  'rule.assets.return-priority.teaching':
    'Asset recovery ends with return: priority consideration goes to returning confiscated property to the [[requesting-state]] so that victims can be compensated or property returned to its owners.',
} as const satisfies Record<string, string>;

/**
 * The rules' English texts as readers see them (glossary markers expanded). An entry of its own,
 * `@crossborder/i18n/rules`, kept out of `EN`: the screens that say a rule load it with their own
 * code, and the players' first page goes without its 60 KB.
 */
export const RULES_EN = expandCatalogue(RULES_TEXT, 'en');

/** English with the rules' texts: the fallback of whatever says a rule (the report, the exports, tests). */
export const EN_WITH_RULES = { ...EN, ...RULES_EN } as const;
