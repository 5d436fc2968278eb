import type { Socket } from 'socket.io';

/**
 * What a connection has not yet sent: packets queued in Engine.IO's write buffer and bytes held by
 * the WebSocket above what the operating system accepted. A client that stops reading makes both
 * grow with every update; past the bound the connection is dropped (the client resumes with its
 * seat token and a fresh snapshot when it reads again), so the server's memory stays flat.
 */
export interface Backlog {
  packets: number;
  bytes: number;
}

/** About 20 seconds of a busy session's updates for one seat, or one large snapshot. */
const MAX_BACKLOG: Backlog = { packets: 512, bytes: 2 * 1024 * 1024 };

/** The parts of Engine.IO's socket read here (not in its public types). */
interface EngineSocket {
  writeBuffer?: { data?: unknown }[];
  transport?: { socket?: { bufferedAmount?: number; terminate?: () => void } };
  close(discard?: boolean): void;
}

function engineOf(socket: Socket): EngineSocket {
  return socket.conn as unknown as EngineSocket;
}

export function backlogOf(socket: Socket): Backlog {
  const engine = engineOf(socket);
  const queued = engine.writeBuffer ?? [];
  let bytes = engine.transport?.socket?.bufferedAmount ?? 0;
  for (const packet of queued) if (typeof packet.data === 'string') bytes += packet.data.length;
  return { packets: queued.length, bytes };
}

export function overBacklog(backlog: Backlog, bound: Backlog = MAX_BACKLOG): boolean {
  return backlog.packets > bound.packets || backlog.bytes > bound.bytes;
}

/**
 * Drops a connection at once, discarding what it has not read: a graceful close would wait for
 * the backlog to drain, which a client that does not read never lets happen.
 */
export function dropConnection(socket: Socket): void {
  const engine = engineOf(socket);
  const websocket = engine.transport?.socket;
  if (websocket?.terminate) websocket.terminate();
  else engine.close(true);
}
