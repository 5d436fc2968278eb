import { readFileSync } from 'node:fs';
import type { Progress } from '@crossborder/protocol';
import { modelAnswer } from '@crossborder/report';
import { loadScenarioText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer, tutorialTable, until } from './support.js';

const openCase = { type: 'openCase', title: 'Harbourline phishing', offences: ['credential-phishing'] };
const { scenario: tutorial } = loadScenarioText(
  readFileSync(new URL('../../../scenarios/tutorial.yaml', import.meta.url), 'utf8'),
  'tutorial.yaml',
);

/** The progress messages a client was sent, in order. */
const progressOf = (client: Client) =>
  client.received
    .filter((message) => message.event === 'progress')
    .map((message) => message.payload as Progress);

describe("the instructor's progress message", () => {
  it('brings the objectives, the model answer once computed, and each team’s last command, to the instructor only', async () => {
    const server = await startTestServer();
    const { code, instructor, aldoria, borealis } = await tutorialTable(server);
    expect(progressOf(instructor)[0]?.objectives['preserve-logs']).toEqual({
      title: 'Preserve the hosting logs before Northwind deletes them',
      for: ['aldoria'],
      deadline: 5 * 24 * 60,
    });
    // Computed on the worker, then sent: the bots' own times.
    await until(() => progressOf(instructor).some((progress) => progress.model !== null));
    if (!tutorial) throw new Error('the tutorial loads');
    expect(progressOf(instructor).at(-1)?.model).toEqual(modelAnswer(tutorial));
    expect(progressOf(instructor).at(-1)?.lastCommandAt).toEqual({});

    // Paused: the game time stands where the advance left it (the clock ran a moment before the pause).
    const advanced = await instructor.control({ action: 'advance', minutes: 90 });
    const at = advanced.ok ? advanced.clock.game : Number.NaN;
    expect(at).toBeGreaterThanOrEqual(90);
    expect((await aldoria.command(openCase)).ok).toBe(true);
    await until(() => progressOf(instructor).at(-1)?.lastCommandAt.aldoria === at);
    // A rejected command is not a move: nothing changes.
    const sent = progressOf(instructor).length;
    expect((await borealis.command({ type: 'openCase', title: '', offences: [] })).ok).toBe(false);
    expect(progressOf(instructor)).toHaveLength(sent);
    expect(progressOf(aldoria)).toEqual([]);
    expect(progressOf(borealis)).toEqual([]);

    // After a restart, the last commands are read back from the log; the model answer is computed again.
    for (const client of [instructor, aldoria, borealis]) client.close();
    await server.stop();
    const again = await startTestServer(server.database);
    const back = new Client(again.url);
    await back.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    await until(() => progressOf(back).some((progress) => progress.model !== null));
    expect(progressOf(back).at(-1)?.lastCommandAt).toEqual({ aldoria: at });
    back.close();
    await again.stop();
  });
});
