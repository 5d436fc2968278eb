import { basename, dirname, join, resolve } from 'node:path';
import { isId, MAX_SCENARIO_BYTES } from '@crossborder/scenario';
import type { ServerErrorCode } from './errors.js';

/** Why a file cannot even be checked as a scenario: the error's code and its parameters. */
export interface Unreadable {
  code: ServerErrorCode;
  params: Record<string, string | number>;
}

/** The names a scenario file may have (the same as the check command and the folders read). */
export const SCENARIO_FILE = /\.ya?ml$/i;

/**
 * The name of an uploaded file, as its problems are placed (`name.yaml:12:5`): its last part only,
 * without control characters, at most 100 characters. Only ever shown, never used as a path.
 */
export function shownName(given: string): string {
  const last = basename(given.replaceAll('\\', '/'));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').slice(-100);
  return clean || 'uploaded.yaml';
}

/**
 * The text of a scenario file from its bytes, or why there is none: too big, empty, not text
 * (a NUL byte, which no text file holds) or not UTF-8. `name` is the shown name.
 */
export function scenarioText(name: string, bytes: Uint8Array): { text: string } | Unreadable {
  if (!SCENARIO_FILE.test(name)) return { code: 'http.upload-extension', params: { name } };
  if (bytes.length > MAX_SCENARIO_BYTES)
    return { code: 'http.upload-too-large', params: { bytes: bytes.length, max: MAX_SCENARIO_BYTES } };
  if (bytes.length === 0) return { code: 'http.upload-empty', params: { name } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { code: 'http.upload-binary', params: { name, offset: nul } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { code: 'http.upload-not-utf8', params: { name } };
  }
}

/**
 * Where an uploaded scenario is kept: `<id>.yaml` in the uploads folder. The id is the scenario's
 * own, already a slug (letters, digits, hyphens), so the name can never leave the folder; this
 * checks it again, so that a mistake elsewhere cannot write outside it.
 */
export function uploadPath(folder: string, id: string): string {
  if (!isId(id)) throw new Error(`not a scenario id: ${JSON.stringify(id)}`);
  const path = resolve(folder, `${id}.yaml`);
  if (dirname(path) !== resolve(folder)) throw new Error(`outside the uploads folder: ${path}`);
  return path;
}

/** A temporary name beside the kept file: hidden (never read as a scenario) and unique. */
export function temporaryPath(folder: string, id: string, unique: string): string {
  return join(resolve(folder), `.${id}.${unique}.tmp`);
}
