import type { BoardView, Command, CountryView, View } from '@crossborder/engine';
import {
  batch,
  computed,
  type ReadonlySignal,
  type Signal,
  signal,
  useComputed,
  useSignalEffect,
} from '@preact/signals';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { boardView } from '../board/board-view.js';
import { type BoardModel, boardModel } from '../board/model.js';
import { t } from '../i18n.js';
import type { GameClient } from '../net/game-client.js';
import { type ClientSignals, countryView } from '../state/client.js';
import { gameNow } from '../time.js';
import { ClockBar, ConnectionBanner } from '../ui/chrome.js';
import { type Answer, Forms } from '../ui/forms.js';
import { LanguagePicker } from '../ui/language-picker.js';
import { mountIn } from '../ui/mount.js';
import { Swatch } from '../ui/parts.js';
import { LookBanner, ReadOnlyContext, useReadOnly } from '../ui/read-only.js';
import { BriefingPanel } from './briefing.js';
import { CasefilePanel } from './casefile.js';
import { caseFileDownloader } from './casefile-export.js';
import { ComposerPanel } from './composer.js';
import { countryName, type TabId, type Team } from './context.js';
import { DirectoryPanel } from './directory.js';
import { JurisdictionPanel } from './jurisdiction.js';
import { LogPanel } from './log.js';
import { NoticeList } from './notices.js';
import { RequestsPanel } from './requests.js';
import { focusIn, type Target } from './target.js';
import {
  Awareness,
  AwarenessContext,
  browserStore,
  type Item,
  itemsOf,
  memoryStore,
  seenKey,
} from './unread.js';
import { UnreadCount } from './unread-mark.js';
import { YourMove } from './your-move.js';

/**
 * Starts the board in its host; it draws `model()` each frame (main.ts loads Phaser on demand).
 * What it returns, if a function, stops it: the screen calls it when it unmounts.
 */
export type StartBoard = (host: HTMLElement, model: () => BoardModel | null) => unknown;

const TABS: readonly TabId[] = [
  'briefing',
  'casefile',
  'requests',
  'compose',
  'jurisdiction',
  'directory',
  'log',
];
const TAB_LABELS: Record<TabId, () => string> = {
  briefing: () => t('ui.tab.briefing'),
  casefile: () => t('ui.tab.casefile'),
  requests: () => t('ui.tab.requests'),
  compose: () => t('ui.tab.compose'),
  jurisdiction: () => t('ui.tab.jurisdiction'),
  directory: () => t('ui.tab.directory'),
  log: () => t('ui.tab.log'),
};

/**
 * The team screen mounted into an element of the page: from then on it patches itself as the
 * client's signals change. The function it returns unmounts it (its effects, and its board). A
 * page made of components mounts `<TeamScreen>` instead.
 */
export function startTeamScreen(root: HTMLElement, client: GameClient, board: StartBoard): () => void {
  const mounted = mountIn(root);
  mounted.show('team', () => (
    <TeamScreen signals={client.signals} send={(command) => client.command(command)} board={board} />
  ));
  return () => mounted.clear();
}

interface TeamScreenProps {
  signals: ClientSignals;
  send: (command: Command) => Promise<Answer>;
  board: StartBoard;
  /**
   * The instructor looking through the team's seat (ui/read-only.tsx): the same screen with a
   * banner that says so, no form or button that acts, and nothing kept in the browser's storage.
   */
  readOnly?: boolean;
}

/** The last country view the client has had (null before the first): kept while a resync has none. */
function lastCountryView(view: ReadonlySignal<View | null>): ReadonlySignal<CountryView | null> {
  let last: CountryView | null = null;
  return computed(() => {
    const current = view.value;
    if (current?.role === 'country') last = current;
    return last;
  });
}

/**
 * The team screen: the header (the session, whose seat, the clock, the score), the connection
 * banner, the board with the notices under it, and the panels beside it behind their tabs. Each
 * part follows only the signals it shows; nothing here runs on a timer (the clock's minutes move
 * the countdowns, and stop with the clock). What must outlive a panel (drafts, answers, the
 * request chosen, the open tab) is kept here, as signals.
 */
export function TeamScreen({ readOnly = false, ...props }: TeamScreenProps) {
  return (
    <ReadOnlyContext.Provider value={readOnly}>
      <TeamScreenBody {...props} />
    </ReadOnlyContext.Provider>
  );
}

