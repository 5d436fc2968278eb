import { t } from '../i18n.js';
import type { ClientState } from '../net/game-client.js';
import { dayAndTime, localTime } from '../time.js';
import { h } from './dom.js';

/** The game clock as a team reads it: its local time, the exercise day, running or paused. */
export function clockBar(state: ClientState, now: number, utcOffset: string, startsAt: string): HTMLElement {
  const { clock } = state;
  if (!clock) return h('p', { class: 'clock' }, t('ui.clock.unknown'));
  const { day, time } = dayAndTime(now);
  const running = clock.running;
  return h(
    'p',
    { class: 'clock', 'data-clock-running': String(running), 'data-game-minutes': String(Math.floor(now)) },
    h('span', { class: 'local' }, startsAt ? localTime(startsAt, now, utcOffset) : ''),
    ' · ',
    h('span', { class: 'day' }, t('ui.time.day-time', { day, time })),
    ' · ',
    h(
      'span',
      { class: running ? 'state running' : 'state paused' },
      running ? `▶ ${t('ui.clock.running', { speed: clock.speed })}` : `‖ ${t('ui.clock.paused')}`,
    ),
  );
}

/** A banner while the connection is down, so that nobody types into the void unaware. */
export function connectionBanner(state: ClientState): HTMLElement | string {
  if (state.notice?.kind === 'ended')
    return h('p', { class: 'banner info', role: 'status' }, t('ui.banner.ended'));
  if (state.notice?.kind === 'shutdown' && state.connection !== 'online')
    return h('p', { class: 'banner warning', role: 'alert' }, t('ui.banner.shutdown'));
  if (state.notice?.kind === 'revoked')
    return h(
      'p',
      { class: 'banner warning', role: 'alert', 'data-notice': 'revoked' },
      t('ui.banner.revoked', { message: state.notice.message }),
    );
  if (state.notice?.kind === 'closed')
    return h(
      'p',
      { class: 'banner warning', role: 'alert', 'data-notice': 'closed' },
      t('ui.banner.closed', { message: state.notice.message }),
    );
  if (state.connection === 'reconnecting')
    return h(
      'p',
      { class: 'banner warning', role: 'alert', 'data-connection': 'reconnecting' },
      `⟳ ${t('ui.banner.reconnecting')}`,
    );
  if (state.connection === 'offline')
    return h(
      'p',
      { class: 'banner warning', role: 'alert', 'data-connection': 'offline' },
      t('ui.banner.offline'),
    );
  return '';
}
