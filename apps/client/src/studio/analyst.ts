import type { ScenarioIssue } from '@crossborder/scenario';
import { checkDraft, type PlayTest, type Preview, playTest, previewDraft } from './draft.js';
import { type Outline, outlineDraft } from './outline.js';

/** A question to the studio's worker, numbered so that its answer finds its way back. */
export type Ask =
  | { id: number; kind: 'check'; source: string }
  | { id: number; kind: 'play'; source: string }
  | { id: number; kind: 'outline'; source: string }
  | { id: number; kind: 'preview'; source: string; country: string | null };
export type Answer =
  | { id: number; kind: 'check'; issues: ScenarioIssue[] }
  | { id: number; kind: 'play'; report: PlayTest }
  | { id: number; kind: 'preview'; preview: Preview }
  | { id: number; kind: 'outline'; outline: Outline };

/** What the studio asks of a draft: its problems, and a play-test by the bots. */
export interface Analyst {
  check(source: string): Promise<ScenarioIssue[]>;
  play(source: string): Promise<PlayTest>;
  /** A country's view at the start of play (the first country's when `country` is null). */
  preview(source: string, country: string | null): Promise<Preview>;
  /** The draft's outline: its countries, providers, evidence chains, injects and objectives. */
  outline(source: string): Promise<Outline>;
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
      return answer.kind === 'check' ? answer.issues : [];
    },
    play: async (source) => {
      const answer = await ask((id) => ({ id, kind: 'play', source }));
      return answer.kind === 'play' ? answer.report : { ok: false, errors: 0 };
    },
    outline: async (source) => {
      const answer = await ask((id) => ({ id, kind: 'outline', source }));
      return answer.kind === 'outline' ? answer.outline : { ok: false, errors: 0 };
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
    check: async (source) => checkDraft(source),
    play: async (source) => playTest(source),
    preview: async (source, country) => previewDraft(source, country),
    outline: async (source) => outlineDraft(source),
    stop: () => undefined,
  };
}