function TeamScreenBody({ signals, send, board }: Omit<TeamScreenProps, 'readOnly'>) {
  const readOnly = useReadOnly();
  const latest = useMemo(() => lastCountryView(signals.view), [signals]);
  const ready = useComputed(() => latest.value !== null);
  const nav = useMemo(navigation, []);
  const team = useMemo((): Team | null => {
    const first = latest.peek();
    if (!ready.value || !first) return null;
    return {
      view: countryView(signals.view, first),
      minutes: signals.minutes,
      now: () => {
        const clock = signals.clock.peek();
        return clock ? Math.floor(gameNow(clock, Date.now(), signals.serverOffset.peek())) : 0;
      },
      log: signals.log,
      forms: new Forms(),
      send,
      selected: nav.selected,
      open: nav.open,
      // Read-only, there is no seat of the team's here to download its case file with.
      ...(!readOnly && typeof localStorage !== 'undefined'
        ? { downloadCaseFile: caseFileDownloader(signals.session, first.viewer, localStorage) }
        : {}),
    };
    // A team is made once, when the first country view arrives; `ready` never goes back.
  }, [ready.value]);
  const aware = useMemo(() => {
    const first = latest.peek();
    if (!team || !first) return null;
    const code = signals.session.peek()?.code;
    // Read-only, the team's marks are neither read nor written: the instructor's looking is not the team's.
    const store =
      !readOnly && code && typeof localStorage !== 'undefined'
        ? browserStore(localStorage, seenKey(code, first.viewer))
        : memoryStore();
    return awareScreen(team, nav, new Awareness(store));
  }, [team]);
  return (
    <div class="screen team-screen" data-read-only={readOnly ? 'true' : undefined}>
      <Header signals={signals} view={latest} />
      {readOnly ? <ReadOnlyBanner signals={signals} view={latest} /> : null}
      <div class="banner-slot">
        <ConnectionBanner connection={signals.connection} notice={signals.notice} />
      </div>
      <main class="team">
        {team && aware ? <YourMove view={team.view} minutes={team.minutes} open={aware.open} /> : null}
        <section class="board-area" aria-label={t('ui.board.section')}>
          <BoardHost signals={signals} board={board} />
          <h2 class="visually-hidden">{t('ui.notices.label')}</h2>
          {team && aware ? (
            <NoticeList view={team.view} minutes={team.minutes} open={aware.open} />
          ) : (
            <ol class="notices" aria-live="assertive" aria-label={t('ui.notices.label')} />
          )}
        </section>
        <section class="panels">
          {team && aware ? (
            <AwarenessContext.Provider value={aware.awareness}>
              <Panels team={team} aware={aware} />
            </AwarenessContext.Provider>
          ) : (
            <div class="panel">
              <p>{t('ui.team.waiting')}</p>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}

/** Whose screen this is, read-only, and the way back to the session's console. */
function ReadOnlyBanner({
  signals,
  view,
}: {
  signals: ClientSignals;
  view: ReadonlySignal<CountryView | null>;
}) {
  const name = useComputed(() => (view.value ? countryName(view.value, view.value.viewer) : null));
  const code = useComputed(() => signals.session.value?.code ?? null);
  return (
    <LookBanner
      country={name.value}
      console={code.value ? `/instructor/${encodeURIComponent(code.value)}` : null}
    />
  );
}

function Header({ signals, view }: { signals: ClientSignals; view: ReadonlySignal<CountryView | null> }) {
  // The view's title is in the seat's language where the scenario translates it; the session's as written.
  const title = useComputed(
    () => signals.view.value?.briefing.title ?? signals.session.value?.title ?? t('ui.app'),
  );
  const own = useComputed(() => {
    const current = view.value;
    return current ? current.briefing.directory[current.viewer] : undefined;
  });
  const startsAt = useComputed(() => view.value?.briefing.startsAt ?? '');
  // The instructor's read-only look has no field at all: its language is the console's.
  const readOnly = useReadOnly();
  return (
    <header class="topbar">
      <h1>{title}</h1>
      <Seat view={view} />
      <ClockBar
        clock={signals.clock}
        minutes={signals.minutes}
        utcOffset={own.value?.utcOffset ?? '+00:00'}
        startsAt={startsAt.value}
      />
      <ScoreChip view={view} />
      {readOnly ? null : <LanguagePicker />}
    </header>
  );
}

function Seat({ view }: { view: ReadonlySignal<CountryView | null> }) {
  const seat = useComputed(() => {
    const current = view.value;
    return current ? current.briefing.directory[current.viewer] : undefined;
  });
  const name = useComputed(() => (view.value ? countryName(view.value, view.value.viewer) : null));
  if (name.value === null) return null;
  return (
    <p class="seat">
      <Swatch color={seat.value?.color ?? '#555'} />
      {t('ui.team.playing', { country: name.value })}
    </p>
  );
}

function ScoreChip({ view }: { view: ReadonlySignal<CountryView | null> }) {
  const total = useComputed(() => view.value?.score.total);
  if (total.value === undefined) return null;
  return <p class="score-chip">{t('ui.team.score', { total: total.value })}</p>;
}

/**
 * The board's host. Phaser owns what is inside it; Preact draws it once and never again. The
 * board asks for its model every frame: the same object while neither the view nor the game time
 * has moved (the clock paused), so that it has nothing to draw again.
 */
function BoardHost({ signals, board }: { signals: ClientSignals; board: StartBoard }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    let last: { view: BoardView; now: number; model: BoardModel } | null = null;
    const stop = board(host.current, () => {
      const view = boardView(signals.view.peek());
      const clock = signals.clock.peek();
      if (!view) return null;
      const now = clock ? gameNow(clock, Date.now(), signals.serverOffset.peek()) : 0;
      if (last?.view !== view || last.now !== now) last = { view, now, model: boardModel(view, now) };
      return last.model;
    });
    return () => {
      if (typeof stop === 'function') stop();
    };
  }, [signals, board]);
  return <div class="board" id="board" role="img" aria-label={t('ui.board.label')} ref={host} />;
}

/**
 * What the screen keeps to make the team aware: the open tab, what it has seen (unread.ts), the
 * items it follows, and where a notice or a waiting move last asked to go (`open`): that tab, the
 * request shown there, and the form that answers it, which takes the keyboard once drawn.
 */
interface Navigation {
  tab: Signal<TabId>;
  /** The request shown in full in the requests panel. */
  selected: Signal<string | null>;
  /** Where `open` asked to go, until the panel has put the keyboard there. */
  pending: Signal<Target | null>;
  /** Opens a tab, with the request to show there and the form to take the keyboard. */
  open: (target: Target) => void;
}

function navigation(): Navigation {
  const tab = signal<TabId>('briefing');
  const selected = signal<string | null>(null);
  const pending = signal<Target | null>(null);
  return {
    tab,
    selected,
    pending,
    open: (target) =>
      batch(() => {
        if (target.request) selected.value = target.request;
        tab.value = target.tab;
        pending.value = target;
      }),
  };
}

interface AwareScreen extends Navigation {
  awareness: Awareness;
  items: ReadonlySignal<readonly Item[]>;
}

function awareScreen(team: Team, nav: Navigation, awareness: Awareness): AwareScreen {
  return { ...nav, awareness, items: computed(() => itemsOf(team.view.value)) };
}

/**
 * The tabs and the open panel (a tablist: arrow keys, Home and End move between the tabs; the
 * open panel takes the keyboard when a tab is chosen). Each panel is mounted when its tab opens
 * and unmounted when another does, with whatever it started. The open tab's items are read
 * (`look`) as they come; leaving the tab takes their marks away.
 */
function Panels({ team, aware }: { team: Team; aware: AwareScreen }) {
  const { tab, awareness, items, pending } = aware;
  const panel = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
  const looked = useRef<TabId | null>(null);
  useSignalEffect(() => {
    const shown = tab.value;
    const all = items.value;
    if (looked.current !== shown) awareness.leave();
    looked.current = shown;
    awareness.look(all.filter((item) => item.tab === shown));
  });
  const target = pending.value;
  useLayoutEffect(() => {
    // Opened from a notice or a waiting move: the keyboard goes to the form that answers it.
    if (!target || !panel.current) return;
    pending.value = null;
    (focusIn(panel.current, target) ?? panel.current).focus();
  }, [target, pending]);
  const open = (next: TabId) => {
    tab.value = next;
    panel.current?.focus();
  };
  const move = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab.value);
    const to =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    const next = TABS[to] ?? 'briefing';
    tab.value = next;
    tabs.current?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };
  const current = tab.value;
  return (
    <>
      <div class="tabs" role="tablist" aria-label={t('ui.tabs.label')} ref={tabs} onKeyDown={move}>
        {TABS.map((id) => (
          <TabButton key={id} id={id} selected={id === current} open={open} aware={aware} />
        ))}
      </div>
      <div
        class="panel"
        role="tabpanel"
        id="panel"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel that scrolls is reached by the keyboard (WAI-ARIA tabs; axe scrollable-region-focusable)
        tabIndex={0}
        aria-labelledby={`tab-${current}`}
        ref={panel}
      >
        <PanelBody key={current} tab={current} team={team} />
      </div>
    </>
  );
}

function TabButton({
  id,
  selected,
  open,
  aware,
}: {
  id: TabId;
  selected: boolean;
  open: (tab: TabId) => void;
  aware: AwareScreen;
}) {
  return (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={selected}
      aria-controls="panel"
      tabIndex={selected ? 0 : -1}
      data-tab={id}
      onClick={() => open(id)}
    >
      {TAB_LABELS[id]()}
      <UnreadCount awareness={aware.awareness} items={aware.items} tab={id} />
    </button>
  );
}

function PanelBody({ tab, team }: { tab: TabId; team: Team }) {
  switch (tab) {
    case 'briefing':
      return <BriefingPanel view={team.view} />;
    case 'casefile':
      return <CasefilePanel team={team} />;
    case 'requests':
      return <RequestsPanel team={team} />;
    case 'compose':
      return <ComposerPanel team={team} />;
    case 'jurisdiction':
      return <JurisdictionPanel team={team} />;
    case 'directory':
      return <DirectoryPanel view={team.view} />;
    case 'log':
      return <LogPanel log={team.log} view={team.view} />;
  }
}
