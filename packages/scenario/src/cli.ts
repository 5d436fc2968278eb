#!/usr/bin/env node
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from './load/problem.js';
import { checkPaths } from './node.js';
import { scenarioJsonSchemaText } from './schema/json-schema.js';
import { fieldReference } from './schema/reference.js';

/** The authoring command: `npm run scenario -- <command>`. Exit 0 ok, 1 problems found, 2 usage. */

const HELP = `Usage: npm run scenario -- <command> [arguments]

Commands:
  check <file|folder>...   Validate scenario files (.yaml) and print every problem as
                           file:line:column path: message. Exits 1 if any file has an error.
  schema [--out <file>]    Write the JSON Schema for scenario files, used by editors for
                           autocompletion (default: packages/scenario/schema/scenario.schema.json).
  reference                Print the reference of every field (as in scenarios/README.md).
  help                     Show this help.

Examples:
  npm run scenario -- check scenarios/
  npm run scenario -- check scenarios/ransomware.yaml
  npm run scenario -- schema

Put this first line in a scenario file for autocompletion in editors that use
yaml-language-server (VS Code's YAML extension, for instance):
  # yaml-language-server: $schema=../packages/scenario/schema/scenario.schema.json
`;

export const DEFAULT_SCHEMA_PATH = fileURLToPath(new URL('../schema/scenario.schema.json', import.meta.url));

/** Where the user typed the command: npm runs scripts from the repository root but keeps INIT_CWD. */
const userDirectory = () => process.env.INIT_CWD ?? process.cwd();

export async function main(args: readonly string[], out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === 'check') return check(rest, out, err);
  if (command === 'schema') return schema(rest, out, err);
  if (command === 'reference' && rest.length === 0) {
    out(fieldReference());
    return 0;
  }
  err(
    `Unknown command "${command}". Commands: check, schema, reference, help. Try: npm run scenario -- --help`,
  );
  return 2;
}

async function check(
  paths: readonly string[],
  out: typeof console.log,
  err: typeof console.error,
): Promise<number> {
  if (paths.length === 0) {
    err('check needs a file or folder, e.g.: npm run scenario -- check scenarios/');
    return 2;
  }
  let checked: Awaited<ReturnType<typeof checkPaths>>;
  try {
    checked = await checkPaths(paths, userDirectory());
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const path = (cause as NodeJS.ErrnoException).path ?? paths.join(' ');
    err(code === 'ENOENT' ? `No such file or folder: ${path}` : `Cannot read ${path}: ${String(cause)}`);
    return 2;
  }
  if (checked.length === 0) {
    err(`No .yaml scenario files found in ${paths.join(', ')}`);
    return 1;
  }
  let errors = 0;
  let warnings = 0;
  let failedFiles = 0;
  for (const { file, result } of checked) {
    const fileErrors = result.issues.filter((issue) => issue.severity === 'error').length;
    errors += fileErrors;
    warnings += result.issues.length - fileErrors;
    if (fileErrors > 0) failedFiles++;
    for (const issue of result.issues) (issue.severity === 'error' ? err : out)(formatIssue(issue));
    if (result.scenario) {
      const s = result.scenario;
      const count = (items: object, word: string) => plural(Object.keys(items).length, word);
      out(
        `${file}: ok — "${s.title}": ${count(s.countries, 'country')}, ${count(s.case.evidence, 'evidence item')}, ${count(s.injects, 'inject')}, ${count(s.objectives, 'objective')}`,
      );
    }
  }
  out(
    `${plural(checked.length, 'file')} checked: ${checked.length - failedFiles} ok, ${failedFiles} with errors (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  );
  return errors > 0 ? 1 : 0;
}

function plural(count: number, word: string): string {
  if (count === 1) return `${count} ${word}`;
  return `${count} ${word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}

async function schema(
  args: readonly string[],
  out: typeof console.log,
  err: typeof console.error,
): Promise<number> {
  let target = DEFAULT_SCHEMA_PATH;
  if (args.length > 0) {
    if (args[0] !== '--out' || args.length !== 2 || !args[1]) {
      err(
        'schema takes no argument, or --out <file>. Example: npm run scenario -- schema --out my.schema.json',
      );
      return 2;
    }
    target = resolve(userDirectory(), args[1]);
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, scenarioJsonSchemaText());
  out(`Wrote ${target}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
