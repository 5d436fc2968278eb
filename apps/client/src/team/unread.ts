import type { CountryView, Request } from '@crossborder/engine';
import { batch, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { createContext } from 'preact';
import type { TabId } from './context.js';

/**
 * What changed since the team last looked. Each item the team follows (a request, an evidence
 * item, a consultation and its messages, an agreement) has a mark: a short string of what
 * *others* did to it (a request answered, a message from another country), so that the team's
 * own acts never make news for itself. An item is unread while its mark differs from the one
 * the team last saw; looking (its tab shown, or the item itself) records the mark. The marks
 * seen are kept per seat in the browser's storage, so a reload does not make everything new.
 */
export interface Item {
  key: string;
  tab: TabId;
  /** What others did to it, in short; '' when nothing (nothing to read). */
  mark: string;
  /** The team made it (a request it sent): its first news is a change, not something new. */
  own?: boolean;
}

const parts = (...values: (string | number | boolean | null | undefined)[]) =>
  values
    .map((value) => (value === null || value === undefined || value === false ? '' : String(value)))
    .join('|')
    .replace(/^\|+$/, '');

/** A request's mark: what the other State did to it. */
function requestMark(request: Request, me: string): string {
  if (request.to === me)
    return parts(
      'arrived',
      ['withdrawn', 'no-longer-needed'].includes(request.status) && request.status,
      request.moreInformation.filter((asked) => asked.answeredAt !== null).length,
      request.conditions?.accepted,
      request.progressQueries.length,
      request.confirmInWritingBy === null && request.urgent && 'confirmed',
    );
  // A request the team sent is news when the requested State acts on it, not when it arrives.
  const moved = !['in-transit', 'received', 'withdrawn', 'no-longer-needed'].includes(request.status);
  return parts(
    moved && `${request.status}@${request.statusAt}`,
    request.acknowledgedAt !== null && 'acknowledged',
    request.conditions !== null && 'conditions',
    request.moreInformation.length || null,
    request.warnings.length || null,
    request.confidentialityNotices.length || null,
    request.progressQueries.filter((query) => query.answeredAt !== null).length || null,
  );
}

/** Everything the team follows, with the tab it is shown in and its mark. */
export function itemsOf(view: CountryView): Item[] {
  const me = view.viewer;
  const items: Item[] = [];
  for (const request of Object.values(view.requests))
    items.push({
      key: `request:${request.id}`,
      tab: 'requests',
      mark: requestMark(request, me),
      own: request.from === me,
    });
  for (const [id, item] of Object.entries(view.evidence))
    items.push({
      key: `evidence:${id}`,
      tab: 'casefile',
      mark: parts(item.status, item.preservation !== null && 'preserved', item.copy !== null && 'obtained'),
    });
  for (const consultation of Object.values(view.consultations)) {
    const theirs = consultation.messages.filter((message) => message.from !== me).length;
    items.push({
      key: `consultation:${consultation.id}`,
      tab: 'jurisdiction',
      mark: parts(theirs || null, consultation.closedAt !== null && 'closed'),
      own: consultation.openedBy === me,
    });
  }
  for (const agreement of Object.values(view.agreements))
    items.push({
      key: `agreement:${agreement.id}`,
      tab: 'jurisdiction',
      mark: parts(
        agreement.proposedBy !== me && 'proposed',
        agreement.acceptedBy.filter((id) => id !== me).length || null,
        agreement.rejectedBy.filter((id) => id !== me).length || null,
        agreement.concludedAt !== null && 'concluded',
      ),
      own: agreement.proposedBy === me,
    });
  return items;
}

/** Where the marks seen are kept between reloads. */
export interface SeenStore {
  load(): Record<string, string>;
  save(seen: Readonly<Record<string, string>>): void;
}

/** Nothing kept: for a screen with no session yet, and for tests. */
export const memoryStore = (): SeenStore => ({ load: () => ({}), save: () => {} });

/**
 * The browser's local storage, under one key per seat. What is read back is checked (a record of
 * strings): anything else, or storage the browser refuses, counts as nothing seen.
 */
export function browserStore(storage: Storage | undefined, key: string): SeenStore {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
        return Object.fromEntries(
          Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        );
      } catch {
        return {};
      }
    },
    save(seen) {
      try {
        storage?.setItem(key, JSON.stringify(seen));
      } catch {
        // Storage full or refused: the marks are kept for this page only.
      }
    },
  };
}

export const seenKey = (code: string, country: string) => `crossborder:seen:${code}:${country}`;

export type Freshness = 'new' | 'changed';

export class Awareness {
  private readonly seenMarks: Signal<Readonly<Record<string, string>>>;
  private readonly freshItems = signal<ReadonlyMap<string, Freshness>>(new Map());

  constructor(private readonly store: SeenStore) {
    this.seenMarks = signal(store.load());
  }

  /** The marks last seen, by item. */
  get seen(): ReadonlySignal<Readonly<Record<string, string>>> {
    return this.seenMarks;
  }

  /** The items that were unread when the team looked, while it still looks: they show a mark. */
  get fresh(): ReadonlySignal<ReadonlyMap<string, Freshness>> {
    return this.freshItems;
  }

  isUnread(item: Item, seen = this.seenMarks.value): boolean {
    return item.mark !== '' && seen[item.key] !== item.mark;
  }

  /** The team sees these items: they are read, and marked as new or changed while shown. */
  look(items: readonly Item[]): void {
    const seen = this.seenMarks.peek();
    const unread = items.filter((item) => this.isUnread(item, seen));
    if (unread.length === 0) return;
    const fresh = new Map(this.freshItems.peek());
    const next = { ...seen };
    for (const item of unread) {
      const first = seen[item.key] === undefined && !item.own;
      fresh.set(item.key, fresh.get(item.key) ?? (first ? 'new' : 'changed'));
      next[item.key] = item.mark;
    }
    batch(() => {
      this.freshItems.value = fresh;
      this.seenMarks.value = next;
    });
    this.store.save(next);
  }

  /** The team looks elsewhere: what it saw is no longer marked. */
  leave(): void {
    if (this.freshItems.peek().size > 0) this.freshItems.value = new Map();
  }
}

/** The screen's awareness, for the items' marks deep in the panels (none in a panel shown alone). */
export const AwarenessContext = createContext<Awareness | null>(null);
