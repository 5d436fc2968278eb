import { type Command, INSTRUCTOR, InstructorCommand, type InstructorView } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type { Ack, ClockState, Control, JoinResult, Seat, SeatsInfo } from '@crossborder/protocol';
import type { Scenario } from '@crossborder/scenario';
import { TestClient } from '../test/client.js';
import { type Game, Wire } from '../test/fixtures.js';
import type { ConsoleClient } from './context.js';

/**
 * For the console's component tests: the instructor's view of a game as the browser holds it,
 * and a stand-in client that records what the console sends.
 */

/** The instructor's view, kept in step by the patches the server would send (test/fixtures.ts). */
export class InstructorWire {
  private readonly wire: Wire;

  constructor(game: Game) {
    this.wire = new Wire(game, INSTRUCTOR);
  }

  get view(): InstructorView {
    return this.wire.view as unknown as InstructorView;
  }

  /** The view after the update for what happened since the last one. */
  receive(): InstructorView {
    return this.wire.receive() as unknown as InstructorView;
  }
}

/** A clock reading from the server, taken now. */
export function reading(game: number, running: boolean, speed = 60, roundLength = 60): ClockState {
  return { mode: 'realtime', running, speed, game, wall: Date.now(), roundLength };
}

/** Every seat empty, no bot, nothing locked: a session nobody has joined. */
export function emptySeats(scenario: Scenario): SeatsInfo {
  return {
    countries: Object.fromEntries(
      Object.keys(scenario.countries).map((id) => [id, { bot: false, locked: false, team: null, online: 0 }]),
    ),
    observersSeeAll: false,
  };
}

/**
 * The GameClient as the console uses it: the same signals (TestClient), and the controls and
 * commands it is asked to send, recorded and answered with `answer` (accepted unless a test says).
 */
export class ConsoleTestClient extends TestClient implements ConsoleClient {
  readonly controls: Control[] = [];
  readonly commands: Command[] = [];
  readonly seatings: { how: 'resume' | 'join'; code: string; seat: Seat; key?: string }[] = [];
  answer: Ack = { ok: true };
  /** What `resume` and `join` answer: none by default (no seat held before; joining refused). */
  resumed: Ack<JoinResult> | null = null;
  joined: Ack<JoinResult> = { ok: false, error: { code: 'unknown-code', message: 'No such session.' } };

  control(control: Control): Promise<Ack<{ clock: ClockState }>> {
    this.controls.push(control);
    const answer = this.answer;
    return Promise.resolve(answer.ok ? { ok: true, clock: reading(0, false) } : answer);
  }

  command(command: Command): Promise<Ack<{ events: number }>> {
    this.commands.push(command);
    const answer = this.answer;
    return Promise.resolve(answer.ok ? { ok: true, events: 1 } : answer);
  }

  resume(code: string, seat: Seat): Promise<Ack<JoinResult> | null> {
    this.seatings.push({ how: 'resume', code, seat });
    return Promise.resolve(this.resumed);
  }

  join(code: string, seat: Seat, _name: string, key?: string): Promise<Ack<JoinResult>> {
    this.seatings.push({ how: 'join', code, seat, ...(key ? { key } : {}) });
    return Promise.resolve(this.joined);
  }
}

/**
 * The instructor's commands as the server takes them, on a real engine: checked against the
 * wire's schema (the scenario format's own, for an inject written live), decided, answered with
 * the ruling's code, parameters and English message.
 */
export function instructorSend(game: Game): (command: Command) => Promise<Ack<{ events: number }>> {
  return (command) => {
    const parsed = InstructorCommand.safeParse(command);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Promise.resolve({
        ok: false,
        error: { code: 'bad-message', message: `${issue?.path.join('.')}: ${issue?.message}` },
      });
    }
    const result = game.engine.act(game.state, INSTRUCTOR, parsed.data, game.now, game.changes);
    if (!result.rejection) return Promise.resolve({ ok: true, events: result.events.length });
    const { code, params } = result.rejection;
    return Promise.resolve({ ok: false, error: { code, message: translate(EN, EN, code, params), params } });
  };
}
