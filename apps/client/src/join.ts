import type { Seat } from '@crossborder/protocol';
import { errorText, t } from './i18n.js';
import type { GameClient } from './net/game-client.js';
import { h, labelled, swatch } from './ui/dom.js';

/**
 * Joining: the landing page asks for the join code and shows the session's countries; a
 * per-country link (`/join/CODE/country`) asks only for the team's name. A browser that held the
 * seat before takes it back without asking (its token is kept).
 */
interface SessionDoor {
  title: string;
  status: 'open' | 'ended';
  countries: Record<string, { name: string; color: string; taken: boolean; locked: boolean }>;
}

async function fetchDoor(code: string): Promise<SessionDoor | { error: string }> {
  const response = await fetch(`/api/join/${encodeURIComponent(code.trim().toUpperCase())}`);
  const body = (await response.json()) as SessionDoor | { error: { message: string } };
  return 'error' in body ? { error: body.error.message } : body;
}

export function landingPage(root: HTMLElement, navigate: (path: string) => void): void {
  const code = h('input', {
    name: 'code',
    autocomplete: 'off',
    required: true,
    maxlength: 8,
    inputmode: 'latin',
    class: 'code-input',
  });
  const status = h('div', { role: 'status', 'aria-live': 'polite' });
  const choices = h('div', { class: 'door' });
  const form = h(
    'form',
    { class: 'card join' },
    h('h2', {}, t('ui.join.title')),
    labelled(t('ui.join.code'), code, t('ui.join.code-hint')),
    h('button', { type: 'submit' }, t('ui.join.find')),
    status,
    choices,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = code.value.trim().toUpperCase();
    status.textContent = t('ui.join.looking');
    void fetchDoor(value).then((door) => {
      if ('error' in door) {
        status.textContent = door.error;
        choices.replaceChildren();
        return;
      }
      status.textContent = t('ui.join.found', { title: door.title });
      choices.replaceChildren(
        h('h3', {}, t('ui.join.pick-country')),
        h(
          'ul',
          { class: 'countries' },
          Object.entries(door.countries).map(([id, country]) =>
            h(
              'li',
              {},
              h(
                'a',
                {
                  href: `/join/${value}/${id}`,
                  'data-country': id,
                  onclick: (click: Event) => {
                    click.preventDefault();
                    navigate(`/join/${value}/${id}`);
                  },
                },
                swatch(country.color),
                country.name,
              ),
              country.locked ? ` — ${t('ui.join.locked')}` : country.taken ? ` — ${t('ui.join.taken')}` : '',
            ),
          ),
        ),
        h(
          'p',
          {},
          h(
            'a',
            {
              href: `/watch/${value}`,
              onclick: (click: Event) => {
                click.preventDefault();
                navigate(`/watch/${value}`);
              },
            },
            t('ui.join.watch'),
          ),
        ),
      );
    });
  });
  root.replaceChildren(
    h(
      'div',
      { class: 'screen landing' },
      h('header', { class: 'topbar' }, h('h1', {}, t('ui.app'))),
      h(
        'main',
        {},
        form,
        h('p', { class: 'hint' }, h('a', { href: '/instructor' }, t('ui.join.instructor'))),
      ),
    ),
  );
  code.focus();
}

/** Takes the seat: back with the stored token if this browser had it, else asks for a team name. */
export async function takeSeat(
  root: HTMLElement,
  client: GameClient,
  code: string,
  seat: Seat,
  onSeated: () => void,
): Promise<void> {
  const resumed = await client.resume(code, seat);
  if (resumed?.ok) {
    onSeated();
    return;
  }
  const door = await fetchDoor(code);
  const countryLabel =
    seat.kind === 'country' && !('error' in door) ? (door.countries[seat.country]?.name ?? seat.country) : '';
  const name = h('input', { name: 'team', required: true, maxlength: 40, autocomplete: 'organization' });
  const status = h('div', { role: 'alert' });
  const form = h(
    'form',
    { class: 'card join' },
    h(
      'h2',
      {},
      seat.kind === 'country' ? t('ui.join.as-country', { country: countryLabel }) : t('ui.join.as-observer'),
    ),
    'error' in door ? h('p', { class: 'warning' }, door.error) : h('p', {}, door.title),
    labelled(t('ui.join.team-name'), name, t('ui.join.team-name-hint')),
    h('button', { type: 'submit' }, t('ui.join.submit')),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Unnamed teams are told apart by their country: two teams may not look alike (name-confusable).
    const fallback = t('ui.join.default-name', { country: countryLabel || t('ui.console.observer') });
    void client.join(code, seat, name.value.trim() || fallback).then((answer) => {
      if (answer.ok) onSeated();
      else status.textContent = errorText(answer.error);
    });
  });
  root.replaceChildren(
    h(
      'div',
      { class: 'screen landing' },
      h('header', { class: 'topbar' }, h('h1', {}, t('ui.app'))),
      h('main', {}, form),
    ),
  );
  name.focus();
}
