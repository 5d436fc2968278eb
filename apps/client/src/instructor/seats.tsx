import type { InstructorView } from '@crossborder/engine';
import type { SeatsInfo } from '@crossborder/protocol';
import { type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../i18n.js';
import { Swatch } from '../ui/parts.js';
import { roomAddresses } from './api.js';
import type { Acts, ViewSignal } from './context.js';

type Country = InstructorView['briefing']['directory'][string];
type Seat = SeatsInfo['countries'][string];

const nameOf = (country: Country) => country.shortName ?? country.name;

/**
 * Where the room reaches the server, as the server says (its public address, else the addresses it
 * listens on): the console's own address may be `localhost`, which no other machine can open.
 * Null until the server has answered.
 */
export function useRoomAddress(apiKey: string): ReadonlySignal<string | null> {
  const address = useSignal<string | null>(null);
  useEffect(() => {
    let live = true;
    roomAddresses(apiKey)
      .then((answer) => {
        if (live && answer.ok) address.value = answer.body.urls[0] ?? null;
      })
      // Unreachable, the server is down: the connection banner says so; the links stay paths.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [apiKey]);
  return address;
}

/**
 * How teams join, large enough for a projector: the address and the code, and each country's
 * own link, at the address the server gave (`base`). It follows only the directory, which never
 * changes in a session, and the address.
 */
export function JoinLinks({
  view,
  code,
  base,
}: {
  view: ViewSignal;
  code: string;
  base: ReadonlySignal<string | null>;
}) {
  const directory = useComputed(() => view.value.briefing.directory);
  const root = base.value;
  const at = (path: string) => (root ? new URL(path, root).href : path);
  return (
    <section class="card join-links" aria-labelledby="join-title">
      <h2 id="join-title">{t('ui.console.join')}</h2>
      <p class="big-code">
        {root ? `${t('ui.console.join-at', { url: root })} ` : null}
        <strong>{code}</strong>
      </p>
      <ul>
        {Object.entries(directory.value).map(([id, country]) => (
          <li key={id}>
            <Swatch color={country.color} />
            {t('ui.console.link-for', { who: nameOf(country) })}{' '}
            <a href={at(`/join/${code}/${id}`)} data-link={id}>
              {at(`/join/${code}/${id}`)}
            </a>
          </li>
        ))}
        <li key="observer">
          {t('ui.console.link-for', { who: t('ui.console.observer') })}{' '}
          <a href={at(`/watch/${code}`)} data-link="observer">
            {at(`/watch/${code}`)}
          </a>
        </li>
      </ul>
    </section>
  );
}

interface SeatsProps {
  view: ViewSignal;
  seats: ReadonlySignal<SeatsInfo | null>;
  acts: Acts;
  /** The session's join code: each country's read-only screen is at `/look/CODE/country`. */
  code: string;
}

/**
 * Who sits where: a row per country with its team, how many are online, and its bot, lock and
 * remove buttons; then the projector's. It follows the seats and the directory, not the game:
 * a button being pressed is the same button after any update.
 */
export function Seats({ view, seats, acts, code }: SeatsProps) {
  const directory = useComputed(() => view.value.briefing.directory);
  const countries = seats.value?.countries;
  return (
    <section class="card seats" aria-labelledby="seats-title">
      <h2 id="seats-title">{t('ui.console.seats')}</h2>
      <table aria-labelledby="seats-title">
        <thead>
          <tr>
            <th scope="col">{t('ui.console.country')}</th>
            <th scope="col">{t('ui.console.team')}</th>
            <th scope="col">{t('ui.console.online')}</th>
            <th scope="col">{t('ui.console.bot')}</th>
            <th scope="col">{t('ui.console.lock')}</th>
            <th scope="col">{t('ui.console.remove')}</th>
            <th scope="col">{t('ui.console.look-column')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(directory.value).map(([id, country]) => (
            <SeatRow key={id} id={id} name={nameOf(country)} seat={countries?.[id]} acts={acts} code={code} />
          ))}
        </tbody>
      </table>
      <Projector seats={seats} acts={acts} />
    </section>
  );
}

function SeatRow({
  id,
  name,
  seat,
  acts,
  code,
}: {
  id: string;
  name: string;
  seat: Seat | undefined;
  acts: Acts;
  code: string;
}) {
  const bot = seat?.bot ?? false;
  const locked = seat?.locked ?? false;
  return (
    <tr data-seat={id}>
      <th scope="row">{name}</th>
      <td>{seat?.team ?? '—'}</td>
      <td>{String(seat?.online ?? 0)}</td>
      {/* The state in words, and beside it a button that says what it does. */}
      <td>
        <span class="state" data-bot-state={bot ? 'on' : 'off'}>
          {bot ? t('ui.console.bot-plays') : t('ui.console.no-bot')}
        </span>{' '}
        <button
          type="button"
          data-bot={id}
          onClick={() => acts.control({ action: 'bot', country: id, on: !bot })}
        >
          {bot ? t('ui.console.bot-on') : t('ui.console.bot-off')}
        </button>
      </td>
      <td>
        <span class="state" data-lock-state={locked ? 'locked' : 'open'}>
          {locked ? t('ui.console.seat-locked') : t('ui.console.seat-open')}
        </span>{' '}
        <button
          type="button"
          data-lock={id}
          onClick={() => acts.control({ action: 'lock', country: id, locked: !locked })}
        >
          {locked ? t('ui.console.locked') : t('ui.console.unlocked')}
        </button>
      </td>
      <td>
        <button
          type="button"
          data-remove={id}
          // Nothing to remove from a seat nobody took.
          disabled={!seat?.team && !seat?.online}
          onClick={() => {
            if (confirm(t('ui.console.remove-confirm', { team: seat?.team ?? '—', country: name })))
              acts.control({ action: 'revoke', seat: { kind: 'country', country: id } });
          }}
        >
          {t('ui.console.remove-team', { country: name })}
        </button>
      </td>
      <td>
        {/* The team's own screen, read-only and live, in this tab (the key stays with it). */}
        <a href={`/look/${encodeURIComponent(code)}/${encodeURIComponent(id)}`} data-look={id}>
          {t('ui.console.look', { country: name })}
        </a>
      </td>
    </tr>
  );
}

/** The projector: everything shown on it or not, and every projector disconnected. */
function Projector({ seats, acts }: { seats: ReadonlySignal<SeatsInfo | null>; acts: Acts }) {
  const all = useComputed(() => seats.value?.observersSeeAll ?? false);
  return (
    <p class="buttons">
      <button
        type="button"
        aria-pressed={all.value}
        data-action="reveal"
        onClick={() => acts.control({ action: 'reveal', observers: !all.value })}
      >
        {all.value ? t('ui.console.hide-from-observers') : t('ui.console.reveal-to-observers')}
      </button>
      <button
        type="button"
        data-remove="observers"
        onClick={() => {
          if (confirm(t('ui.console.remove-observers-confirm')))
            acts.control({ action: 'revoke', seat: { kind: 'observer' } });
        }}
      >
        {t('ui.console.remove-observers')}
      </button>
    </p>
  );
}
