import type { CreateSessionResponse, ScenarioListEntry } from '@crossborder/protocol';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Analyst, inlineAnalyst } from './analyst.js';
// Loaded before the page asks for it, so that its import settles at once under fake timers.
import './editor.js';
import { BROKEN, lineOf, SLOW, TEMPLATE } from './fixtures.js';
import { StudioPage } from './screen.js';

const TUTORIAL: ScenarioListEntry = {
  file: 'tutorial.yaml',
  id: 'tutorial',
  title: 'Tutorial: the fake shop',
  summary: null,
  countries: [],
  valid: true,
  issues: [],
  origin: 'bundled',
};

const CREATED: CreateSessionResponse = {
  session: { id: 'id-NEW123', code: 'NEW123', scenarioId: 'my-case', title: 'My case', status: 'open' },
  links: {},
  observer: '/watch/NEW123',
};

type Route = { status: number; body: unknown };

/** The server as the studio calls it: an answer by method and path, every call recorded. */
function serve(routes: Record<string, Route>) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      calls.push({ url, init });
      const route = routes[`${init.method ?? 'GET'} ${url}`] ?? { status: 404, body: {} };
      return {
        ok: route.status < 400,
        status: route.status,
        statusText: `status ${route.status}`,
        json: async () => route.body,
      };
    }),
  );
  return calls;
}

const ROUTES: Record<string, Route> = {
  'GET /api/studio/templates': {
    status: 200,
    body: { templates: [{ name: 'minimal.yaml', source: TEMPLATE }] },
  },
  'GET /api/scenarios': { status: 200, body: [TUTORIAL] },
  'GET /api/studio/source?file=tutorial.yaml': { status: 200, body: { file: 'tutorial.yaml', source: SLOW } },
  'POST /api/sessions': { status: 201, body: CREATED },
  'PUT /api/studio/drafts/my-case.yaml': {
    status: 201,
    body: {
      kept: {
        ...TUTORIAL,
        file: 'uploaded/my-case.yaml',
        id: 'my-case',
        title: 'My case',
        origin: 'uploaded',
      },
      replaced: false,
      problems: [],
    },
  },
};

beforeEach(() => {
  // The editor checks the draft when typing pauses: the test moves the time on, by steps.
  vi.useFakeTimers();
  sessionStorage.setItem('crossborder.instructor-key', 'key');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  sessionStorage.clear();
});

/** Moves the time on by steps until `check` holds (at most 40 steps of 100 ms of the page's time). */
async function until<T>(check: () => T): Promise<T> {
  for (let step = 0; ; step++) {
    try {
      return check();
    } catch (error) {
      if (step >= 40) throw error;
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
    }
  }
}

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

/** The studio's editor: the text box inside its shadow root. */
function editorBox(): HTMLElement {
  const host = document.querySelector('.studio-editor') as HTMLElement;
  return within(host.shadowRoot as unknown as HTMLElement).getByRole('textbox', { name: 'Scenario YAML' });
}

/** The studio opened with the key, the analyst on the page's thread; `navigate` records where it goes. */
function openStudio(analyst: () => Analyst = inlineAnalyst) {
  const navigate = vi.fn();
  render(<StudioPage navigate={navigate} analyst={analyst} />);
  return navigate;
}

