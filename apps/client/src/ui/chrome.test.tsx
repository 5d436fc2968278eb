import type { ClockState } from '@crossborder/protocol';
import { act, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { TestClient } from '../test/client.js';
import { dayAndTime, localTime } from '../time.js';
import { ClockBar, ConnectionBanner, clockBar, connectionBanner } from './chrome.js';

const STARTS_AT = '2026-03-08T08:00:00Z';
const dayTime = (minutes: number) => t('ui.time.day-time', dayAndTime(minutes));
const reading = (game: number, running: boolean): ClockState => ({
  mode: 'realtime',
  running,
  speed: 60,
  game,
  wall: Date.now(),
  roundLength: 60,
});

/** What changed under `element`, as the browser would report it. */
function recordChanges(element: Element): () => MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => observer.takeRecords();
}

describe('the clock bar', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 2, 8, 12, 0, 0));
  });
  afterEach(() => vi.useRealTimers());

  function mountClock(clock: ClockState | null) {
    const client = new TestClient({ clock });
    render(
      <ClockBar
        clock={client.signals.clock}
        minutes={client.signals.minutes}
        utcOffset="+01:00"
        startsAt={STARTS_AT}
      />,
    );
    return client;
  }

  it('says the local time, the exercise day, and whether the clock runs, in words and symbols', () => {
    mountClock(reading(90, false));
    expect(screen.getByText(localTime(STARTS_AT, 90, '+01:00'))).toBeTruthy();
    expect(screen.getByText(dayTime(90))).toBeTruthy();
    expect(screen.getByText(`‖ ${t('ui.clock.paused')}`)).toBeTruthy();
    const bar = document.querySelector('.clock');
    expect(bar?.getAttribute('data-game-minutes')).toBe('90');
    expect(bar?.getAttribute('data-clock-running')).toBe('false');
  });

  it('says so when the clock has not started', () => {
    mountClock(null);
    expect(screen.getByText(t('ui.clock.unknown'))).toBeTruthy();
  });

  it('moves only its own text, once a game minute, and not at all while paused', () => {
    const client = mountClock(reading(90, true));
    const bar = document.querySelector('.clock') as HTMLElement;
    const day = bar.querySelector('.day')?.firstChild as Text;
    const changes = recordChanges(bar);

    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(changes()).toEqual([]);
    // Game minute 91: a wall second at speed 60.
    act(() => {
      vi.advanceTimersByTime(510);
    });
    const minute = changes();
    // Text nodes and one attribute were written: no element was added, removed or replaced.
    expect(minute.filter((change) => change.type === 'childList')).toEqual([]);
    expect(new Set(minute.map((change) => change.type))).toEqual(new Set(['characterData', 'attributes']));
    expect(bar.querySelector('.day')?.firstChild).toBe(day);
    expect(day.data).toBe(dayTime(91));
    expect(bar.getAttribute('data-game-minutes')).toBe('91');
    expect(document.querySelector('.clock')).toBe(bar);

    act(() => client.receive({ clock: reading(91.5, false) }));
    expect(screen.getByText(`‖ ${t('ui.clock.paused')}`)).toBeTruthy();
    changes();
    expect(vi.getTimerCount()).toBe(0);
    act(() => {
      vi.advanceTimersByTime(3_600_000);
    });
    expect(changes()).toEqual([]);
    expect(day.data).toBe(dayTime(91));
  });

  it('is drawn once, the same, for the screens that still rebuild their header', () => {
    const client = new TestClient({ clock: reading(1500, true) });
    const drawn = clockBar(client.state, 1500.7, '+00:00', STARTS_AT);
    expect(drawn.getAttribute('data-game-minutes')).toBe('1500');
    expect(drawn.getAttribute('data-clock-running')).toBe('true');
    expect(drawn.textContent).toContain(dayTime(1500));
    expect(drawn.textContent).toContain(`▶ ${t('ui.clock.running', { speed: 60 })}`);
    // Nothing of it stays mounted: no timer runs for it.
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the connection banner', () => {
  it('says nothing while the connection is up', () => {
    const client = new TestClient({ connection: 'online' });
    const { container } = render(
      <ConnectionBanner connection={client.signals.connection} notice={client.signals.notice} />,
    );
    expect(container.textContent).toBe('');
    expect(connectionBanner(client.state)).toBe('');
  });

  it('alerts while the connection is down, and stops once it is back', () => {
    const client = new TestClient({ connection: 'online' });
    render(<ConnectionBanner connection={client.signals.connection} notice={client.signals.notice} />);
    act(() => client.receive({ connection: 'reconnecting' }));
    expect(screen.getByRole('alert').textContent).toBe(`⟳ ${t('ui.banner.reconnecting')}`);
    act(() => client.receive({ connection: 'offline' }));
    expect(screen.getByRole('alert').textContent).toBe(t('ui.banner.offline'));
    act(() => client.receive({ connection: 'online' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when the session has ended, as a status rather than an alarm', () => {
    const client = new TestClient({ notice: { kind: 'ended', message: '' } });
    render(<ConnectionBanner connection={client.signals.connection} notice={client.signals.notice} />);
    expect(screen.getByRole('status').textContent).toBe(t('ui.banner.ended'));
  });

  it("shows the server's reason as text, never as markup", () => {
    const message = '<img src=x onerror=alert(1)> revoked by the instructor';
    const client = new TestClient({ notice: { kind: 'revoked', message } });
    render(<ConnectionBanner connection={client.signals.connection} notice={client.signals.notice} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(t('ui.banner.revoked', { message }));
    expect(alert.querySelector('img')).toBeNull();
    const drawn = connectionBanner(client.state);
    expect(drawn instanceof Element && drawn.getAttribute('data-notice')).toBe('revoked');
  });
});
