import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import type { ScenarioIssue } from '@crossborder/scenario';
import { basicSetup, EditorView } from 'codemirror';
import { type IdWords, schemaCompletion } from './assist.js';
import type { IdIndex } from './id-completion.js';
import { problemText } from './problem-text.js';

/** The studio's YAML editor, as the page drives it. */
export interface DraftEditor {
  text(): string;
  /** Replaces the whole draft (a template, a copy). */
  replace(text: string): void;
  /** Puts the cursor at a line and column (1-based) and the focus in the editor. */
  goTo(line: number, column?: number): void;
  destroy(): void;
}

interface EditorOptions {
  text: string;
  /** The editor's accessible name. */
  label: string;
  /** How to use the editor, read with its name (the page shows it above the editor too). */
  hint: string;
  /** The draft's ids and the fields that take them, for completion and hover; kept up to date by the page. */
  ids: IdIndex;
  idWords: IdWords;
  /** The checker's problems for a text (run off the main thread). */
  check: (source: string) => Promise<ScenarioIssue[]>;
  /** Each check's problems, for the list beside the editor. */
  onProblems: (issues: ScenarioIssue[]) => void;
  onChange: (text: string) => void;
}

/** The editor's size: a window onto the draft that scrolls, and the page's font size. */
const SIZE = EditorView.theme({
  '&': { minHeight: '24rem', maxHeight: '75vh', border: '1px solid #8a94a6', fontSize: '0.95rem' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, monospace' },
  '&.cm-focused': { outline: '3px solid #1d4ed8' },
  '.studio-hover': { maxWidth: '40em', padding: '0.3em 0.6em' },
});

/** How long typing must pause before the draft is checked again. */
const CHECK_DELAY_MS = 400;

/**
 * CodeMirror 6 with YAML highlighting, completion of field names, and the checker's problems as
 * lint marks at their line and column. Tab is left to move the focus (CodeMirror binds it only
 * when asked), so the editor never traps the keyboard.
 */
export function startEditor(host: HTMLElement, options: EditorOptions): DraftEditor {
  // In a shadow root of its own: CodeMirror then styles itself with constructed style sheets,
  // which the page's Content-Security-Policy (`style-src 'self'`) allows, where it would
  // otherwise add a <style> element, which the policy refuses.
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  // The hint, inside the shadow root so that the editor can point to it: an id outside cannot be
  // referred to from inside. Hidden, as the page shows the same words above the editor.
  const hint = document.createElement('p');
  hint.id = 'editor-hint';
  hint.hidden = true;
  hint.textContent = options.hint;
  root.replaceChildren(hint);
  const view = new EditorView({
    doc: options.text,
    parent: root,
    root,
    extensions: [
      basicSetup,
      SIZE,
      yaml(),
      schemaCompletion(options.ids, options.idWords),
      lintGutter(),
      linter(
        async (current) => {
          const source = current.state.doc.toString();
          const issues = await options.check(source);
          options.onProblems(issues);
          return issues.map((issue) => diagnosticOf(current, issue));
        },
        { delay: CHECK_DELAY_MS },
      ),
      // tabindex says outright what contenteditable already is, focusable, so that checkers
      // (axe-core) see the scrolling region holds something the keyboard can reach.
      EditorView.contentAttributes.of({
        'aria-label': options.label,
        'aria-describedby': hint.id,
        tabindex: '0',
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    text: () => view.state.doc.toString(),
    replace: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    goTo: (line, column = 1) => {
      const at = offsetOf(view, line, column);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}

/** The offset of a 1-based line and column, kept inside the document. */
function offsetOf(view: EditorView, line: number, column: number): number {
  const doc = view.state.doc;
  const found = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(found.from + Math.max(0, column - 1), found.to);
}

/** A problem as a lint mark: from its column to the end of the word there (at least one character). */
function diagnosticOf(view: EditorView, issue: ScenarioIssue): Diagnostic {
  const from = offsetOf(view, issue.line, issue.column);
  const line = view.state.doc.lineAt(from);
  const word = /^[^\s:,\]}]+/.exec(line.text.slice(from - line.from))?.[0].length ?? 0;
  const to = Math.min(line.to, from + Math.max(1, word));
  return {
    from,
    to: to > from ? to : Math.min(view.state.doc.length, from + 1),
    severity: issue.severity === 'error' ? 'error' : 'warning',
    message: problemText(issue),
  };
}
