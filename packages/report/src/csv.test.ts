import { fileURLToPath } from 'node:url';
import { createEngine, type Event, simulate } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import { LOCALES } from '@crossborder/i18n/node';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv.js';
import { timelineCsv } from './timeline-csv.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
async function bundled(name: string) {
  const { scenario } = await loadScenarioFile(`${folder}${name}.yaml`);
  if (!scenario) throw new Error(`the ${name} scenario loads`);
  return scenario;
}
const ransomware = await bundled('ransomware');
const tutorial = await bundled('tutorial');

/** Parsed as a spreadsheet would: a real RFC 4180 parser, strict about quotes and row lengths. */
function read(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false, relax_quotes: false }) as string[][];
}

describe('the CSV writer', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\nc,d\r\n');
  });

  it('quotes commas, quotes and line breaks so that they read back as they were', () => {
    const awkward = ['Lorvane, Sahrun', 'He said "now"', 'two\nlines', 'Ação — São Tomé', ' padded '];
    expect(read(toCsv([awkward]))).toEqual([awkward]);
    expect(csvField('He said "now"')).toBe('"He said ""now"""');
  });

  it('neutralises what a spreadsheet would run as a formula, and keeps numbers numbers', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', 'fine'];
    const [row] = read(toCsv([hostile]));
    expect(row).toEqual(['\'=HYPERLINK("http://x","y")', "'+1+2", "'-2+3", "'@SUM(A1)", "'\t=1", 'fine']);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1440)).toBe('1440');
  });
});

describe('the timeline as a CSV', () => {
  /** The bots' game with a violation by Veltria and a case whose title a player typed as a formula. */
  function game(): Event[] {
    const events: Event[] = structuredClone(simulate(ransomware).events);
    const opened = events.find((event) => event.type === 'CaseOpened' && event.case.country === 'veltria');
    if (opened?.type === 'CaseOpened') opened.case.title = '=cmd|"/c calc"!A1, the case';
    const at = events.at(-1)?.at ?? 0;
    // The violation is about Veltria's first request to Lorvane.
    const sent = events.find(
      (event) =>
        event.type === 'RequestSent' && event.request.from === 'veltria' && event.request.to === 'lorvane',
    );
    const request = sent?.type === 'RequestSent' ? sent.request.id : '';
    events.push({
      type: 'ViolationRecorded',
      at,
      visibleTo: ['veltria'],
      violation: {
        id: 'viol-900',
        ruleId: 'mla.contents.summary-of-facts',
        country: 'veltria',
        at,
        line: {
          key: 'violation.missing-content',
          params: { item: 'summary-of-facts', request },
        },
        penalty: 2,
        refs: {},
      },
    });
    return events;
  }
  const events = game();

  it('parses with the columns time, minute, country, kind, item, rule, article', () => {
    const [header, ...rows] = read(timelineCsv({ scenario: ransomware, events }));
    expect(header).toEqual(['time', 'minute', 'country', 'kind', 'item', 'rule', 'article']);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row).toHaveLength(7);
      expect(row[0]).toMatch(/^Day \d+, \d\d:\d\d$/);
      expect(Number(row[1])).toBeGreaterThanOrEqual(0);
    }
    // Names, never ids: every country cell is a lane's name.
    const names = new Set([
      'Everyone',
      ...Object.values(ransomware.countries).map((c) => c.shortName ?? c.name),
    ]);
    for (const row of rows) expect(names.has(row[2] ?? '')).toBe(true);
    // A request is named by its kind, countries and time, never by its id.
    for (const row of rows) expect(row.join(' ')).not.toMatch(/\breq-\d+/);
    expect(rows.some((row) => row[4]?.includes('Veltria → Lorvane, Day'))).toBe(true);
    const kinds = new Set(rows.map((row) => row[3]));
    expect(kinds).toEqual(
      new Set(['request', 'rule violation', 'evidence', 'jurisdiction', 'news', 'objective']),
    );
  });

  it('gives a violation its rule’s title and article, on the offender’s row', () => {
    const rows = read(timelineCsv({ scenario: ransomware, events }));
    const violation = rows.find((row) => row[3] === 'rule violation');
    expect(violation?.[2]).toBe('Veltria');
    expect(violation?.[4]).toMatch(
      /^Request .*Veltria → Lorvane, Day .* does not state “A summary of the relevant facts”/,
    );
    // The rule's title, not its id.
    expect(violation?.[5]).toEqual(expect.not.stringContaining('mla.contents'));
    expect(violation?.[5]?.length).toBeGreaterThan(5);
    expect(violation?.[6]).toMatch(/^Art\. \d/);
  });

  it('keeps what a player typed in one cell, commas and quotes included', () => {
    const rows = read(timelineCsv({ scenario: ransomware, events }));
    const opened = rows.find((row) => row[4]?.includes('calc'));
    expect(opened?.[4]).toBe('Veltria opened a case: =cmd|"/c calc"!A1, the case.');
  });

  it('keeps the instructor’s notes (seen by no team) out of a team’s rows, in the whole session’s', () => {
    const at = events.at(-1)?.at ?? 0;
    const noted: Event[] = [
      ...events,
      {
        type: 'NoteAdded',
        at,
        visibleTo: [],
        noteId: 'note-1',
        note: { at, text: 'Sahrun hesitates', country: 'sahrun' },
      },
    ];
    const whole = read(timelineCsv({ scenario: ransomware, events: noted }));
    expect(whole.some((row) => row[4] === 'Instructor: Sahrun hesitates')).toBe(true);
    const team = read(timelineCsv({ scenario: ransomware, events: noted, country: 'sahrun' }));
    expect(team.some((row) => row[4]?.includes('Sahrun hesitates'))).toBe(false);
  });

  it('for one team, holds only the rows its country saw', () => {
    const state = createEngine(ransomware).replay(events);
    const [, ...rows] = read(timelineCsv({ scenario: ransomware, events, country: 'sahrun' }));
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(['Everyone', 'Sahrun']));
    const text = rows.map((row) => row.join(' ')).join('\n');
    expect(text).not.toContain('calc');
    expect(text).not.toContain('summary of the relevant facts');
    for (const request of Object.values(state.requests))
      if (request.from !== 'sahrun' && request.to !== 'sahrun')
        expect(text).not.toMatch(new RegExp(`\\b${request.id}\\b`));
  });
});

describe('the timeline as a CSV, for a French reader', () => {
  const french = LOCALES.fr ?? EN;
  const rows = read(
    timelineCsv({ scenario: tutorial, events: simulate(tutorial).events, catalogue: french, locale: 'fr' }),
  );

  it('names its columns, times and kinds of row in French', () => {
    const [header, ...body] = rows;
    const columns = ['time', 'minute', 'country', 'kind', 'item', 'rule', 'article'];
    expect(header).toEqual(columns.map((column) => translate(french, EN, `csv.column.${column}`, {}, 'fr')));
    expect(header).not.toEqual(columns);
    expect(body[0]?.[0]).toMatch(/^jour \d+ à \d\d:\d\d$/);
    expect(body.map((row) => row[3])).not.toContain('request');
  });

  it('says the scenario’s own words as its French translation gives them', () => {
    const text = rows.map((row) => row.join(' ')).join('\n');
    expect(text).toContain('Journaux du panneau de contrôle de Northwind Hosting');
    expect(text).not.toContain('Northwind Hosting control-panel logs');
  });
});
