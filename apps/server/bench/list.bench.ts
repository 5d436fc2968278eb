/**
 * `npm run bench:list -w @crossborder/server` (after a build): how long a node takes to answer the
 * instructor's list (`GET /api/sessions`, registry.listed()) for sessions another node holds, over
 * PostgreSQL. Node A takes `--sessions` sessions, a team online in each, and plays `--commands`
 * commands in each; node B then lists them: as it does now (one read of the store, listing.ts),
 * and as it did before (each session rebuilt from its scenario, snapshot and log, as an export
 * still does). Prints medians; asserts nothing.
 *
 *   npm run bench:list -w @crossborder/server -- --sessions 200 --commands 50 --runs 9
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadScenarioText } from '@crossborder/scenario';
import { newConnection } from '../dist/game/audience.js';
import { Registry } from '../dist/game/registry.js';
import { createLogger } from '../dist/log.js';
import { PostgresLeases } from '../dist/store/leases.js';
import { PostgresStore } from '../dist/store/postgres.js';
import { startCluster } from '../test/postgres/cluster.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '200' },
    commands: { type: 'string', default: '50' },
    runs: { type: 'string', default: '9' },
  },
});
const sessions = Number(values.sessions);
const commands = Number(values.commands);
const runs = Number(values.runs);

const source = readFileSync(new URL('../../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const tutorial = loadScenarioText(source, 'tutorial.yaml').scenario;
if (!tutorial) throw new Error('the tutorial does not load');

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

/** Times `work` `count` times, one after another; returns the median in ms and the last result. */
async function timed<T>(count: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result: result as T };
}

const cluster = startCluster();
const stores: PostgresStore[] = [];
try {
  const node = async (id: string) => {
    const store = await PostgresStore.open(cluster.url, { node: id });
    stores.push(store);
    const registry = new Registry({
      store,
      log: createLogger('silent'),
      wall: Date.now,
      leases: new PostgresLeases(store.pool, id, 600_000),
    });
    await registry.startLeases();
    return registry;
  };
  const a = await node('node-a');
  const b = await node('node-b');
  const setup = performance.now();
  // Twenty sessions at a time: a thousand at once would wait longer than the pool lets a query wait.
  const setUp = async () => {
    const created = await a.create(tutorial, source);
    const held = await a.open(created.record.code);
    if (!held || held === 'moved') throw new Error('node A could not take a session');
    const team = newConnection(
      'c',
      { kind: 'country', country: 'aldoria' },
      () => {},
      () => {},
    );
    held.attach(team, 'Team');
    for (let index = 0; index < commands; index++)
      await held.command(team.seat, `a${index}`, {
        type: 'openCase',
        title: `Case ${index}`,
        offences: ['credential-phishing'],
      });
  };
  for (let done = 0; done < sessions; done += 20)
    await Promise.all(Array.from({ length: Math.min(20, sessions - done) }, setUp));
  const events = a.all().reduce((sum, session) => sum + session.eventCount, 0);
  console.log(
    `[bench] ${sessions} sessions held by node A (${events} events in all, a team online in each), set up in ${((performance.now() - setup) / 1000).toFixed(1)} s; node B lists them, ${runs} runs each`,
  );
  const now = await timed(runs, () => b.listed());
  const online = now.result.filter((entry) => entry.seats.countries.aldoria?.online === 1).length;
  console.log(
    `now (one read of the store):       median ${now.ms.toFixed(1)} ms for ${now.result.length} sessions (${online} with their team online)`,
  );
  // As registry.listed() did before: every session held elsewhere rebuilt for reading.
  const before = await timed(Math.max(1, Math.ceil(runs / 3)), async () => {
    const entries = [];
    for (const record of (await stores[1]?.sessions()) ?? []) {
      const session = record.status === 'archived' ? undefined : await b.reader(record.id);
      if (session) entries.push(session.listEntry());
    }
    return entries;
  });
  const shownOnline = before.result.filter((entry) => entry.seats.countries.aldoria?.online === 1).length;
  console.log(
    `before (each session rebuilt):     median ${before.ms.toFixed(1)} ms for ${before.result.length} sessions (${shownOnline} with their team online)`,
  );
  await a.shutdownAll();
  await b.shutdownAll();
} finally {
  for (const store of stores) await store.close().catch(() => {});
  cluster.stop();
}
