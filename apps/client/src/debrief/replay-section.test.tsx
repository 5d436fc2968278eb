import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardModel } from '../board/model.js';
import { kindName, t } from '../i18n.js';
import { bundled, DAY } from '../test/fixtures.js';
import { when } from './common.js';
import { playedTutorial } from './fixture.js';
import { ReplaySection } from './replay-section.js';

const tutorial = await bundled('tutorial');
const played = playedTutorial(tutorial);
const END = played.events.at(-1)?.at ?? 0;

/** Only Aldoria knows these (its facts, its private briefing); Borealis must never see them. */
const ALDORIA_ONLY = '312 Harbourline Bank customers';

let models: (() => BoardModel | null)[] = [];

/** The replay, with a stand-in for the board that keeps its model and says when it is stopped. */
function mountReplay() {
  const stop = vi.fn();
  const board = vi.fn((_host: HTMLElement, model: () => BoardModel | null) => {
    models.push(model);
    return stop;
  });
  return {
    ...render(<ReplaySection scenario={tutorial} events={played.events} board={board} />),
    board,
    stop,
  };
}

const seen = () => document.querySelector('[data-replay]') as HTMLElement;
const seat = () => screen.getByRole('combobox', { name: t('ui.debrief.seat') }) as HTMLSelectElement;
const slider = () => screen.getByRole('slider', { name: t('ui.debrief.time') }) as HTMLInputElement;
const clock = () => document.getElementById('replay-clock')?.textContent;

beforeEach(() => {
  models = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
});

