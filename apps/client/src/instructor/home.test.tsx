import {
  type CreateSessionResponse,
  readAnswer,
  ScenarioList,
  type ScenarioListEntry,
  type SessionListEntry,
} from '@crossborder/protocol';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale, t } from '../i18n.js';
import { stringsIn, untranslatedText } from '../test/pseudo.js';
import { InstructorHome } from './home.js';
import { reading } from './test-support.js';

const KEY = 'crossborder.instructor-key';

const SCENARIOS: ScenarioListEntry[] = [
  {
    file: 'tutorial.yaml',
    id: 'tutorial',
    title: 'Tutorial: the Harbourline phishing kit',
    summary: 'A two-country warm-up.',
    countries: [
      { id: 'aldoria', name: 'Republic of Aldoria' },
      { id: 'borealis', name: 'Federation of Borealis' },
    ],
    valid: true,
    issues: [],
  },
  {
    file: 'broken.yaml',
    id: null,
    title: null,
    summary: null,
    countries: [],
    valid: false,
    issues: Array.from({ length: 7 }, (_, line) => `broken.yaml:${line + 1}:1 id: required`),
  },
];

const sessionEntry = (code: string, title: string, status: 'open' | 'ended'): SessionListEntry => ({
  id: `id-${code}`,
  code,
  scenarioId: 'tutorial',
  title,
  status,
  createdAt: 1,
  clock: reading(0, false),
  seats: { countries: {}, observersSeeAll: false },
  events: 0,
});

const CREATED: CreateSessionResponse = {
  session: { id: 'id-NEW123', code: 'NEW123', scenarioId: 'tutorial', title: 'Tutorial', status: 'open' },
  links: { aldoria: '/join/NEW123/aldoria' },
  observer: '/watch/NEW123',
};

interface Server {
  scenarios?: unknown;
  sessions?: unknown;
  status?: number;
  created?: { status: number; body: unknown };
}

