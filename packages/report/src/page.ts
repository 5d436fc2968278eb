import { directionOf } from '@crossborder/i18n';
import { escapeHtml } from './escape.js';
import { STYLE } from './report.js';

/**
 * A self-contained page as the report is one: no script, nothing loaded from elsewhere, the
 * report's print-friendly style plus `extra`. `title` and `body` are HTML already escaped;
 * `locale` the language they are in (right to left for Arabic).
 */
export function page(title: string, body: string, extra = '', locale = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}${extra}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A table with a header row; each cell of `rows` is HTML already escaped. Empty rows: `empty`. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  empty: string,
): string {
  if (rows.length === 0) return `<p>${empty}</p>`;
  const head = headers.map((header) => `<th scope="col">${header}</th>`).join('');
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${first ?? ''}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Text a player typed, as HTML: escaped, its line breaks kept. */
export function typed(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}
