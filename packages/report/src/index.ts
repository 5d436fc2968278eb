export { type Comparison, compareWithBots } from './compare.js';
export { escapeHtml } from './escape.js';
export { analyse, type ReportInput, renderReport, type SessionAnalysis } from './report.js';
export { type RulesDocumentInput, type RuleWhere, rulesDocument } from './rules-document.js';
export { rulesHtml } from './rules-html.js';
export { rulesMarkdown } from './rules-markdown.js';
export { timelineSvg } from './svg.js';
export {
  type Category,
  categoryOf,
  EVERYONE,
  type Lane,
  type TimelineItem,
  type TimelineModel,
  timelineModel,
} from './timeline.js';
