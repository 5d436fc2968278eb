import { type Answer, type Ask, checking } from './analyst.js';
import { playTest, previewDraft } from './draft.js';

/**
 * The studio's worker: checks and play-tests drafts off the page's thread, so that typing never
 * waits for the loader or the bots. One question at a time, answered with its number.
 */
// The page's types (lib dom) describe a window; a worker's scope has only these two here.
const scope = self as unknown as {
  onmessage: ((message: MessageEvent<Ask>) => void) | null;
  postMessage(answer: Answer): void;
};

scope.onmessage = (message: MessageEvent<Ask>) => {
  const ask = message.data;
  const answer: Answer =
    ask.kind === 'check'
      ? { id: ask.id, kind: 'check', ...checking(ask.source) }
      : ask.kind === 'play'
        ? { id: ask.id, kind: 'play', report: playTest(ask.source) }
        : { id: ask.id, kind: 'preview', preview: previewDraft(ask.source, ask.country) };
  scope.postMessage(answer);
};
