import { currentCompletions, startCompletion } from '@codemirror/autocomplete';
import { type Diagnostic, forEachDiagnostic } from '@codemirror/lint';
import type { ScenarioIssue } from '@crossborder/scenario';
import { referenceFieldsOfText } from '@crossborder/scenario';
import { within } from '@testing-library/preact';
import { EditorView } from 'codemirror';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDraft } from './draft.js';
import { type DraftEditor, startEditor } from './editor.js';
import { BROKEN, lineOf, TEMPLATE } from './fixtures.js';
import { IdIndex } from './id-completion.js';

/** Each editor a test starts, destroyed after it with the element that holds it. */
const started: { editor: DraftEditor; host: HTMLElement }[] = [];
afterEach(() => {
  for (const { editor, host } of started.splice(0)) {
    editor.destroy();
    host.remove();
  }
  vi.useRealTimers();
});

/** The editor as the studio starts it, with the checker's problems recorded; `check` is the checker. */
function open(
  text: string,
  check: (source: string) => Promise<ScenarioIssue[]> = async (s) => checkDraft(s),
) {
  const host = document.createElement('div');
  document.body.append(host);
  const problems: ScenarioIssue[][] = [];
  const changes: string[] = [];
  const checker = vi.fn(check);
  // The ids as the page keeps them, from the worker's check of the draft as opened.
  const ids = new IdIndex();
  ids.update(referenceFieldsOfText(text));
  const editor = startEditor(host, {
    text,
    label: 'Scenario YAML',
    hint: 'Checked as you type.',
    ids,
    idWords: { kind: (kind) => `kind ${kind}`, named: (kind, declared) => `${kind}: ${declared.name}` },
    check: checker,
    onProblems: (issues) => problems.push(issues),
    onChange: (now) => changes.push(now),
  });
  started.push({ editor, host });
  const root = host.shadowRoot as unknown as HTMLElement;
  const view = EditorView.findFromDOM(root.querySelector('.cm-editor') as HTMLElement) as EditorView;
  return { editor, host, root, view, problems, changes, checker };
}

/** The lint marks in the editor's state, each with its line, column and length. */
function marks(view: EditorView) {
  const found: (Diagnostic & { line: number; column: number })[] = [];
  forEachDiagnostic(view.state, (diagnostic, from, to) => {
    const line = view.state.doc.lineAt(from);
    found.push({ ...diagnostic, from, to, line: line.number, column: from - line.from + 1 });
  });
  return found;
}

/** Types `text` at the end of the draft, as a person would, one change at a time. */
function typeAtEnd(view: EditorView, text: string) {
  for (const character of text)
    view.dispatch({ changes: { from: view.state.doc.length, insert: character }, userEvent: 'input.type' });
}

