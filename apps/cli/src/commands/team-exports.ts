import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { renderTeamReport, timelineCsv } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import { type Output, userDirectory } from '../io.js';
import { type Language, takeLanguage } from '../language.js';
import { type ReadExport, readSessionExport } from './session-export.js';

/**
 * The exports of a session for one team, and its timeline as a spreadsheet, from the export the
 * instructor downloaded:
 * - `report <export.json> --team <country> [--full] [--out <file.html>]`: the team's own report
 *   (only what its country knew; `--full` adds the whole session's debrief);
 * - `csv <export.json> [--team <country>] [--out <file.csv>]`: the timeline, the whole session's
 *   or one team's.
 * Each is written beside the export unless `--out` says where, in English unless `--lang` names
 * another language (language.ts).
 */
interface Options {
  input: string;
  team?: string;
  out?: string;
  full: boolean;
}

const REPORT_USAGE =
  'report --team needs a session export and a country, e.g.: npm run scenario -- report crossborder-K7PQ2M.json --team veltria [--full] [--out veltria.html] [--lang fr]';
const CSV_USAGE =
  'csv needs a session export, e.g.: npm run scenario -- csv crossborder-K7PQ2M.json [--team veltria] [--out timeline.csv] [--lang fr]';

export async function teamReport(args: readonly string[], io: Output, language: Language): Promise<number> {
  const options = parse(args, true);
  if (!options?.team) {
    io.err(REPORT_USAGE);
    return 2;
  }
  const read = await readSessionExport(options.input, io);
  if (typeof read === 'number') return read;
  if (!knownCountry(read.scenario, options.team, io)) return 2;
  const html = renderTeamReport({
    scenario: read.scenario,
    events: read.events,
    country: options.team,
    session: read.session,
    full: options.full,
    ...language,
  });
  return write(read, options, `-${options.team}.html`, html, io);
}

export async function csv(given: readonly string[], io: Output): Promise<number> {
  const taken = takeLanguage(given, io);
  if (!taken) return 2;
  const options = parse(taken.rest, false);
  if (!options) {
    io.err(CSV_USAGE);
    return 2;
  }
  const read = await readSessionExport(options.input, io);
  if (typeof read === 'number') return read;
  if (options.team !== undefined && !knownCountry(read.scenario, options.team, io)) return 2;
  const text = timelineCsv({
    scenario: read.scenario,
    events: read.events,
    ...(options.team !== undefined ? { country: options.team } : {}),
    ...taken.language,
  });
  const suffix = options.team !== undefined ? `-${options.team}-timeline.csv` : '-timeline.csv';
  return write(read, options, suffix, text, io);
}

/** The export's path and the flags; null when they do not make sense (said by the caller's usage). */
function parse(args: readonly string[], fullAllowed: boolean): Options | null {
  let input: string | undefined;
  const options: Omit<Options, 'input'> = { full: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--team' || arg === '--out') {
      const value = args[++index];
      if (value === undefined || value.startsWith('--')) return null;
      options[arg === '--team' ? 'team' : 'out'] = value;
    } else if (arg === '--full' && fullAllowed) options.full = true;
    else if (arg.startsWith('--') || input !== undefined) return null;
    else input = arg;
  }
  return input === undefined ? null : { input, ...options };
}

function knownCountry(scenario: Scenario, country: string, io: Output): boolean {
  if (Object.hasOwn(scenario.countries, country)) return true;
  const known = Object.entries(scenario.countries)
    .map(([id, found]) => `${id} (${found.shortName ?? found.name})`)
    .join(', ');
  io.err(`There is no country "${country}" in this session's scenario. Its countries: ${known}.`);
  return false;
}

/** Beside the export by default: crossborder-K7PQ2M.json -> crossborder-K7PQ2M-veltria.html. */
async function write(read: ReadExport, options: Options, suffix: string, text: string, io: Output) {
  const target = options.out
    ? resolve(userDirectory(), options.out)
    : join(dirname(read.path), `${basename(read.path).replace(/\.json$/i, '')}${suffix}`);
  await writeFile(target, text);
  io.out(`Wrote ${target}`);
  return 0;
}
