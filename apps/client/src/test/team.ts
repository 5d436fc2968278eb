import { type Command, CountryCommand, type CountryView } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type { ClockState } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { countryView } from '../state/client.js';
import type { Team } from '../team/context.js';
import { type Answer, Forms } from '../ui/forms.js';
import { TestClient } from './client.js';
import { type Game, Wire } from './fixtures.js';

/** A paused clock at `game` minutes, as the server sends it. */
export const paused = (game: number): ClockState => ({
  mode: 'realtime',
  running: false,
  speed: 60,
  game,
  wall: Date.now(),
  roundLength: 60,
});

/**
 * A team's seat as its panels see it, on a real engine: a TestClient holding the team's view
 * (kept in step by the patches the server would send), and `send` acting as the server does:
 * the command is checked against the wire's schema, the engine decides, the answer is the
 * server's (a rejection with its code, rule, article and English message) and, if the command
 * worked, the view that follows arrives as an update.
 */
export class Seat {
  readonly wire: Wire;
  readonly client: TestClient;
  readonly team: Team;
  /** Every command sent, as sent. */
  readonly sent: Command[] = [];
  /** Set to hold answers back until `release()` (to see a form while it is being sent). */
  hold = false;
  private held: (() => void)[] = [];

  constructor(
    readonly game: Game,
    readonly country: string,
  ) {
    this.wire = new Wire(game, country);
    this.client = new TestClient({ view: this.wire.view, clock: paused(game.now) });
    const { signals } = this.client;
    this.team = {
      view: countryView(signals.view, this.wire.view),
      minutes: signals.minutes,
      now: () => this.game.now,
      log: signals.log,
      forms: new Forms(),
      send: (command) => this.send(command),
      selected: signal<string | null>(null),
    };
  }

  get view(): CountryView {
    return this.wire.view;
  }

  /** What the server does with a command from this seat. */
  send(command: Command): Promise<Answer> {
    this.sent.push(command);
    const answer = this.decide(command);
    return new Promise((resolve) => {
      const answerNow = () => {
        if (answer.ok) this.update();
        resolve(answer);
      };
      if (this.hold) this.held.push(answerNow);
      else answerNow();
    });
  }

  /** Lets the held answers through. */
  release(): void {
    const held = this.held;
    this.held = [];
    for (const answer of held) answer();
  }

  /** What happened since the last update (another country's act, time), sent to this seat. */
  update(): void {
    this.client.receive({ view: this.wire.receive(), clock: paused(this.game.now) });
  }

  private decide(command: Command): Answer {
    const parsed = CountryCommand.safeParse(command);
    if (!parsed.success)
      return { ok: false, error: { code: 'bad-message', message: parsed.error.issues[0]?.message ?? '' } };
    const result = this.game.engine.act(
      this.game.state,
      this.country,
      parsed.data,
      this.game.now,
      this.game.changes,
    );
    if (result.rejection) {
      const { code, params, ruleId, article } = result.rejection;
      return {
        ok: false,
        error: { code, message: translate(EN, EN, code, params), ruleId, article, params },
      };
    }
    return { ok: true, events: result.events.length };
  }
}