describe('the scenario studio', () => {
  it('shows its sections by heading, with play-test and preview held back until the editor is there', async () => {
    serve(ROUTES);
    openStudio();
    expect(screen.getByRole('heading', { level: 1, name: 'Scenario studio' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Start a draft',
      'The draft',
      'Problems',
      'Outline',
      'Play-test',
      'Preview as a participant',
      'Save and play',
    ]);
    expect(button('Play-test with bots').disabled).toBe(true);
    expect(button('Preview the briefing and case file').disabled).toBe(true);
    expect(button('Open in the editor').disabled).toBe(true);
    expect(screen.getByText('Checking the draft…')).toBeTruthy();
    await until(() => expect(button('Play-test with bots').disabled).toBe(false));
    expect(button('Preview the briefing and case file').disabled).toBe(false);
    expect(screen.getByRole('link', { name: 'Back to the sessions' }).getAttribute('href')).toBe(
      '/instructor',
    );
  });

  it('starts the draft as the template, checks it and outlines it', async () => {
    serve(ROUTES);
    openStudio();
    await until(() => screen.getByText('No problems: the checker finds nothing to fix.'));
    expect(editorBox().textContent).toContain('id: my-case');
    const countries = within(screen.getByRole('list', { name: 'Countries' })).getAllByRole('listitem');
    expect(countries.map((item) => item.textContent)).toEqual([
      'Republic of Westland',
      'Kingdom of Eastland',
    ]);
    const from = screen.getByLabelText('Start from') as HTMLSelectElement;
    expect([...from.options].map((option) => option.textContent)).toEqual([
      'Template: minimal.yaml',
      'Copy of “Tutorial: the fake shop”',
    ]);
    expect(from.value).toBe('template:minimal.yaml');
  });

  it('opens a copy of a scenario the server offers, and says so', async () => {
    const calls = serve(ROUTES);
    openStudio();
    await until(() => expect(button('Open in the editor').disabled).toBe(false));
    await user().selectOptions(screen.getByLabelText('Start from'), 'copy:tutorial.yaml');
    await user().click(button('Open in the editor'));
    await until(() => screen.getByText('Opened: Copy of “Tutorial: the fake shop”.'));
    expect(calls.map((call) => call.url)).toContain('/api/studio/source?file=tutorial.yaml');
    // The copy is the draft now: play-testing it plays the copy (which the bots do not win).
    await user().click(button('Play-test with bots'));
    await until(() => screen.getByText('The bots did not win: 1 of 2 objectives met.'));
  });

  it('says why a copy could not be opened, in the catalogue’s words, and keeps the draft', async () => {
    serve({
      ...ROUTES,
      'GET /api/studio/source?file=tutorial.yaml': {
        status: 404,
        body: {
          error: { code: 'unknown-scenario', message: 'unknown', params: { scenario: 'tutorial.yaml' } },
        },
      },
    });
    openStudio();
    await until(() => expect(button('Open in the editor').disabled).toBe(false));
    await user().selectOptions(screen.getByLabelText('Start from'), 'copy:tutorial.yaml');
    await user().click(button('Open in the editor'));
    await until(() => screen.getByText('No bundled scenario "tutorial.yaml".'));
    expect(screen.queryByText(/^Opened:/)).toBeNull();
    expect(editorBox().textContent).toContain('id: my-case');
  });

  it('lists a broken reference at its line, goes there, and plays nothing until it is fixed', async () => {
    serve({
      ...ROUTES,
      'GET /api/studio/templates': {
        status: 200,
        body: { templates: [{ name: 'broken.yaml', source: BROKEN }] },
      },
    });
    openStudio();
    await until(() => screen.getByText('Errors: 1. Warnings: 0.'));
    const line = lineOf(BROKEN, 'holder: eastgate-hostin');
    const problems = screen.getByRole('heading', { name: 'Problems' }).closest('section') as HTMLElement;
    expect(within(problems).getByText(new RegExp(`^Error at line ${line}, column 15`))).toBeTruthy();
    await user().click(within(problems).getByRole('button', { name: `Line ${line}` }));
    const host = document.querySelector('.studio-editor') as HTMLElement;
    expect(host.shadowRoot?.activeElement).toBe(editorBox());
    await user().click(button('Play-test with bots'));
    await until(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The draft has errors (1): the bots cannot play it. Fix the problems listed above first.',
      ),
    );
    expect(
      screen.getByText('The draft has errors (1): the outline shows again once they are fixed.'),
    ).toBeTruthy();
  });

  it('play-tests the draft to a win, saying the bots are playing until they are done', async () => {
    serve(ROUTES);
    let finish: () => void = () => undefined;
    // The analyst answers the play-test only when the test says: the page says meanwhile that the bots play.
    openStudio(() => {
      const inline = inlineAnalyst();
      return {
        ...inline,
        play: (source) =>
          new Promise((resolve) => {
            finish = () => resolve(inline.play(source));
          }),
      };
    });
    await until(() => expect(button('Play-test with bots').disabled).toBe(false));
    await user().click(button('Play-test with bots'));
    expect(screen.getByText('The bots are playing the draft…')).toBeTruthy();
    expect(button('Play-test with bots').disabled).toBe(true);
    await act(async () => finish());
    await until(() => screen.getByText('The bots won: 2 of 2 objectives met.'));
    expect(screen.queryByText('The bots are playing the draft…')).toBeNull();
    expect(button('Play-test with bots').disabled).toBe(false);
  });

  it('previews the first country’s briefing, then the country chosen', async () => {
    serve(ROUTES);
    openStudio();
    await until(() => expect(button('Preview the briefing and case file').disabled).toBe(false));
    await user().click(button('Preview the briefing and case file'));
    await until(() => screen.getByRole('heading', { name: 'Your briefing (Westland)' }));
    await user().selectOptions(screen.getByLabelText('Country to preview'), 'eastland');
    await until(() => screen.getByRole('heading', { name: 'Your briefing (Eastland)' }));
    // Asked again, the preview stays with the country chosen.
    await user().click(button('Preview the briefing and case file'));
    await until(() => screen.getByRole('heading', { name: 'Your briefing (Eastland)' }));
    expect((screen.getByLabelText('Country to preview') as HTMLSelectElement).value).toBe('eastland');
  });

  it('saves the draft and starts a session from it, opening its console', async () => {
    const calls = serve(ROUTES);
    const navigate = openStudio();
    await until(() => expect(button('Play-test with bots').disabled).toBe(false));
    await user().click(button('Save the draft'));
    await until(() =>
      screen.getByText('Saved as uploaded/my-case.yaml. It has no errors: you can start a session from it.'),
    );
    expect(calls.find((call) => call.init.method === 'PUT')?.init.body).toBe(TEMPLATE);
    await user().click(button('Start a session from the saved draft'));
    await until(() => expect(navigate).toHaveBeenCalledWith('/instructor/NEW123'));
    expect(JSON.parse(String(calls.find((call) => call.init.method === 'POST')?.init.body))).toEqual({
      scenario: 'my-case',
    });
  });

  it('says why a session could not be started, and stays', async () => {
    serve({
      ...ROUTES,
      'POST /api/sessions': {
        status: 404,
        body: { error: { code: 'unknown-scenario', message: 'unknown', params: { scenario: 'my-case' } } },
      },
    });
    const navigate = openStudio();
    await until(() => expect(button('Play-test with bots').disabled).toBe(false));
    await user().click(button('Save the draft'));
    await until(() => expect(button('Start a session from the saved draft').disabled).toBe(false));
    await user().click(button('Start a session from the saved draft'));
    await until(() => screen.getByText('No bundled scenario "my-case".'));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks for the key again when the server refuses it, and forgets it when asked', async () => {
    serve({ ...ROUTES, 'GET /api/scenarios': { status: 401, body: {} } });
    openStudio();
    await until(() => screen.getByText('That key is not right. Check the one the server printed.'));
    expect(sessionStorage.getItem('crossborder.instructor-key')).toBeNull();
  });

  it('forgets the key when the instructor asks, and asks for it', async () => {
    serve(ROUTES);
    openStudio();
    await user().click(button('Forget the key'));
    expect(sessionStorage.getItem('crossborder.instructor-key')).toBeNull();
    expect(screen.getByLabelText('Key')).toBeTruthy();
  });
});
