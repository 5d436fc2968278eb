import type { View } from '@crossborder/engine';
import type { ClockState } from '@crossborder/protocol';
import { computed, effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { TestClient } from '../test/client.js';
import { countryView } from './client.js';

const clock: ClockState = { mode: 'realtime', running: false, speed: 60, game: 0, wall: 0, roundLength: 60 };
const countryA = { role: 'country', viewer: 'aldoria', score: { total: 1 } } as unknown as View;

describe("the client's state as signals", () => {
  it('wakes only what follows the part that changed', () => {
    const client = new TestClient();
    let viewRuns = 0;
    let clockRuns = 0;
    const stops = [
      effect(() => {
        client.signals.view.value;
        viewRuns += 1;
      }),
      effect(() => {
        client.signals.clock.value;
        clockRuns += 1;
      }),
    ];
    client.receive({ clock });
    expect([viewRuns, clockRuns]).toEqual([1, 2]);
    client.receive({ view: countryA });
    expect([viewRuns, clockRuns]).toEqual([2, 2]);
    // A change elsewhere (the connection) leaves both alone: the same objects are not news.
    client.receive({ connection: 'reconnecting' });
    expect([viewRuns, clockRuns]).toEqual([2, 2]);
    for (const stop of stops) stop();
  });

  it('sets the parts of one change together, so that what reads two of them runs once', () => {
    const client = new TestClient();
    const seen: string[] = [];
    const stop = effect(() => {
      seen.push(`${client.signals.connection.value}/${client.signals.notice.value?.kind ?? '-'}`);
    });
    client.receive({ connection: 'reconnecting', notice: { kind: 'shutdown', message: '' } });
    expect(seen).toEqual(['online/-', 'reconnecting/shutdown']);
    stop();
  });

  it("keeps a team's panels on the last country view while a resync has none", () => {
    const client = new TestClient({ view: countryA });
    const view = countryView(client.signals.view, countryA as never);
    const total = computed(() => view.value.score.total);
    expect(total.value).toBe(1);
    client.receive({ view: null });
    expect(total.value).toBe(1);
    client.receive({ view: { ...countryA, score: { total: 7 } } as unknown as View });
    expect(total.value).toBe(7);
  });
});
