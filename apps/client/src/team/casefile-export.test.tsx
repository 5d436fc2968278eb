import type { SessionInfo } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { tokenStore } from '../net/tokens.js';
import { bundled, tutorialDayOne } from '../test/fixtures.js';
import { Seat } from '../test/team.js';
import { CaseFileExport, caseFileDownloader } from './casefile-export.js';

const tutorial = await bundled('tutorial');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the team’s case file download', () => {
  it('is not offered where the screen has no seat to download with (the instructor looking)', () => {
    const seat = new Seat(tutorialDayOne(tutorial).game, 'aldoria');
    render(<CaseFileExport team={seat.team} />);
    expect(screen.queryByRole('button', { name: t('ui.casefile.export') })).toBeNull();
  });

  it('is a button with what it holds said beside it; a failure is said under it', async () => {
    const seat = new Seat(tutorialDayOne(tutorial).game, 'aldoria');
    const download = vi.fn(async () => 'The download failed: refused');
    render(<CaseFileExport team={{ ...seat.team, downloadCaseFile: download }} />);
    const button = screen.getByRole('button', { name: t('ui.casefile.export') });
    expect(button.getAttribute('aria-describedby')).toBe('casefile-export-hint');
    expect(screen.getByText(t('ui.casefile.export-hint'))).toBeTruthy();
    await userEvent.setup().click(button);
    expect(download).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The download failed: refused'));
  });

  it('asks the server for its own country’s case file with the seat token this browser keeps', async () => {
    const storage = new Map<string, string>();
    const local = {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
      removeItem: (key: string) => void storage.delete(key),
    };
    tokenStore(local).set('K7PQ2M', { kind: 'country', country: 'aldoria' }, 'aldoria-seat-token');
    const asked: { url: string; authorization: string | null }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      asked.push({ url, authorization: new Headers(init.headers).get('authorization') });
      return new Response('<!doctype html>', { status: 200 });
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const session = signal<SessionInfo | null>({
      id: 's-1',
      code: 'K7PQ2M',
      scenarioId: 'tutorial',
      title: 'Tutorial',
      status: 'open',
    });
    expect(await caseFileDownloader(session, 'aldoria', local)()).toBeNull();
    expect(asked).toEqual([
      { url: '/api/team/aldoria/casefile?lang=en', authorization: 'Bearer aldoria-seat-token' },
    ]);
  });
});
