import type { CompletionContext } from '@codemirror/autocomplete';
import { yamlLanguage } from '@codemirror/lang-yaml';
import { hoverTooltip } from '@codemirror/view';
import type { DeclaredId, ReferenceKind } from '@crossborder/scenario';
import { completeField, describeField } from './completion.js';
import { completeId, type IdIndex, valueAt } from './id-completion.js';

/** How the editor says what an id is: its kind ("provider"), and the kind with the draft's name for it. */
export interface IdWords {
  kind: (kind: ReferenceKind) => string;
  named: (kind: ReferenceKind, declared: DeclaredId) => string;
}

/** What the pointer rests on: a field's description on its name, what an id stands for on a value that names one. */
export function hoverText(
  text: string,
  lineText: string,
  line: number,
  column: number,
  ids: IdIndex,
  words: IdWords,
) {
  const found = /^(\s*(- )?)([A-Za-z0-9_-]+):/.exec(lineText);
  if (found) {
    const from = (found[1] ?? '').length;
    const to = from + (found[3] ?? '').length;
    if (column >= from && column <= to) {
      const description = describeField(text, line, found[3] ?? '');
      return description ? { from, to, say: description } : null;
    }
  }
  // A word in a value: the id under the pointer, if the field it is in takes ids.
  const word = /[A-Za-z0-9_-]+/g;
  for (let match = word.exec(lineText); match; match = word.exec(lineText)) {
    const from = match.index;
    const to = from + match[0].length;
    if (column < from || column > to) continue;
    const at = valueAt(lineText.slice(0, to));
    if (!at || at.word !== match[0]) return null;
    const kind = ids.kindAt(text, line, at.key, at.dashed);
    const declared = kind ? ids.nameOf(kind, match[0]) : undefined;
    return kind && declared ? { from, to, say: words.named(kind, declared) } : null;
  }
  return null;
}

/** A tooltip for what the pointer rests on, its words set as text: never read as markup. */
function hover(ids: IdIndex, words: IdWords) {
  return hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    const found = hoverText(view.state.doc.toString(), line.text, line.number, pos - line.from, ids, words);
    if (!found) return null;
    return {
      pos: line.from + found.from,
      end: line.from + found.to,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'studio-hover';
        dom.textContent = found.say;
        return { dom };
      },
    };
  });
}

/**
 * Completion and hover as editor extensions (YAML's language data carries completion): ids where
 * a field refers to one, else field names; a field's description, or what an id stands for.
 */
export function schemaCompletion(ids: IdIndex, words: IdWords) {
  const complete = (context: CompletionContext) =>
    completeId(context, ids, words.kind) ?? completeField(context);
  return [yamlLanguage.data.of({ autocomplete: complete }), hover(ids, words)];
}
