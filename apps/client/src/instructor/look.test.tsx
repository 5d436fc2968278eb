import type { SessionInfo } from '@crossborder/protocol';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../i18n.js';
import { bundled, tutorialDayOne } from '../test/fixtures.js';
import { paused } from '../test/team.js';
import { LookPage } from './look.js';
import { ConsoleTestClient } from './test-support.js';

const tutorial = await bundled('tutorial');
const session: SessionInfo = {
  id: 'session-1',
  code: 'K7PQ2M',
  scenarioId: 'tutorial',
  title: tutorial.title,
  status: 'open',
};
const LOOK = { kind: 'look', country: 'aldoria' } as const;
const KEY = 'crossborder.instructor-key';

/** The look page with a stand-in for the team's screen: what is shown once the seat is taken. */
function mountLook(client = new ConsoleTestClient()) {
  render(
    <LookPage client={client} code="K7PQ2M" country="aldoria">
      <p>the team’s screen</p>
    </LookPage>,
  );
  return client;
}

/** The server's answer to taking the look seat: Aldoria's own view. */
function looked() {
  const { game } = tutorialDayOne(tutorial);
  return {
    ok: true as const,
    token: 't'.repeat(22),
    seat: LOOK,
    session,
    snapshot: { seq: 0, view: game.view('aldoria'), clock: paused(game.now) },
  };
}

afterEach(() => sessionStorage.clear());

describe('looking through a team’s seat', () => {
  it('asks for the instructor key first, then takes the look seat with it and shows the team’s screen', async () => {
    const client = new ConsoleTestClient();
    client.joined = looked();
    mountLook(client);
    expect(screen.queryByText('the team’s screen')).toBeNull();
    await userEvent.setup().type(screen.getByLabelText(t('ui.instructor.key')), 'secret-key{Enter}');
    await screen.findByText('the team’s screen');
    expect(client.seatings).toEqual([
      { how: 'resume', code: 'K7PQ2M', seat: LOOK },
      { how: 'join', code: 'K7PQ2M', seat: LOOK, key: 'secret-key' },
    ]);
  });

  it('with the key kept in this tab, takes the look back without asking', async () => {
    sessionStorage.setItem(KEY, 'secret-key');
    const client = new ConsoleTestClient();
    client.resumed = looked();
    mountLook(client);
    await screen.findByText('the team’s screen');
    expect(client.seatings).toEqual([{ how: 'resume', code: 'K7PQ2M', seat: LOOK }]);
  });

  it('a key the server refuses brings the key form back, saying so; the screen is never shown', async () => {
    sessionStorage.setItem(KEY, 'guess');
    const client = new ConsoleTestClient();
    client.joined = { ok: false, error: { code: 'wrong-key', message: 'The instructor key is wrong.' } };
    mountLook(client);
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui.instructor.wrong-key'));
    expect(screen.getByLabelText(t('ui.instructor.key'))).toBeTruthy();
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(screen.queryByText('the team’s screen')).toBeNull();
  });

  it('says why it could not open, with the way back to the console', async () => {
    sessionStorage.setItem(KEY, 'secret-key');
    const client = new ConsoleTestClient();
    client.joined = {
      ok: false,
      error: { code: 'unknown-country', message: 'x', params: { country: 'atlantis' } },
    };
    mountLook(client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      t('ui.look.refused', { message: t('server.unknown-country', { country: 'atlantis' }) }),
    );
    expect(screen.getByRole('link', { name: t('ui.look.back') }).getAttribute('href')).toBe(
      '/instructor/K7PQ2M',
    );
    expect(screen.queryByText('the team’s screen')).toBeNull();
  });
});
