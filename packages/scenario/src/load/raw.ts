/**
 * Defensive readers for a scenario that has not (yet) passed its schema: the reference checks
 * run on the raw document so that an author sees broken references and schema errors at once.
 * Anything of the wrong shape reads as empty; the schema reports the shape itself.
 */
export type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record(value: unknown): Raw {
  return isRecord(value) ? value : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function entries(value: unknown): [string, Raw][] {
  return Object.entries(record(value)).map(([id, item]) => [id, record(item)]);
}

export function keys(value: unknown): string[] {
  return Object.keys(record(value));
}
