import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { GameClient } from './game-client.js';
import { tokenStore } from './tokens.js';

/** A real Socket.IO server on a free port, noting the handshake of each connection. */
async function server() {
  const http = createServer();
  const io = new Server(http);
  const handshakes: Record<string, unknown>[] = [];
  io.on('connection', (socket) => handshakes.push({ ...socket.handshake.query }));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { url, handshakes, close: () => new Promise<void>((resolve) => io.close(() => resolve())) };
}

const memory = () => {
  const items = new Map<string, string>();
  return tokenStore({
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  });
};

const closing: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

/** Waits (by count: 200 checks 10 ms apart) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !check(); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('the connection of a seat', () => {
  it('carries its session’s join code in the handshake, for a proxy to send it to the session’s server', async () => {
    const { url, handshakes, close } = await server();
    closing.push(close);
    const client = new GameClient(memory(), url, 'abc234');
    closing.push(() => client.close());
    await until(() => handshakes.length === 1);
    expect(handshakes[0]).toMatchObject({ code: 'ABC234' });
  });

  it('carries the language the page reads, for the server to say the scenario’s texts in it', async () => {
    const { url, handshakes, close } = await server();
    closing.push(close);
    const client = new GameClient(memory(), url, 'abc234', 'fr');
    closing.push(() => client.close());
    await until(() => handshakes.length === 1);
    expect(handshakes[0]).toMatchObject({ code: 'ABC234', lang: 'fr' });
  });

  it('carries no code when the screen has none', async () => {
    const { url, handshakes, close } = await server();
    closing.push(close);
    const client = new GameClient(memory(), url);
    closing.push(() => client.close());
    await until(() => handshakes.length === 1);
    expect(handshakes).toHaveLength(1);
    expect(handshakes[0]).not.toHaveProperty('code');
    expect(handshakes[0]).not.toHaveProperty('lang');
  });
});
