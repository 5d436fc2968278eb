/**
 * `npm run bench:commits -w @crossborder/server` (after a build): how many log rows a PostgreSQL commits per second
 * through the store, as nodes write them (postgres.ts: one row per command, each session's rows
 * one after another, sessions at once, every write fenced by its lease), with fsync on. For
 * each number of sessions writing at once: commits per second, and commit latency p50/p99. The
 * README's estimate for N nodes starts from these figures. Prints figures; asserts nothing.
 *
 *   npm run bench:commits -w @crossborder/server -- --sessions 1,8,32,128 --seconds 5
 */
import { parseArgs } from 'node:util';
import type { Event } from '@crossborder/engine';
import { PostgresLeases } from '../dist/store/leases.js';
import { PostgresStore } from '../dist/store/postgres.js';
import { startCluster } from '../test/postgres/cluster.ts';
import { sessionRecord } from '../test/records.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '1,8,32,128' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
  },
});
const seconds = Number(values.seconds);
const cluster = startCluster({ durable: true });
/** A command's row as the botnet's commands make them: a few events, about 1 KB of JSON. */
const events = Array.from(
  { length: 3 },
  (_, index): Event => ({
    type: 'EmergencyDeclared',
    at: index,
    visibleTo: ['veldmark', 'ostmere', 'coralia'],
    ...({ note: 'x'.repeat(250) } as object),
  }),
);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

try {
  const store = await PostgresStore.open(cluster.url, { node: 'bench', max: Number(values.connections) });
  const leases = new PostgresLeases(store.pool, 'bench', 600_000);
  console.log(
    `[bench] PostgreSQL commits through the store: fsync on, ${values.connections} connections, ${seconds} s per point`,
  );
  for (const count of (values.sessions ?? '').split(',').map(Number)) {
    const ids = Array.from({ length: count }, (_, index) => `s${count}-${index}`);
    for (const id of ids) {
      await store.createSession(
        sessionRecord(id, { code: id.toUpperCase().padEnd(6, 'X'), scenarioId: 'bench' }),
      );
      await leases.take(id);
    }
    const latencies: number[] = [];
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      ids.map(async (id) => {
        for (let seq = 1; performance.now() < until; seq += events.length) {
          const started = performance.now();
          await store.append(id, seq, events, { actionId: `a:${seq}`, result: { ok: true, events: 3 } });
          latencies.push(performance.now() - started);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    console.log(
      `sessions=${String(count).padStart(4)} commits/s=${(latencies.length / seconds).toFixed(0).padStart(6)} ` +
        `latency p50/p99=${percentile(latencies, 0.5).toFixed(2)}/${percentile(latencies, 0.99).toFixed(2)} ms`,
    );
  }
  await store.close();
} finally {
  cluster.stop();
}
