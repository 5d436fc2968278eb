import { isDeepStrictEqual } from 'node:util';
import {
  botCommands,
  type CountryView,
  createEngine,
  type Event,
  type InstructorView,
} from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, ROOT, startTestServer } from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/**
 * Replay is the debrief's promise that a country's past can be shown as it was: at every point of
 * a played session, the view rebuilt from the log (the first N events) equals the view the server
 * had sent that country then.
 */
describe('replay', () => {
  it('at every point of a played session, the replayed view of each country is the one it was sent', async () => {
    const loaded = await scenario();
    if (!loaded) throw new Error('ransomware does not load');
    const engine = createEngine(loaded);
    const { id, code } = await server.createSession('ransomware');
    const instructor = new Client(server.url);
    await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const teams = ['veltria', 'lorvane'].map((country) => ({ country, client: new Client(server.url) }));
    for (const { country, client } of teams) await client.join(code, { kind: 'country', country });
    await instructor.control({ action: 'start' });
    await instructor.control({ action: 'pause' });

    const recorded: { events: number; views: Record<string, CountryView> }[] = [];
    for (let turn = 0; turn < 25; turn++) {
      for (const { client } of teams) {
        const now = client.clock?.game ?? 0;
        for (const command of botCommands(client.view as CountryView, now)) await client.command(command);
      }
      await instructor.control({ action: 'advance', minutes: 480 });
      // Every update of this step has arrived once each client's view matches the instructor's step.
      const state = (instructor.view as InstructorView).state;
      for (const { country, client } of teams) {
        const expected = engine.view(state, country);
        await expect.poll(() => isDeepStrictEqual(client.view, expected)).toBe(true);
      }
      recorded.push({
        events: state.seq,
        views: Object.fromEntries(
          teams.map(({ country, client }) => [country, structuredClone(client.view as CountryView)]),
        ),
      });
    }

    const exported = (await (
      await fetch(`${server.url}/api/sessions/${id}/export`, { headers: { authorization: `Bearer ${KEY}` } })
    ).json()) as { events: Event[] };
    expect(recorded.at(-1)?.events).toBeGreaterThan(50);
    for (const point of recorded) {
      const state = engine.replay(exported.events.slice(0, point.events));
      for (const { country } of teams) expect(engine.view(state, country)).toEqual(point.views[country]);
    }
    instructor.close();
    for (const { client } of teams) client.close();
  });
});

async function scenario() {
  return (await loadScenarioFile(`${ROOT}scenarios/ransomware.yaml`)).scenario;
}
