#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldReference } from '@crossborder/scenario';
import { check } from './commands/check.js';
import { report } from './commands/report.js';
import { rules } from './commands/rules.js';
import { schema } from './commands/schema.js';
import { simulateCommand } from './commands/simulate.js';
import { csv } from './commands/team-exports.js';
import type { Output } from './io.js';

/** The authoring command: `npm run scenario -- <command>`. Exit 0 ok, 1 problems found, 2 usage. */

const HELP = `Usage: npm run scenario -- <command> [arguments]

Commands:
  check <file|folder>...   Validate scenario files (.yaml) and print every problem as
                           file:line:column path: message; then play each valid one with
                           bots and fail it if they cannot meet every objective. Exits 1 on
                           any error.
  simulate <file> [--seeds N] [--think <duration>]
                           Play a scenario with a bot for every country and print the outcome,
                           each objective's slack (game time and real minutes), why an objective
                           was missed, the preservation race, the critical path, the injects that
                           fired, each team's load and every rejected command; --seeds N plays N
                           varied runs and prints how often it is won. See: simulate --help.
  schema [--out <file>]    Write the JSON Schema for scenario files, used by editors for
                           autocompletion (default: packages/scenario/schema/scenario.schema.json).
  reference                Print the reference of every field (as in scenarios/README.md).
  report <export.json> [--out <file.html>] [--lang <tag>]
                           Write the after-action report of a session (exported from the
                           instructor console) as one self-contained HTML file.
  report <export.json> --team <country> [--full] [--out <file.html>] [--lang <tag>]
                           Write one team's own report: only what its country knew (its
                           requests, evidence, scores, rulings and the events it was told
                           of); --full adds the whole session's debrief, every team's secrets.
  csv <export.json> [--team <country>] [--out <file.csv>] [--lang <tag>]
                           Write the session's timeline as a spreadsheet (CSV: time, minute,
                           country, kind, item, rule, article), or one team's with --team.
                           --lang writes a report or a timeline in another language (fr, es,
                           ar, ...: every folder of packages/i18n/locales/), the scenario's own
                           texts too where it translates them; English otherwise.
  rules [--format md|html] [--out <file>]
                           Write the rules catalogue as one document for legal review: every
                           rule by chapter with its article, model clause, provenance, trainee
                           sentence, teaching note, penalty, the engine files that apply it and
                           the test that names it (found in this checkout). Markdown by default,
                           HTML for an --out ending in .html; printed when no --out is given.
                           A reviewer corrects a citation in packages/scenario/src/rules/chapters/.
  help                     Show this help.

Examples:
  npm run scenario -- check scenarios/
  npm run scenario -- simulate scenarios/ransomware.yaml
  npm run scenario -- simulate scenarios/botnet.yaml --seeds 10
  npm run scenario -- schema
  npm run scenario -- rules --format html --out rules.html
  npm run scenario -- report crossborder-K7PQ2M.json --team veltria
  npm run scenario -- csv crossborder-K7PQ2M.json --out timeline.csv
  npm run scenario -- report crossborder-K7PQ2M.json --lang fr

Put this first line in a scenario file for autocompletion in editors that use
yaml-language-server (VS Code's YAML extension, for instance):
  # yaml-language-server: $schema=../packages/scenario/schema/scenario.schema.json
`;

const CONSOLE: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

export async function main(args: readonly string[], io: Output = CONSOLE): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'check':
      return check(rest, io);
    case 'simulate':
      return simulateCommand(rest, io);
    case 'schema':
      return schema(rest, io);
    case 'reference':
      io.out(fieldReference());
      return 0;
    case 'report':
      return report(rest, io);
    case 'csv':
      return csv(rest, io);
    case 'rules':
      return rules(rest, io);
    default:
      io.err(
        `Unknown command "${command}". Commands: check, simulate, schema, reference, report, csv, rules, help. Try: npm run scenario -- --help`,
      );
      return 2;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