describe('the replay', () => {
  it('has a labelled seat select, time slider and speed, starting at the end from the first country', () => {
    mountReplay();
    expect([...seat().options].map((option) => option.textContent)).toEqual([
      'Aldoria',
      'Borealis',
      t('ui.debrief.everything'),
    ]);
    expect(seat().id).toBe('replay-seat');
    expect(seat().value).toBe('aldoria');
    expect(slider().value).toBe(String(END));
    expect(slider().max).toBe(String(END));
    // The slider says its value as a game time, not as a count of minutes.
    expect(slider().getAttribute('aria-valuetext')).toBe(when(END));
    expect(clock()).toBe(when(END));
    const speed = screen.getByRole('combobox', { name: t('ui.debrief.speed-label') }) as HTMLSelectElement;
    expect(speed.selectedOptions[0]?.textContent).toBe(t('ui.debrief.speed', { hours: 24 }));
    expect(seen().getAttribute('data-replay-seat')).toBe('aldoria');
    expect(seen().getAttribute('data-replay-at')).toBe(String(END));
    expect(screen.getByRole('heading', { name: t('ui.debrief.knew', { country: 'Aldoria' }) })).toBeTruthy();
  });

  it("shows what the chosen seat knew, and never another seat's secrets", async () => {
    const user = userEvent.setup();
    mountReplay();
    expect(seen().textContent).toContain(ALDORIA_ONLY);
    await user.selectOptions(seat(), 'borealis');
    expect(seen().getAttribute('data-replay-seat')).toBe('borealis');
    expect(seen().textContent).not.toContain(ALDORIA_ONLY);
    expect(screen.getByRole('heading', { name: t('ui.debrief.knew', { country: 'Borealis' }) })).toBeTruthy();
    // Borealis received the MLA request, and says so in words (never by the request's id).
    const requests = within(seen()).getAllByRole('list')[2] as HTMLElement;
    expect(requests.textContent).toContain(`${kindName('stored-data')}, Aldoria → Borealis — `);
    expect(requests.textContent).not.toContain('req-3');
    // Its board has nothing of Aldoria's either: the model is made from Borealis's view.
    expect(JSON.stringify(models[0]?.())).not.toContain('fraud-reports');

    await user.selectOptions(seat(), '@instructor');
    expect(seen().textContent).toBe(t('ui.debrief.everything-hint'));
    await user.selectOptions(seat(), 'aldoria');
    expect(seen().textContent).toContain(ALDORIA_ONLY);
  });

  it('goes back in time with the slider: what was known then, and the clock says when', () => {
    mountReplay();
    const evidence = () => (within(seen()).getAllByRole('list')[1] as HTMLElement).textContent;
    expect(evidence()).toContain(`Harbourline's fraud reports: ${t('ui.evidence.obtained')}`);
    fireEvent.input(slider(), { target: { value: '60' } });
    expect(clock()).toBe(when(60));
    expect(seen().getAttribute('data-replay-at')).toBe('60');
    expect(evidence()).not.toContain(t('ui.evidence.obtained'));
    fireEvent.input(slider(), { target: { value: String(2 * DAY) } });
    expect(evidence()).toContain(`Harbourline's fraud reports: ${t('ui.evidence.obtained')}`);
  });

  it('plays through time with its own timer, pauses, and stops at the end', () => {
    vi.useFakeTimers();
    mountReplay();
    const play = screen.getByRole('button', { name: t('ui.debrief.play') });
    expect(vi.getTimerCount()).toBe(0);
    // At the end, Play starts again from the beginning.
    act(() => play.click());
    expect(play.textContent).toBe(`‖ ${t('ui.debrief.pause')}`);
    expect(slider().value).toBe('0');
    expect(vi.getTimerCount()).toBe(1);
    // 24 game hours a second: a second of playing is a day.
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(slider().value).toBe(String(DAY));
    expect(clock()).toBe(when(DAY));
    // Paused: the timer is gone and time stays.
    act(() => play.click());
    expect(play.textContent).toBe(`▶ ${t('ui.debrief.play')}`);
    expect(vi.getTimerCount()).toBe(0);
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(slider().value).toBe(String(DAY));
    // Faster, to the end, where it stops by itself.
    fireEvent.change(screen.getByRole('combobox', { name: t('ui.debrief.speed-label') }), {
      target: { value: String(96 * 60) },
    });
    act(() => play.click());
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(slider().value).toBe(String(END));
    expect(play.textContent).toBe(`▶ ${t('ui.debrief.play')}`);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes its timer and its board with it when it goes', () => {
    vi.useFakeTimers();
    const { unmount, board, stop } = mountReplay();
    expect(board).toHaveBeenCalledTimes(1);
    expect(board.mock.calls[0]?.[0]).toBe(document.getElementById('replay-board'));
    const started = vi.spyOn(globalThis, 'setInterval');
    const cleared = vi.spyOn(globalThis, 'clearInterval');
    act(() => screen.getByRole('button', { name: t('ui.debrief.play') }).click());
    expect(started).toHaveBeenCalledTimes(1);
    const timer = started.mock.results[0]?.value;
    expect(cleared).not.toHaveBeenCalled();
    unmount();
    // Preact runs an unmounted component's effect clean-ups after the next frame, as React does.
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(cleared).toHaveBeenCalledWith(timer);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('draws the board from the seat’s view at the chosen time', () => {
    mountReplay();
    const model = models[0];
    expect(model?.()?.countries.map((country) => country.id)).toEqual(['aldoria', 'borealis']);
    expect(model?.()?.tokens.map((token) => token.id)).toEqual(['req-3']);
    // Nothing moved: the same model, so that Phaser has nothing to draw again.
    expect(model?.()).toBe(model?.());
    fireEvent.input(slider(), { target: { value: '60' } });
    expect(model?.()?.tokens).toEqual([]);
  });

  it('changes in place what moved: a later time adds list items and keeps the others', () => {
    mountReplay();
    fireEvent.input(slider(), { target: { value: '60' } });
    const evidence = () => [...(within(seen()).getAllByRole('list')[1] as HTMLElement).children];
    const before = evidence();
    fireEvent.input(slider(), { target: { value: String(2 * DAY) } });
    const after = evidence();
    expect(after.length).toBeGreaterThan(before.length);
    for (const item of before) expect(after).toContain(item);
  });
});
