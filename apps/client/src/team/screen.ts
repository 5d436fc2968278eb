import type { CountryView } from '@crossborder/engine';
import type { ReadonlySignal } from '@preact/signals';
import { type ComponentChild, createElement } from 'preact';
import { boardModel } from '../board/model.js';
import { t } from '../i18n.js';
import type { GameClient } from '../net/game-client.js';
import { countryView } from '../state/client.js';
import { gameNow } from '../time.js';
import { clockBar, connectionBanner } from '../ui/chrome.js';
import { fill, h, swatch } from '../ui/dom.js';
import { keepFocus } from '../ui/focus.js';
import { newFormState } from '../ui/forms.js';
import { mountIn } from '../ui/mount.js';
import { BriefingPanel } from './briefing.js';
import { casefilePanel } from './casefile.js';
import { composerPanel } from './composer.js';
import { countryName, type TabId, type TeamContext } from './context.js';
import { DirectoryPanel } from './directory.js';
import { jurisdictionPanel } from './jurisdiction.js';
import { logPanel } from './log.js';
import { type Notice, noticesBetween } from './notifications.js';
import { requestsPanel } from './requests.js';

const TABS: TabId[] = ['briefing', 'casefile', 'requests', 'compose', 'jurisdiction', 'directory', 'log'];
const TAB_LABELS: Record<TabId, () => string> = {
  briefing: () => t('ui.tab.briefing'),
  casefile: () => t('ui.tab.casefile'),
  requests: () => t('ui.tab.requests'),
  compose: () => t('ui.tab.compose'),
  jurisdiction: () => t('ui.tab.jurisdiction'),
  directory: () => t('ui.tab.directory'),
  log: () => t('ui.tab.log'),
};
const NOTICE_LIMIT = 8;

/**
 * The panels that are components (ui/mount.ts): mounted into the panel host when their tab
 * opens, they follow the view's signals and patch themselves in place, and the screen's redraws
 * pass them by. The other panels are still rebuilt on each redraw; each moves here when it
 * becomes a component.
 */
const COMPONENT_PANELS: Partial<Record<TabId, (view: ReadonlySignal<CountryView>) => ComponentChild>> = {
  briefing: (view) => createElement(BriefingPanel, { view }),
  directory: (view) => createElement(DirectoryPanel, { view }),
};

/**
 * The team screen: the board with the notices under it, and the panels beside it. Panels are
 * redrawn when the view changes (and every few seconds, for countdowns); what the team is
 * typing lives in drafts and focus is kept, so a redraw never loses a word.
 */
