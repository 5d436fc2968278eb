import { type DocumentRule, label, type RulesDocument } from './rules-document.js';

/**
 * The rules document as Markdown, for a reviewer who annotates text (or a pull request). Every
 * text is escaped: a rule's words are shown as written, never read as Markdown or HTML.
 */
export function rulesMarkdown(document: RulesDocument): string {
  const lines = [
    `# ${text(label('title'))}`,
    '',
    text(label('generated')),
    '',
    `**${text(label('howToCorrect', { folder: document.chaptersFolder }))}**`,
    '',
    `## ${text(label('levels'))}`,
    '',
    ...document.counts.map((row) => `- ${text(row.mark)}: ${row.count}`),
    '',
    text(label('provenanceValues')),
    '',
    text(label('rules', { count: document.total })),
  ];
  for (const chapter of document.chapters) {
    lines.push('', `## ${text(chapter.title)}`, '');
    if (chapter.file) lines.push(code(chapter.file), '');
    for (const rule of chapter.rules) lines.push(...ruleLines(rule), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function ruleLines(rule: DocumentRule): string[] {
  const { where } = rule;
  const applied =
    where.engine.length > 0
      ? where.engine.map(code).join(', ')
      : where.data.length > 0
        ? `${where.data.map(code).join(', ')} (${text(label('appliedAsData'))})`
        : text(label('notApplied'));
  return [
    `### ${code(rule.id)}: ${text(rule.title)}`,
    '',
    `| ${text(label('article'))} | ${text(label('model'))} | ${text(label('provenance'))} |`,
    '| --- | --- | --- |',
    ...rule.citations.map(
      (citation) =>
        `| ${text(citation.article)} | ${text(citation.model ?? label('none'))} | ${text(citation.provenance)} |`,
    ),
    '',
    `- **${text(label('effect'))}:** ${text(rule.effect)}`,
    `- **${text(label('penalty'))}:** ${text(rule.penalty > 0 ? label('points', { points: rule.penalty }) : label('noPenalty'))}`,
    `- **${text(label('provenance'))}:** ${text(`${rule.provenance.symbol} ${rule.provenance.mark}`)} — ${text(rule.provenance.sentence)}`,
    `- **${text(label('trainee'))}:** ${text(rule.summary)}`,
    `- **${text(label('teaching'))}:** ${text(rule.teaching)}`,
    `- **${text(label('applied'))}:** ${applied}`,
    `- **${text(label('tested'))}:** ${where.tests.length > 0 ? where.tests.map(code).join(', ') : text(label('notTested', { id: rule.id }))}`,
    `- **${text(label('editIn'))}:** ${where.chapter ? code(where.chapter) : text(label('noChapter'))}`,
    `- **${text(label('notes'))}:**`,
  ];
}

/** Text as Markdown shows it: punctuation Markdown or HTML would read is escaped, lines joined. */
function text(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, (character) => `\\${character}`);
}

/** A path or id as code; a backtick in it (there is none in the checkout's paths) is dropped. */
function code(value: string): string {
  return `\`${value.replace(/`/g, '')}\``;
}
