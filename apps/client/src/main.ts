import './styles.css';
import type { BoardModel } from './board/model.js';
import { startInstructorConsole } from './instructor/console.js';
import { instructorHome } from './instructor/home.js';
import { landingPage, takeSeat } from './join.js';
import { GameClient } from './net/game-client.js';
import { tokenStore } from './net/tokens.js';
import { startObserverScreen } from './observer/screen.js';
import { startTeamScreen } from './team/screen.js';

/**
 * One page, five screens, chosen by the address: `/` (join), `/join/CODE/country` (a team),
 * `/watch/CODE` (the projector), `/instructor` and `/instructor/CODE` (the console), and
 * `/debrief/CODE` (loaded on demand, with the scenario parser it needs for replay). Phaser is
 * loaded on demand, in its own chunk, once a screen with a board is shown.
 */
const root = document.getElementById('app') as HTMLElement;

function board(host: HTMLElement, model: () => BoardModel | null): void {
  void import('./board/board.js').then(({ startBoard }) => startBoard(host, model));
}

function navigate(path: string): void {
  history.pushState(null, '', path);
  route();
}

function route(): void {
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [screen, code, country] = parts;
  if (screen === 'join' && code && country) {
    const client = new GameClient(tokenStore(localStorage));
    void takeSeat(root, client, code.toUpperCase(), { kind: 'country', country }, () =>
      startTeamScreen(root, client, board),
    );
    return;
  }
  if (screen === 'watch' && code) {
    const client = new GameClient(tokenStore(localStorage));
    void client.resume(code.toUpperCase(), { kind: 'observer' }).then(async (resumed) => {
      if (!resumed?.ok) await client.join(code.toUpperCase(), { kind: 'observer' }, 'Observer');
      startObserverScreen(root, client, board);
    });
    return;
  }
  if (screen === 'debrief' && code) {
    void import('./debrief/screen.js').then(({ startDebrief }) =>
      startDebrief(root, code.toUpperCase(), navigate, board),
    );
    return;
  }
  if (screen === 'instructor' && code) {
    startInstructorConsole(root, new GameClient(tokenStore(sessionStorage)), code.toUpperCase(), navigate);
    return;
  }
  if (screen === 'instructor') {
    instructorHome(root, navigate);
    return;
  }
  landingPage(root, navigate);
}

window.addEventListener('popstate', () => location.reload());
route();
