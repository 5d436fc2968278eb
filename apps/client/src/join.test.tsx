import type { Seat, SessionDoor } from '@crossborder/protocol';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorText, setLocale, t } from './i18n.js';
import { LandingPage, type SeatTaker, TakeSeat } from './join.js';
import { stringsIn, untranslatedText } from './test/pseudo.js';

const DOOR: SessionDoor = {
  title: 'Tutorial: the Harbourline phishing',
  status: 'open',
  countries: {
    aldoria: { name: 'Aldoria', color: '#2b6cb0', taken: false, locked: false },
    borealis: { name: 'Borealis', color: '#c05621', taken: true, locked: false },
    caldera: { name: 'Caldera', color: '#2f855a', taken: false, locked: true },
  },
};
const UNKNOWN = {
  code: 'unknown-code',
  message: 'No session has the join code ZZZZZZ.',
  params: { code: 'ZZZZZZ' },
};
const LOCKED = { code: 'seat-locked', message: 'The instructor has locked this country.', params: {} };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the landing page', () => {
  function mountLanding(...answers: (Response | Error)[]) {
    const fetch = vi.fn();
    for (const answer of answers)
      if (answer instanceof Error) fetch.mockRejectedValueOnce(answer);
      else fetch.mockResolvedValueOnce(answer);
    vi.stubGlobal('fetch', fetch);
    const navigate = vi.fn();
    render(<LandingPage navigate={navigate} />);
    return { fetch, navigate };
  }

  it('asks for the join code in a labelled field, with the keyboard on it', () => {
    mountLanding();
    const code = screen.getByRole('textbox', {
      name: t('ui.join.code'),
      description: t('ui.join.code-hint'),
    });
    expect(document.activeElement).toBe(code);
    expect(screen.getByRole('form', { name: t('ui.join.title') })).toBeTruthy();
    expect(screen.getByRole('button', { name: t('ui.join.find') })).toBeTruthy();
    expect(screen.getByRole('link', { name: t('ui.join.instructor') }).getAttribute('href')).toBe(
      '/instructor',
    );
  });

  it('finds the session by its code (typed and Enter) and lists its countries, each a link to its seat', async () => {
    const user = userEvent.setup();
    const { fetch, navigate } = mountLanding(json(DOOR));
    await user.type(screen.getByLabelText(t('ui.join.code')), ' k7pq2m {Enter}');
    expect(fetch).toHaveBeenCalledWith(
      '/api/join/K7PQ2M',
      expect.objectContaining({ signal: expect.anything() }),
    );
    expect((await screen.findByRole('status')).textContent).toBe(t('ui.join.found', { title: DOOR.title }));
    expect(screen.getByRole('heading', { name: t('ui.join.pick-country') })).toBeTruthy();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Aldoria',
      `Borealis — ${t('ui.join.taken')}`,
      `Caldera — ${t('ui.join.locked')}`,
    ]);
    const aldoria = screen.getByRole('link', { name: 'Aldoria' });
    expect(aldoria.getAttribute('href')).toBe('/join/K7PQ2M/aldoria');
    expect(aldoria.getAttribute('data-country')).toBe('aldoria');
    await user.click(aldoria);
    expect(navigate).toHaveBeenCalledWith('/join/K7PQ2M/aldoria');
    await user.click(screen.getByRole('link', { name: t('ui.join.watch') }));
    expect(navigate).toHaveBeenLastCalledWith('/watch/K7PQ2M');
  });

  it('says everything through the catalogue, in the pseudo-locale too, the session found included', async () => {
    setLocale('en-XA');
    try {
      const { container } = render(<LandingPage navigate={vi.fn()} />);
      vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(json(DOOR)));
      expect(screen.getByRole('combobox', { name: t('ui.language.label') })).toBeTruthy();
      fireEvent.input(screen.getByLabelText(t('ui.join.code')), { target: { value: 'K7PQ2M' } });
      fireEvent.submit(screen.getByRole('form'));
      await screen.findByRole('link', { name: 'Aldoria' });
      expect(untranslatedText(container, stringsIn(DOOR))).toEqual([]);
    } finally {
      setLocale('en');
    }
  });

  it('leaves a link asked for in another tab to the browser', async () => {
    const { navigate } = mountLanding(json(DOOR));
    fireEvent.input(screen.getByLabelText(t('ui.join.code')), { target: { value: 'K7PQ2M' } });
    fireEvent.submit(screen.getByRole('form'));
    const link = await screen.findByRole('link', { name: 'Aldoria' });
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(fireEvent.click(link, { button: 1 })).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('says while it looks, then what went wrong, as an alert, in the reader’s language', async () => {
    const user = userEvent.setup();
    let answer: (response: Response) => void = () => {};
    const fetch = vi.fn(() => new Promise<Response>((done) => (answer = done)));
    vi.stubGlobal('fetch', fetch);
    render(<LandingPage navigate={vi.fn()} />);
    await user.type(screen.getByLabelText(t('ui.join.code')), 'ZZZZZZ{Enter}');
    expect(screen.getByRole('status').textContent).toBe(t('ui.join.looking'));
    act(() => answer(json({ error: UNKNOWN }, 404)));
    expect((await screen.findByRole('alert')).textContent).toBe(errorText(UNKNOWN));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says when the server does not answer', async () => {
    const user = userEvent.setup();
    mountLanding(new TypeError('Failed to fetch'));
    await user.type(screen.getByLabelText(t('ui.join.code')), 'K7PQ2M{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui.join.unreachable'));
  });

  it('updates the countries in place when the code is looked up again', async () => {
    const user = userEvent.setup();
    const later = {
      ...DOOR,
      countries: { ...DOOR.countries, aldoria: { ...DOOR.countries.aldoria, taken: true } },
    } as SessionDoor;
    mountLanding(json(DOOR), json(later));
    await user.type(screen.getByLabelText(t('ui.join.code')), 'K7PQ2M{Enter}');
    const before = within(await screen.findByRole('list')).getAllByRole('listitem');
    await user.click(screen.getByRole('button', { name: t('ui.join.find') }));
    await waitFor(() => expect(before[0]?.textContent).toBe(`Aldoria — ${t('ui.join.taken')}`));
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toEqual(before);
  });
});

