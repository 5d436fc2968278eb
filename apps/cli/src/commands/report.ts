import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EVENT_SCHEMA, upcast } from '@crossborder/engine';
import { renderReport } from '@crossborder/report';
import { formatIssue, loadScenarioText } from '@crossborder/scenario';
import { type Output, userDirectory } from '../io.js';
import { teamReport } from './team-exports.js';

/**
 * `report <export.json> [--out <file.html>]`: the after-action report of a session, from the
 * export the instructor downloaded (console, or GET /api/sessions/:id/export), as one HTML file.
 * The export says which event schema its events are in (`eventSchema`; none said: 1, the exports
 * written before it was said); older events are upcast to today's as they are read.
 */
interface SessionExport {
  format: string;
  session: { code: string; createdAt?: number };
  scenarioSource: string;
  eventSchema?: number;
  events: unknown[];
  /** A moot court's jurors by number (exports from before juror seats have none). */
  jurors?: Record<string, string>;
}

export async function report(args: readonly string[], io: Output): Promise<number> {
  // One team's own report (team-exports.ts).
  if (args.includes('--team')) return teamReport(args, io);
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
  const eventSchema = exported.eventSchema ?? 1;
  if (!Number.isInteger(eventSchema) || eventSchema < 1 || eventSchema > EVENT_SCHEMA) {
    io.err(
      `${input} holds events of schema ${String(exported.eventSchema)}, which this Crossborder cannot read (it reads schemas 1 to ${EVENT_SCHEMA}): update Crossborder.`,
    );
    return 2;
  }
  const events = upcast(exported.events, eventSchema);
  const { scenario, issues } = loadScenarioText(exported.scenarioSource, `${exported.session.code}.yaml`);
  if (!scenario) {
    for (const issue of issues) io.err(formatIssue(issue));
    io.err(`The scenario inside ${input} does not load.`);
    return 1;
  }
  const html = renderReport({
    scenario,
    events,
    session: exported.session,
    ...(isNames(exported.jurors) ? { jurors: exported.jurors } : {}),
  });
  // By default the report goes beside the export: crossborder-K7PQ2M.json -> crossborder-K7PQ2M.html.
  const target = output
    ? resolve(userDirectory(), output)
    : join(dirname(inputPath), `${basename(inputPath).replace(/\.json$/i, '')}.html`);
  await writeFile(target, html);
  io.out(`Wrote ${target}`);
  return 0;
}

/** Whether an export's jurors are names by juror id, as the server writes them (anything else is ignored). */
function isNames(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((name) => typeof name === 'string')
  );
}
