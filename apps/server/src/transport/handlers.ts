import {
  type Ack,
  type Answers,
  CLIENT_EVENTS,
  type ClientEvent,
  type ClientMessage,
  type ClientToServerUntrusted,
  parseClientMessage,
  type ServerMessages,
  type ServerToClientEvents,
} from '@crossborder/protocol';
import type { Socket } from 'socket.io';
import { failure } from '../errors.js';

/** A server socket typed with the protocol's events: what it receives is untrusted until parsed. */
export type GameSocket = Socket<ClientToServerUntrusted, ServerToClientEvents>;

/** What handles one client message: its payload already parsed by that message's schema. */
type Handler<E extends ClientEvent> = (
  message: ClientMessage<E>,
) => Ack<Answers[E]> | Promise<Ack<Answers[E]>>;

/** One handler per client event; a new event in the protocol is a type error here until handled. */
export type Handlers = { [E in ClientEvent]: Handler<E> };

/** What stands between a socket and its handlers. */
export interface Gate {
  /** Whether one more message may be handled now (rate limits). */
  admit(): boolean;
  /** Sends an answer (unless the connection has fallen too far behind to take it). */
  deliver(send: () => void): void;
  /** A handler threw: logged, and the client answered `internal`. */
  failed(cause: unknown, event: ClientEvent): void;
}

/**
 * Listens to every client event behind its schema, in the manner of a validated message map: a
 * message without an acknowledgement callback is ignored (there is no one to tell), one over the
 * rate limit is answered `rate-limited`, one whose payload does not parse gets a typed
 * `bad-message` error and never reaches its handler, and a handler that throws is answered
 * `internal`. Nothing a client sends can throw out of here.
 */
export function listen(socket: GameSocket, handlers: Handlers, gate: Gate): void {
  for (const event of CLIENT_EVENTS) listenTo(socket, event, handlers[event], gate);
}

function listenTo<E extends ClientEvent>(
  socket: GameSocket,
  event: E,
  handler: Handler<E>,
  gate: Gate,
): void {
  const listener = (payload: unknown, answer?: (ack: Ack<Answers[E]>) => void): void => {
    if (typeof answer !== 'function') return;
    const reply = (ack: Ack<Answers[E]>) => gate.deliver(() => answer(ack));
    if (!gate.admit()) {
      reply(failure('rate-limited'));
      return;
    }
    const parsed = parseClientMessage(event, payload);
    if (!parsed.ok) {
      reply({ ok: false, error: parsed.error });
      return;
    }
    const failed = (cause: unknown) => {
      gate.failed(cause, event);
      reply(failure('internal'));
    };
    try {
      // A handler that writes the store answers once the write is durable.
      Promise.resolve(handler(parsed.value)).then(reply, failed);
    } catch (cause) {
      failed(cause);
    }
  };
  untyped(socket).on(event, listener);
}

/** Sends one of the protocol's server messages to a socket. */
export function send<E extends keyof ServerMessages>(
  socket: GameSocket,
  event: E,
  payload: ServerMessages[E],
): void {
  untyped(socket).emit(event, payload);
}

/**
 * Socket.IO's typings cannot follow a generic event name to its listener or payload (their
 * conditional types do not resolve for a type parameter), though the types above are exactly the
 * ones the protocol's maps name for that event: this is the one place that steps around them.
 */
function untyped(socket: GameSocket): {
  on(event: string, listener: (...args: never[]) => void): void;
  emit(event: string, payload: unknown): void;
} {
  return socket as unknown as ReturnType<typeof untyped>;
}
