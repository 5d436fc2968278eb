/**
 * English for the exports (issue 15, part 6): a team's own report, its case file for a moot
 * hearing, the timeline as a spreadsheet (CSV), the console's and team screen's download buttons,
 * and the HTTP errors of their routes. Same rules as the other catalogues.
 */
export const EXPORTS = {
  // The timeline CSV: its column headers and its kinds (the debrief's legend, in words).
  'csv.column.time': 'time',
  'csv.column.minute': 'minute',
  'csv.column.country': 'country',
  'csv.column.kind': 'kind',
  'csv.column.item': 'item',
  'csv.column.rule': 'rule',
  'csv.column.article': 'article',
  'csv.kind.request': 'request',
  'csv.kind.ruling': 'rule violation',
  'csv.kind.evidence': 'evidence',
  'csv.kind.jurisdiction': '[[jurisdiction]]',
  'csv.kind.news': 'news',
  'csv.kind.objective': 'objective',

  // A team's own report.
  'exports.report-title': 'Crossborder report for {country} — {title} ({code})',
  'exports.report-for': 'The session as {country} saw it',
  'exports.scope-own':
    'Everything here is what {country} knew: its own requests, evidence, scores and rulings, and the events it was told of. Other teams’ secrets are not in it.',
  'exports.scope-full':
    'The instructor included the full debrief: after this team’s own report comes the whole session, every team’s secrets included.',
  'exports.open': 'still open',
  'exports.none': 'None.',
  'exports.requests': 'Requests sent and received',
  'exports.your-preservation': 'Your [[preservation]] since',
  'exports.log': 'What {country} was told, in order',
  'exports.full-debrief': 'The full debrief (every team)',
  'exports.full-debrief-hint':
    'The whole session, as the instructor’s debrief shows it: every country’s timeline, scorecards and rulings.',

  // A team's case file.
  'exports.casefile-title': 'Case file of {country} ({code})',
  'exports.casefile-heading': 'Case file of {country}',
  'exports.casefile-footer':
    'Produced by Crossborder from the session’s log, as this team’s screen showed it: the record for the hearing. Countries and people are fictional.',
  'exports.as-of': 'as it stood on {when}',
  'exports.case': 'Case',
  'exports.opened': 'Opened',
  'exports.proceedings': 'Proceedings',
  'exports.claims': '[[Jurisdiction]] claimed',
  'exports.bases': 'Bases',
  'exports.claimed': 'Claimed',
  'exports.withdrawn': 'withdrawn {when}',
  'exports.reasoning': 'Written reasoning',
  'exports.no-reasoning': 'none written',
  'exports.requests-sent': 'Requests sent',
  'exports.requests-received': 'Requests received',
  'exports.missing': 'Sent without',
  'exports.more-information': 'More information asked ({when})',
  'exports.answered': 'answered {when}',
  'exports.conditions-offered': 'Conditions offered ({when})',
  'exports.postponed': 'Postponed until {until}',
  'exports.refused': 'Refused: {ground}',
  'exports.authorised-by': 'Execution authorised by',
  'exports.execution-reasoning': 'Reasoning for granting it',
  'exports.warning': 'Warning ({when})',
  'exports.outcome-obtained': 'Obtained: {items}',
  'exports.outcome-preserved': 'Preserved: {items}',
  'exports.outcome-unavailable': 'No longer there: {items}',
  'exports.evidence-chain': 'The evidence and how it was obtained',
  'exports.unknown-item': 'an item not in this case file',
  'exports.source-measure': 'through one of your measures',
  'exports.conditions': 'Conditions: {conditions}',
  'exports.tainted': 'obtained without the safeguards of Art. 24: open to challenge',
  'exports.measure': 'Measure',
  'exports.target': 'Target',
  'exports.taken': 'Ordered',
  'exports.prosecutions': 'Prosecutions',
  'exports.consultations': 'Consultations',
  'exports.agreements': 'Agreements',
  'exports.agreement': 'Agreement',
  'exports.parties': 'Parties',
  'exports.terms': 'Terms',
  'exports.not-concluded': 'not concluded',
  'exports.action-day-at': 'action day, acting at {when}',
  'exports.held-until': 'held until {when}',
  'exports.fact': 'Fact',

  // The console's exports and the team screen's case-file button.
  'ui.exports.title': 'Reports and exports',
  'ui.exports.hint':
    'Each team’s report holds only what its country knew. The timeline is a spreadsheet (CSV) of every event of the session, with its rule and article.',
  'ui.exports.full': 'Include the full debrief (every team’s secrets) in the team reports',
  'ui.exports.team-report': 'Report for {country} (HTML)',
  'ui.exports.csv': 'Timeline (CSV)',
  'ui.exports.failed': 'The download failed: {problem}',
  'ui.casefile.export': 'Download our case file (HTML)',
  'ui.casefile.export-hint':
    'Your requests, the answers, your evidence and how you obtained it, and your written reasoning: one page to print for the hearing.',

  // The HTTP routes of the exports.
  'server.http.unknown-team':
    'There is no country "{country}" in this session. Use the country of one of its seats.',
  'server.http.not-your-casefile':
    'A case file is for its own team: sign in with {country}’s seat (its team’s browser), or ask the instructor for the team’s report.',
  'server.http.no-seat-token':
    'This needs your seat: send the seat token your browser keeps for this session (Authorization: Bearer <token>), or join the session again.',
} as const satisfies Record<string, string>;
