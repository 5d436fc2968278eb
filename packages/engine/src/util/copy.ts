/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null): all the state
 * and events ever hold. Faster than `structuredClone` on small objects, and available in every
 * runtime the engine runs in without a DOM or Node type library.
 */
export function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}
