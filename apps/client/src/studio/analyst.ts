import { referenceFieldsOfText, type ScenarioIssue } from '@crossborder/scenario';
import { checkDraft, type PlayTest, type Preview, playTest, previewDraft } from './draft.js';
import type { DraftIds } from './id-completion.js';
import { type Outline, outlineDraft } from './outline.js';

/** A question to the studio's worker, numbered so that its answer finds its way back. */
export type Ask =
  | { id: number; kind: 'check'; source: string }
  | { id: number; kind: 'play'; source: string }
  | { id: number; kind: 'preview'; source: string; country: string | null };
export type Answer =
  | ({ id: number; kind: 'check' } & Checking)
  | { id: number; kind: 'play'; report: PlayTest }
  | { id: number; kind: 'preview'; preview: Preview };

/**
 * A check's answer: the draft's problems, its outline (countries, providers, evidence chains,
 * injects, objectives), and its ids with the fields that take them (null when the text is not
 * readable YAML), for the editor's completion.
 */
export interface Checking {
  issues: ScenarioIssue[];
  outline: Outline;
  ids: DraftIds | null;
}

/** The draft's ids and the fields that refer to them, without the document they were read from. */
function draftIds(source: string): DraftIds | null {
  const found = referenceFieldsOfText(source);
  return found ? { fields: found.fields, ids: found.ids } : null;
}

/** The worker's answer to a check, from the text checked. */
export const checking = (source: string): Checking => ({
  issues: checkDraft(source),
  outline: outlineDraft(source),
  ids: draftIds(source),
});

/** What the studio asks of a draft: its problems and outline, and a play-test by the bots. */
export interface Analyst {
  check(source: string): Promise<Checking>;
  play(source: string): Promise<PlayTest>;
  /** A country's view at the start of play (the first country's when `country` is null). */
  preview(source: string, country: string | null): Promise<Preview>;
  stop(): void;
}

/** The analyst in a Web Worker: the loader and the bots never hold up the page. */
export function workerAnalyst(): Analyst {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (answer: Answer) => void>();
  let next = 0;
  worker.onmessage = (message: MessageEvent<Answer>) => {
    waiting.get(message.data.id)?.(message.data);
    waiting.delete(message.data.id);
  };
  const ask = (question: (id: number) => Ask) =>
    new Promise<Answer>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      worker.postMessage(question(id));
    });
  return {
    check: async (source) => {
      const answer = await ask((id) => ({ id, kind: 'check', source }));
      return answer.kind === 'check'
        ? { issues: answer.issues, outline: answer.outline, ids: answer.ids }
        : { issues: [], outline: { ok: false, errors: 0 }, ids: null };
    },
    play: async (source) => {
      const answer = await ask((id) => ({ id, kind: 'play', source }));
      return answer.kind === 'play' ? answer.report : { ok: false, errors: 0 };
    },
    preview: async (source, country) => {
      const answer = await ask((id) => ({ id, kind: 'preview', source, country }));
      return answer.kind === 'preview' ? answer.preview : { ok: false, errors: 0 };
    },
    stop: () => worker.terminate(),
  };
}

/** The same analyst on the calling thread: for component tests, where there is no worker. */
export function inlineAnalyst(): Analyst {
  return {
    check: async (source) => checking(source),
    play: async (source) => playTest(source),
    preview: async (source, country) => previewDraft(source, country),
    stop: () => undefined,
  };
}
