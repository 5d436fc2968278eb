import type { CountryView } from '@crossborder/engine';
import { batch, type ReadonlySignal, signal, useSignalEffect } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import { t } from '../i18n.js';
import { useReadOnly } from '../ui/read-only.js';
import { type Notice, noticesBetween } from './notifications.js';
import type { Target } from './target.js';

const NOTICE_LIMIT = 8;

const ICONS: Record<Notice['kind'], string> = {
  arrival: '✉',
  answer: '↩',
  conditions: '⚑',
  consultation: '✎',
  agreement: '✍',
  evidence: '✔',
  objective: '★',
  deadline: '◔',
  lost: '✖',
  ruling: '⚖',
  inject: '!',
  message: '❝',
};

/**
 * What the team must not miss, announced once each (notifications.ts works them out): the notices
 * follow the view and the game time, since a deadline comes closer with time alone. The first view
 * seen is the baseline: what was there before joining is not news. A notice stays until it is
 * dismissed; then (or when newer ones push it out) it goes to the history, newest first. A pure
 * holder, so that the screen's component and the tests share it.
 */
export function noticeFeed() {
  let previous: CountryView | null = null;
  const announced = new Set<string>();
  const shown = signal<readonly Notice[]>([]);
  const history = signal<readonly Notice[]>([]);
  return {
    shown: shown as ReadonlySignal<readonly Notice[]>,
    history: history as ReadonlySignal<readonly Notice[]>,
    /** Takes in the view at game time `now`; adds what is new, if anything. */
    see(view: CountryView, now: number): void {
      const fresh = noticesBetween(previous, view, now).filter((notice) => !announced.has(notice.key));
      for (const notice of fresh) announced.add(notice.key);
      const first = previous === null;
      previous = view;
      if (first || fresh.length === 0) return;
      const all = [...shown.peek(), ...fresh];
      const pushedOut = all.slice(0, -NOTICE_LIMIT);
      batch(() => {
        shown.value = all.slice(-NOTICE_LIMIT);
        if (pushedOut.length > 0) history.value = [...pushedOut.reverse(), ...history.peek()];
      });
    },
    /** The team is done with a notice: it leaves the list for the history. */
    dismiss(key: string): void {
      const notice = shown.peek().find((found) => found.key === key);
      if (!notice) return;
      batch(() => {
        shown.value = shown.peek().filter((found) => found.key !== key);
        history.value = [notice, ...history.peek()];
      });
    },
  };
}

/**
 * The notices under the board, newest first, as a keyed list: a new notice adds one item, so a
 * screen reader (the list is a live region) hears only what is new. Each says what it is in words
 * beside its symbol, never by colour alone; its text is a button that opens what it is about, and
 * another dismisses it to the history below (a disclosure), where it can still be opened.
 */
export function NoticeList({
  view,
  minutes,
  open,
}: {
  view: ReadonlySignal<CountryView>;
  minutes: ReadonlySignal<number>;
  open: (target: Target) => void;
}) {
  const feed = useMemo(noticeFeed, []);
  const summary = useRef<HTMLElement>(null);
  // Read-only, the notices are the team's to dismiss: they stay, and go to the history as newer come.
  const readOnly = useReadOnly();
  useSignalEffect(() => feed.see(view.value, minutes.value));
  const history = feed.history.value;
  // The keyboard goes on to the next notice (or the one before, or the history), not to the page's top.
  const dismiss = (key: string, item: HTMLElement | null) => {
    const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
    feed.dismiss(key);
    (neighbour?.querySelector<HTMLElement>('button') ?? summary.current)?.focus();
  };
  return (
    <>
      <ol class="notices" aria-live="assertive" aria-label={t('ui.notices.label')}>
        {[...feed.shown.value].reverse().map((notice) => (
          <NoticeItem
            key={notice.key}
            notice={notice}
            open={open}
            {...(readOnly ? {} : { dismiss: (item: HTMLElement | null) => dismiss(notice.key, item) })}
          />
        ))}
      </ol>
      <details class="notice-history">
        <summary ref={summary}>{t('ui.notices.history', { count: history.length })}</summary>
        {history.length === 0 ? (
          <p class="hint">{t('ui.notices.history-empty')}</p>
        ) : (
          <ol class="notices">
            {history.map((notice) => (
              <NoticeItem key={notice.key} notice={notice} open={open} />
            ))}
          </ol>
        )}
      </details>
    </>
  );
}

function NoticeItem({
  notice,
  open,
  dismiss,
}: {
  notice: Notice;
  open: (target: Target) => void;
  dismiss?: (item: HTMLElement | null) => void;
}) {
  const { target } = notice;
  const item = useRef<HTMLLIElement>(null);
  return (
    <li class={`notice ${notice.kind}`} data-notice={notice.kind} ref={item}>
      <strong>
        <span aria-hidden="true">{ICONS[notice.kind]}</span>
        {` ${t(`ui.notice-kind.${notice.kind}`)}: `}
      </strong>
      {notice.text}
      <span class="notice-actions">
        {target ? (
          <button
            type="button"
            class="link"
            aria-label={t('ui.notices.open-one', { notice: notice.text })}
            onClick={() => open(target)}
          >
            {t('ui.notices.open')}
          </button>
        ) : null}
        {dismiss ? (
          <button
            type="button"
            class="link"
            aria-label={t('ui.notices.dismiss-one', { notice: notice.text })}
            onClick={() => dismiss(item.current)}
          >
            {t('ui.notices.dismiss')}
          </button>
        ) : null}
      </span>
    </li>
  );
}
