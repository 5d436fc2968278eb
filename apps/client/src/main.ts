import './styles.css';
import './page-language.js';
import type { Seat } from '@crossborder/protocol';
import { signal, useSignal } from '@preact/signals';
import { type ComponentChild, h, render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { BoardModel } from './board/model.js';
import { currentLocale, t } from './i18n.js';
import { LandingPage, TakeSeat } from './join.js';
import type { GameClient } from './net/game-client.js';

/**
 * One page, its screens chosen by the address: `/` (join), `/join/CODE/country` (a team),
 * `/watch/CODE` (the projector), `/instructor` (the sessions) and `/instructor/CODE` (the console),
 * `/look/CODE/country` (the instructor's read-only look through a team's seat), `/jury/CODE#KEY` (a
 * juror of a moot court), `/debrief/CODE` and `/studio` (the scenario studio, its editor only there). Only the join page is in the first JavaScript: every other screen is loaded
 * when its address is opened, with what it needs (the connection, the engine; the debrief its
 * report, scenario parser and replay), and Phaser once a screen with a board is shown.
 *
 * A screen is mounted for its address and unmounted when the address changes (a link, the
 * browser's back button): its effects, timers and listeners stop, its connection is closed and
 * its board destroyed.
 */
type Navigate = (path: string) => void;
type StartBoard = (host: HTMLElement, model: () => BoardModel | null) => () => void;

/** Starts a board in `host` (Phaser loads on demand); the function it returns stops it. */
const board: StartBoard = (host, model) => {
  let game: { destroy(removeCanvas: boolean): void } | null = null;
  let stopped = false;
  void import('./board/board.js').then(({ startBoard }) => {
    if (!stopped) game = startBoard(host, model);
  });
  return () => {
    stopped = true;
    game?.destroy(true);
    game = null;
  };
};

const path = signal(location.pathname);

const navigate: Navigate = (to) => {
  history.pushState(null, '', to);
  path.value = location.pathname;
  window.scrollTo(0, 0);
};

window.addEventListener('popstate', () => {
  path.value = location.pathname;
});

type Loaded<T> = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; module: T };

