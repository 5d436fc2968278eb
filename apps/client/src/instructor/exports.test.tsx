import type { SessionInfo } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { bundled, Game } from '../test/fixtures.js';
import { instructorView } from './context.js';
import { Exports } from './exports.js';
import { ConsoleTestClient, InstructorWire } from './test-support.js';

const ransomware = await bundled('ransomware');
const session: SessionInfo = {
  id: 's-1',
  code: 'K7PQ2M',
  scenarioId: 'ransomware',
  title: 'Code Black',
  status: 'open',
};

/** The server, as far as the downloads go: what was asked, with which credential; the answer given. */
let asked: { url: string; authorization: string | null }[] = [];
let answer: () => Response = () => new Response('<!doctype html>', { status: 200 });
const saved: string[] = [];

beforeEach(() => {
  asked = [];
  saved.length = 0;
  answer = () =>
    new Response('<!doctype html>', {
      status: 200,
      headers: { 'content-disposition': 'attachment; filename="crossborder-K7PQ2M-veltria.html"' },
    });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    asked.push({ url, authorization: new Headers(init.headers).get('authorization') });
    return answer();
  });
  // The browser saves the file when the link is clicked: here, the name it would be saved under.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function mountExports() {
  const wire = new InstructorWire(new Game(ransomware));
  const client = new ConsoleTestClient({ view: wire.view });
  const status = signal('');
  render(
    <Exports
      view={instructorView(client.signals.view, wire.view)}
      session={signal(session)}
      apiKey="the-key"
      status={status}
    />,
  );
  return status;
}

describe('the console’s exports', () => {
  it('offers a report per team, by the country’s name, the full debrief as a choice, and the CSV', () => {
    mountExports();
    expect(screen.getByRole('heading', { level: 2, name: t('ui.exports.title') })).toBeTruthy();
    for (const name of ['Veltria', 'Lorvane', 'Sahrun', 'Orvalho'])
      expect(
        screen.getByRole('button', { name: t('ui.exports.team-report', { country: name }) }),
      ).toBeTruthy();
    const full = screen.getByRole('checkbox', { name: t('ui.exports.full') }) as HTMLInputElement;
    expect(full.checked).toBe(false);
    expect(screen.getByRole('button', { name: t('ui.exports.csv') })).toBeTruthy();
  });

  it('downloads a team’s report with the instructor key, with the full debrief only when ticked', async () => {
    mountExports();
    const user = userEvent.setup();
    await user.click(
      screen.getByRole('button', { name: t('ui.exports.team-report', { country: 'Veltria' }) }),
    );
    await waitFor(() => expect(saved).toEqual(['crossborder-K7PQ2M-veltria.html']));
    expect(asked).toEqual([
      { url: '/api/sessions/s-1/teams/veltria/report?lang=en', authorization: 'Bearer the-key' },
    ]);
    await user.click(screen.getByRole('checkbox', { name: t('ui.exports.full') }));
    await user.click(
      screen.getByRole('button', { name: t('ui.exports.team-report', { country: 'Sahrun' }) }),
    );
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]?.url).toBe('/api/sessions/s-1/teams/sahrun/report?full=1&lang=en');
  });

  it('downloads the timeline CSV', async () => {
    mountExports();
    await userEvent.setup().click(screen.getByRole('button', { name: t('ui.exports.csv') }));
    await waitFor(() =>
      expect(asked.map((call) => call.url)).toEqual(['/api/sessions/s-1/timeline.csv?lang=en']),
    );
  });

  it('says why a download failed, in the server’s words', async () => {
    const status = mountExports();
    answer = () =>
      new Response(JSON.stringify({ error: { code: 'unknown-session', message: 'No such session.' } }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    await userEvent.setup().click(screen.getByRole('button', { name: t('ui.exports.csv') }));
    await waitFor(() =>
      expect(status.value).toBe(t('ui.exports.failed', { problem: t('server.http.unknown-session') })),
    );
    expect(saved).toEqual([]);
  });
});
