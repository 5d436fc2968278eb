import type { ErrorBody, Seat, SessionDoor } from '@crossborder/protocol';
import { type Signal, useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { errorText, t } from './i18n.js';
import { LanguagePicker } from './ui/language-picker.js';
import { NameField } from './ui/name-field.js';
import { Field, Swatch } from './ui/parts.js';

/**
 * Joining: the landing page asks for the join code and shows the session's countries; a
 * per-country link (`/join/CODE/country`) asks only for the team's name. A browser that held the
 * seat before takes it back without asking (its token is kept).
 *
 * The door's shape is the protocol's (`SessionDoor`, packages/protocol/src/http.ts), used as a
 * type only: parsing it with the protocol's schema would bring zod and the engine into the first
 * page's JavaScript.
 */
type Door = SessionDoor | { problem: string };

/** What a join code opens, or what went wrong, in the reader's language. */
async function fetchDoor(code: string, abort?: AbortSignal): Promise<Door> {
  let response: Response;
  try {
    response = await fetch(`/api/join/${encodeURIComponent(code.trim().toUpperCase())}`, {
      ...(abort ? { signal: abort } : {}),
    });
  } catch (error) {
    if (abort?.aborted) throw error;
    return { problem: t('ui.join.unreachable') };
  }
  const body = (await response.json().catch(() => null)) as SessionDoor | { error: ErrorBody } | null;
  if (body === null) return { problem: t('ui.join.unreachable') };
  return 'error' in body ? { problem: errorText(body.error) } : body;
}

/** Follows a link inside the page, unless the reader asked for another tab or window. */
function follow(navigate: (path: string) => void, path: string) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
}

/** The last answer (kept while the code is looked up again, so that the list is patched, not redrawn). */
interface Looked {
  looking: boolean;
  found: { code: string; door: Door } | null;
}

/** `/`: the join code, then the session's countries (each a link to its seat) and the projector. */
export function LandingPage({ navigate }: { navigate: (path: string) => void }) {
  const code = useSignal('');
  const looked = useSignal<Looked>({ looking: false, found: null });
  const input = useRef<HTMLInputElement>(null);
  const pending = useRef<AbortController | null>(null);
  useEffect(() => {
    input.current?.focus();
    return () => pending.current?.abort();
  }, []);

  const find = (event: SubmitEvent) => {
    event.preventDefault();
    const value = code.value.trim().toUpperCase();
    pending.current?.abort();
    const abort = new AbortController();
    pending.current = abort;
    looked.value = { ...looked.value, looking: true };
    fetchDoor(value, abort.signal).then(
      (door) => {
        looked.value = { looking: false, found: { code: value, door } };
      },
      () => {},
    );
  };

  return (
    <div class="screen landing">
      <header class="topbar">
        <h1>{t('ui.app')}</h1>
        <LanguagePicker />
      </header>
      <main>
        <form class="card join" aria-labelledby="join-title" onSubmit={find}>
          <h2 id="join-title">{t('ui.join.title')}</h2>
          <Field label={t('ui.join.code')} hint={t('ui.join.code-hint')}>
            {(control) => (
              <input
                {...control}
                ref={input}
                type="text"
                name="code"
                class="code-input"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck={false}
                required
                maxLength={8}
                value={code}
                onInput={(event) => {
                  code.value = event.currentTarget.value;
                }}
              />
            )}
          </Field>
          <button type="submit">{t('ui.join.find')}</button>
          <DoorFound looked={looked} navigate={navigate} />
        </form>
        <p class="hint">
          <a href="/instructor" onClick={follow(navigate, '/instructor')}>
            {t('ui.join.instructor')}
          </a>
        </p>
      </main>
    </div>
  );
}

