import { type ReadonlySignal, useComputed } from '@preact/signals';
import { useContext } from 'preact/hooks';
import { t } from '../i18n.js';
import type { TabId } from './context.js';
import { type Awareness, AwarenessContext, type Item } from './unread.js';

/**
 * Beside an item the team is looking at: "New" or "Updated" in words (and a badge's outline),
 * when it changed since the team last looked. Nothing outside a screen that keeps awareness.
 */
export function UnreadMark({ itemKey }: { itemKey: string }) {
  const awareness = useContext(AwarenessContext);
  if (!awareness) return null;
  return <Mark awareness={awareness} itemKey={itemKey} />;
}

function Mark({ awareness, itemKey }: { awareness: Awareness; itemKey: string }) {
  const fresh = useComputed(() => awareness.fresh.value.get(itemKey));
  if (!fresh.value) return null;
  // The space before it comes with it: nothing is left behind when it goes.
  return (
    <>
      {' '}
      <span class={`unread-mark ${fresh.value}`}>
        {fresh.value === 'new' ? t('ui.unread.new') : t('ui.unread.changed')}
      </span>
    </>
  );
}

/** Beside a tab's name: how many of its items changed since the team last looked ("3 unread"). */
export function UnreadCount({
  awareness,
  items,
  tab,
}: {
  awareness: Awareness;
  items: ReadonlySignal<readonly Item[]>;
  tab: TabId;
}) {
  const count = useComputed(() => {
    const seen = awareness.seen.value;
    return items.value.filter((item) => item.tab === tab && awareness.isUnread(item, seen)).length;
  });
  if (count.value === 0) return null;
  return (
    <>
      {' '}
      <span class="unread-count">{t('ui.unread.count', { count: count.value })}</span>
    </>
  );
}
