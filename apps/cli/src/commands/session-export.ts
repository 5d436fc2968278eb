import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EVENT_SCHEMA, type Event, upcast } from '@crossborder/engine';
import { formatIssue, loadScenarioText, type Scenario } from '@crossborder/scenario';
import { type Output, userDirectory } from '../io.js';

/**
 * A session export as the instructor downloads it (console, or GET /api/sessions/:id/export),
 * read and checked for the commands that make something of it: its scenario loaded, its events
 * upcast to today's schema. A problem is said on `io.err` with what to do, and the command's
 * exit code is returned instead (2: not an export; 1: its scenario does not load).
 */
export interface ReadExport {
  path: string;
  scenario: Scenario;
  events: Event[];
  session: { code: string; createdAt?: number };
  /** A moot court's jurors by number, as the server writes them (none in exports from before juror seats). */
  jurors?: Record<string, string>;
}

interface SessionExport {
  format: string;
  session: { code: string; createdAt?: number };
  scenarioSource: string;
  eventSchema?: number;
  events: unknown[];
  jurors?: unknown;
}

export async function readSessionExport(input: string, io: Output): Promise<ReadExport | number> {
  const path = resolve(userDirectory(), input);
  let exported: SessionExport;
  try {
    exported = JSON.parse(await readFile(path, 'utf8')) as SessionExport;
  } catch (cause) {
    io.err(
      `Cannot read ${input}: ${cause instanceof SyntaxError ? 'it is not JSON' : 'no such file'}. Export a session from the instructor console first.`,
    );
    return 2;
  }
  if (
    exported?.format !== 'crossborder-session/1' ||
    !Array.isArray(exported.events) ||
    typeof exported.scenarioSource !== 'string' ||
    typeof exported.session?.code !== 'string'
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
  const { scenario, issues } = loadScenarioText(exported.scenarioSource, `${exported.session.code}.yaml`);
  if (!scenario) {
    for (const issue of issues) io.err(formatIssue(issue));
    io.err(`The scenario inside ${input} does not load.`);
    return 1;
  }
  return {
    path,
    scenario,
    events: upcast(exported.events, eventSchema),
    session: exported.session,
    ...(isNames(exported.jurors) ? { jurors: exported.jurors } : {}),
  };
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
