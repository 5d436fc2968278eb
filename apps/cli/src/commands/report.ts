import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { renderReport } from '@crossborder/report';
import { type Output, userDirectory } from '../io.js';
import { takeLanguage } from '../language.js';
import { readSessionExport } from './session-export.js';
import { teamReport } from './team-exports.js';

/**
 * `report <export.json> [--out <file.html>] [--lang <tag>]`: the after-action report of a session, from the
 * export the instructor downloaded (console, or GET /api/sessions/:id/export), as one HTML file.
 * The export is read as every command reads one (session-export.ts: older events upcast as read).
 */
export async function report(given: readonly string[], io: Output): Promise<number> {
  const taken = takeLanguage(given, io);
  if (!taken) return 2;
  const { rest: args, language } = taken;
  // One team's own report (team-exports.ts).
  if (args.includes('--team')) return teamReport(args, io, language);
  const [input, flag, output] = args;
  if (!input || (flag !== undefined && (flag !== '--out' || !output)) || args.length > 3) {
    io.err(
      'report needs a session export, e.g.: npm run scenario -- report crossborder-K7PQ2M.json [--out report.html] [--lang fr]',
    );
    return 2;
  }
  const read = await readSessionExport(input, io);
  if (typeof read === 'number') return read;
  const { path, scenario, events, session, jurors } = read;
  const html = renderReport({ scenario, events, session, ...(jurors ? { jurors } : {}), ...language });
  // By default the report goes beside the export: crossborder-K7PQ2M.json -> crossborder-K7PQ2M.html.
  const target = output
    ? resolve(userDirectory(), output)
    : join(dirname(path), `${basename(path).replace(/\.json$/i, '')}.html`);
  await writeFile(target, html);
  io.out(`Wrote ${target}`);
  return 0;
}
