import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { DeclaredId, ReferenceField, ReferenceKind } from '@crossborder/scenario';
import { pathAt, schemaPattern } from './completion.js';

/** The draft's ids and the fields that refer to them, as the worker finds them with each check. */
export interface DraftIds {
  fields: ReferenceField[];
  ids: Record<ReferenceKind, DeclaredId[]>;
}

/** A list's positions in a field's path (`committedIn.0`) as the item they are in. */
function stepsOf(path: readonly (string | number)[]): { key: string; item: boolean }[] {
  const steps: { key: string; item: boolean }[] = [];
  for (const segment of path) {
    const last = steps[steps.length - 1];
    if (typeof segment === 'number') {
      if (last) last.item = true;
    } else steps.push({ key: segment, item: false });
  }
  return steps;
}

/**
 * What the editor completes and explains ids from: which kind of id each field takes (by the
 * field's place in the schema, so a new evidence item's `holder:` is known before the draft is
 * checked with it) and the ids the draft declares, with their names. Kept across checks: a
 * field once seen stays known while the draft is edited.
 */
export class IdIndex {
  private readonly kinds = new Map<string, ReferenceKind>();
  private ids: Partial<Record<ReferenceKind, DeclaredId[]>> = {};

  /** A check's findings; a text that could not be read (null) leaves the last ones. */
  update(found: DraftIds | null): void {
    if (!found) return;
    for (const field of found.fields) this.kinds.set(schemaPattern(stepsOf(field.path)), field.namespace);
    this.ids = found.ids;
  }

  /**
   * The kind of id the field at a line takes: `key` the field named on the line, if any;
   * `dashed` when the line starts a list item (`- `), which puts it inside the list above.
   */
  kindAt(text: string, line: number, key: string | null, dashed: boolean): ReferenceKind | undefined {
    const steps = pathAt(text, line);
    const list = steps[steps.length - 1];
    if (dashed && list) list.item = true;
    if (key !== null) steps.push({ key, item: false });
    const pattern = schemaPattern(steps);
    // A list of ids is known by the list (`committedIn`) as well as by its items (`committedIn.#`).
    return this.kinds.get(pattern) ?? this.kinds.get(pattern.replace(/\.#$/, ''));
  }

  idsOf(kind: ReferenceKind): readonly DeclaredId[] {
    return this.ids[kind] ?? [];
  }

  /** What an id of a kind is called in the draft, or undefined when the draft has no such id. */
  nameOf(kind: ReferenceKind, id: string): DeclaredId | undefined {
    return this.idsOf(kind).find((declared) => declared.id === id);
  }
}

/**
 * Where a line's cursor is in a value that names an id: after `key: `, inside `key: [a, `, or
 * after a list's `- `; the word typed so far, and where it starts.
 */
export function valueAt(before: string): { key: string | null; dashed: boolean; word: string } | null {
  const keyed = /^\s*(- )?([A-Za-z0-9_-]+):\s*(?:\[(?:[^\]]*,\s*)?)?([A-Za-z0-9_-]*)$/.exec(before);
  if (keyed) return { key: keyed[2] ?? '', dashed: Boolean(keyed[1]), word: keyed[3] ?? '' };
  const listed = /^\s*- ([A-Za-z0-9_-]*)$/.exec(before);
  if (listed) return { key: null, dashed: true, word: listed[1] ?? '' };
  return null;
}

/**
 * Completion of ids where a field refers to one: the ids of the kind it takes, each with the
 * name the draft gives it. Null where the cursor is not in such a value.
 */
export function completeId(
  context: CompletionContext,
  index: IdIndex,
  label: (kind: ReferenceKind) => string,
): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const at = valueAt(line.text.slice(0, context.pos - line.from));
  if (!at) return null;
  const kind = index.kindAt(context.state.doc.toString(), line.number, at.key, at.dashed);
  if (!kind) return null;
  const options = index.idsOf(kind).map(
    (declared): Completion => ({
      label: declared.id,
      type: 'variable',
      ...(declared.name ? { detail: declared.name } : {}),
      info: label(kind),
    }),
  );
  if (options.length === 0) return null;
  return { from: context.pos - at.word.length, options, validFor: /^[A-Za-z0-9_-]*$/ };
}
