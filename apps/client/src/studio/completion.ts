import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { yamlLanguage } from '@codemirror/lang-yaml';
import { hoverTooltip } from '@codemirror/view';
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

function complete(context: CompletionContext): CompletionResult | null {
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

/** A field's description when the pointer rests on its name. */
const fieldHover = hoverTooltip((view, pos) => {
  const line = view.state.doc.lineAt(pos);
  const found = /^(\s*(?:- )?)([A-Za-z0-9_-]+):/.exec(line.text);
  if (!found) return null;
  const from = line.from + (found[1] ?? '').length;
  const to = from + (found[2] ?? '').length;
  if (pos < from || pos > to) return null;
  const description = describeField(view.state.doc.toString(), line.number, found[2] ?? '');
  if (!description) return null;
  return {
    pos: from,
    end: to,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'studio-hover';
      // The schema's words, set as text: never read as markup.
      dom.textContent = description;
      return { dom };
    },
  };
});

/** Completion and hover descriptions as editor extensions (YAML's language data carries completion). */
export function schemaCompletion() {
  return [yamlLanguage.data.of({ autocomplete: complete }), fieldHover];
}
