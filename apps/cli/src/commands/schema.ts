import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { scenarioJsonSchemaText } from '@crossborder/scenario';
import { type Output, userDirectory } from '../io.js';

/** The committed JSON Schema lives in the scenario package, beside the zod schemas it comes from. */
const DEFAULT_SCHEMA_PATH = createRequire(import.meta.url).resolve('@crossborder/scenario/schema.json');

export async function schema(args: readonly string[], io: Output): Promise<number> {
  let target = DEFAULT_SCHEMA_PATH;
  if (args.length > 0) {
    if (args[0] !== '--out' || args.length !== 2 || !args[1]) {
      io.err(
        'schema takes no argument, or --out <file>. Example: npm run scenario -- schema --out my.schema.json',
      );
      return 2;
    }
    target = resolve(userDirectory(), args[1]);
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, scenarioJsonSchemaText());
  io.out(`Wrote ${target}`);
  return 0;
}
