/** How a wrong value is shown back to an author: short, and saying what YAML made of it. */
export function describeValue(input: unknown): string {
  if (input === null) return 'nothing (an empty value)';
  if (input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map of fields';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return String(input);
}
