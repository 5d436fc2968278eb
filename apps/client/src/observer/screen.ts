import type { View } from '@crossborder/engine';
import { boardModel } from '../board/model.js';
import { kindName, t } from '../i18n.js';
import type { GameClient } from '../net/game-client.js';
import { gameNow } from '../time.js';
import { clockBar, connectionBanner } from '../ui/chrome.js';
import { fill, h } from '../ui/dom.js';

/**
 * The room's projector: the board for everyone and the public side of the game (who asked whom
 * for what and how it stands, claims, agreements, objectives, scores), never a team's secrets
 * unless the instructor reveals everything.
 */
export function startObserverScreen(
  root: HTMLElement,
  client: GameClient,
  board: (host: HTMLElement, model: () => ReturnType<typeof boardModel> | null) => void,
): void {
  const now = () =>
    client.state.clock ? gameNow(client.state.clock, Date.now(), client.state.serverOffset) : 0;
  const header = h('header', { class: 'topbar' });
  const banner = h('div', { class: 'banner-slot' });
  const boardHost = h('div', {
    class: 'board big',
    id: 'board',
    role: 'img',
    'aria-label': t('ui.board.label'),
  });
  const side = h('section', { class: 'observer-side', 'aria-label': t('ui.observer.public') });
  root.replaceChildren(
    h(
      'div',
      { class: 'screen observer-screen' },
      header,
      banner,
      h('main', { class: 'observer' }, boardHost, side),
    ),
  );

  const name = (view: View, id: string) =>
    view.briefing.directory[id]?.shortName ?? view.briefing.directory[id]?.name ?? id;

  function render(): void {
    const view = client.state.view;
    fill(
      header,
      h('h1', {}, client.state.session?.title ?? t('ui.app')),
      h('p', { class: 'join-code' }, t('ui.observer.code', { code: client.state.session?.code ?? '' })),
      clockBar(client.state, now(), '+00:00', view?.briefing.startsAt ?? ''),
    );
    banner.replaceChildren(connectionBanner(client.state));
    if (!view || view.role === 'country') return;
    const requests =
      view.role === 'instructor' ? Object.values(view.state.requests) : Object.values(view.requests);
    const scores = view.scores;
    side.replaceChildren(
      h('h2', {}, t('ui.observer.requests')),
      h(
        'ul',
        { class: 'public-requests' },
        requests
          .slice(-12)
          .reverse()
          .map((request) =>
            h(
              'li',
              { 'data-request': request.id },
              t('ui.observer.request-line', {
                id: request.id,
                kind: kindName(request.kind),
                from: name(view, request.from),
                to: name(view, request.to),
                status: request.status,
              }),
            ),
          ),
      ),
      h('h2', {}, t('ui.observer.objectives')),
      h(
        'ul',
        {},
        Object.values(view.role === 'instructor' ? {} : view.objectives).map((objective) =>
          h(
            'li',
            {},
            objective.metAt !== null ? '✔ ' : objective.missedAt !== null ? '✖ ' : '○ ',
            objective.title,
          ),
        ),
      ),
      h('h2', {}, t('ui.observer.scores')),
      h(
        'table',
        { class: 'scores' },
        h(
          'tbody',
          {},
          Object.entries(scores).map(([id, score]) =>
            h('tr', {}, h('th', { scope: 'row' }, name(view, id)), h('td', {}, String(score.total))),
          ),
        ),
      ),
    );
  }
  client.subscribe(() => render());
  board(boardHost, () => (client.state.view ? boardModel(client.state.view, now()) : null));
  setInterval(render, 1000);
  render();
}
