import {
  type Ack,
  type ClientEvent,
  type ErrorBody,
  type JoinResult,
  parseClientMessage,
  type Seat,
} from '@crossborder/protocol';
import type { Server, Socket } from 'socket.io';
import type { Config } from '../config.js';
import { type Connection, newConnection } from '../game/audience.js';
import { hashToken, sameSecret, seatToken } from '../game/codes.js';
import type { Registry } from '../game/registry.js';
import type { Session } from '../game/session.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { RateLimiter } from './rate-limit.js';

const fail = (code: string, message: string): { ok: false; error: ErrorBody } => ({
  ok: false,
  error: { code, message },
});

/**
 * The socket protocol (PROTOCOL.md): every message is parsed by its schema and authorised
 * against the socket's seat before anything happens; every answer goes through the
 * acknowledgement; nothing a client sends can throw out of a handler.
 */
export function attachSockets(
  io: Server,
  deps: { registry: Registry; store: Store; config: Config; log: Logger },
): void {
  io.on('connection', (socket) => {
    const limiter = new RateLimiter(deps.config.rateLimit.perSecond, deps.config.rateLimit.burst);
    let seated: { connection: Connection; session: Session } | null = null;

    const seat = (session: Session, place: Seat, name: string | null): JoinResult['snapshot'] => {
      seated?.session.detach(seated.connection);
      const connection = newConnection(socket.id, place, (event, payload) => socket.emit(event, payload));
      seated = { connection, session };
      return session.attach(connection, name);
    };

    const handlers: { [E in ClientEvent]: (payload: never) => Ack<object> } = {
      join: (message: import('@crossborder/protocol').ClientMessage<'join'>) => {
        const session = deps.registry.byJoinCode(message.code);
        if (!session)
          return fail(
            'unknown-code',
            `No session has the join code ${message.code}. Check the code on the screen.`,
          );
        if (session.info.status !== 'open') return fail('session-ended', 'That session has ended.');
        if (message.seat.kind === 'instructor' && !sameSecret(message.key ?? '', deps.config.instructorKey)) {
          return fail('not-instructor', 'The instructor key is wrong.');
        }
        const refusal = session.admits(message.seat);
        if (refusal) return { ok: false, error: refusal };
        const token = seatToken();
        deps.store.addToken(hashToken(token), {
          sessionId: session.id,
          seat: message.seat,
          name: message.name,
        });
        const snapshot = seat(session, message.seat, message.name);
        return {
          ok: true,
          token,
          seat: message.seat,
          session: session.info,
          snapshot,
          ...(message.seat.kind === 'instructor' ? { seats: session.seatsInfo() } : {}),
        };
      },
      resume: (message: import('@crossborder/protocol').ClientMessage<'resume'>) => {
        const record = deps.store.token(hashToken(message.token));
        const session = record ? deps.registry.get(record.sessionId) : undefined;
        if (!record || !session)
          return fail('unknown-token', 'This seat is no longer valid. Join again with the session code.');
        const snapshot = seat(session, record.seat, null);
        return {
          ok: true,
          token: message.token,
          seat: record.seat,
          session: session.info,
          snapshot,
          ...(record.seat.kind === 'instructor' ? { seats: session.seatsInfo() } : {}),
        };
      },
      command: (message: import('@crossborder/protocol').ClientMessage<'command'>) => {
        if (!seated) return fail('no-seat', 'Join a session first.');
        return seated.session.command(seated.connection.seat, message.actionId, message.command);
      },
      sync: () => {
        if (!seated) return fail('no-seat', 'Join a session first.');
        return { ok: true, ...seated.session.snapshot(seated.connection) };
      },
      control: (message: import('@crossborder/protocol').ClientMessage<'control'>) => {
        if (!seated) return fail('no-seat', 'Join a session first.');
        if (seated.connection.seat.kind !== 'instructor')
          return fail('not-instructor', 'Only the instructor can do this.');
        return seated.session.control(message.control);
      },
    };

    for (const event of Object.keys(handlers) as ClientEvent[]) {
      socket.on(event, (payload: unknown, ack: unknown) => {
        if (typeof ack !== 'function') return; // Every message expects an answer; without a callback there is no one to tell.
        const reply = ack as (answer: Ack<object>) => void;
        if (!limiter.take()) return reply(fail('rate-limited', 'Too many messages: slow down a little.'));
        const parsed = parseClientMessage(event, payload);
        if (!parsed.ok) return reply({ ok: false, error: parsed.error });
        try {
          reply(handlers[event](parsed.value as never));
        } catch (cause) {
          deps.log.error({ err: cause, event, socket: socket.id }, 'handler failed');
          reply(fail('internal', 'Something went wrong on the server; nothing was changed.'));
        }
      });
    }

    socket.on('disconnect', () => {
      if (seated) seated.session.detach(seated.connection);
      seated = null;
    });
  });
}

export type { Socket };
