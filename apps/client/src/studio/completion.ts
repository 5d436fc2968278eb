import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import schema from '@crossborder/scenario/schema.json';

/**
 * Completion of field names from the scenario's JSON Schema (the file generated from the zod
 * schemas, `scenarioJsonSchema`): where the cursor starts a key, the fields allowed there, each
 * with its description. Where it is is read from the indentation of the lines above: enough for
 * block-style YAML, which is how scenarios are written.
 */
interface Node {
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
  $ref?: string;
  description?: string;
}

const ROOT = schema as unknown as Node & { definitions?: Record<string, Node> };

/** A field offered: its name and what it means. */
export interface Field {
  name: string;
  description: string;
}

/**
 * The keys above a line, outermost first; `item` marks a key whose value is the list the line is
 * in (a `- ` item). A `- key:` line counts twice: its key at the key's indentation, its item at the dash's.
 */
export function pathAt(text: string, line: number): { key: string; item: boolean }[] {
  const lines = text.split('\n');
  const path: { key: string; item: boolean }[] = [];
  let indent = indentOf(lines[line - 1] ?? '');
  let inItem = false;
  for (let index = line - 2; index >= 0 && indent > 0; index--) {
    const found = /^(\s*)(- )?([A-Za-z0-9_-]+):/.exec(lines[index] ?? '');
    if (!found) continue;
    const own = (found[1] ?? '').length;
    const start = own + (found[2] ? 2 : 0);
    if (start < indent) {
      path.unshift({ key: found[3] ?? '', item: inItem });
      inItem = false;
      indent = start;
    }
    if (found[2] && own < indent) {
      inItem = true;
      indent = own;
    }
  }
  return path;
}

function indentOf(line: string): number {
  return (/^(\s*)/.exec(line)?.[1] ?? '').length;
}

/** The schema node a reference or a union stands for, flattened into one with every property. */
function resolved(node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  if (node.$ref) return resolved(ROOT.definitions?.[node.$ref.replace('#/definitions/', '')]);
  const parts = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  if (parts.length === 0) return node;
  const properties: Record<string, Node> = { ...(node.properties ?? {}) };
  for (const part of parts) Object.assign(properties, resolved(part)?.properties ?? {});
  return { ...node, properties };
}

function child(node: Node | undefined, key: string): Node | undefined {
  const here = resolved(node);
  if (!here) return undefined;
  const named = here.properties?.[key];
  if (named) return resolved(named);
  return typeof here.additionalProperties === 'object' ? resolved(here.additionalProperties) : undefined;
}

/**
 * Where a path is in the schema, as a pattern: field names as they are, a record's keys (ids the
 * author chose) as `*`, a list's items as `#`. Two evidence items' holders share a pattern,
 * `case.evidence.*.holder`, whatever the items are called.
 */
export function schemaPattern(steps: readonly { key: string; item: boolean }[]): string {
  let node: Node | undefined = resolved(ROOT);
  const parts: string[] = [];
  for (const step of steps) {
    const here = resolved(node);
    const named = here?.properties?.[step.key];
    parts.push(named ? step.key : '*');
    node = child(node, step.key);
    if (step.item) {
      parts.push('#');
      node = resolved(resolved(node)?.items);
    }
  }
  return parts.join('.');
}

/** The fields allowed at the start of a line, with their descriptions. */
export function fieldsAt(text: string, line: number): Field[] {
  let node: Node | undefined = resolved(ROOT);
  for (const step of pathAt(text, line)) {
    node = child(node, step.key);
    if (step.item) node = resolved(resolved(node)?.items);
  }
  return Object.entries(resolved(node)?.properties ?? {}).map(([name, field]) => ({
    name,
    description: resolved(field)?.description ?? field.description ?? '',
  }));
}

export function completeField(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  const typed = /^\s*(?:- )?([A-Za-z0-9_-]*)$/.exec(before);
  if (!typed) return null;
  const word = typed[1] ?? '';
  if (word === '' && !context.explicit) return null;
  const fields = fieldsAt(context.state.doc.toString(), line.number);
  if (fields.length === 0) return null;
  return {
    from: context.pos - word.length,
    options: fields.map((field) => ({
      label: field.name,
      apply: `${field.name}: `,
      type: 'property',
      info: field.description,
    })),
    validFor: /^[A-Za-z0-9_-]*$/,
  };
}

/** What the field named on a line means, from the schema: its description, or null. */
export function describeField(text: string, line: number, key: string): string | null {
  return fieldsAt(text, line).find((field) => field.name === key)?.description || null;
}
