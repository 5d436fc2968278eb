import { escapeHtml } from './escape.js';
import { type DocumentRule, label, type RulesDocument } from './rules-document.js';

/**
 * The rules document as one self-contained HTML page: inline style, no script, nothing loaded
 * from elsewhere; it opens offline and prints one rule per block with room for the reviewer's
 * notes. Every text is escaped.
 */
export function rulesHtml(document: RulesDocument): string {
  const chapters = document.chapters
    .map(
      (chapter, index) => `<section aria-labelledby="chapter-${index}">
<h2 id="chapter-${index}">${escapeHtml(chapter.title)}</h2>
${chapter.file ? `<p class="file"><code>${escapeHtml(chapter.file)}</code></p>` : ''}
${chapter.rules.map(ruleHtml).join('\n')}
</section>`,
    )
    .join('\n');
  const contents = document.chapters
    .map(
      (chapter, index) =>
        `<li><a href="#chapter-${index}">${escapeHtml(chapter.title)}</a> (${chapter.rules.length})</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(label('title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(label('title'))}</h1>
<p>${escapeHtml(label('generated'))}</p>
<p class="correct"><strong>${escapeHtml(label('howToCorrect', { folder: document.chaptersFolder }))}</strong></p>
</header>
<section aria-labelledby="levels">
<h2 id="levels">${escapeHtml(label('levels'))}</h2>
<ul>${document.counts.map((row) => `<li>${escapeHtml(row.mark)}: ${row.count}</li>`).join('')}</ul>
<p>${escapeHtml(label('provenanceValues'))}</p>
<p>${escapeHtml(label('rules', { count: document.total }))}</p>
<nav><ol>${contents}</ol></nav>
</section>
${chapters}
</body>
</html>
`;
}

function ruleHtml(rule: DocumentRule): string {
  const { where } = rule;
  const files = (paths: readonly string[]) =>
    paths.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ');
  const applied =
    where.engine.length > 0
      ? files(where.engine)
      : where.data.length > 0
        ? `${files(where.data)} (${escapeHtml(label('appliedAsData'))})`
        : `<span class="missing">${escapeHtml(label('notApplied'))}</span>`;
  const tested =
    where.tests.length > 0
      ? files(where.tests)
      : `<span class="missing">${escapeHtml(label('notTested', { id: rule.id }))}</span>`;
  const citations = rule.citations
    .map(
      (citation) =>
        `<tr><td>${escapeHtml(citation.article)}</td><td>${escapeHtml(citation.model ?? label('none'))}</td><td>${escapeHtml(citation.provenance)}</td></tr>`,
    )
    .join('');
  // `value` is HTML already escaped by the caller; the name is escaped here.
  const row = (name: string, value: string) => `<dt>${escapeHtml(name)}</dt><dd>${value}</dd>`;
  return `<article class="rule" id="rule-${escapeHtml(rule.id)}" data-rule="${escapeHtml(rule.id)}" data-provenance="${escapeHtml(rule.provenance.level)}">
<h3><code>${escapeHtml(rule.id)}</code>: ${escapeHtml(rule.title)}</h3>
<table><thead><tr><th scope="col">${escapeHtml(label('article'))}</th><th scope="col">${escapeHtml(label('model'))}</th><th scope="col">${escapeHtml(label('provenance'))}</th></tr></thead><tbody>${citations}</tbody></table>
<dl>
${row(label('effect'), escapeHtml(rule.effect))}
${row(label('penalty'), escapeHtml(rule.penalty > 0 ? label('points', { points: rule.penalty }) : label('noPenalty')))}
${row(label('provenance'), `<span class="provenance${rule.provenance.marked ? ' marked' : ''}"><span class="symbol" aria-hidden="true">${escapeHtml(rule.provenance.symbol)}</span> <strong>${escapeHtml(rule.provenance.mark)}</strong> — ${escapeHtml(rule.provenance.sentence)}</span>`)}
${row(label('trainee'), escapeHtml(rule.summary))}
${row(label('teaching'), escapeHtml(rule.teaching))}
${row(label('applied'), applied)}
${row(label('tested'), tested)}
${row(label('editIn'), where.chapter ? files([where.chapter]) : `<span class="missing">${escapeHtml(label('noChapter'))}</span>`)}
</dl>
<div class="notes"><p>${escapeHtml(label('notes'))}</p></div>
</article>`;
}

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a202c; margin: 2rem auto; max-width: 1000px; padding: 0 1rem; line-height: 1.45; }
h2 { border-bottom: 2px solid #cbd5e0; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { margin: 0 0 0.4rem; font-size: 1.05rem; }
code { font-size: 0.9em; }
.correct { border-inline-start: 4px solid #2b6cb0; padding-inline-start: 0.6rem; }
.rule { border: 1px solid #cbd5e0; border-radius: 4px; padding: 0.7rem 0.9rem; margin: 1rem 0; }
table { border-collapse: collapse; font-size: 0.92rem; margin-bottom: 0.5rem; }
th, td { text-align: start; padding-block: 0.2rem; padding-inline: 0 0.6rem; border-bottom: 1px solid #e2e8f0; }
dl { display: grid; grid-template-columns: 11rem 1fr; gap: 0.25rem 0.8rem; margin: 0; }
dt { font-weight: 600; } dd { margin: 0; }
.provenance .symbol { font-weight: 700; }
.provenance.marked strong { text-decoration: underline; }
.missing { font-style: italic; }
.notes { border-top: 1px dashed #a0aec0; margin-top: 0.6rem; min-height: 3rem; color: #4a5568; font-size: 0.85rem; }
.notes p { margin: 0.2rem 0; }
@media print { body { margin: 0; max-width: none; } nav { display: none; } .rule { break-inside: avoid; } h2 { break-after: avoid; } .notes { min-height: 5rem; } }
`;
