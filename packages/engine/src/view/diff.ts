import { isPlain, type PatchOp, type Plain, TEMPLATES, templateFor } from './patch.js';

/**
 * The operations that turn `before` into `after`. One walk over both trees: records are entered
 * key by key, and only leaves and arrays are compared whole. `path` is a stack, copied only
 * into the operations it produces.
 */
export function diff(before: unknown, after: unknown, path: string[] = [], ops: PatchOp[] = []): PatchOp[] {
  if (before === after) return ops;
  if (!isPlain(before) || !isPlain(after)) {
    if (Array.isArray(before) && Array.isArray(after) && grew(before, after))
      ops.push({ op: 'append', path: [...path], values: after.slice(before.length) });
    else if (!same(before, after)) ops.push({ op: 'set', path: [...path], value: after });
    return ops;
  }
  for (const key in before) {
    if (Object.hasOwn(before, key) && !Object.hasOwn(after, key))
      ops.push({ op: 'delete', path: [...path, key] });
  }
  for (const key in after) {
    if (!Object.hasOwn(after, key)) continue;
    if (!Object.hasOwn(before, key)) ops.push(newValue([...path, key], after[key]));
    else if (before[key] !== after[key]) {
      path.push(key);
      diff(before[key], after[key], path, ops);
      path.pop();
    }
  }
  return ops;
}

/**
 * The operations that turn one entry of a record (`path` ends with its id) from `before` into
 * `after`, where undefined means absent: for views kept up to date entry by entry.
 */
export function diffEntry(path: string[], before: unknown, after: unknown, ops: PatchOp[] = []): PatchOp[] {
  if (before === after) return ops;
  if (after === undefined) ops.push({ op: 'delete', path: [...path] });
  else if (before === undefined) ops.push(newValue([...path], after));
  else diff(before, after, [...path], ops);
  return ops;
}

function newValue(path: string[], value: unknown): PatchOp {
  const template = templateFor(path.at(-2));
  const compacted = template && isPlain(value) ? compact(value, TEMPLATES[template]) : null;
  return compacted && template ? { op: 'set', path, value: compacted, template } : { op: 'set', path, value };
}

/**
 * The record without the fields that equal its template's, or null when the record does not fit
 * the template (a template field is missing from it): then it is sent whole, so nothing is lost.
 * A view's records are frozen and shared by every seat that sees them (a new request goes to its
 * two countries and the instructor), so the answer for a frozen record is kept.
 */
function compact(record: Plain, template: Plain): Plain | null {
  const kept = compacted.get(record);
  if (kept !== undefined) return kept;
  const rest = withoutTemplate(record, template);
  if (Object.isFrozen(record)) compacted.set(record, rest);
  return rest;
}

const compacted = new WeakMap<object, Plain | null>();

function withoutTemplate(record: Plain, template: Plain): Plain | null {
  for (const key in template) if (!Object.hasOwn(record, key)) return null;
  const rest: Plain = {};
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    if (!(Object.hasOwn(template, key) && same(value, template[key]))) rest[key] = value;
  }
  return rest;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]))
    );
  }
  return false;
}

/**
 * Whether `after` is `before` with items added at its end. Items are compared by identity first
 * (an unchanged entity's frozen parts are shared from view to view), then by value, since `evolve`
 * copies an entity when it changes it: each item is compared once, so the cost stays linear.
 */
function grew(before: readonly unknown[], after: readonly unknown[]): boolean {
  if (after.length <= before.length) return false;
  for (let index = 0; index < before.length; index++) if (!same(before[index], after[index])) return false;
  return true;
}