export function startTeamScreen(
  root: HTMLElement,
  client: GameClient,
  board: (host: HTMLElement, model: () => ReturnType<typeof boardModel> | null) => void,
): void {
  const forms = newFormState();
  let tab: TabId = 'briefing';
  let selectedRequest: string | null = null;
  let previous: CountryView | null = null;
  const notices: Notice[] = [];
  const announced = new Set<string>();

  const now = () =>
    client.state.clock ? gameNow(client.state.clock, Date.now(), client.state.serverOffset) : 0;
  const view = () => (client.state.view?.role === 'country' ? client.state.view : null);

  const header = h('header', { class: 'topbar' });
  const banner = h('div', { class: 'banner-slot' });
  const boardHost = h('div', { class: 'board', id: 'board', role: 'img', 'aria-label': t('ui.board.label') });
  const noticeList = h('ol', {
    class: 'notices',
    'aria-live': 'assertive',
    'aria-label': t('ui.notices.label'),
  });
  const tabList = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('ui.tabs.label') });
  const panel = h('div', { class: 'panel', role: 'tabpanel', id: 'panel', tabindex: '-1' });
  root.replaceChildren(
    h(
      'div',
      { class: 'screen team-screen' },
      header,
      banner,
      h(
        'main',
        { class: 'team' },
        h(
          'section',
          { class: 'board-area', 'aria-label': t('ui.board.section') },
          boardHost,
          h('h2', { class: 'visually-hidden' }, t('ui.notices.label')),
          noticeList,
        ),
        h('section', { class: 'panels' }, tabList, panel),
      ),
    ),
  );

  const mounted = mountIn(panel);
  let teamView: ReadonlySignal<CountryView> | null = null;

  const open = (next: TabId, requestId?: string) => {
    tab = next;
    if (requestId) selectedRequest = requestId;
    render();
    panel.focus();
  };

  const context = (current: CountryView): TeamContext => ({
    view: current,
    now: now(),
    log: client.state.log,
    forms,
    send: (command) => client.command(command),
    rerender: () => render(),
    open,
    selectedRequest,
  });

  function renderTabs(current: CountryView): void {
    const inbox = Object.values(current.requests).filter(
      (request) =>
        request.to === current.viewer && ['received', 'more-information-requested'].includes(request.status),
    ).length;
    const tabs = TABS.map((id) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${id}`,
          'aria-selected': String(id === tab),
          'aria-controls': 'panel',
          'data-tab': id,
          onclick: () => open(id),
        },
        TAB_LABELS[id](),
        id === 'requests' && inbox > 0
          ? h('span', { class: 'count', 'aria-label': t('ui.tabs.waiting', { count: inbox }) }, ` (${inbox})`)
          : null,
      ),
    );
    keepFocus(tabList, () => tabList.replaceChildren(...tabs));
  }

  function renderPanel(current: CountryView): void {
    const component = COMPONENT_PANELS[tab];
    if (component) {
      // Mounted once when its tab opens; from then on it updates itself.
      const key = tab;
      teamView ??= countryView(client.signals.view, current);
      const view = teamView;
      if (mounted.current !== key) keepFocus(panel, () => mounted.show(key, () => component(view)));
      return;
    }
    const ctx = context(current);
    const body =
      tab === 'casefile'
        ? casefilePanel(ctx)
        : tab === 'requests'
          ? requestsPanel(ctx)
          : tab === 'compose'
            ? composerPanel(ctx)
            : tab === 'jurisdiction'
              ? jurisdictionPanel(ctx)
              : logPanel(client.state.log, t('ui.log.title'));
    keepFocus(panel, () => {
      mounted.clear();
      panel.replaceChildren(body);
    });
  }

  function renderHeader(current: CountryView | null): void {
    const title = client.state.session?.title ?? t('ui.app');
    fill(
      header,
      h('h1', {}, title),
      current
        ? h(
            'p',
            { class: 'seat' },
            swatch(current.briefing.directory[current.viewer]?.color ?? '#555'),
            t('ui.team.playing', { country: countryName(current, current.viewer) }),
          )
        : null,
      clockBar(
        client.state,
        now(),
        current ? (current.briefing.directory[current.viewer]?.utcOffset ?? '+00:00') : '+00:00',
        current?.briefing.startsAt ?? '',
      ),
      current ? h('p', { class: 'score-chip' }, t('ui.team.score', { total: current.score.total })) : null,
    );
    banner.replaceChildren(connectionBanner(client.state));
  }

  function renderNotices(): void {
    noticeList.replaceChildren(
      ...notices
        .slice(-NOTICE_LIMIT)
        .reverse()
        .map((notice) =>
          h(
            'li',
            { class: `notice ${notice.kind}`, 'data-notice': notice.kind },
            h('strong', {}, `${noticeIcon(notice)} ${t(`ui.notice-kind.${notice.kind}`)}: `),
            notice.text,
          ),
        ),
    );
  }

  function collectNotices(current: CountryView): void {
    let added = false;
    for (const notice of noticesBetween(previous, current, now())) {
      if (announced.has(notice.key)) continue;
      announced.add(notice.key);
      notices.push(notice);
      added = true;
    }
    previous = current;
    if (added) renderNotices();
  }

  function render(): void {
    const current = view();
    renderHeader(current);
    if (!current) {
      mounted.clear();
      panel.replaceChildren(h('p', {}, t('ui.team.waiting')));
      return;
    }
    renderTabs(current);
    renderPanel(current);
  }

  client.subscribe((state, changes) => {
    if (changes.has('view') && state.view?.role === 'country') {
      // The first view sets the baseline: what was there before joining is not news.
      if (previous === null) {
        previous = state.view;
        for (const notice of noticesBetween(null, state.view, now())) announced.add(notice.key);
      } else collectNotices(state.view);
    }
    render();
  });
  board(boardHost, () => {
    const current = client.state.view;
    return current ? boardModel(current, now()) : null;
  });
  // Clocks and countdowns move on; the panels follow every few seconds.
  let ticks = 0;
  setInterval(() => {
    ticks += 1;
    renderHeader(view());
    const current = view();
    if (current) collectNotices(current);
    if (ticks % 5 === 0) render();
  }, 1000);
  render();
}

function noticeIcon(notice: Notice): string {
  return { arrival: '✉', deadline: '◔', lost: '✖', ruling: '⚖', inject: '!' }[notice.kind];
}