describe('taking a seat', () => {
  const SEAT: Seat = { kind: 'country', country: 'aldoria' };

  function mountSeat(client: SeatTaker, door: Response = json(DOOR), seat: Seat = SEAT) {
    const fetch = vi.fn().mockResolvedValue(door);
    vi.stubGlobal('fetch', fetch);
    render(
      <TakeSeat client={client} code="K7PQ2M" seat={seat}>
        <p>The team screen</p>
      </TakeSeat>,
    );
    return { fetch };
  }

  it('takes the seat back without asking when this browser held it', async () => {
    const client = { resume: vi.fn(async () => ({ ok: true as const })), join: vi.fn() };
    const { fetch } = mountSeat(client);
    expect(screen.getByRole('status').textContent).toBe(t('ui.join.resuming'));
    expect(await screen.findByText('The team screen')).toBeTruthy();
    expect(client.resume).toHaveBeenCalledWith('K7PQ2M', SEAT);
    expect(fetch).not.toHaveBeenCalled();
    expect(client.join).not.toHaveBeenCalled();
  });

  it('asks for the team’s name in a labelled form, then joins with it', async () => {
    const user = userEvent.setup();
    const client = { resume: vi.fn(async () => null), join: vi.fn(async () => ({ ok: true as const })) };
    mountSeat(client);
    const name = await screen.findByRole('textbox', {
      name: t('ui.join.team-name'),
      description: t('ui.join.team-name-hint'),
    });
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(
      screen.getByRole('heading', { name: t('ui.join.as-country', { country: 'Aldoria' }) }),
    ).toBeTruthy();
    expect(screen.getByText(DOOR.title)).toBeTruthy();
    await user.type(name, ' Table 3 ');
    await user.click(screen.getByRole('button', { name: t('ui.join.submit') }));
    expect(client.join).toHaveBeenCalledWith('K7PQ2M', SEAT, 'Table 3');
    expect(await screen.findByText('The team screen')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('needs a name, and names a team whose name is only blanks after its country', async () => {
    const user = userEvent.setup();
    const client = { resume: vi.fn(async () => null), join: vi.fn(async () => ({ ok: true as const })) };
    mountSeat(client);
    const name = await screen.findByLabelText(t('ui.join.team-name'));
    expect((name as HTMLInputElement).required).toBe(true);
    await user.type(name, '   {Enter}');
    expect(client.join).toHaveBeenCalledWith(
      'K7PQ2M',
      SEAT,
      t('ui.join.default-name', { country: 'Aldoria' }),
    );
  });

  it('says why the seat was refused, as an alert, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const client = {
      resume: vi.fn(async () => null),
      join: vi.fn(async () => ({ ok: false as const, error: LOCKED })),
    };
    mountSeat(client);
    const name = await screen.findByLabelText(t('ui.join.team-name'));
    await user.type(name, 'Table 9{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(errorText(LOCKED));
    expect(screen.getByLabelText(t('ui.join.team-name'))).toBe(name);
    expect((name as HTMLInputElement).value).toBe('Table 9');
    expect(screen.queryByText('The team screen')).toBeNull();
  });

  it('says so when the code opens no session', async () => {
    const client = { resume: vi.fn(async () => null), join: vi.fn() };
    mountSeat(client, json({ error: UNKNOWN }, 404));
    expect((await screen.findByRole('alert')).textContent).toBe(errorText(UNKNOWN));
    // The heading still says which country the link was for.
    expect(
      screen.getByRole('heading', { name: t('ui.join.as-country', { country: 'aldoria' }) }),
    ).toBeTruthy();
  });

  it('joins as the projector when the seat is the observer’s', async () => {
    const client = { resume: vi.fn(async () => null), join: vi.fn(async () => ({ ok: true as const })) };
    mountSeat(client, json(DOOR), { kind: 'observer' });
    expect(await screen.findByRole('heading', { name: t('ui.join.as-observer') })).toBeTruthy();
  });
});
