import type { Command, Event } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type { Scenario } from '@crossborder/scenario';
import { DAY, Game, thinMlaForHostingLogs } from '../test/fixtures.js';

/**
 * A session's log for the debrief's tests: the tutorial played by the engine, every event kept
 * as the server keeps them. Aldoria opens its case, obtains the bank's reports (which reveal the
 * hosting logs in Borealis), sends Borealis an MLA request without its contents (recorded as a
 * violation of Art. 40), and nobody preserves the logs, which are deleted at the end of their
 * retention (day 8).
 */
class Played {
  readonly game: Game;
  readonly events: Event[] = [];

  constructor(readonly scenario: Scenario) {
    this.game = new Game(scenario);
  }

  do(country: string, command: Command): this {
    const result = this.game.engine.act(this.game.state, country, command, this.game.now);
    if (result.rejection) {
      const { code, params } = result.rejection;
      throw new Error(`${command.type}: ${translate(EN, EN, code, params)}`);
    }
    this.events.push(...result.events);
    return this;
  }

  at(minutes: number): this {
    this.game.now = minutes;
    this.events.push(...this.game.engine.catchUp(this.game.state, minutes));
    return this;
  }

  get caseId(): string {
    return Object.keys(this.game.view('aldoria').cases)[0] ?? '';
  }
}

/** The tutorial up to `until` (game minutes; by default day 9, the hosting logs lost). */
export function playedTutorial(tutorial: Scenario, until = 9 * DAY): Played {
  const played = new Played(tutorial);
  played.do('aldoria', { type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] });
  played.do('aldoria', {
    type: 'takeMeasure',
    caseId: played.caseId,
    kind: 'production-order',
    target: { evidence: 'fraud-reports' },
    safeguards: { authorisedBy: 'judge', grounds: 'suspicion', scope: 'reports', duration: '30 days' },
  });
  played.at(DAY);
  played.do('aldoria', thinMlaForHostingLogs(played.caseId));
  return played.at(until);
}
