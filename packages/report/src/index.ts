export {
  type BranchComparison,
  type BranchDecision,
  type BranchOutcome,
  type CountryBranches,
  compareBranches,
  type ObjectiveBranches,
} from './branches.js';
export { type CaseFileInput, renderCaseFile } from './casefile.js';
export { type Comparison, compareWithBots, type ModelAnswer, modelAnswer } from './compare.js';
export { escapeHtml } from './escape.js';
export { scorerName } from './jury-html.js';
export { analyse, type ReportInput, renderReport, type SessionAnalysis } from './report.js';
export { type RulesDocumentInput, type RuleWhere, rulesDocument } from './rules-document.js';
export { rulesHtml } from './rules-html.js';
export { rulesMarkdown } from './rules-markdown.js';
export { timelineSvg } from './svg.js';
export { renderTeamReport, type TeamReportInput } from './team-report.js';
export {
  type Category,
  categoryOf,
  EVERYONE,
  type Lane,
  type TimelineItem,
  type TimelineModel,
  timelineModel,
} from './timeline.js';
export { type TimelineCsvInput, timelineCsv } from './timeline-csv.js';
export { topicName } from './topic.js';
export { type NamedRequest, type Words, wordsFor } from './words.js';