/** A screen's code, loaded on demand: a line while it loads, an alert if it cannot. */
function Lazy<T>({ load, show }: { load: () => Promise<T>; show: (module: T) => ComponentChild }) {
  const loaded = useSignal<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (module) => {
        if (live) loaded.value = { state: 'ready', module };
      },
      () => {
        if (live) loaded.value = { state: 'failed' };
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const now = loaded.value;
  if (now.state === 'ready') return show(now.module);
  return now.state === 'loading'
    ? h('p', { role: 'status', class: 'status-line' }, t('ui.app.loading'))
    : h('p', { role: 'alert', class: 'status-line warning' }, t('ui.app.load-failed'));
}

/**
 * The connection's code (Socket.IO, and the protocol with the engine's schemas it checks
 * against): loaded with the first screen that connects, never by the join page.
 */
type Net = typeof import('./net/game-client.js') & typeof import('./net/tokens.js');

const loadNet = (): Promise<Net> =>
  Promise.all([import('./net/game-client.js'), import('./net/tokens.js')]).then(([client, tokens]) => ({
    ...client,
    ...tokens,
  }));

/** A connection for the screen's lifetime, closed when it goes. */
function useGameClient(net: Net, storage: Storage, code: string): GameClient {
  const client = useMemo(
    () => new net.GameClient(net.tokenStore(storage), undefined, code, currentLocale()),
    [net, storage, code],
  );
  useEffect(() => () => client.close(), [client]);
  return client;
}

function TeamSeat({
  net,
  team,
  code,
  country,
}: {
  net: Net;
  team: typeof import('./team/screen.js');
  code: string;
  country: string;
}) {
  const client = useGameClient(net, localStorage, code);
  const seat = useMemo((): Seat => ({ kind: 'country', country }), [country]);
  const send = useMemo(() => client.command.bind(client), [client]);
  return h(TakeSeat, {
    client,
    code,
    seat,
    children: h(team.TeamScreen, { signals: client.signals, send, board }),
  });
}

/**
 * The instructor's read-only look through a team's seat: the team's own screen in its read-only
 * mode, behind the instructor key, its seat token kept for this tab only (as the console's).
 */
function LookSeat({
  net,
  team,
  look,
  code,
  country,
}: {
  net: Net;
  team: typeof import('./team/screen.js');
  look: typeof import('./instructor/look.js');
  code: string;
  country: string;
}) {
  const client = useGameClient(net, sessionStorage, code);
  const send = useMemo(() => client.command.bind(client), [client]);
  return h(look.LookPage, {
    client,
    code,
    country,
    children: h(team.TeamScreen, { signals: client.signals, send, board, readOnly: true }),
  });
}

/**
 * A juror's seat in a moot court: the jury link's key is after `#` in the address (never sent to
 * the server but in the join); the seat's token kept in this browser, as a team's.
 */
function JurorSeat({ net, jury, code }: { net: Net; jury: typeof import('./jury/screen.js'); code: string }) {
  const client = useGameClient(net, localStorage, code);
  return h(jury.JuryPage, { client, code, juryKey: location.hash.replace(/^#/, '') });
}

function ObserverSeat({
  net,
  observer,
  code,
}: {
  net: Net;
  observer: typeof import('./observer/screen.js');
  code: string;
}) {
  const client = useGameClient(net, localStorage, code);
  return h(observer.ObserverPage, { client, code, board });
}

function InstructorConsole({
  net,
  consoleScreen,
  code,
}: {
  net: Net;
  consoleScreen: typeof import('./instructor/console.js');
  code: string;
}) {
  const client = useGameClient(net, sessionStorage, code);
  return h(consoleScreen.ConsolePage, { client, code, navigate });
}

function parts(at: string): string[] {
  try {
    return at.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return [];
  }
}

/** The screen for an address. */
function Screen({ at }: { at: string }): ComponentChild {
  const [screen, given, country] = parts(at);
  const code = given?.toUpperCase();
  if (screen === 'join' && code && country)
    return h(Lazy<[Net, typeof import('./team/screen.js')]>, {
      load: () => Promise.all([loadNet(), import('./team/screen.js')]),
      show: ([net, team]) => h(TeamSeat, { net, team, code, country }),
    });
  if (screen === 'look' && code && country)
    return h(Lazy<[Net, typeof import('./team/screen.js'), typeof import('./instructor/look.js')]>, {
      load: () => Promise.all([loadNet(), import('./team/screen.js'), import('./instructor/look.js')]),
      show: ([net, team, look]) => h(LookSeat, { net, team, look, code, country }),
    });
  if (screen === 'jury' && code)
    return h(Lazy<[Net, typeof import('./jury/screen.js')]>, {
      load: () => Promise.all([loadNet(), import('./jury/screen.js')]),
      show: ([net, jury]) => h(JurorSeat, { net, jury, code }),
    });
  if (screen === 'watch' && code)
    return h(Lazy<[Net, typeof import('./observer/screen.js')]>, {
      load: () => Promise.all([loadNet(), import('./observer/screen.js')]),
      show: ([net, observer]) => h(ObserverSeat, { net, observer, code }),
    });
  if (screen === 'debrief' && code)
    return h(Lazy<typeof import('./debrief/screen.js')>, {
      load: () => import('./debrief/screen.js'),
      show: ({ DebriefPage }) => h(DebriefPage, { code, navigate, board }),
    });
  if (screen === 'instructor' && code)
    return h(Lazy<[Net, typeof import('./instructor/console.js')]>, {
      load: () => Promise.all([loadNet(), import('./instructor/console.js')]),
      show: ([net, consoleScreen]) => h(InstructorConsole, { net, consoleScreen, code }),
    });
  if (screen === 'studio')
    return h(Lazy<typeof import('./studio/screen.js')>, {
      load: () => import('./studio/screen.js'),
      show: ({ StudioPage }) => h(StudioPage, { navigate }),
    });
  if (screen === 'instructor')
    return h(Lazy<typeof import('./instructor/home.js')>, {
      load: () => import('./instructor/home.js'),
      show: ({ InstructorHome }) => h(InstructorHome, { navigate }),
    });
  return h(LandingPage, { navigate });
}

/** Whatever the address says, mounted anew when it changes. */
function App() {
  return h(Screen, { key: path.value, at: path.value });
}

render(h(App, null), document.getElementById('app') as HTMLElement);