function DoorFound({ looked, navigate }: { looked: Signal<Looked>; navigate: (path: string) => void }) {
  const { looking, found } = looked.value;
  const door = found?.door ?? null;
  return (
    <>
      <p role="status" aria-live="polite">
        {looking
          ? t('ui.join.looking')
          : door && !('problem' in door)
            ? t('ui.join.found', { title: door.title })
            : ''}
      </p>
      {door && 'problem' in door ? (
        <p class="warning" role="alert">
          {door.problem}
        </p>
      ) : null}
      {found && door && !('problem' in door) ? (
        <div class="door">
          <h3>{t('ui.join.pick-country')}</h3>
          <ul class="countries">
            {Object.entries(door.countries).map(([id, country]) => (
              <li key={id}>
                <a
                  href={`/join/${found.code}/${id}`}
                  data-country={id}
                  onClick={follow(navigate, `/join/${found.code}/${id}`)}
                >
                  <Swatch color={country.color} />
                  {country.name}
                </a>
                {country.locked
                  ? ` — ${t('ui.join.locked')}`
                  : country.taken
                    ? ` — ${t('ui.join.taken')}`
                    : ''}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/watch/${found.code}`} onClick={follow(navigate, `/watch/${found.code}`)}>
              {t('ui.join.watch')}
            </a>
          </p>
        </div>
      ) : null}
    </>
  );
}

/** What taking a seat needs of the client (the GameClient; a stand-in in tests). */
export interface SeatTaker {
  resume(code: string, seat: Seat): Promise<{ ok: true } | { ok: false; error: ErrorBody } | null>;
  join(code: string, seat: Seat, name: string): Promise<{ ok: true } | { ok: false; error: ErrorBody }>;
}

type Seating =
  | { state: 'resuming' }
  | { state: 'asking'; door: Door }
  | { state: 'joining'; door: Door }
  | { state: 'refused'; door: Door; problem: string }
  | { state: 'seated' };

/**
 * Takes the seat, then shows `children` (the seat's screen): back with the stored token if this
 * browser had it, else the team's name is asked for. A refusal (the country locked, taken, the
 * session over) is said under the form, as an alert.
 */
export function TakeSeat({
  client,
  code,
  seat,
  children,
}: {
  client: SeatTaker;
  code: string;
  seat: Seat;
  children: ComponentChildren;
}) {
  const seating = useSignal<Seating>({ state: 'resuming' });
  const seatKey = seat.kind === 'country' ? `country:${seat.country}` : seat.kind;
  useEffect(() => {
    let live = true;
    void (async () => {
      const resumed = await client.resume(code, seat);
      if (!live) return;
      if (resumed?.ok) {
        seating.value = { state: 'seated' };
        return;
      }
      const door = await fetchDoor(code).catch(() => ({ problem: t('ui.join.unreachable') }));
      if (live) seating.value = { state: 'asking', door };
    })();
    return () => {
      live = false;
    };
  }, [client, code, seatKey]);

  const now = seating.value;
  if (now.state === 'seated') return <>{children}</>;
  return (
    <div class="screen landing">
      <header class="topbar">
        <h1>{t('ui.app')}</h1>
      </header>
      <main>
        {now.state === 'resuming' ? (
          <p role="status">{t('ui.join.resuming')}</p>
        ) : (
          <TeamNameForm
            door={now.door}
            seat={seat}
            busy={now.state === 'joining'}
            problem={now.state === 'refused' ? now.problem : null}
            onName={(name) => {
              seating.value = { state: 'joining', door: now.door };
              void client.join(code, seat, name).then((answer) => {
                seating.value = answer.ok
                  ? { state: 'seated' }
                  : { state: 'refused', door: now.door, problem: errorText(answer.error) };
              });
            }}
          />
        )}
      </main>
    </div>
  );
}

function TeamNameForm({
  door,
  seat,
  busy,
  problem,
  onName,
}: {
  door: Door;
  seat: Seat;
  busy: boolean;
  problem: string | null;
  onName: (name: string) => void;
}) {
  const name = useSignal('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const countryLabel =
    seat.kind === 'country' && !('problem' in door)
      ? (door.countries[seat.country]?.name ?? seat.country)
      : '';
  return (
    <form
      class="card join"
      aria-labelledby="seat-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        // Unnamed teams are told apart by their country: two teams may not look alike (name-confusable).
        const fallback = t('ui.join.default-name', { country: countryLabel || t('ui.console.observer') });
        onName(name.value.trim() || fallback);
      }}
    >
      <h2 id="seat-title">
        {seat.kind === 'country'
          ? t('ui.join.as-country', { country: countryLabel || seat.country })
          : t('ui.join.as-observer')}
      </h2>
      {'problem' in door ? (
        <p class="warning" role="alert">
          {door.problem}
        </p>
      ) : (
        <p>{door.title}</p>
      )}
      <NameField
        label={t('ui.join.team-name')}
        hint={t('ui.join.team-name-hint')}
        name="team"
        autocomplete="organization"
        value={name}
        input={input}
        submit={t('ui.join.submit')}
        busy={busy}
        problem={problem}
      />
    </form>
  );
}
