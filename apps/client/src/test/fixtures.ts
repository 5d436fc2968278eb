import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyPatch,
  type Changes,
  type Command,
  type CommandOf,
  type CountryView,
  createEngine,
  type Engine,
  type State,
  type ViewStream,
} from '@crossborder/engine';
import { EN, translate } from '@crossborder/i18n';
import type { Scenario } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';

/** A real engine on a bundled scenario, for tests of the client's logic on real views. */
export async function bundled(name: string): Promise<Scenario> {
  // From a path, not a URL: in the component tests `URL` is the DOM's, which Node's fileURLToPath refuses.
  const folder = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../scenarios');
  const { scenario, issues } = await loadScenarioFile(resolve(folder, `${name}.yaml`));
  if (!scenario) throw new Error(issues.map((issue) => issue.message).join('\n'));
  return scenario;
}

export class Game {
  readonly engine: Engine;
  readonly state: State;
  /** Every entity any command or time replaced, as the server notes them for its view streams. */
  readonly changes: Changes = new Map();
  now = 0;

  constructor(scenario: Scenario) {
    this.engine = createEngine(scenario);
    this.state = this.engine.initialState();
  }

  do(country: string, command: Command): this {
    const result = this.engine.act(this.state, country, command, this.now, this.changes);
    if (result.rejection) {
      const { code, params } = result.rejection;
      throw new Error(`${command.type}: ${translate(EN, EN, code, params)}`);
    }
    return this;
  }

  at(minutes: number): this {
    this.now = minutes;
    this.engine.catchUp(this.state, minutes, this.changes);
    return this;
  }

  view(country: string): CountryView {
    return this.engine.view(this.state, country) as CountryView;
  }
}

/**
 * A team's view as its browser holds it: the whole view once, then kept in step by the patches
 * the server would send (the engine's view stream), applied as net/updates.ts applies them. So
 * what did not change keeps its identity, as in the browser, and components that follow only
 * their part of the view can be seen to let the rest pass by.
 */
export class Wire {
  private readonly stream: ViewStream;
  view: CountryView;

  constructor(
    private readonly game: Game,
    country: string,
  ) {
    this.stream = game.engine.viewStream(country);
    this.view = this.stream.reset(game.state) as CountryView;
  }

  /** The view after the update for what happened since the last one. */
  receive(): CountryView {
    this.view = applyPatch(this.view, this.stream.update(this.game.state, this.game.changes));
    return this.view;
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

/**
 * Aldoria asks Borealis by mutual legal assistance for the hosting logs, saying only who asks:
 * it goes, with a violation (Art. 40). `extra` adds to the command (a suggested deadline...).
 */
export function thinMlaForHostingLogs(
  caseId: string,
  extra: Partial<CommandOf<'sendRequest'>> = {},
): Command {
  return {
    type: 'sendRequest',
    kind: 'stored-data',
    to: 'borealis',
    caseId,
    offence: 'credential-phishing',
    channel: 'central-authority',
    language: 'en',
    subject: { evidence: ['hosting-logs'] },
    contents: { 'requesting-authority': 'Public Prosecutor of Port Aldo' },
    ...extra,
  };
}
