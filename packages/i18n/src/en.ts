/**
 * English, the default language. Every user-facing sentence of the engine (rulings, violations,
 * outcomes) lives here under a stable key; the client's screens have theirs in screens.ts. A translation
 * is a file with the same keys (see README, "Translating Crossborder").
 */
import { EXPORTS } from './exports.js';
import { expandCatalogue } from './glossary.js';
import { SCREENS } from './screens.js';
import { SERVER } from './server.js';

const ENGINE = {
  // Game mechanics: a command that does not fit the situation (no rule of the convention behind it).
  'session.ended': 'The session has ended: nothing more can be done in it.',
  'moot.reasoning-required':
    'In this moot exercise, {decision:decision} needs its written reasoning (a few sentences) for the jury to score: write it in the reasoning box and try again.',
  // The decisions a moot court's rubric may name, as the message above says them.
  'decision.jurisdiction-claim': 'a [[jurisdiction]] claim',
  'decision.refusal': 'a refusal',
  'decision.postponement': 'a postponement',
  'decision.extradition-decision': 'an [[extradition]] decision',
  'decision.prosecution-decision': 'a decision to prosecute',
  'decision.request': 'a request sent',
  'actor.juror-only-scores': 'A juror scores the teams on the rubric and does nothing else in the game.',
  'session.time-went-back': 'This command is dated before the last thing that happened; try again.',
  'actor.instructor-cannot': 'The instructor runs the session but does not act for a country.',
  'actor.instructor-only': 'Only the instructor can do this.',
  'unknown.country': 'There is no country "{country}" in this scenario.',
  'unknown.offence': 'There is no offence "{offence}" in this case.',
  'unknown.case': 'Your country has no case "{caseId}". Open a case first.',
  'unknown.evidence': 'Your country does not know of any evidence "{evidence}" (or does not hold it).',
  'unknown.fact': 'Your country does not know the fact "{fact}".',
  'unknown.suspect': 'There is no suspect "{suspect}" in this case.',
  'unknown.asset': 'Your country does not know of any asset "{asset}".',
  'unknown.request': 'There is no request "{requestId}" for your country to act on.',
  'unknown.consultation': 'Your country takes no part in a consultation "{consultationId}".',
  'unknown.agreement': 'Your country is not a party to an agreement "{agreementId}".',
  'unknown.inject': 'There is no inject "{injectId}".',
  'unknown.criterion': 'There is no rubric criterion or level "{criterion}".',
  'measure.wrong-target': 'A {kind:measure} does not apply to that kind of target.',
  'measure.wrong-data-kind':
    'A {kind:measure} cannot obtain {dataKind:evidence-kind}; it works on: {fits:evidence-kind}.',
  'measure.identify-first': 'You know "{alias}" only by this alias: identify the person first.',
  'measure.already-in-custody': '{alias} is already in custody.',
  'prosecution.not-in-case': '{alias} is not a suspect of any offence in this case.',
  'prosecution.claim-first': 'Claim [[jurisdiction]] over the offence before you prosecute {alias}.',
  'prosecution.not-refused-on-nationality':
    'You can ask for prosecution instead only after an [[extradition]] request refused solely because the person is a national of the [[requested-state]].',
  'prosecution.transferred':
    'The proceedings of this case were transferred to {country} (Art. 39): only {country} may prosecute now. Share your evidence with it instead.',
  'prosecution.already-requested': 'You have already asked for this case to be prosecuted.',
  'consultation.nobody': 'Name at least one other country to consult.',
  'consultation.no-body':
    'This case has no coordination body: consult the countries directly (topic joint investigation or parallel proceedings).',
  'share.no-body': 'This case has no coordination body to share through: share with each country directly.',
  'share.not-member':
    'Your country is not a member of {body}: only its members share through it. Share with each country directly instead.',
  'consultation.body-members':
    '{country} is not a member of {body}: a coordination meeting is among its members only. Consult {country} directly instead.',
  'consultation.in-transit':
    'The request has not reached the [[requested-state]] yet: consult once it has arrived.',
  'execute.national':
    'Your law forbids extraditing your nationals: refuse on that ground (after consulting), and prosecute if the [[requesting-state]] asks.',
  'execute.data-protection':
    'Your data-protection law forbids transferring this personal data to the [[requesting-state]]: refuse (after consulting), or find conditions that make it lawful.',
  'execute.data-protection-conditions':
    'Your data-protection law lets this personal data go to the [[requesting-state]] only on your conditions ({conditions}): offer them first; if they are accepted, execute; if declined, you may refuse on data protection.',
  'consultation.request-parties': 'A consultation on a request is between the two States of that request.',
  'agreement.members':
    'A [[joint-investigation-team]] or an action day needs at least two members, all taking part in the consultation, including you.',
  'agreement.lead':
    'Name the country that will lead (or take over) the proceedings; it must take part in the consultation.',
  'agreement.offence': 'Say which offence the agreement covers.',
  'agreement.action-time':
    'Set the common action time of an action day: a day and time still ahead, before the game ends, when every member acts on its own territory.',
  'measure.execute-at':
    'The time to carry out the measure must be still ahead and within the game: set it to the agreed action time, or leave it out to act as soon as possible.',
  'agreement.settled': 'This agreement is already concluded or rejected.',
  'agreement.already-answered': 'Your country has already accepted this agreement.',
  'conditions.none-pending': 'No conditions are waiting for your answer on this request.',
  'progress.already-asked': 'You already asked for an update and have not had the answer yet.',
  'progress.no-query': 'Nobody has asked for an update on this request.',
  'request.to-self': 'A country does not send requests to itself: use a domestic measure.',
  'request.offence-not-in-case': 'Offence "{offence}" is not part of the case you named.',
  'request.needs-evidence': 'Say which evidence this request is about.',
  'request.needs-suspect': 'Say which person this request is about.',
  'request.needs-asset': 'Say which asset this request is about (one your country knows of).',
  'request.data-kind':
    'This kind of request ({kind:kind}) cannot obtain "{item}" ({dataKind:evidence-kind}). It covers: {allowed:evidence-kind}. Choose the kind of request that fits.',
  'request.deadline-past': 'That date is already past: choose a later one.',
  'request.wrong-status': 'Request {requestId} is {status}: that is not possible now.',
  'request.part-outside': '"{evidence}" is not part of this request.',
  'request.not-confidential': 'This request was not marked confidential.',
  'request.already-acknowledged': 'You have already acknowledged this request.',
  'request.not-oral': 'This request was made in writing: there is nothing to confirm.',
  'share.nothing': 'Choose at least one fact or item of evidence to share.',
  'inject.done': 'Inject {injectId} is already {status}.',
  'inject.not-held': 'Inject {injectId} is not on hold.',
  'inject.time-past':
    'That game time is already past: choose a later one, or leave the time empty to fire the inject now.',
  'inject.unknown-reference':
    'Effect {effect} names {field} "{id}", which this scenario does not have: choose one the scenario declares.',
  'inject.live-full':
    'The session already holds {max, plural, one {# inject or message written live} other {# injects and messages written live}}, the most it keeps: say the rest aloud.',
  // Caps on what piles up on one thing over a game: each says what is full and what to do instead.
  'consultation.full':
    'This consultation has reached its {max, plural, one {# message} other {# messages}}, the most one keeps: open a new consultation to continue.',
  'consultation.request-full':
    'This request already has {max, plural, one {# consultation} other {# consultations}}, the most one has: continue in one of them.',
  'request.more-information-full':
    'You have already asked for more information {max, plural, one {once} other {# times}} on this request: decide on it with what you have (execute it, in part, or refuse it as not conforming, after consulting).',
  'progress.full':
    'You have already asked for {max, plural, one {# update} other {# updates}} on this request: ask in a consultation on it instead.',
  'request.warnings-full':
    'You have already sent {max, plural, one {# warning} other {# warnings}} on this request: say more in a consultation on it.',
  'request.notices-full':
    'You have already sent {max, plural, one {# confidentiality notice} other {# confidentiality notices}} on this request: say more in a consultation on it.',
  'note.full':
    'The session already holds {max, plural, one {# note} other {# notes}}, the most it keeps: say the rest in the debrief.',

  // Rulings under the convention (each cites its rule and article).
  'measure.abroad':
    '"{item}" is in {country}. Your authorities cannot act on another State\'s territory: ask {country} to preserve or produce it.',
  'measure.production-subscriber-only':
    '{provider} offers its services here, so you may order it to produce [[subscriber-information]] (Art. 27); "{item}" is other data it holds in {country}: ask {country} to preserve and disclose it.',
  'measure.abroad-team':
    'Even in a [[joint-investigation-team]], measures on the territory of {country} are taken by its own members: ask them.',
  'measure.arrest-abroad':
    '{alias} is in {country} as far as you know. You cannot arrest anyone there: ask {country}.',
  'measure.asset-abroad': 'The funds are held in {country}. Ask {country} to freeze them.',
  'measure.no-power': 'Your law does not provide this power ({kind:measure}).',
  'measure.real-time-reserved':
    'Your country reserved [[real-time-collection]] of [[traffic-data]] to some offences (Art. 23), and this offence is not one of them.',
  'measure.interception-not-available':
    'Your law allows interception only for the serious offences it lists, and this offence is not one of them (or your law has no such power).',
  'measure.preservation-too-long':
    'A [[preservation]] order lasts at most 90 days ({days, plural, one {# day} other {# days}} asked). Order 90 days and renew it later if needed.',
  'jurisdiction.not-adopted':
    'Your law has not adopted the optional basis "{basis}". Only territory, and the bases your law lists, can be claimed.',
  'jurisdiction.unsupported.territory': 'None of the conduct of "{offence}" took place on your territory.',
  'jurisdiction.unsupported.victim-nationality': 'No victim of "{offence}" is one of your nationals.',
  'jurisdiction.unsupported.offender-nationality':
    'You have not identified a suspect of "{offence}" who is your national (or a stateless person living with you).',
  'jurisdiction.unsupported.against-the-state': '"{offence}" was not committed against your State.',
  'jurisdiction.unsupported.national-not-extradited':
    'You have not refused to extradite a suspect of "{offence}" because they are your national.',
  'request.not-there': '"{item}" is in {where}, not in {to}. Send the request to {where}.',
  'request.person-not-there':
    'As far as you know {alias} is in {where}, not in {to}. Locate the person first.',
  'request.asset-not-there': 'As far as you know the funds are in {where}, not in {to}.',
  'request.no-emergency':
    "There is no emergency in this case (a significant and imminent risk to someone's life or safety): use the ordinary channels.",
  'request.not-for-24-7':
    'The [[24-7-network]] cannot carry a request for {kind:kind}: [[stored-data]] must be compelled by [[mutual-legal-assistance]] through the [[central-authority]].',
  'request.wrong-channel': 'A request for {kind:kind} goes through: {channels:channel}.',
  'request.diplomatic-required':
    '{to} receives [[mutual-legal-assistance]] requests only through diplomatic channels.',
  'request.language':
    'The request is in "{language}", which {to} does not accept here. Accepted: {languages}.',
  'request.not-serious':
    'For [[electronic-evidence]] the convention covers convention offences and serious crime; this offence is neither (punished by less than four years under your law).',
  'request.no-real-time': "{to}'s law provides no [[real-time-collection]] of [[traffic-data]].",
  'request.no-interception': "{to}'s law allows no interception for this offence.",
  'request.real-time-reserved':
    '{to} reserved [[real-time-collection]] of [[traffic-data]] to some offences (Art. 23), and this is not one of them: preserve the data and ask for it instead.',
  'request.treaty-channel': 'Under the {treaty}, requests go through: {channels:channel}.',
  'request.treaty-extradition-penalty':
    'Under the {treaty}, [[extradition]] is only for offences punishable by at least {years, plural, one {# year} other {# years}} in both States.',
  'offence.not-criminal':
    'The conduct of "{offence}" was authorised or not intentional: it is not an offence, so there is nothing to investigate or prosecute.',
  'request.extradition-not-convention':
    '[[Extradition]] under the convention covers convention offences only; this offence is not one.',
  'request.extradition-penalty':
    '{to} extradites only for offences punishable in both States by the minimum penalty its law or treaties set (in years of deprivation of liberty: {years}); this offence falls below it.',
  'request.proceeds-not-convention':
    '[[Freezing]] and [[confiscation]] under the convention cover the proceeds of convention offences only, and this offence is not one: the extension to serious crime is for [[electronic-evidence]].',
  'request.oral-not-urgent':
    'A request may be made orally only in an urgent case: mark it urgent or send it in writing.',
  'request.preservation-incomplete': 'A [[preservation]] request must state: {missing:contents}.',
  'postpone.consult-first':
    'Consult the [[requesting-state]] before you postpone, and hear its answer (or give it a day): assistance may be possible on conditions.',
  'postpone.ground':
    'Execution may be postponed only because it would interfere with an ongoing investigation or proceeding.',
  'postpone.no-case': 'Your country has no ongoing case on this offence that execution could interfere with.',
  'refusal.no-reasons': 'Give the reasons for this decision.',
  'refusal.bank-secrecy': 'Bank secrecy is never a ground to refuse assistance.',
  'refusal.fiscal': 'That the offence also involves fiscal matters is not a ground to refuse.',
  'refusal.consult-first':
    'Consult the [[requesting-state]] before you refuse, and hear its answer (or give it a day): assistance may be possible on conditions.',
  'refusal.convention-applies': 'The convention binds both your States: refuse only on one of its grounds.',
  'refusal.extradition-ground': 'That ground applies to [[extradition]] only.',
  'refusal.closed-list': 'That is not a ground on which the convention allows a refusal.',
  'refusal.preservation-conforming':
    'A [[preservation]] request is not refused for incompleteness: ask for the missing information instead.',
  'refusal.preservation-ground':
    '[[Preservation]] is refused only on narrow grounds, such as essential interests or a discriminatory purpose: not as contrary to the legal system relating to [[mutual-legal-assistance]].',
  'refusal.conforming': 'The request has all the required contents: it cannot be refused as not conforming.',
  'refusal.preservation-dual-criminality':
    '[[Dual-criminality]] is not required to preserve data (only a State with that [[reservation]] may refuse, and only for offences outside the convention).',
  'refusal.dual-criminality-holds':
    'The conduct is a crime under your law too ({named}): [[dual-criminality]] is judged by conduct, not by the name of the offence.',
  'refusal.dual-criminality-not-required':
    'Your law does not require [[dual-criminality]] for this assistance.',
  'refusal.in-scope':
    'The offence is a convention offence, or a serious crime for which [[electronic-evidence]] is sought: the request is within the convention’s scope, so it cannot be refused as outside it.',
  'refusal.convention-offence':
    'The offence is a convention offence: the convention covers this request, so it cannot be refused as outside its scope.',
  'refusal.data-protection-offer-first':
    'Your data-protection law allows this transfer on your conditions: offer them first; you may refuse on data protection only if the [[requesting-state]] declines them.',
  'refusal.data-protection':
    'Your data-protection law does not forbid this transfer. If it needs safeguards, offer conditions instead of refusing.',
  'refusal.not-national': 'The person is not your national, or your law allows extraditing nationals.',
  'refusal.person-present': 'The person is on your territory.',
  'refusal.domestic-law': 'Your law provides this measure ({kind:kind}) for a similar domestic case.',
  'refusal.treaty-ground':
    'The {treaty} governs this request: refuse only on one of its grounds ({grounds:ground}) or on a bar of your own law (data protection, nationals, the person absent).',
  'refusal.treaty-binds': 'The {treaty} binds your two States: refuse only on one of its grounds.',
  'refusal.political-offence':
    'The convention has no political-offence exception: only a treaty that governs the request and provides one allows this refusal.',

  // Violations: lawful acts that fall short, recorded and scored.
  'violation.consult-parallel':
    'You acted alone on "{offence}" although you knew that {others} is also investigating or prosecuting it: consult, as appropriate, to coordinate.',
  'violation.own-authority':
    'Request “{request}” was executed without naming which of your own authorities authorised the measure: the [[requesting-state]]’s authorisation does not stand in for yours.',
  'violation.safeguards':
    'The measure was ordered without all its safeguards ({missing:safeguard}): the evidence may be challenged.',
  'violation.speciality':
    'Evidence "{evidence}" was obtained for another case: using it here needs the consent of the State that provided it.',
  'violation.missing-content': 'Request “{request}” does not state “{item:contents}”.',
  // The next two are kept for logs recorded while a missing deadline was scored: it is now a
  // practice note (rule mla.deadline.reasons), never recorded.
  'violation.no-deadline': 'Request “{request}” suggests no deadline: it joins the ordinary queue.',
  'violation.deadline-without-reason':
    'Request “{request}” suggests a deadline without reasons: it carries little weight.',
  'violation.warning-duty':
    'The data of request “{request}” will be deleted before [[preservation]] takes effect, and you did not warn the [[requesting-state]].',
  'violation.onward-transfer':
    'You passed on personal data ("{evidence}") received from another State without its authorisation.',
  'violation.urgent-oral': 'The oral request “{request}” was not confirmed in writing in time.',
  'violation.confidentiality':
    'Request “{request}” asked for confidentiality, which your law cannot guarantee (account holders are told), and you did not say so before executing it.',
  'violation.costs':
    'Request “{request}” involves extraordinary costs ([[real-time-collection]] or interception) and was executed without consulting on them.',
  'violation.conditions-bind': 'You passed on "{evidence}", which you received on conditions you accepted.',
  'violation.progress': 'A request for an update on request “{request}” went unanswered.',
  'violation.no-longer-needed':
    'You hold everything request “{request}” asks for but did not tell the [[requested-state]].',
  'violation.prosecute-instead':
    'You refused to extradite your national on request “{request}” but did not submit the case for prosecution in time.',
  // A violation recorded before violations kept their key: its English text, as recorded (see upcast.ts).
  'violation.as-recorded': '{text}',

  // Outcomes of executed requests.
  'outcome.suspect-found': '{alias} is in {country}.',
  'outcome.suspect-not-found': '{alias} was not found in {country}.',
  'outcome.suspect-arrested': '{alias} was arrested, pending [[extradition]].',
  'outcome.suspect-in-custody': '{alias} is already in custody.',
  'outcome.suspect-surrendered': '{alias} was surrendered to {country}.',
  'outcome.asset-frozen': 'The funds are frozen.',
  'outcome.asset-moved': 'The funds had already moved on.',
  'outcome.asset-already-frozen': 'The funds were already frozen.',
  'outcome.asset-confiscated': 'The funds were confiscated and returned.',
  'outcome.asset-not-frozen': 'The funds are not frozen: freeze them first.',
  'outcome.asset-gone': 'The funds are no longer there.',

  // Hearing a witness abroad (Art. 40, model UNTOC 18(10)-(12), (18)): a ruling and the outcomes.
  'request.transfer-not-detained':
    '{alias} is not detained in {to}: only a person held in custody there can be transferred to testify. Ask for a hearing by video conference instead.',
  'outcome.heard-by-video': '{alias} was heard by video conference from {country}.',
  'outcome.transferred-and-returned':
    '{alias} was transferred in custody to {to}, gave evidence there and was returned to the custody of {from} as agreed, without [[extradition]] proceedings; the time counts toward the sentence.',
  'outcome.not-detained': '{alias} is no longer detained in {country}: no transfer took place.',
  'outcome.transfer-no-consent':
    '{alias} did not consent to the transfer: without free and informed consent no transfer takes place.',
  'outcome.testimony': '{alias} said: "{statement}"',
  'outcome.no-testimony': '{alias} said nothing that helps the case.',

  // The log and the debrief timeline: one line per event.
  'log.case-opened': '{country} opened a case: {title}.',
  'log.proceedings-transferred': 'Proceedings transferred to {to}.',
  'log.measure-taken': '{country} ordered a {kind:measure}.',
  'log.measure-completed': 'A domestic measure completed: {outcome:measure-outcome}.',
  'log.jurisdiction-claimed': '{country} claimed [[jurisdiction]] over "{offence}" ({bases:basis}).',
  'log.consultation-opened': '{country} opened a consultation with {with}.',
  'log.consultation-message': '{country} wrote in a consultation.',
  'log.agreement-proposed': '{country} proposed an agreement: {kind:agreement}.',
  'log.agreement-accepted': '{country} accepted the agreement.',
  'log.agreement-rejected': '{country} rejected the agreement.',
  'log.agreement-concluded': 'The agreement was concluded.',
  'log.request-sent': '{from} sent {to} a request ({kind:kind}).',
  'log.request-sent-treaty': '{from} sent {to} a request ({kind:kind}) under the {treaty}.',
  'log.request-sent-convention-in-lieu':
    '{from} sent {to} a request ({kind:kind}) under the convention, which the two apply in place of the {treaty}.',
  'log.request-received': 'Request “{request}” was received.',
  'log.request-acknowledged': 'Receipt of request “{request}” was acknowledged.',
  'log.more-information': 'More information was asked on request “{request}”.',
  'log.information-provided': 'More information was given on request “{request}”.',
  'log.conditions-offered': 'Conditions were offered on request “{request}”: {conditions}.',
  'log.conditions-accepted': 'The conditions on request “{request}” were accepted.',
  'log.conditions-declined': 'The conditions on request “{request}” were declined.',
  'log.execution-started': 'Execution of request “{request}” began.',
  'log.execution-started-authorised': 'Execution of request “{request}” began, authorised by {authority}.',
  'log.request-executed': 'Request “{request}” was executed.',
  'log.request-partly-executed': 'Request “{request}” was executed in part.',
  'log.request-postponed': 'Request “{request}” was postponed.',
  'log.postponement-ended': 'The postponement of request “{request}” ended.',
  'log.request-refused': 'Request “{request}” was refused ({ground:ground}).',
  'log.request-withdrawn': 'Request “{request}” was withdrawn.',
  'log.request-no-longer-needed': 'Request “{request}” is no longer needed.',
  'log.progress-queried': 'An update was asked on request “{request}”.',
  'log.written-confirmation': 'The oral request “{request}” was confirmed in writing.',
  'log.progress-answered': 'An update was given on request “{request}”.',
  'log.preservation-warning':
    'A warning was sent on request “{request}”: [[preservation]] may not secure the data.',
  'log.confidentiality-notice': 'Request “{request}” cannot be kept confidential.',
  'log.prosecution-requested': 'Prosecution instead of [[extradition]] was requested (request “{request}”).',
  'log.prosecution-opened': '{country} opened a prosecution of {suspect}.',
  'log.information-shared': '{from} shared information with {to}.',
  'log.evidence-preserved': '"{evidence}" was preserved.',
  'log.preservation-held': '"{evidence}" stays preserved until the follow-up request is decided.',
  'log.preservation-ended-for': 'The [[preservation]] of "{evidence}" for {country} ended.',
  'log.evidence-expired': '"{evidence}" was deleted at the end of its retention period.',
  'log.evidence-expired-unpreserved':
    '"{evidence}" was deleted: {holder} ({country}) keeps such data for a limited time, and no [[preservation]] held it when that time ran out (rule {rule}, {article}). A [[preservation]] order in {country} or a [[preservation]] request to {country} in time, then the request for the data before the [[preservation]] lapsed, would have kept it.',
  'log.evidence-deleted': '"{evidence}" was deleted.',
  'log.evidence-discovered': '{country} learned that "{evidence}" exists.',
  'log.evidence-obtained': '{country} obtained "{evidence}".',
  'log.fact-learned': '{country} learned a new fact.',
  'log.suspect-identified': '{country} identified {suspect}.',
  'log.suspect-located': '{country} located {suspect} in {location}.',
  'log.suspect-moved': '{suspect} travelled to {to}.',
  'log.suspect-tipped-off':
    '{provider} ({holder}) told its customer of the order or request from {country} on "{evidence}": {suspect} was tipped off. It tells its customers of every order unless told to keep it confidential, and this one was not confidential (rule {rule}, {article}). Ordering or asking for confidentiality would have prevented it.',
  'log.suspect-tipped-off-law':
    '{provider} ({holder}) told its customer of the disclosure of "{evidence}" asked by {country}: {suspect} was tipped off. The law of {holder} makes providers tell account holders of disclosures, confidential or not (rule {rule}, {article}). Preserving the data without disclosing it yet, or a route that does not go through that provider, would have avoided it; the [[requested-state]] must say when it cannot keep a request confidential.',
  'log.suspect-arrested': '{suspect} was arrested by {by}.',
  'log.suspect-surrendered': '{suspect} was surrendered to {to}.',
  'log.suspect-released': '{suspect} was released by {by}.',
  'log.asset-discovered': '{country} traced "{asset}".',
  'log.asset-frozen': '"{asset}" was frozen.',
  'log.asset-moved': '"{asset}" moved.',
  'log.asset-confiscated': '"{asset}" was confiscated.',
  'log.inject-fired': 'Inject: {title}.',
  'log.message': 'Message from the instructor: {text}',
  'log.emergency': 'Emergency: there is now a significant and imminent risk to life or safety.',
  'log.objective-met': 'Objective met: {title}.',
  'log.objective-missed': 'Objective missed: {title}.',
  'log.points-awarded':
    '{country} was awarded {points, plural, one {# rubric point} other {# rubric points}}.',
  'log.note': 'Instructor: {text}',
  'log.session-ended': 'The session ended.',
  'path.started-with': '{country} knew of "{subject}" from the start',
  'path.learned': '{country} learned of "{subject}"',
  'path.obtained': '{country} obtained "{subject}"',
  'path.preserved': '{country} preserved "{subject}"',
  'path.identified': '{country} identified {subject}',
  'path.located': '{country} located {subject}',
  'path.arrested': '{country} arrested {subject}',
  'path.surrendered': '{subject} was surrendered to {country}',
  'path.prosecuted': '{country} opened a prosecution of {subject}',
  'path.froze': '{country} froze "{subject}"',
  'path.agreed': 'An agreement proposed by {country} was concluded: {subject:agreement}',
  'path.requested': '{country} sent a request to {to}: {kind:kind}',
  'path.shared': '{country} shared information with {subject}',
  'path.tipped-off': '{provider} told {subject} of what {country} asked for',
  'path.lost': '"{subject}" was lost',
  'path.moved': '"{subject}" was moved',
  'path.news': 'News: {subject}',
  'path.decisive': 'what it waited for',
  'path.via.shared': 'shared by {country}',
  'path.via.evidence': 'from "{title}"',
  'path.via.request': 'by request to {country}: {kind:kind}',
  'path.via.request-from': 'on request of {country}: {kind:kind}',
  'path.via.retention': 'its retention period ran out',
  'path.via.measure': 'by a domestic {kind:measure}',
  'path.via.inject': 'from the news: {title}',
  'path.via.consultation': 'after a consultation',

  // The debrief.
  'debrief.met': 'Met on day {day} by {countries}.',
  'debrief.missed-deadline': 'Missed: the deadline (day {deadline}) passed.',
  'debrief.missed-lost': 'Missed: "{evidence}" was deleted on day {day} before it could be secured.',
  'debrief.open': 'Not met yet.',

  // Which rules a request goes under (the debrief's requests, the composer): the convention, a
  // bilateral treaty in its place, or neither.
  'regime.convention':
    'The convention governs: {from} and {to} are both bound by it, and no treaty between them covers this request.',
  'regime.treaty':
    "The {treaty} governs, in place of the convention's procedure: its grounds, contents and channels apply.",
  'regime.treaty-outside-convention':
    'The {treaty} governs: the convention does not bind both {from} and {to}, but the treaty does.',
  'regime.convention-in-lieu':
    'The convention governs: {from} and {to} agreed to apply its procedure in place of the {treaty}.',
  'regime.none':
    'Neither the convention nor a treaty binds {from} and {to} for this request: {to} may help at its discretion.',

  // A country's reservations, options and treaties, as the briefing, the directory and the
  // composer say them (engine law/notes.ts).
  'law.reservation.requires': '{conduct:conduct}: a crime only where {element:element} (Art. {article}).',
  'law.reservation.excludes': '{conduct:conduct}: no crime where {element:element} (Art. {article}).',
  'law.reservation.extends': '{conduct:conduct}: a crime also where {element:element} (Art. {article}).',
  'law.reservation.misuse-of-devices':
    '{conduct:conduct}: reserved, except the sale, distribution or making available of passwords and access data (Art. {article}).',
  'law.reservation.real-time':
    '[[Real-time-collection]] of [[traffic-data]] only for: {conducts:conduct} ([[reservation]], Art. {article}; recalled).',
  // The convention's offences (Arts 7-17) and the facts its options turn on, by id: said through
  // `{conduct:conduct}` and `{element:element}` where a country's law names no offence of its own.
  'conduct.illegal-access': 'Illegal access',
  'conduct.illegal-interception': 'Illegal interception',
  'conduct.data-interference': 'Interference with electronic data',
  'conduct.system-interference': 'Interference with an [[ict-system]]',
  'conduct.misuse-of-devices': 'Misuse of devices',
  'conduct.forgery': '[[ict-system]]-related forgery',
  'conduct.fraud': '[[ict-system]]-related theft or fraud',
  'conduct.child-sexual-abuse-material': 'Online child sexual abuse or exploitation material',
  'conduct.grooming': 'Solicitation or grooming of a child',
  'conduct.intimate-images': 'Non-consensual dissemination of intimate images',
  'conduct.laundering': 'Laundering of [[proceeds-of-crime]]',
  'element.security-measure': 'a security measure was infringed',
  'element.dishonest-intent':
    'it was done to obtain electronic data or with another dishonest or criminal intent',
  'element.connected-system': 'the [[ict-system]] was connected to another [[ict-system]]',
  'element.serious-harm': 'it caused serious harm',
  'element.credentials':
    'it was the sale, distribution or making available of passwords or similar access data',
  'element.intent-to-defraud': 'it was done with intent to defraud or a similar dishonest intent',
  'element.real-person': 'the material depicts a real person',
  'element.visual': 'the material is a visual depiction',
  'element.self-generated': 'the material was generated by the children it depicts',
  'element.consensual-private': 'the material was made with consent and kept for private use',
  'element.act-in-furtherance': 'an act in furtherance followed the communication',
  'element.believed-child': 'the person was believed to be a child but was not one',
  'element.by-a-child': 'the conduct was by a child',
  'law.treaty.mla-with':
    '[[Mutual-legal-assistance]] with {other}: requests for assistance between the two go under it.',
  'law.treaty.extradition-with':
    '[[Extradition]] with {other}: [[extradition]] and provisional arrest between the two go under it.',
  'law.treaty.convention-applies':
    "The two States agreed to apply the convention's procedure (Art. 40) in its place, while both are bound by it.",
  'law.treaty.channels': 'Requests go through: {channels:channel}.',
  'law.treaty.grounds':
    'Refusal only on: {grounds:ground} (and the bars of the [[requested-state]]’s own law).',
  'law.treaty.adds': 'A request must also contain: {items:contents}.',
  'law.treaty.waives': 'A request need not contain: {items:contents}.',
  'law.treaty.min-penalty':
    '[[Extradition]] only for offences punishable by at least {years, plural, one {# year} other {# years}} in both States.',
  'law.treaty.as-convention': "Its grounds, contents and channels are the convention's.",
  'law.note.extradition-min-penalty':
    'Extradites only for an offence punishable by at least {years, plural, one {# year} other {# years}} of deprivation of liberty in both States (Art. 37).',
  'law.note.extradition-no-min-penalty': 'Sets no minimum penalty for [[extradition]] (Art. 37).',
  'law.note.no-real-time':
    'Its law provides no [[real-time-collection]] of [[traffic-data]]: it cannot do it for another State (Art. 45).',
  'law.note.no-interception':
    'Its law provides no interception of content: it cannot intercept for another State (Art. 46).',
  'law.note.interception-for': 'Intercepts content only for: {conducts:conduct} (Arts 30, 46).',
  'law.note.interception-serious':
    'Intercepts content for the offences it punishes by four years or more (Arts 30, 46).',
  'law.note.executing-authority':
    'Authorises the measures it takes for another State itself, under its own law: {authority} (Arts 24, 40).',
  'law.note.data-protection-forbids':
    'Its data-protection law forbids transferring personal data to: {countries} (Art. 36).',
  'law.note.data-protection-on-conditions':
    'Transfers personal data to {countries} only on its conditions, offered before it executes: {conditions} (Art. 36).',
  'law.note.notifies-data-subjects':
    'Its law makes providers tell account holders of disclosures: it cannot keep a request for them confidential, and the suspect learns of it (Art. 40).',
  'law.provider.offers-services':
    '{provider} ({country}) also offers its services in {countries}: their [[production-order:plural]] reach its [[subscriber-information]] (Art. 27).',
  'law.provider.notifies-customers':
    '{provider} ({country}) tells its customers of orders on their data: order or ask for confidentiality, or the suspect is tipped off (Arts 25, 40).',

  // A rule's citations (citations.ts): `{articles}` is the list of articles, joined as the language
  // joins a list; `{count}` how many there are.
  'citation.articles': '{count, plural, one {Art. {articles}} other {Arts {articles}}}',
  'citation.model': '{article} (model: {model})',

  // How sure a rule's convention wording is (provenanceOf in packages/scenario): the debrief, the
  // report and a team's rulings mark model and recalled wording; the rules document shows all four.
  'provenance.mark.convention': 'Checked in the convention',
  'provenance.mark.elsewhere': 'Checked in a source that quotes the convention',
  'provenance.mark.model': 'Wording from a model clause',
  'provenance.mark.recalled': 'Wording recalled, not checked',
  'provenance.convention': "The convention's wording here was checked in its text.",
  'provenance.elsewhere':
    "The convention's wording here was checked in an official or secondary source that quotes it, not in its full text.",
  'provenance.model':
    "The convention's wording here is not yet checked: this follows {model}, the clause it copies.",
  'provenance.models':
    "The convention's wording here is not yet checked: this follows the clauses it copies, {models}.",
  'provenance.recalled':
    "The convention's wording here is recalled from memory and not yet checked against its text.",
} as const satisfies Record<string, string>;

/**
 * The English messages as written, legal terms named by glossary markers (`[[traffic-data]]`,
 * glossary.ts): the engine's messages, the screens', the server's and the rules' texts.
 */
// The rule catalogue's texts (rules.ts) are not part of it: the players' first page does not carry
// them; `EN_WITH_RULES` (@crossborder/i18n/rules) adds them where rules are read.
export const EN_SOURCE = { ...ENGINE, ...SCREENS, ...SERVER, ...EXPORTS } as const;

/** The whole English catalogue as screens show it: EN_SOURCE with the glossary's English wordings. */
export const EN = expandCatalogue(EN_SOURCE, 'en');
