import { fileURLToPath } from 'node:url';
import { type Command, type CountryView, createEngine, type Engine, type State } from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type { Scenario } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';

/** A real engine on a bundled scenario, for tests of the client's logic on real views. */
export async function bundled(name: string): Promise<Scenario> {
  const folder = fileURLToPath(new URL('../../../../scenarios/', import.meta.url));
  const { scenario, issues } = await loadScenarioFile(`${folder}${name}.yaml`);
  if (!scenario) throw new Error(issues.map((issue) => issue.message).join('\n'));
  return scenario;
}

export class Game {
  readonly engine: Engine;
  readonly state: State;
  now = 0;

  constructor(scenario: Scenario) {
    this.engine = createEngine(scenario);
    this.state = this.engine.initialState();
  }

  do(country: string, command: Command): this {
    const result = this.engine.act(this.state, country, command, this.now);
    if (result.rejection) {
      const { code, params } = result.rejection;
      throw new Error(`${command.type}: ${translate(EN, EN, code, params)}`);
    }
    return this;
  }

  at(minutes: number): this {
    this.now = minutes;
    this.engine.catchUp(this.state, minutes);
    return this;
  }

  view(country: string): CountryView {
    return this.engine.view(this.state, country) as CountryView;
  }
}

export const DAY = 24 * 60;

/**
 * The tutorial a day in: Aldoria has opened its case and obtained the bank's fraud reports at
 * home, which revealed the hosting logs in Borealis (to be deleted within days).
 */
export function tutorialDayOne(tutorial: Scenario): { game: Game; caseId: string } {
  const game = new Game(tutorial);
  game.do('aldoria', { type: 'openCase', title: 'Harbourline', offences: ['credential-phishing'] });
  const caseId = Object.keys(game.view('aldoria').cases)[0] ?? '';
  game.do('aldoria', {
    type: 'takeMeasure',
    caseId,
    kind: 'production-order',
    target: { evidence: 'fraud-reports' },
    safeguards: { authorisedBy: 'judge', grounds: 'suspicion', scope: 'reports', duration: '30 days' },
  });
  game.at(DAY);
  return { game, caseId };
}

/** Everything a preservation request must say (Art. 42), for the tutorial's hosting logs. */
export const PRESERVATION_CONTENTS = {
  authority: 'National Cybercrime Centre of Aldoria',
  'offence-and-facts': 'Computer fraud through a fake bank login page',
  'data-and-link': 'Access logs of the server hosting the page',
  'custodian-or-location': 'Northwind Hosting in Borealis',
  necessity: 'The logs are deleted after fourteen days',
  'intent-to-request-mla': 'Aldoria will send an MLA request',
};

/** Aldoria asks Borealis, through the 24/7 network, to preserve the hosting logs: a complete request. */
export function preservationOfHostingLogs(caseId: string): Command {
  return {
    type: 'sendRequest',
    kind: 'preservation',
    to: 'borealis',
    caseId,
    offence: 'credential-phishing',
    channel: '24-7-network',
    language: 'en',
    subject: { evidence: ['hosting-logs'] },
    contents: { ...PRESERVATION_CONTENTS },
  };
}
