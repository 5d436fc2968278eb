import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { type LoadResult, loadScenarioText, MAX_SCENARIO_BYTES } from './load/load.js';

/** Node-only helpers: reading scenario files and folders from disk. */

export interface CheckedFile {
  /** The path as the user should see it (relative to their working directory when possible). */
  file: string;
  absolutePath: string;
  /** The file's text, for placing further issues (empty for a file too large to read). */
  source: string;
  result: LoadResult;
}

const SCENARIO_EXTENSIONS = /\.ya?ml$/i;

export async function loadScenarioFile(absolutePath: string, shownAs = absolutePath): Promise<LoadResult> {
  return (await readScenarioFile(absolutePath, shownAs)).result;
}

/** A scenario file's text and what loading it gives; a file over the size limit is not read. */
async function readScenarioFile(
  absolutePath: string,
  shownAs: string,
): Promise<{ source: string; result: LoadResult }> {
  const info = await stat(absolutePath);
  if (info.size > MAX_SCENARIO_BYTES) {
    const result: LoadResult = {
      issues: [
        {
          file: shownAs,
          line: 1,
          column: 1,
          path: [],
          severity: 'error',
          message: `the file is ${info.size} bytes; a scenario may have at most ${MAX_SCENARIO_BYTES}`,
        },
      ],
    };
    return { source: '', result };
  }
  const source = await readFile(absolutePath, 'utf8');
  return { source, result: loadScenarioText(source, shownAs) };
}

/** Every `.yaml`/`.yml` file under a folder, sorted, skipping hidden folders and node_modules. */
export async function findScenarioFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await findScenarioFiles(path)));
    else if (SCENARIO_EXTENSIONS.test(entry.name)) found.push(path);
  }
  return found.sort();
}

/** Checks files and folders given on the command line, relative to `cwd`. */
export async function checkPaths(paths: readonly string[], cwd: string): Promise<CheckedFile[]> {
  const checked: CheckedFile[] = [];
  for (const path of paths) {
    const absolutePath = resolve(cwd, path);
    const files = (await stat(absolutePath)).isDirectory()
      ? await findScenarioFiles(absolutePath)
      : [absolutePath];
    for (const file of files) {
      const shown = relative(cwd, file) || file;
      checked.push({ file: shown, absolutePath: file, ...(await readScenarioFile(file, shown)) });
    }
  }
  return checked;
}
