import type { Command, CountryView, View } from '@crossborder/engine';
import { computed, type ReadonlySignal, signal, useComputed } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { type BoardModel, boardModel } from '../board/model.js';
import { t } from '../i18n.js';
import type { GameClient } from '../net/game-client.js';
import { type ClientSignals, countryView } from '../state/client.js';
import { gameNow } from '../time.js';
import { ClockBar, ConnectionBanner } from '../ui/chrome.js';
import { type Answer, Forms } from '../ui/forms.js';
import { mountIn } from '../ui/mount.js';
import { Swatch } from '../ui/parts.js';
import { BriefingPanel } from './briefing.js';
import { CasefilePanel } from './casefile.js';
import { ComposerPanel } from './composer.js';
import { countryName, type TabId, type Team } from './context.js';
import { DirectoryPanel } from './directory.js';
import { JurisdictionPanel } from './jurisdiction.js';
import { LogPanel } from './log.js';
import { NoticeList } from './notices.js';
import { RequestsPanel } from './requests.js';

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
export function TeamScreen({ signals, send, board }: TeamScreenProps) {
  const latest = useMemo(() => lastCountryView(signals.view), [signals]);
  const ready = useComputed(() => latest.value !== null);
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
      selected: signal<string | null>(null),
    };
    // A team is made once, when the first country view arrives; `ready` never goes back.
  }, [ready.value]);
  return (
    <div class="screen team-screen">
      <Header signals={signals} view={latest} />
      <div class="banner-slot">
        <ConnectionBanner connection={signals.connection} notice={signals.notice} />
      </div>
      <main class="team">
        <section class="board-area" aria-label={t('ui.board.section')}>
          <BoardHost signals={signals} board={board} />
          <h2 class="visually-hidden">{t('ui.notices.label')}</h2>
          {team ? (
            <NoticeList view={team.view} minutes={team.minutes} />
          ) : (
            <ol class="notices" aria-live="assertive" aria-label={t('ui.notices.label')} />
          )}
        </section>
        <section class="panels">
          {team ? (
            <Panels team={team} />
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

function Header({ signals, view }: { signals: ClientSignals; view: ReadonlySignal<CountryView | null> }) {
  const title = useComputed(() => signals.session.value?.title ?? t('ui.app'));
  const own = useComputed(() => {
    const current = view.value;
    return current ? current.briefing.directory[current.viewer] : undefined;
  });
  const startsAt = useComputed(() => view.value?.briefing.startsAt ?? '');
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
    let last: { view: View; now: number; model: BoardModel } | null = null;
    const stop = board(host.current, () => {
      const view = signals.view.peek();
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
 * The tabs and the open panel (a tablist: arrow keys, Home and End move between the tabs; the
 * open panel takes the keyboard when a tab is chosen). Each panel is mounted when its tab opens
 * and unmounted when another does, with whatever it started.
 */
function Panels({ team }: { team: Team }) {
  const tab = useMemo(() => signal<TabId>('briefing'), []);
  const panel = useRef<HTMLDivElement>(null);
  const tabs = useRef<HTMLDivElement>(null);
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
          <TabButton key={id} id={id} selected={id === current} open={open} team={team} />
        ))}
      </div>
      <div
        class="panel"
        role="tabpanel"
        id="panel"
        tabIndex={-1}
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
  team,
}: {
  id: TabId;
  selected: boolean;
  open: (tab: TabId) => void;
  team: Team;
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
      {id === 'requests' ? <Waiting view={team.view} /> : null}
    </button>
  );
}

/** How many requests wait for the team's answer, beside the requests tab. */
function Waiting({ view }: { view: ReadonlySignal<CountryView> }) {
  const count = useComputed(
    () =>
      Object.values(view.value.requests).filter(
        (request) =>
          request.to === view.value.viewer &&
          (request.status === 'received' || request.status === 'more-information-requested'),
      ).length,
  );
  if (count.value === 0) return null;
  return (
    <span class="count">
      <span aria-hidden="true">{` (${count.value})`}</span>
      <span class="visually-hidden">{` ${t('ui.tabs.waiting', { count: count.value })}`}</span>
    </span>
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
      return <LogPanel log={team.log} />;
  }
}