describe('the studio’s editor', () => {
  beforeEach(() => {
    // The check waits for a pause in typing: time is the test's to move on.
    vi.useFakeTimers();
  });

  it('is a text box named for what it holds, holding the draft, reachable by the keyboard', () => {
    const { root } = open(TEMPLATE);
    const box = within(root).getByRole('textbox', { name: 'Scenario YAML' });
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.textContent).toContain('id: my-casetitle: "My case: a two-country draft"');
  });

  it('is described by its hint, from inside its own shadow root', () => {
    const { root } = open(TEMPLATE);
    const box = within(root).getByRole('textbox', { name: 'Scenario YAML' });
    const hint = root.querySelector(`#${box.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toBe('Checked as you type.');
  });

  it('completes the ids a field takes, each with the draft’s name for it, and field names elsewhere', async () => {
    const { view } = open(TEMPLATE.replace('holder: eastgate-hosting', 'holder: east'));
    const at = (end: string) => view.state.doc.line(lineOf(view.state.doc.toString(), end)).to;
    view.dispatch({ selection: { anchor: at('holder: east') } });
    startCompletion(view);
    await vi.advanceTimersByTimeAsync(100);
    expect(currentCompletions(view.state).map((option) => [option.label, option.detail])).toEqual([
      ['eastgate-hosting', 'Eastgate Hosting'],
    ]);
    // Accepted from the keyboard, as a person would, once the list has shown (CodeMirror ignores
    // a key pressed in the first moments, so that a fast typist does not accept by accident).
    await vi.advanceTimersByTimeAsync(200);
    view.contentDOM.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    expect(view.state.doc.line(lineOf(view.state.doc.toString(), 'holder: eastgate-hosting')).text).toBe(
      '      holder: eastgate-hosting',
    );
    // Where a field's name is typed, field names: an evidence item's.
    view.dispatch({
      changes: { from: at('expiresAfter: 6d'), insert: '\n      rev' },
      selection: { anchor: at('expiresAfter: 6d') + '\n      rev'.length },
    });
    startCompletion(view);
    await vi.advanceTimersByTimeAsync(100);
    expect(currentCompletions(view.state).map((option) => option.label)).toContain('reveals');
  });

  it('marks a broken reference at its line and column, from the word there, in the checker’s words', async () => {
    const { view, problems } = open(BROKEN);
    await vi.advanceTimersByTimeAsync(400);
    const [mark, ...others] = marks(view);
    expect(others).toEqual([]);
    const line = lineOf(BROKEN, 'holder: eastgate-hostin');
    expect(mark).toMatchObject({ line, column: 15, severity: 'error' });
    expect(view.state.sliceDoc(mark?.from, mark?.to)).toBe('eastgate-hostin');
    expect(mark?.message).toMatch(
      new RegExp(`^Error at line ${line}, column 15, case\\.evidence\\.hosting-logs\\.holder: `),
    );
    expect(mark?.message).toContain('eastgate-hostin');
    expect(problems).toEqual([checkDraft(BROKEN)]);
  });

  it('checks once when typing pauses, not at every key, and then the text as it stands', async () => {
    const { view, checker, changes } = open(TEMPLATE);
    await vi.advanceTimersByTimeAsync(400);
    expect(checker).toHaveBeenCalledTimes(1);
    // Each key comes before the pause the checker waits for: none of them is checked on its own.
    for (const key of '# a note') {
      typeAtEnd(view, key);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(checker).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(checker).toHaveBeenCalledTimes(2);
    expect(checker).toHaveBeenLastCalledWith(`${TEMPLATE}# a note`);
    expect(changes.at(-1)).toBe(`${TEMPLATE}# a note`);
    expect(changes).toHaveLength('# a note'.length);
  });

  it('clears the marks once the draft is fixed', async () => {
    const { editor, view } = open(BROKEN);
    await vi.advanceTimersByTimeAsync(400);
    expect(marks(view)).toHaveLength(1);
    editor.replace(TEMPLATE);
    await vi.advanceTimersByTimeAsync(400);
    expect(marks(view)).toEqual([]);
    expect(editor.text()).toBe(TEMPLATE);
  });

  it('marks a warning as a warning, and a problem past the end of a line at the line’s last character', async () => {
    const text = 'id: a\ntitle: b\n';
    const { view } = open(
      text,
      async (): Promise<ScenarioIssue[]> => [
        {
          file: 'draft.yaml',
          severity: 'warning',
          line: 2,
          column: 1,
          path: ['title'],
          message: 'too short',
        },
        { file: 'draft.yaml', severity: 'error', line: 1, column: 40, path: [], message: 'past the end' },
        {
          file: 'draft.yaml',
          severity: 'error',
          line: 9,
          column: 1,
          path: [],
          message: 'past the last line',
        },
      ],
    );
    await vi.advanceTimersByTimeAsync(400);
    const found = marks(view);
    expect(found.map((mark) => [mark.severity, mark.line, mark.column, mark.message])).toEqual([
      ['error', 1, 6, 'Error at line 1, column 40: past the end'],
      ['warning', 2, 1, 'Warning at line 2, column 1, title: too short'],
      ['error', 3, 1, 'Error at line 9, column 1: past the last line'],
    ]);
    // A problem past the end of a line is marked at its end (CodeMirror shows the line break so), as one past the last line is at the draft’s end; a word is marked whole.
    expect(found.map((mark) => mark.to - mark.from)).toEqual([0, 5, 0]);
    expect(found[2]?.from).toBe(view.state.doc.length);
  });
});

describe('going to a line', () => {
  it('puts the cursor at the line and column and the focus in the editor', () => {
    const { editor, view, root } = open(TEMPLATE);
    const line = lineOf(TEMPLATE, 'holder: eastgate-hosting');
    editor.goTo(line, 7);
    const cursor = view.state.selection.main.head;
    expect(view.state.doc.lineAt(cursor).number).toBe(line);
    expect(cursor - view.state.doc.line(line).from).toBe(6);
    expect(view.hasFocus || (root as unknown as ShadowRoot).activeElement === view.contentDOM).toBe(true);
  });

  it('goes to a line’s start without a column, and stays inside the draft for a line or column out of it', () => {
    const { editor, view } = open('one\ntwo\nthree');
    const cursorAfter = (line: number, column?: number) => {
      editor.goTo(line, column);
      // happy-dom reports the selection's change at once, where a browser waits: it must not be
      // reported while the next move is under way.
      view.contentDOM.blur();
      return view.state.selection.main.head;
    };
    expect(cursorAfter(2)).toBe(4);
    expect(cursorAfter(99, 1)).toBe(8);
    expect(cursorAfter(1, 99)).toBe(3);
    expect(cursorAfter(0, 0)).toBe(0);
  });
});
