import type { ClockState } from '@crossborder/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TestClient } from '../test/client.js';
import { ClockBar } from './chrome.js';
import { mountIn } from './mount.js';

const running: ClockState = { mode: 'realtime', running: true, speed: 60, game: 0, wall: 0, roundLength: 60 };

describe('a component mounted into a hand-built screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes the host from the old code, is left alone by redraws, and ends its timers when cleared', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const clicked = vi.fn();
    const old = document.createElement('button');
    old.addEventListener('click', clicked);
    host.append(old);

    const client = new TestClient({ clock: { ...running, wall: Date.now() } });
    const clock = () => <ClockBar clock={client.signals.clock} minutes={client.signals.minutes} />;
    const mounted = mountIn(host);
    mounted.show('clock', clock);
    expect(host.querySelector('button')).toBeNull();
    const bar = host.querySelector('.clock');
    expect(bar).not.toBeNull();
    expect(vi.getTimerCount()).toBe(1);

    // The screen redraws (an update, its timer): what is mounted stays, the same element.
    mounted.show('clock', clock);
    expect(host.querySelector('.clock')).toBe(bar);
    expect(mounted.current).toBe('clock');

    mounted.clear();
    expect(host.childNodes).toHaveLength(0);
    expect(mounted.current).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(clicked).not.toHaveBeenCalled();
    host.remove();
  });

  it('replaces one component with another', () => {
    const host = document.createElement('div');
    const client = new TestClient();
    const mounted = mountIn(host);
    mounted.show('a', () => <p class="first">first</p>);
    mounted.show('b', () => <ClockBar clock={client.signals.clock} minutes={client.signals.minutes} />);
    expect(host.querySelector('.first')).toBeNull();
    expect(host.querySelectorAll('.clock')).toHaveLength(1);
    mounted.clear();
  });
});
