/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null): all the state
 * and events ever hold. Faster than `structuredClone` on small objects, and available in every
 * runtime the engine runs in without a DOM or Node type library.
 *
 * Objects are copied with a spread, which keeps the source's hidden class. Adding their fields
 * one by one under computed keys instead leaves any object of more than about 16 fields (a
 * request has 40) in V8's dictionary mode: about five times the memory, and slower to read.
 */
export function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(out)) {
    const item = out[key];
    if (item !== null && typeof item === 'object') out[key] = copy(item);
  }
  return out as T;
}
