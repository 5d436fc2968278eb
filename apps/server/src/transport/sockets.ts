import type {
  Ack,
  ClientMessage,
  ClientToServerUntrusted,
  JoinResult,
  Seat,
  ServerMessages,
  ServerToClientEvents,
} from '@crossborder/protocol';
import type { Server } from 'socket.io';
import type { Config } from '../config.js';
import { failure } from '../errors.js';
import { type Connection, newConnection } from '../game/audience.js';
import { hashToken, keyEpoch, sameSecret, seatToken } from '../game/codes.js';
import { lookRefusal, takenWithKey } from '../game/look.js';
import { confusableWith } from '../game/names.js';
import type { Registry } from '../game/registry.js';
import type { Session } from '../game/session.js';
import { handshakeLocale } from '../locale.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import { backlogOf, dropConnection, overBacklog } from './backlog.js';
import { type GameSocket, type Handlers, listen, send } from './handlers.js';
import { KeyedRateLimiter, RateLimiter } from './rate-limit.js';

/** Idle rate-limit buckets are forgotten this often. */
const SWEEP_EVERY_MS = 60_000;

/**
 * The socket protocol (PROTOCOL.md): every message is parsed by its schema and authorised
 * against the socket's seat before anything happens; every answer goes through the
 * acknowledgement; nothing a client sends can throw out of a handler.
 */
