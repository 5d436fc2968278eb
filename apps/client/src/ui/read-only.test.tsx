import type { SessionInfo } from '@crossborder/protocol';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { TeamScreen } from '../team/screen.js';
import { seenKey } from '../team/unread.js';
import { bundled, preservationOfHostingLogs, tutorialDayOne } from '../test/fixtures.js';
import { Seat } from '../test/team.js';

const tutorial = await bundled('tutorial');
const SESSION: SessionInfo = {
  id: 's1',
  code: 'K7PQ2M',
  scenarioId: 'tutorial',
  title: tutorial.title,
  status: 'open',
};
const TABS = ['briefing', 'casefile', 'requests', 'compose', 'jurisdiction', 'directory', 'log'] as const;

/** The team screen of `country` on a real engine, the team's own or the instructor's read-only look. */
function mountScreen(country: 'aldoria' | 'borealis', readOnly: boolean) {
  const { game, caseId } = tutorialDayOne(tutorial);
  const seat = new Seat(game, country);
  seat.client.receive({ session: SESSION });
  const mounted = render(
    <TeamScreen
      signals={seat.client.signals}
      send={(command) => seat.send(command)}
      board={vi.fn()}
      readOnly={readOnly}
    />,
  );
  return { seat, game, caseId, mounted, user: userEvent.setup() };
}

const tab = (user: ReturnType<typeof userEvent.setup>, id: string) =>
  user.click(document.querySelector(`[data-tab="${id}"]`) as HTMLElement);

/** What a tab's panel offers to act with: forms, their fields and their submit buttons. */
const controls = () =>
  document.querySelectorAll('form, input, select, textarea, button[type="submit"]').length;

beforeEach(() => localStorage.clear());

describe('the team screen, read-only (the instructor looking through the seat)', () => {
  it('says whose screen it is and that nothing can be done from it, with the way back to the console', () => {
    mountScreen('aldoria', true);
    const banner = screen.getByRole('region', { name: t('ui.look.label') });
    expect(banner.textContent).toContain(t('ui.look.read-only'));
    expect(banner.textContent).toContain(t('ui.look.banner', { country: 'Aldoria' }));
    expect(
      within(banner)
        .getByRole('link', { name: t('ui.look.back') })
        .getAttribute('href'),
    ).toBe('/instructor/K7PQ2M');
  });

  it('offers no form, field or send button on any tab, and says where the team acts instead', async () => {
    const { user } = mountScreen('aldoria', true);
    for (const id of TABS) {
      await tab(user, id);
      expect(controls(), id).toBe(0);
    }
    await tab(user, 'casefile');
    // What the team could do here is named, with why it is not offered.
    const closed = document.querySelectorAll('[data-form-closed]');
    expect(closed.length).toBeGreaterThan(0);
    expect(within(closed[0] as HTMLElement).getByText(t('ui.look.form-closed'))).toBeTruthy();
    // A lead is said, without the button that would fill in a form.
    expect(within(screen.getByRole('region', { name: t('ui.lead.title') })).queryByRole('button')).toBeNull();
  });

  it('is the same screen the team sees, panel by panel', async () => {
    const texts = async (readOnly: boolean) => {
      const { user, mounted } = mountScreen('aldoria', readOnly);
      const seen: Record<string, string> = {};
      for (const id of ['briefing', 'requests', 'directory'] as const) {
        await tab(user, id);
        seen[id] = screen.getByRole('tabpanel').textContent ?? '';
      }
      mounted.unmount();
      return seen;
    };
    const team = await texts(false);
    expect(await texts(true)).toEqual(team);
  });

  it('moves live: what reaches the team shows, its notices stay (only the team dismisses them)', async () => {
    const { seat, game, caseId, user } = mountScreen('borealis', true);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    await tab(user, 'requests');
    const id = Object.keys(seat.view.requests)[0] ?? '';
    expect(document.querySelector(`tr[data-request="${id}"]`)).not.toBeNull();
    // The request opened: its actions (execute, refuse...) are named, none offered.
    await user.click(document.querySelector(`tr[data-request="${id}"] button`) as HTMLElement);
    expect(document.querySelector(`[data-request-detail="${id}"]`)).not.toBeNull();
    expect(document.querySelectorAll('[data-request-detail] [data-form-closed]').length).toBeGreaterThan(1);
    expect(controls()).toBe(0);
    const notices = screen.getByRole('list', { name: t('ui.notices.label') });
    expect(within(notices).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(notices).queryByRole('button', { name: /^Dismiss/ })).toBeNull();
  });

  it('leaves what the team keeps in its browser as it was: its unread marks are neither read nor written', async () => {
    const key = seenKey(SESSION.code, 'borealis');
    localStorage.setItem(key, JSON.stringify({ 'request:none': 'kept' }));
    const { seat, game, caseId, user } = mountScreen('borealis', true);
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    await tab(user, 'requests');
    expect(localStorage.getItem(key)).toBe(JSON.stringify({ 'request:none': 'kept' }));
    expect(localStorage.length).toBe(1);
  });
});

describe('the team’s own screen (the same component, not read-only)', () => {
  it('has its forms, its dismiss buttons, no banner, and keeps its marks', async () => {
    const { seat, game, caseId, user } = mountScreen('borealis', false);
    expect(screen.queryByRole('region', { name: t('ui.look.label') })).toBeNull();
    game.do('aldoria', preservationOfHostingLogs(caseId));
    act(() => seat.update());
    expect(screen.getAllByRole('button', { name: /^Dismiss/ }).length).toBeGreaterThan(0);
    await tab(user, 'requests');
    expect(localStorage.getItem(seenKey(SESSION.code, 'borealis'))).toContain('request:');
    await tab(user, 'casefile');
    expect(controls()).toBeGreaterThan(0);
  });
});
