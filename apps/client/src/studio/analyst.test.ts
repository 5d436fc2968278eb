import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Answer, type Ask, checking, inlineAnalyst, workerAnalyst } from './analyst.js';
import { checkDraft, playTest, previewDraft } from './draft.js';
import { BROKEN, TEMPLATE } from './fixtures.js';
import { outlineDraft } from './outline.js';

/** A stand-in for the browser's Worker: it keeps what the page asks, and answers when the test says. */
class FakeWorker {
  static last: FakeWorker | null = null;
  asked: Ask[] = [];
  terminated = false;
  onmessage: ((message: MessageEvent<Answer>) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(ask: Ask) {
    this.asked.push(ask);
  }
  answer(answer: Answer) {
    this.onmessage?.({ data: answer } as MessageEvent<Answer>);
  }
  terminate() {
    this.terminated = true;
  }
}

function started() {
  vi.stubGlobal('Worker', FakeWorker);
  const analyst = workerAnalyst();
  return { analyst, worker: FakeWorker.last as FakeWorker };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the analyst in a worker', () => {
  it('starts the studio’s worker as a module', () => {
    const { worker } = started();
    expect(worker.url.pathname).toMatch(/worker\.ts$/);
    expect(worker.options).toEqual({ type: 'module' });
  });

  it('sends each question numbered, and gives each answer to the question it answers, in any order', async () => {
    const { analyst, worker } = started();
    const checked = analyst.check(BROKEN);
    const played = analyst.play(TEMPLATE);
    const previewed = analyst.preview(TEMPLATE, 'eastland');
    expect(worker.asked).toEqual([
      { id: 1, kind: 'check', source: BROKEN },
      { id: 2, kind: 'play', source: TEMPLATE },
      { id: 3, kind: 'preview', source: TEMPLATE, country: 'eastland' },
    ]);
    const preview = previewDraft(TEMPLATE, 'eastland');
    worker.answer({ id: 3, kind: 'preview', preview });
    worker.answer({ id: 2, kind: 'play', report: { ok: false, errors: 7 } });
    worker.answer({ id: 1, kind: 'check', ...checking(BROKEN) });
    expect(await checked).toEqual(checking(BROKEN));
    expect((await checked).issues).toEqual(checkDraft(BROKEN));
    expect((await checked).outline).toEqual(outlineDraft(BROKEN));
    expect(await played).toEqual({ ok: false, errors: 7 });
    expect(await previewed).toEqual(preview);
  });

  it('takes an answer of another kind than asked as nothing found, never as the wrong thing', async () => {
    const { analyst, worker } = started();
    const answers = [analyst.check(TEMPLATE), analyst.play(TEMPLATE), analyst.preview(TEMPLATE, null)];
    for (const ask of worker.asked) worker.answer({ id: ask.id, kind: 'check', ...checking(BROKEN) });
    const [found, ...others] = await Promise.all(answers);
    expect(found).toEqual(checking(BROKEN));
    expect(others).toEqual([
      { ok: false, errors: 0 },
      { ok: false, errors: 0 },
    ]);
    const played = analyst.play(TEMPLATE);
    const checked = analyst.check(TEMPLATE);
    worker.answer({ id: 4, kind: 'play', report: { ok: false, errors: 2 } });
    worker.answer({ id: 5, kind: 'play', report: { ok: false, errors: 2 } });
    await played;
    expect(await checked).toEqual({ issues: [], outline: { ok: false, errors: 0 }, ids: null });
  });

  it('answers a question once, and ignores an answer to nothing asked', async () => {
    const { analyst, worker } = started();
    const checked = analyst.check(TEMPLATE);
    worker.answer({ id: 99, kind: 'check', ...checking(BROKEN) });
    worker.answer({ id: 1, kind: 'check', ...checking(TEMPLATE) });
    worker.answer({ id: 1, kind: 'check', ...checking(BROKEN) });
    expect(await checked).toEqual(checking(TEMPLATE));
  });

  it('ends the worker when the studio stops', () => {
    const { analyst, worker } = started();
    analyst.stop();
    expect(worker.terminated).toBe(true);
  });
});

describe('the analyst on the page’s thread', () => {
  it('answers as the worker’s code does', async () => {
    const analyst = inlineAnalyst();
    expect(await analyst.check(BROKEN)).toEqual(checking(BROKEN));
    expect(await analyst.check(TEMPLATE)).toEqual({
      issues: [],
      outline: outlineDraft(TEMPLATE),
      ids: expect.objectContaining({
        ids: expect.objectContaining({ providers: [{ id: 'eastgate-hosting', name: 'Eastgate Hosting' }] }),
      }),
    });
    expect(await analyst.play(TEMPLATE)).toEqual(playTest(TEMPLATE));
    expect(await analyst.preview(TEMPLATE, 'eastland')).toEqual(previewDraft(TEMPLATE, 'eastland'));
    expect(analyst.stop()).toBeUndefined();
  });
});