export function attachSockets(
  io: Server<ClientToServerUntrusted, ServerToClientEvents>,
  deps: { registry: Registry; store: Store; config: Config; log: Logger },
): () => void {
  const { perSecond, burst, perAddress } = deps.config.rateLimit;
  // Shared by every socket: a seat token (however many sockets resume with it) and a network
  // address (however many sockets it opens) each get one allowance.
  const byToken = new KeyedRateLimiter(perSecond, burst);
  const byAddress = new KeyedRateLimiter(perAddress, perAddress * 3);
  const sweeper = setInterval(() => {
    byToken.sweep();
    byAddress.sweep();
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  const currentEpoch = keyEpoch(deps.config.instructorKey);

  io.on('connection', (socket: GameSocket) => {
    const limiter = new RateLimiter(perSecond, burst);
    const address = socket.handshake.address;
    let seated: { connection: Connection; session: Session; token: string } | null = null;

    /** Sends unless the client has fallen too far behind: then it is dropped and resumes later. */
    let dropped = false;
    const deliver = (send: () => void): void => {
      if (dropped || !socket.connected) return;
      const backlog = backlogOf(socket);
      if (overBacklog(backlog)) {
        // The socket's disconnect comes a moment later; nothing more is queued meanwhile.
        dropped = true;
        deps.log.warn({ socket: socket.id, ...backlog }, 'dropped a connection that stopped reading');
        dropConnection(socket);
        return;
      }
      send();
    };

    const seat = (
      session: Session,
      place: Seat,
      token: string,
      name: string | null,
    ): JoinResult['snapshot'] => {
      seated?.session.detach(seated.connection);
      const connection = newConnection(
        socket.id,
        place,
        (event, payload) => deliver(() => send(socket, event, payload)),
        (notice: ServerMessages['notice']) => {
          deliver(() => send(socket, 'notice', notice));
          seated = null;
          socket.disconnect(true);
        },
        handshakeLocale(socket.handshake.query),
      );
      seated = { connection, session, token };
      return session.attach(connection, name);
    };

    /** A juror joins a moot court with the jury link's key, and gets a seat of their own (game/jury.ts). */
    const joinJury = async (
      session: Session,
      name: string,
      key: string | undefined,
    ): Promise<Ack<JoinResult>> => {
      const refusal = session.admits({ kind: 'juror' }) ?? session.refusesJuror({ kind: 'juror' }, key);
      if (refusal) return { ok: false, error: refusal };
      const place = session.seatFor({ kind: 'juror' }, name);
      const token = seatToken();
      await deps.store.addToken(hashToken(token), { sessionId: session.id, seat: place, name });
      const snapshot = seat(session, place, token, name);
      return { ok: true, token, seat: place, session: session.info, snapshot };
    };

    const handlers: Handlers = {
      join: async (message: ClientMessage<'join'>) => {
        const session = await deps.registry.open(message.code);
        if (session === 'moved') return failure('session-moved');
        if (!session) return failure('unknown-code', { code: message.code });
        if (session.info.status !== 'open') return failure('session-ended');
        if (message.seat.kind === 'juror') return joinJury(session, message.name, message.key);
        if (takenWithKey(message.seat) && !sameSecret(message.key ?? '', deps.config.instructorKey))
          return failure('wrong-key');
        const refusal = session.admits(message.seat);
        if (refusal) return { ok: false, error: refusal };
        if (message.seat.kind === 'country' && session.needsTeamName(message.seat.country)) {
          const other = confusableWith(message.name, session.otherTeamNames(message.seat.country));
          if (other !== undefined) return failure('name-confusable', { name: message.name, other });
        }
        const token = seatToken();
        await deps.store.addToken(hashToken(token), {
          sessionId: session.id,
          seat: message.seat,
          name: message.name,
          ...(takenWithKey(message.seat) ? { keyEpoch: currentEpoch } : {}),
        });
        const snapshot = seat(session, message.seat, token, message.name);
        return {
          ok: true,
          token,
          seat: message.seat,
          session: session.info,
          snapshot,
          ...(message.seat.kind === 'instructor' ? { seats: session.seatsInfo() } : {}),
        };
      },
      resume: async (message: ClientMessage<'resume'>) => {
        const record = await deps.store.token(hashToken(message.token));
        const session = record ? await deps.registry.openById(record.sessionId) : undefined;
        if (session === 'moved') return failure('session-moved');
        if (!record || !session || session.isRetired) return failure('unknown-token');
        // An instructor's seat (and its look through a country's) lasts as long as the key it was taken with.
        if (takenWithKey(record.seat) && record.keyEpoch !== currentEpoch)
          return failure('old-instructor-key');
        const snapshot = seat(session, record.seat, message.token, null);
        return {
          ok: true,
          token: message.token,
          seat: record.seat,
          session: session.info,
          snapshot,
          ...(record.seat.kind === 'instructor' ? { seats: session.seatsInfo() } : {}),
        };
      },
      command: (message: ClientMessage<'command'>) => {
        if (!seated) return failure('no-seat');
        return seated.session.command(seated.connection.seat, message.actionId, message.command);
      },
      sync: () => {
        if (!seated) return failure('no-seat');
        return { ok: true, ...seated.session.snapshot(seated.connection) };
      },
      control: (message: ClientMessage<'control'>) => {
        if (!seated) return failure('no-seat');
        const readOnly = lookRefusal(seated.connection.seat, seated.session.scenario);
        if (readOnly) return readOnly;
        if (seated.connection.seat.kind !== 'instructor') return failure('not-instructor');
        return seated.session.control(message.control);
      },
    };

    listen(socket, handlers, {
      // Every allowance the message draws on: the socket's, its seat token's and its address's.
      admit: () =>
        limiter.take() && (seated === null || byToken.take(seated.token)) && byAddress.take(address),
      deliver,
      failed: (cause, event) => deps.log.error({ err: cause, event, socket: socket.id }, 'handler failed'),
    });

    socket.on('disconnect', () => {
      if (seated) seated.session.detach(seated.connection);
      seated = null;
    });
  });

  // Instructor seats taken under another key end now, not only when they try to resume.
  deps.store.revokeInstructorTokens(currentEpoch).catch((cause: unknown) => {
    deps.log.error({ err: cause }, 'could not end the instructor seats taken under another key');
  });
  return () => clearInterval(sweeper);
}
