import type { CountryView } from '@crossborder/engine';
import { type ReadonlySignal, signal, useSignalEffect } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { t } from '../i18n.js';
import { type Notice, noticesBetween } from './notifications.js';

const NOTICE_LIMIT = 8;

const ICONS: Record<Notice['kind'], string> = {
  arrival: '✉',
  deadline: '◔',
  lost: '✖',
  ruling: '⚖',
  inject: '!',
};

/**
 * What the team must not miss, announced once each (notifications.ts works them out): the notices
 * follow the view and the game time, since a deadline comes closer with time alone. The first view
 * seen is the baseline: what was there before joining is not news. A pure holder, so that the
 * screen's component and the tests share it.
 */
export function noticeFeed() {
  let previous: CountryView | null = null;
  const announced = new Set<string>();
  const shown = signal<readonly Notice[]>([]);
  return {
    shown: shown as ReadonlySignal<readonly Notice[]>,
    /** Takes in the view at game time `now`; adds what is new, if anything. */
    see(view: CountryView, now: number): void {
      const fresh = noticesBetween(previous, view, now).filter((notice) => !announced.has(notice.key));
      for (const notice of fresh) announced.add(notice.key);
      const first = previous === null;
      previous = view;
      if (first || fresh.length === 0) return;
      shown.value = [...shown.peek(), ...fresh].slice(-NOTICE_LIMIT);
    },
  };
}

/**
 * The notices under the board, newest first, as a keyed list: a new notice adds one item, so a
 * screen reader (the list is a live region) hears only what is new. Each says what it is in words
 * beside its symbol, never by colour alone.
 */
export function NoticeList({
  view,
  minutes,
}: {
  view: ReadonlySignal<CountryView>;
  minutes: ReadonlySignal<number>;
}) {
  const feed = useMemo(noticeFeed, []);
  useSignalEffect(() => feed.see(view.value, minutes.value));
  return (
    <ol class="notices" aria-live="assertive" aria-label={t('ui.notices.label')}>
      {[...feed.shown.value].reverse().map((notice) => (
        <li key={notice.key} class={`notice ${notice.kind}`} data-notice={notice.kind}>
          <strong>
            <span aria-hidden="true">{ICONS[notice.kind]}</span>
            {` ${t(`ui.notice-kind.${notice.kind}`)}: `}
          </strong>
          {notice.text}
        </li>
      ))}
    </ol>
  );
}
