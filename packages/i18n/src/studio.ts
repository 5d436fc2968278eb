import { expandCatalogue } from './glossary.js';

/**
 * The scenario studio's words (/studio, issue 17): write, check, play-test and save a scenario.
 * A catalogue of its own, loaded with the studio's code only, so that the players' first
 * JavaScript does not carry it. Translators add its keys per language as for the others.
 */
export const STUDIO_SOURCE = {
  'ui.studio.title': 'Scenario studio',
  'ui.studio.to-console': 'Back to the sessions',
  'ui.studio.start-title': 'Start a draft',
  'ui.studio.start-from': 'Start from',
  'ui.studio.start-hint':
    'A template (the smallest case worth playing) or a copy of a scenario the server offers. Opening one replaces the draft in the editor.',
  'ui.studio.from-template': 'Template: {name}',
  'ui.studio.from-copy': 'Copy of “{title}”',
  'ui.studio.open': 'Open in the editor',
  'ui.studio.opened': 'Opened: {what}.',
  'ui.studio.draft-title': 'The draft',
  'ui.studio.editor': 'Scenario YAML',
  'ui.studio.editor-hint':
    'The scenario as YAML. It is checked as you type; problems are marked at their line and listed beside it. Ctrl+Space completes a field name, or an id where a field names one; Tab leaves the editor.',
  'ui.studio.outline-title': 'Outline',
  'ui.studio.outline-has-errors':
    'The draft has errors ({errors}): the outline shows again once they are fixed.',
  'ui.studio.outline.countries': 'Countries',
  'ui.studio.outline.providers': 'Providers',
  'ui.studio.outline.evidence': 'Evidence and what it reveals',
  'ui.studio.outline.injects': 'Injects, in the order they fire',
  'ui.studio.outline.objectives': 'Objectives',
  'ui.studio.outline.in': 'in {country}',
  'ui.studio.outline.at': '{at}',
  'ui.studio.outline.when': 'on a condition',
  'ui.studio.graph.label':
    'Evidence chains: {items, plural, one {# evidence item} other {# evidence items}} and {facts, plural, one {# fact} other {# facts}} they reveal, in {steps, plural, one {# column} other {# columns}}.',
  'ui.studio.graph.item': 'Evidence item: {name}',
  'ui.studio.graph.fact': 'Fact: {name}',
  'ui.studio.graph.legend':
    'Square boxes are evidence items, rounded dashed boxes the facts they reveal; an arrow runs from an item to what obtaining it reveals. A box goes to its line; the list below says the same in words.',
  'ui.studio.outline.reveals': 'reveals {what}',
  'ui.studio.outline.deadline': 'deadline {at}',
  'ui.studio.problems-title': 'Problems',
  'ui.studio.checking': 'Checking the draft…',
  'ui.studio.no-problems': 'No problems: the checker finds nothing to fix.',
  'ui.studio.problem-count': 'Errors: {errors}. Warnings: {warnings}.',
  'ui.studio.go-to-line': 'Line {line}',
  'ui.studio.error-in': 'Error at line {line}, column {column}, {path}: {message}',
  'ui.studio.warning-in': 'Warning at line {line}, column {column}, {path}: {message}',
  'ui.studio.error-at': 'Error at line {line}, column {column}: {message}',
  'ui.studio.warning-at': 'Warning at line {line}, column {column}: {message}',
  'ui.studio.play-title': 'Play-test',
  'ui.studio.play-hint':
    'A bot plays every country, as npm run scenario -- simulate does: see whether the scenario can be won, how much time each objective leaves, and why one is missed.',
  'ui.studio.play': 'Play-test with bots',
  'ui.studio.playing': 'The bots are playing the draft…',
  'ui.studio.play-has-errors':
    'The draft has errors ({errors}): the bots cannot play it. Fix the problems listed above first.',
  'ui.studio.won': 'The bots won: {met} of {total, plural, one {# objective} other {# objectives}} met.',
  'ui.studio.not-won':
    'The bots did not win: {met} of {total, plural, one {# objective} other {# objectives}} met.',
  'ui.studio.deadline': 'deadline {at}',
  'ui.studio.no-deadline': 'no deadline',
  'ui.studio.objective-met':
    '“{title}”: met {at} ({deadline}); slack {slack} of game time, {real} minutes of the workshop.',
  'ui.studio.objective-missed': '“{title}”: missed ({deadline}).',
  'ui.studio.why': 'Why:',
  'ui.studio.path-title': 'Critical path to the last objective met, “{objective}”',
  'ui.studio.step': '{at}: {what} {decisive}',
  'ui.studio.step-via': '{at}: {what} ({how}) {decisive}',
  'ui.studio.decisive': '— what it waited for',
  'ui.studio.cause.late': 'it became true only {at}, after the deadline',
  'ui.studio.cause.not-met': 'never came true: {condition}',
  'ui.studio.cause.all': 'all of these were needed:',
  'ui.studio.cause.any': 'none of these happened:',
  'ui.studio.cause.happened': 'came true {at}, which this objective excludes: {condition}',
  'ui.studio.cause.window-never': 'its time window never opened: what it starts from never happened',
  'ui.studio.cause.window': 'not within {within} of {at}, when its window opened',
  'ui.studio.cause.lost-retention':
    '{evidence} was lost ({at}): its retention period ran out before anyone preserved it',
  'ui.studio.cause.lost-deleted': '{evidence} was lost ({at}): deleted by an inject',
  'ui.studio.cause.unrevealed':
    'lead never revealed: nobody who needed it learned of {subject}; it is revealed by {by}',
  'ui.studio.cause.unrevealed-nothing':
    'lead never revealed: nobody who needed it learned of {subject}; nothing in the scenario reveals it',
  'ui.studio.cause.not-requested': 'nobody asked for {subject}, though {countries} knew of it',
  'ui.studio.cause.request': 'a request ({kind}, {from} to {to}, sent {sent}): {status}',
  'ui.studio.cause.request-due': 'a request ({kind}, {from} to {to}, sent {sent}): {status}, due {due}',
  'ui.studio.cause.request-refused':
    'a request ({kind}, {from} to {to}, sent {sent}): refused (ground: {ground})',
  'ui.studio.cause.rejected': 'what {country} tried was refused {at}: {ruling} (rule: {rule})',
  'ui.studio.cause.rejected-mechanics': 'what {country} tried was refused {at}: {ruling}',
  'ui.studio.cause.news': 'the news “{title}”',
  'ui.studio.preview-title': 'Preview as a participant',
  'ui.studio.preview-hint':
    'The briefing and the case file a country’s team finds when the session opens, as the team screen shows them. Preview again after a change.',
  'ui.studio.preview': 'Preview the briefing and case file',
  'ui.studio.preview-country': 'Country to preview',
  'ui.studio.preview-briefing': 'The briefing',
  'ui.studio.preview-casefile': 'The opening case file',
  'ui.studio.preview-read-only': 'This is a preview: nothing is sent.',
  'ui.studio.preview-has-errors':
    'The draft has errors ({errors}): there is nothing to preview yet. Fix the problems listed above first.',
  'ui.studio.save-title': 'Save and play',
  'ui.studio.file-name': 'File name',
  'ui.studio.file-name-hint':
    'Lower-case letters, digits and hyphens, ending in .yaml. The draft is saved in the server’s scenario folder, with its problems if it has any; only a draft without errors can be played.',
  'ui.studio.replace': 'Replace the file of the same name',
  'ui.studio.save': 'Save the draft',
  'ui.studio.save-failed':
    'The draft could not be sent to the server ({reason}). Check the network and save again.',
  'ui.studio.saved-playable': 'Saved as {file}. It has no errors: you can start a session from it.',
  'ui.studio.saved-not-playable':
    'Saved as {file}, with {errors, plural, one {# error} other {# errors}}: it is listed with its problems but cannot be played until they are fixed.',
  'ui.studio.start-session': 'Start a session from the saved draft',
  'ui.studio.start-ready': 'Starts a session of “{title}” and opens its console.',
  // What an id names, as the editor's completion and hover say it (the kinds of id a scenario declares).
  'ui.studio.id-named': '{kind}: {name}',
  'ui.studio.id.countries': 'Country',
  'ui.studio.id.conducts': 'Conduct',
  'ui.studio.id.facts': 'Fact',
  'ui.studio.id.offences': 'Offence',
  'ui.studio.id.victims': 'Victim',
  'ui.studio.id.suspects': 'Suspect',
  'ui.studio.id.providers': 'Provider',
  'ui.studio.id.evidence': 'Evidence item',
  'ui.studio.id.assets': 'Asset',
  'ui.studio.id.injects': 'Inject',
  'ui.studio.id.agreements': 'Planned agreement',
  'ui.studio.id.rules': 'Rule',
  'ui.studio.start-needs-save':
    'Save the draft without errors first: a session starts from the saved file, as the draft was when saved.',
} as const satisfies Record<string, string>;

/** The studio's English words as screens show them: glossary markers expanded (glossary.ts). */
export const STUDIO = expandCatalogue(STUDIO_SOURCE, 'en');

export type StudioKey = keyof typeof STUDIO;
