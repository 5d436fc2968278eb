import { type CountryView, createEngine, type Event, type InstructorView } from '@crossborder/engine';
import { loadScenarioText } from '@crossborder/scenario';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer, until } from './support.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/** A country's view of the session now, rebuilt by the engine from the session's exported log. */
async function viewFromLog(id: string, country: string): Promise<unknown> {
  const response = await fetch(`${server.url}/api/sessions/${id}/export`, {
    headers: { authorization: `Bearer ${KEY}` },
  });
  const exported = (await response.json()) as { scenarioSource: string; events: Event[] };
  const { scenario } = loadScenarioText(exported.scenarioSource, 'export.yaml');
  if (!scenario) throw new Error('the exported scenario does not load');
  const engine = createEngine(scenario);
  const state = engine.initialState();
  for (const event of exported.events) engine.evolve(state, event);
  return engine.view(state, country);
}

async function session() {
  const { id, code } = await server.createSession('ransomware');
  const instructor = new Client(server.url);
  await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
  const team = new Client(server.url);
  const joined = await team.join(code, { kind: 'country', country: 'veltria' }, 'Veltria');
  if (!joined.ok) throw new Error('join failed');
  await instructor.control({ action: 'start' });
  await instructor.control({ action: 'pause' });
  return { id, code, instructor, team, token: joined.token };
}

describe('reconnection', () => {
  it('after a short drop, the same seat resumes and its view is exactly what it was', async () => {
    const { instructor, team, token } = await session();
    await team.command({ type: 'openCase', title: 'San Aurelio', offences: ['san-aurelio-attack'] });
    await until(() => Object.keys((team.view as CountryView).cases).length === 1);
    const before = team.view;
    team.close();
    const back = new Client(server.url);
    const resumed = await back.resume(token);
    expect(resumed.ok && resumed.seat).toEqual({ kind: 'country', country: 'veltria' });
    expect(back.view).toEqual(before);
    back.close();
    instructor.close();
  });

  it("after a long drop, while bots played on, the view is the server's view of now", async () => {
    const { id, instructor, team, token } = await session();
    await team.command({ type: 'openCase', title: 'San Aurelio', offences: ['san-aurelio-attack'] });
    team.close();
    // Days pass; bots for the other three countries act; inject fire; Veltria's data expire.
    for (let day = 0; day < 6; day++) await instructor.control({ action: 'advance', minutes: 1440 });
    const back = new Client(server.url);
    await back.resume(token);
    const fresh = new Client(server.url);
    await fresh.resume(token);
    expect(back.view).toEqual(fresh.view);
    expect(back.view).toEqual(await viewFromLog(id, 'veltria'));
    const state = (instructor.view as InstructorView).state;
    expect(state.now).toBeGreaterThanOrEqual(5 * 1440);
    expect(Object.keys((back.view as CountryView).injects).length).toBeGreaterThan(0);
    for (const client of [back, fresh, instructor]) client.close();
  });

  it('a client that misses updates asks for a snapshot and catches up exactly', async () => {
    const { instructor, team, token } = await session();
    await team.command({ type: 'openCase', title: 'San Aurelio', offences: ['san-aurelio-attack'] });
    await until(() => Object.keys((team.view as CountryView).cases).length === 1);
    // Lose every update from here on, as a flaky network might, while time passes and things happen.
    team.socket.off('update');
    const stale = team.view;
    for (let day = 0; day < 3; day++) await instructor.control({ action: 'advance', minutes: 1440 });
    const snapshot = await team.call<{ seq: number; view: CountryView }>('sync', {});
    const fresh = new Client(server.url);
    await fresh.resume(token);
    expect(snapshot.ok && snapshot.view).toEqual(fresh.view);
    expect(snapshot.ok && snapshot.view).not.toEqual(stale);
    for (const client of [team, fresh, instructor]) client.close();
  });
});
