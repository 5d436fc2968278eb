import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Event } from '@crossborder/engine';
import { renderReport } from '@crossborder/report';
import { formatIssue, loadScenarioText } from '@crossborder/scenario';
import { type Output, userDirectory } from '../io.js';

/**
 * `report <export.json> [--out <file.html>]`: the after-action report of a session, from the
 * export the instructor downloaded (console, or GET /api/sessions/:id/export), as one HTML file.
 */
interface SessionExport {
  format: string;
  session: { code: string; createdAt?: number };
  scenarioSource: string;
  events: Event[];
}

export async function report(args: readonly string[], io: Output): Promise<number> {
  const [input, flag, output] = args;
  if (!input || (flag !== undefined && (flag !== '--out' || !output)) || args.length > 3) {
    io.err(
      'report needs a session export, e.g.: npm run scenario -- report crossborder-K7PQ2M.json [--out report.html]',
    );
    return 2;
  }
  const inputPath = resolve(userDirectory(), input);
  let exported: SessionExport;
  try {
    exported = JSON.parse(await readFile(inputPath, 'utf8')) as SessionExport;
  } catch (cause) {
    io.err(
      `Cannot read ${input}: ${cause instanceof SyntaxError ? 'it is not JSON' : 'no such file'}. Export a session from the instructor console first.`,
    );
    return 2;
  }
  if (
    exported.format !== 'crossborder-session/1' ||
    !Array.isArray(exported.events) ||
    typeof exported.scenarioSource !== 'string'
  ) {
    io.err(`${input} is not a Crossborder session export (format crossborder-session/1).`);
    return 2;
  }
  const { scenario, issues } = loadScenarioText(exported.scenarioSource, `${exported.session.code}.yaml`);
  if (!scenario) {
    for (const issue of issues) io.err(formatIssue(issue));
    io.err(`The scenario inside ${input} does not load.`);
    return 1;
  }
  const html = renderReport({ scenario, events: exported.events, session: exported.session });
  // By default the report goes beside the export: crossborder-K7PQ2M.json -> crossborder-K7PQ2M.html.
  const target = output
    ? resolve(userDirectory(), output)
    : join(dirname(inputPath), `${basename(inputPath).replace(/\.json$/i, '')}.html`);
  await writeFile(target, html);
  io.out(`Wrote ${target}`);
  return 0;
}
