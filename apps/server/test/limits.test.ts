import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROTOCOL_VERSION, type SeatsInfo } from '@crossborder/protocol';
import { describe, expect, it } from 'vitest';
import { Client, KEY, startTestServer, until } from './support.js';

/**
 * What a hostile client can make the server spend is bounded: messages per socket, per seat
 * token and per address; what a connection that stops reading holds; which pages may open a
 * socket; how long an instructor's seat lasts after the key changes.
 */

/** Sends `count` sync requests at once and counts the answers that were not rate-limited. */
async function served(client: Client, count: number): Promise<number> {
  const answers = await Promise.all(Array.from({ length: count }, () => client.call('sync', {})));
  return answers.filter((answer) => answer.ok || answer.error.code !== 'rate-limited').length;
}

describe('rate limits', () => {
  it('sockets sharing one seat token share its allowance', async () => {
    const server = await startTestServer(undefined, ['--rate-limit', '1', '--rate-limit-address', '1000']);
    try {
      const { code } = await server.createSession('tutorial');
      const first = new Client(server.url);
      const joined = await first.join(code, { kind: 'country', country: 'aldoria' });
      if (!joined.ok) throw new Error(joined.error.message);
      const sockets = [first];
      for (let i = 0; i < 9; i++) {
        const socket = new Client(server.url);
        await socket.resume(joined.token);
        sockets.push(socket);
      }
      // Each socket alone may send a burst of 3; the token allows 3 (plus about one a second) in all.
      const total = (await Promise.all(sockets.map((socket) => served(socket, 3)))).reduce(
        (a, b) => a + b,
        0,
      );
      expect(total).toBeLessThan(10);
      for (const socket of sockets) socket.close();
    } finally {
      await server.stop();
    }
  });

  it('sockets from one address share its allowance', async () => {
    const server = await startTestServer(undefined, ['--rate-limit', '100', '--rate-limit-address', '2']);
    try {
      const sockets = Array.from({ length: 10 }, () => new Client(server.url));
      await Promise.all(sockets.map((socket) => socket.connected()));
      // Unseated sockets: each sync is refused as "join first", but counts as a message all the same.
      const total = (await Promise.all(sockets.map((socket) => served(socket, 5)))).reduce(
        (a, b) => a + b,
        0,
      );
      expect(total).toBeLessThan(20);
      for (const socket of sockets) socket.close();
    } finally {
      await server.stop();
    }
  });
});

describe('a connection that stops reading', () => {
  it('is dropped once it holds too much, and its seat resumes when it reads again', async () => {
    const server = await startTestServer(undefined, ['--rate-limit', '1000']);
    try {
      const { code } = await server.createSession('botnet');
      const instructor = new Client(server.url);
      await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
      const team = new Client(server.url);
      const joined = await team.join(code, { kind: 'country', country: 'veldmark' });
      if (!joined.ok) throw new Error(joined.error.message);
      await until(() => online(instructor, 'veldmark') === 1);
      // The team's laptop stops reading: what the server sends it piles up, first in the
      // operating system's buffers, then in the server's.
      const engine = team.socket.io.engine as unknown as {
        transport: { ws: { _socket: { pause(): void } } };
      };
      engine.transport.ws._socket.pause();
      // Each snapshot of the team's view is kilobytes; ask for many and never read them.
      let sent = 0;
      while (sent < 20_000 && online(instructor, 'veldmark') > 0) {
        for (let i = 0; i < 50; i++) team.socket.emit('sync', {}, () => {});
        sent += 50;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await until(() => online(instructor, 'veldmark') === 0);
      console.log(`slow reader dropped after ${sent} unread snapshots`);
      // Dropped well before the loop's end: what it held stayed bounded.
      expect(sent).toBeLessThan(20_000);
      // Reading again, the client finds its connection closed and resumes its seat with its token.
      const back = new Client(server.url);
      expect((await back.resume(joined.token)).ok).toBe(true);
      for (const client of [instructor, team, back]) client.close();
    } finally {
      await server.stop();
    }
  });
});

/** How many connections a country has, as the instructor's seat list last said. */
function online(instructor: Client, country: string): number {
  const seats = instructor.received.filter((message) => message.event === 'seats').at(-1)?.payload as
    | SeatsInfo
    | undefined;
  return seats?.countries[country]?.online ?? 0;
}

describe('origins', () => {
  const polling = (url: string, headers: Record<string, string>) =>
    fetch(`${url}/socket.io/?EIO=4&transport=polling`, { headers });

  it('a page may open a socket only from an address of this server, scheme and port included', async () => {
    const server = await startTestServer(undefined, ['--public-url', 'https://crossborder.example.org']);
    try {
      const port = new URL(server.url).port;
      const host = `127.0.0.1:${port}`;
      expect((await polling(server.url, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
      expect((await polling(server.url, { origin: `http://localhost:${port}` })).status).toBe(200);
      expect((await polling(server.url, { origin: 'https://crossborder.example.org' })).status).toBe(200);
      // The same host over https, or on another port, is another origin.
      expect((await polling(server.url, { origin: `https://127.0.0.1:${port}` })).status).toBe(403);
      expect((await polling(server.url, { origin: 'http://127.0.0.1:1' })).status).toBe(403);
      // DNS rebinding: a foreign name resolving here, with a Host header to match.
      expect((await polling(server.url, { origin: `http://rebind.example:${port}`, host })).status).toBe(403);
      expect((await polling(server.url, { origin: 'null' })).status).toBe(403);
    } finally {
      await server.stop();
    }
  });
});

describe('the instructor key', () => {
  it('an instructor seat taken under an old key no longer resumes once the key has changed', async () => {
    const database = join(mkdtempSync(join(tmpdir(), 'crossborder-key-')), 'db.sqlite');
    const before = await startTestServer(database);
    const { code } = await before.createSession('tutorial');
    const instructor = new Client(before.url);
    const joined = await instructor.join(code, { kind: 'instructor' }, 'Instructor', KEY);
    const team = new Client(before.url);
    const teamJoined = await team.join(code, { kind: 'country', country: 'aldoria' });
    if (!joined.ok || !teamJoined.ok) throw new Error('could not join');
    instructor.close();
    team.close();
    await before.stop();

    const after = await startTestServer(database, ['--instructor-key', 'a-brand-new-instructor-key']);
    try {
      const old = new Client(after.url);
      const resumed = await old.call('resume', { protocol: PROTOCOL_VERSION, token: joined.token });
      expect(resumed.ok ? 'resumed' : resumed.error.code).toBe('unknown-token');
      const control = await old.call('control', { control: { action: 'pause' } });
      expect(control.ok ? 'accepted' : control.error.code).toBe('no-seat');
      // A team's seat does not depend on the instructor's key.
      const teamBack = new Client(after.url);
      expect((await teamBack.resume(teamJoined.token)).ok).toBe(true);
      for (const client of [old, teamBack]) client.close();
    } finally {
      await after.stop();
    }
  });
});
