import type { CountryView } from '@crossborder/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer } from './support.js';

/**
 * Thousands of malformed, oversized, wrongly typed and out-of-order messages to every handler:
 * the server stays up, no session changes, and every message gets a typed error.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  // A generous rate limit, so that the hostile messages reach their handlers (one test checks the limit).
  server = await startTestServer(undefined, ['--rate-limit', '100000']);
});
afterAll(async () => {
  await server.stop();
});

const EVENTS = ['join', 'resume', 'command', 'sync', 'control'] as const;

const hostile = fc.oneof(
  fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }),
  fc.record({
    protocol: fc.oneof(fc.constant(1), fc.integer()),
    code: fc.string(),
    seat: fc.anything(),
    name: fc.string(),
  }),
  fc.record({
    actionId: fc.string(),
    command: fc.record({
      type: fc.constantFrom('sendRequest', 'refuseRequest', 'fireInject', 'openCase', '__proto__'),
      requestId: fc.string(),
    }),
  }),
  fc.record({
    control: fc.record({
      action: fc.constantFrom('start', 'speed', 'advance', 'bot', 'end', 'nope'),
      speed: fc.double(),
      minutes: fc.integer(),
      country: fc.string(),
    }),
  }),
  fc.constant({ actionId: 'x'.repeat(70_000), command: { type: 'openCase', title: 'x', offences: ['y'] } }),
  fc.constant(
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  ),
);

async function eventCounts(): Promise<number[]> {
  const response = await fetch(`${server.url}/api/sessions`, { headers: { authorization: `Bearer ${KEY}` } });
  return ((await response.json()) as { events: number }[]).map((session) => session.events);
}

describe('hostile input', () => {
  it('never crashes the server nor changes a session; every message gets a typed error', async () => {
    const { code } = await server.createSession('tutorial');
    const seat = async () => {
      const client = new Client(server.url);
      await client.join(code, { kind: 'country', country: 'aldoria' });
      return client;
    };
    const clients = [await seat(), new Client(server.url)];
    await clients[1]?.connected();
    const before = await eventCounts();
    const payloads = fc.sample(fc.tuple(fc.constantFrom(...EVENTS), hostile), { numRuns: 2000, seed: 42 });
    let answered = 0;
    let dropped = 0;
    for (const [index, [event, payload]] of payloads.entries()) {
      // An oversized message makes the server drop the connection: take a fresh one.
      if (!clients[index % 2]?.socket.connected) {
        dropped++;
        clients[index % 2]?.close();
        clients[index % 2] = index % 2 === 0 ? await seat() : new Client(server.url);
        await clients[index % 2]?.connected();
      }
      const client = clients[index % 2] as Client;
      const reply = await client.call<Record<string, unknown>>(event, payload, 1000).catch(() => null);
      if (reply === null) continue;
      answered++;
      if (!reply.ok) {
        expect(typeof reply.error.code).toBe('string');
        expect(reply.error.message.length).toBeGreaterThan(5);
        expect(reply.error.message).not.toMatch(/at .*\.(js|ts):\d+|node_modules/);
      }
    }
    expect(answered).toBeGreaterThan(1500);
    expect(dropped).toBeGreaterThan(0);
    expect(await eventCounts()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Still serving.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const fresh = new Client(server.url);
    expect((await fresh.join(code, { kind: 'observer' }, 'Projector')).ok).toBe(true);
    for (const client of [...clients, fresh]) client?.close();
  });

  it('messages without an acknowledgement are ignored, and floods are rate-limited', async () => {
    const limited = await startTestServer();
    const { code } = await limited.createSession('tutorial');
    const flooder = new Client(limited.url);
    await flooder.join(code, { kind: 'country', country: 'borealis' });
    flooder.socket.emit('command', {
      actionId: 'no-callback-here',
      command: { type: 'openCase', title: 'x', offences: ['credential-phishing'] },
    });
    const replies = await Promise.all(Array.from({ length: 60 }, () => flooder.call('sync', {})));
    const refused = replies.filter((reply) => !reply.ok && reply.error.code === 'rate-limited');
    expect(refused.length).toBeGreaterThan(20);
    // The command sent without a callback was not applied.
    const synced = replies.find((reply) => reply.ok) as { view: CountryView } | undefined;
    expect(synced && Object.keys(synced.view.cases)).toEqual([]);
    flooder.close();
    await limited.stop();
  });
});
