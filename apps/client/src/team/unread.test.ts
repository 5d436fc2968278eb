import { describe, expect, it } from 'vitest';
import { bundled, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { Awareness, browserStore, itemsOf, memoryStore, seenKey } from './unread.js';

const tutorial = await bundled('tutorial');

/** A Storage of the browser's shape, in memory. */
function fakeStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

function sentToBorealis() {
  const { game, caseId } = tutorialDayOne(tutorial);
  game.do('aldoria', preservationOfHostingLogs(caseId));
  const id = Object.keys(game.view('aldoria').requests)[0] ?? '';
  return { game, caseId, id };
}

const item = (items: ReturnType<typeof itemsOf>, key: string) => items.find((found) => found.key === key);

describe('what changed since the team last looked', () => {
  it('follows requests, evidence, consultations and agreements, each in the tab that shows it', () => {
    const { game, id } = sentToBorealis();
    const items = itemsOf(game.view('borealis'));
    expect(item(items, `request:${id}`)?.tab).toBe('requests');
    const aldoria = itemsOf(game.view('aldoria'));
    expect(item(aldoria, 'evidence:hosting-logs')?.tab).toBe('casefile');
  });

  it('makes news of what others did, never of the team’s own acts', () => {
    const { game, id } = sentToBorealis();
    const awareness = new Awareness(memoryStore());
    // Aldoria sent it: nothing to read for Aldoria.
    const sent = item(itemsOf(game.view('aldoria')), `request:${id}`);
    expect(sent && awareness.isUnread(sent)).toBe(false);
    // Borealis received it: news.
    const received = item(itemsOf(game.view('borealis')), `request:${id}`);
    expect(received && awareness.isUnread(received)).toBe(true);
    // Borealis executes it: news for Aldoria.
    game.do('borealis', { type: 'executeRequest', requestId: id });
    const answered = item(itemsOf(game.view('aldoria')), `request:${id}`);
    expect(answered && awareness.isUnread(answered)).toBe(true);
    // A consultation is news for the one written to, not the one who wrote.
    game.do('aldoria', {
      type: 'openConsultation',
      with: ['borealis'],
      topic: 'request',
      request: id,
      message: 'Hi',
    });
    const consultation = Object.keys(game.view('aldoria').consultations)[0];
    const mine = item(itemsOf(game.view('aldoria')), `consultation:${consultation}`);
    const theirs = item(itemsOf(game.view('borealis')), `consultation:${consultation}`);
    expect(mine?.tab).toBe('jurisdiction');
    expect(mine && awareness.isUnread(mine)).toBe(false);
    expect(theirs && awareness.isUnread(theirs)).toBe(true);
  });

  it('reads what the team looks at, marked new or changed while it looks, and unmarked once it looks away', () => {
    const { game, id } = sentToBorealis();
    const awareness = new Awareness(memoryStore());
    awareness.look(itemsOf(game.view('borealis')).filter((found) => found.tab === 'requests'));
    expect(awareness.fresh.value.get(`request:${id}`)).toBe('new');
    const seen = item(itemsOf(game.view('borealis')), `request:${id}`);
    expect(seen && awareness.isUnread(seen)).toBe(false);
    awareness.leave();
    expect(awareness.fresh.value.size).toBe(0);
    game.at(game.now + 60);
    game.do('aldoria', { type: 'withdrawRequest', requestId: id, reasons: 'Sent twice' });
    const withdrawn = item(itemsOf(game.view('borealis')), `request:${id}`);
    expect(withdrawn && awareness.isUnread(withdrawn)).toBe(true);
    awareness.look(withdrawn ? [withdrawn] : []);
    expect(awareness.fresh.value.get(`request:${id}`)).toBe('changed');
    // The team's own request, answered before the team ever looked at its tab: a change, not new.
    const aldoria = new Awareness(memoryStore());
    aldoria.look(itemsOf(game.view('aldoria')).filter((found) => found.tab === 'requests'));
    expect(aldoria.fresh.value.get(`request:${id}`)).toBeUndefined();
  });

  it('says a request the team sent changed, not that it is new, the first time it is answered', () => {
    const { game, id } = sentToBorealis();
    const aldoria = new Awareness(memoryStore());
    game.do('borealis', { type: 'executeRequest', requestId: id });
    aldoria.look(itemsOf(game.view('aldoria')).filter((found) => found.tab === 'requests'));
    expect(aldoria.fresh.value.get(`request:${id}`)).toBe('changed');
  });

  it('keeps what was seen in the browser’s storage, per seat, and reads back only what it wrote', () => {
    const { game, id } = sentToBorealis();
    const storage = fakeStorage();
    const key = seenKey('K7PQ2M', 'borealis');
    const first = new Awareness(browserStore(storage, key));
    first.look(itemsOf(game.view('borealis')));
    const again = new Awareness(browserStore(storage, key));
    const request = item(itemsOf(game.view('borealis')), `request:${id}`);
    expect(request && again.isUnread(request)).toBe(false);
    expect(storage.getItem(seenKey('K7PQ2M', 'aldoria'))).toBeNull();
    // Whatever else is found there counts as nothing seen.
    storage.setItem(key, '[1,2]');
    expect(browserStore(storage, key).load()).toEqual({});
    storage.setItem(key, 'not json');
    expect(browserStore(storage, key).load()).toEqual({});
    storage.setItem(key, JSON.stringify({ a: 'x', b: 3 }));
    expect(browserStore(storage, key).load()).toEqual({ a: 'x' });
  });
});
