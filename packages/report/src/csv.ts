/**
 * A CSV file a spreadsheet opens as it should (RFC 4180): fields separated by commas, records by
 * CRLF, a field quoted when it holds a comma, a quote, a line break or spaces at its ends, quotes
 * doubled inside. It starts with a UTF-8 byte-order mark, without which Excel reads the file as
 * the machine's legacy code page and breaks every accented name. A field that a spreadsheet would
 * take for a formula (it starts with =, +, -, @, or a tab or carriage return that hides one) gets
 * a leading apostrophe: the cell then shows the text instead of running it (OWASP's "CSV
 * injection"). Players type some of these fields, so this is not only cosmetic.
 */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field: neutralised if it could be a formula, quoted if it must be. */
export function csvField(value: string | number): string {
  // A number is written as one (a sortable column); a negative number is not a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: the mark, then one record per row, each ended by CRLF. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
