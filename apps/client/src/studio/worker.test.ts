import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Ask } from './analyst.js';
import { checkDraft, playTest, previewDraft } from './draft.js';
import { BROKEN, TEMPLATE } from './fixtures.js';
import { outlineDraft } from './outline.js';

/** The draft's ids, which the answer to a check carries for the editor's completion. */
const IDS = expect.objectContaining({
  ids: expect.objectContaining({ providers: [{ id: 'eastgate-hosting', name: 'Eastgate Hosting' }] }),
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the studio’s worker', () => {
  it('answers each question with its number and kind, from the draft it was sent', async () => {
    const answers: Answer[] = [];
    const scope: { onmessage: ((message: MessageEvent<Ask>) => void) | null; postMessage(a: Answer): void } =
      {
        onmessage: null,
        postMessage: (answer) => answers.push(answer),
      };
    vi.stubGlobal('self', scope);
    await import('./worker.js');
    const ask = (question: Ask) => scope.onmessage?.({ data: question } as MessageEvent<Ask>);
    ask({ id: 1, kind: 'check', source: BROKEN });
    ask({ id: 2, kind: 'play', source: TEMPLATE });
    ask({ id: 3, kind: 'check', source: TEMPLATE });
    ask({ id: 4, kind: 'preview', source: TEMPLATE, country: 'eastland' });
    expect(answers).toEqual([
      { id: 1, kind: 'check', issues: checkDraft(BROKEN), outline: outlineDraft(BROKEN), ids: IDS },
      { id: 2, kind: 'play', report: playTest(TEMPLATE) },
      { id: 3, kind: 'check', issues: [], outline: outlineDraft(TEMPLATE), ids: IDS },
      { id: 4, kind: 'preview', preview: previewDraft(TEMPLATE, 'eastland') },
    ]);
  });
});