/** The server's API as the page calls it: each answer a test gives, and the calls recorded. */
function serve(server: Server = {}) {
  const calls: { method: string; url: string; body: unknown; authorization: string }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const headers = init.headers as Record<string, string>;
    calls.push({
      method,
      url,
      body: init.body ? JSON.parse(String(init.body)) : null,
      authorization: headers.authorization ?? '',
    });
    if (server.status)
      return Response.json({ error: { code: 'not-instructor', message: 'x' } }, { status: 401 });
    if (method === 'POST') {
      const created = server.created ?? { status: 201, body: CREATED };
      return Response.json(created.body, { status: created.status });
    }
    if (url === '/api/scenarios') return Response.json(server.scenarios ?? SCENARIOS);
    return Response.json(server.sessions ?? []);
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

function mountHome(key: string | null = 'secret-key') {
  if (key) sessionStorage.setItem(KEY, key);
  const navigate = vi.fn();
  render(<InstructorHome navigate={navigate} />);
  return navigate;
}

const loaded = () => screen.findByRole('list', { name: t('ui.instructor.scenarios') });

describe('the instructor’s home', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('asks for the key first, in a labelled password field, then uses it', async () => {
    const calls = serve();
    mountHome(null);
    expect(screen.getByRole('heading', { level: 2, name: t('ui.instructor.key-title') })).toBeTruthy();
    const key = screen.getByLabelText(t('ui.instructor.key')) as HTMLInputElement;
    expect(key.type).toBe('password');
    expect(key.required).toBe(true);
    expect(document.activeElement).toBe(key);
    expect(screen.getByText(t('ui.instructor.key-hint')).id).toBe(key.getAttribute('aria-describedby'));
    expect(calls).toEqual([]);

    const user = userEvent.setup();
    await user.type(key, 'secret-key');
    await user.click(screen.getByRole('button', { name: t('ui.instructor.key-submit') }));
    await loaded();
    expect(sessionStorage.getItem(KEY)).toBe('secret-key');
    expect(calls.map((call) => [call.method, call.url, call.authorization])).toEqual([
      ['GET', '/api/scenarios', 'Bearer secret-key'],
      ['GET', '/api/sessions', 'Bearer secret-key'],
    ]);
  });

  it('lists the scenarios: a valid one with its countries and its form, an invalid one with its first problems', async () => {
    serve();
    mountHome();
    expect(screen.getAllByText(t('ui.instructor.loading')).length).toBeGreaterThan(0);
    const list = await loaded();
    const [tutorial, broken] = [...list.querySelectorAll<HTMLElement>(':scope > li')];
    if (!tutorial || !broken) throw new Error('two scenarios');
    expect(tutorial.getAttribute('data-scenario')).toBe('tutorial');
    const valid = within(tutorial);
    expect(
      valid.getByRole('heading', { level: 3, name: 'Tutorial: the Harbourline phishing kit' }),
    ).toBeTruthy();
    expect(valid.getByText('A two-country warm-up.')).toBeTruthy();
    expect(
      valid.getByText(
        `✔ ${t('ui.instructor.valid', { countries: 'Republic of Aldoria, Federation of Borealis' })}`,
      ),
    ).toBeTruthy();
    const moot = valid.getByRole('checkbox', {
      name: t('ui.instructor.moot'),
      description: t('ui.instructor.moot-hint'),
    });
    expect(moot.id).toBe('moot-tutorial');
    const create = valid.getByRole('button', { name: t('ui.instructor.create') });
    expect(create.getAttribute('data-create')).toBe('tutorial');
    expect(create.getAttribute('type')).toBe('submit');

    const invalid = within(broken);
    expect(broken.getAttribute('data-scenario')).toBe('broken.yaml');
    expect(invalid.getByRole('heading', { level: 3, name: 'broken.yaml' })).toBeTruthy();
    expect(invalid.getByText(`✖ ${t('ui.instructor.invalid')}`)).toBeTruthy();
    expect(invalid.getAllByText(/^broken\.yaml:\d+:1 id: required$/)).toHaveLength(5);
    expect(invalid.queryByRole('button')).toBeNull();
    expect(invalid.queryByRole('checkbox')).toBeNull();
  });

  it('lists the sessions newest first, each a link to its console', async () => {
    serve({
      sessions: [sessionEntry('OLD111', 'Tutorial', 'ended'), sessionEntry('NEW222', 'Ransomware', 'open')],
    });
    const navigate = mountHome();
    const list = await screen.findByRole('list', { name: t('ui.instructor.sessions') });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      `NEW222 — Ransomware (${t('ui.instructor.open')})`,
      `OLD111 — Tutorial (${t('ui.instructor.ended')})`,
    ]);
    const link = within(list).getByRole('link', { name: 'NEW222 — Ransomware' });
    expect(link.getAttribute('href')).toBe('/instructor/NEW222');
    await userEvent.setup().click(link);
    expect(navigate).toHaveBeenCalledWith('/instructor/NEW222');
  });

  it('lists the tutorial first, where a first workshop starts', async () => {
    const [tutorial, broken] = SCENARIOS;
    if (!tutorial || !broken) throw new Error('two scenarios');
    serve({ scenarios: [broken, { ...tutorial, file: 'botnet.yaml', id: 'botnet' }, tutorial] });
    mountHome();
    const list = await loaded();
    expect(
      [...list.querySelectorAll(':scope > li')].map((item) => item.getAttribute('data-scenario')),
    ).toEqual(['tutorial', 'broken.yaml', 'botnet']);
  });

  it('says when there are no sessions yet', async () => {
    serve();
    mountHome();
    expect(await screen.findByText(t('ui.instructor.no-sessions'))).toBeTruthy();
  });

  it('creates a session, as a moot exercise if ticked, and opens its console', async () => {
    const calls = serve();
    const navigate = mountHome();
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: t('ui.instructor.moot') }));
    await user.click(screen.getByRole('button', { name: t('ui.instructor.create') }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/instructor/NEW123'));
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      url: '/api/sessions',
      body: { scenario: 'tutorial', clock: 'rounds' },
      authorization: 'Bearer secret-key',
    });
  });

  it('creates a session whose bots think for the time written, empty leaving it to the server', async () => {
    const calls = serve();
    const navigate = mountHome();
    await loaded();
    const think = screen.getByRole('textbox', {
      name: t('ui.instructor.bot-think'),
      description: t('ui.instructor.bot-think-hint'),
    }) as HTMLInputElement;
    expect(think.value).toBe('');
    const user = userEvent.setup();
    await user.type(think, '45m');
    await user.click(screen.getByRole('button', { name: t('ui.instructor.create') }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/instructor/NEW123'));
    expect(calls.at(-1)?.body).toEqual({ scenario: 'tutorial', botThink: '45m' });
  });

  it('says why a thinking time is not one, at the field, and sends nothing until it is', async () => {
    const calls = serve();
    const navigate = mountHome();
    await loaded();
    const think = screen.getByRole('textbox', { name: t('ui.instructor.bot-think') });
    const user = userEvent.setup();
    await user.type(think, '45');
    await user.click(screen.getByRole('button', { name: t('ui.instructor.create') }));
    const problem = t('ui.instructor.bot-think-invalid', { value: '45' });
    expect(screen.getByRole('alert').textContent).toBe(problem);
    expect(think.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole('textbox', {
        name: t('ui.instructor.bot-think'),
        description: (text) => text.includes(problem),
      }),
    ).toBe(think);
    expect(document.activeElement).toBe(think);
    expect(calls.filter((call) => call.method === 'POST')).toEqual([]);

    await user.clear(think);
    await user.type(think, '0m');
    await user.click(screen.getByRole('button', { name: t('ui.instructor.create') }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/instructor/NEW123'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(think.getAttribute('aria-invalid')).toBeNull();
    expect(calls.at(-1)?.body).toEqual({ scenario: 'tutorial', botThink: '0m' });
  });

  it('creates one session for one press: the buttons wait while it is being created', async () => {
    const calls = serve();
    let answer: (response: Response) => void = () => {};
    const fetch = vi.fn((url: string, init: RequestInit = {}) => {
      calls.push({ method: init.method ?? 'GET', url, body: null, authorization: '' });
      if (init.method === 'POST') return new Promise<Response>((resolve) => (answer = resolve));
      return Promise.resolve(Response.json(url === '/api/scenarios' ? SCENARIOS : []));
    });
    vi.stubGlobal('fetch', fetch);
    const navigate = mountHome();
    await loaded();
    const user = userEvent.setup();
    const create = screen.getByRole('button', { name: t('ui.instructor.create') }) as HTMLButtonElement;
    await user.click(create);
    expect(screen.getByRole('status').textContent).toBe(t('ui.instructor.creating'));
    expect(create.disabled).toBe(true);
    await user.click(create);
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
    answer(Response.json(CREATED, { status: 201 }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/instructor/NEW123'));
  });

  it('says why a session could not be created, in the reader’s language, and lets the instructor try again', async () => {
    const calls = serve({
      created: {
        status: 404,
        body: {
          error: { code: 'unknown-scenario', message: 'No bundled scenario.', params: { scenario: 'x' } },
        },
      },
    });
    const navigate = mountHome();
    await loaded();
    const user = userEvent.setup();
    const create = screen.getByRole('button', { name: t('ui.instructor.create') }) as HTMLButtonElement;
    await user.click(create);
    const status = screen.getByRole('status');
    await vi.waitFor(() =>
      expect(status.textContent).toBe(t('server.http.unknown-scenario', { scenario: 'x' })),
    );
    expect(navigate).not.toHaveBeenCalled();
    expect(create.disabled).toBe(false);
    expect(calls.at(-1)?.body).toEqual({ scenario: 'tutorial' });
  });

  it('says so when an answer is not what the protocol says, rather than breaking', async () => {
    const malformed = [{ ...SCENARIOS[0], countries: 'aldoria' }];
    serve({ scenarios: malformed });
    mountHome();
    const read = readAnswer(ScenarioList, malformed);
    if (read.ok) throw new Error('malformed, yet read');
    const status = screen.getByRole('status');
    await vi.waitFor(() =>
      expect(status.textContent).toBe(
        t('ui.console.bad-answer', { path: '/api/scenarios', where: '0.countries', problem: read.problem }),
      ),
    );
    expect(screen.queryByRole('button', { name: t('ui.instructor.create') })).toBeNull();
  });

  it('uploads a scenario, shows it in the list as uploaded, and plays it at once', async () => {
    const [tutorial] = SCENARIOS;
    if (!tutorial) throw new Error('the tutorial');
    const uploaded: ScenarioListEntry = {
      ...tutorial,
      file: 'uploaded/our-drill.yaml',
      id: 'our-drill',
      title: 'Our own drill',
      origin: 'uploaded',
    };
    const fromFolder: ScenarioListEntry = {
      ...tutorial,
      file: 'drills/extra.yaml',
      id: 'extra',
      title: 'Extra',
      origin: 'folder',
    };
    let listed: ScenarioListEntry[] = [tutorial, fromFolder];
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        calls.push(`${init.method ?? 'GET'} ${url}`);
        if (url.startsWith('/api/scenarios?')) {
          listed = [tutorial, fromFolder, uploaded];
          return Response.json({ kept: uploaded, replaced: false, problems: [] }, { status: 201 });
        }
        if (url === '/api/scenarios') return Response.json(listed);
        if (url === '/api/sessions' && init.method === 'POST') {
          calls.push(`played ${String(init.body)}`);
          return Response.json(CREATED, { status: 201 });
        }
        return Response.json([]);
      }),
    );
    const navigate = mountHome();
    const list = await loaded();
    expect(within(list).getByText(t('ui.instructor.from-folder', { folder: 'drills' }))).toBeTruthy();
    const user = userEvent.setup();
    await user.upload(
      screen.getByLabelText(t('ui.upload.file'), { selector: 'input' }),
      new File(['id: our-drill'], 'drill.yaml'),
    );
    await user.click(screen.getByRole('button', { name: t('ui.upload.submit') }));
    const item = await within(list).findByRole('heading', { level: 3, name: 'Our own drill' });
    expect(item.parentElement?.textContent).toContain(t('ui.instructor.uploaded'));
    await user.click(screen.getByRole('button', { name: t('ui.upload.play', { title: 'Our own drill' }) }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/instructor/NEW123'));
    expect(calls).toContain('played {"scenario":"our-drill"}');
    expect(calls.filter((call) => call === 'GET /api/scenarios')).toHaveLength(2);

    // The server re-reads its folders when they change: the list asked again shows it.
    await user.click(screen.getByRole('button', { name: t('ui.instructor.reload') }));
    await vi.waitFor(() => expect(calls.filter((call) => call === 'GET /api/scenarios')).toHaveLength(3));
  });

  it('asks for the key again when the server refuses it, and when the instructor forgets it', async () => {
    serve({ status: 401 });
    mountHome('wrong');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', t('ui.instructor.wrong-key'));
    expect(sessionStorage.getItem(KEY)).toBeNull();

    vi.unstubAllGlobals();
    serve();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(t('ui.instructor.key')), 'secret-key{Enter}');
    await loaded();
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: t('ui.instructor.forget-key') }));
    expect(screen.getByLabelText(t('ui.instructor.key'))).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });
});

describe('the instructor’s home in the pseudo-locale', () => {
  afterEach(() => {
    setLocale('en');
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });
  it('says everything through the catalogue: the scenarios, the sessions and the forms', async () => {
    setLocale('en-XA');
    const sessions = [
      sessionEntry('K7PQ2M', 'Tuesday workshop', 'open'),
      sessionEntry('AB12CD', 'Old one', 'ended'),
    ];
    serve({ sessions });
    mountHome();
    await loaded();
    expect(screen.getByRole('combobox', { name: t('ui.language.label') })).toBeTruthy();
    expect(untranslatedText(document.body, stringsIn([SCENARIOS, sessions]))).toEqual([]);
  });
});
