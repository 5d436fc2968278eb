import { fileURLToPath } from 'node:url';
import { EN, translate } from '@crossborder/i18n';
import type { Scenario } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { expect } from 'vitest';
import {
  type Command,
  createEngine,
  type Engine,
  type Event,
  type Rejection,
  type State,
  type Violation,
} from '../src/index.js';

const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

export async function bundled(name: string): Promise<Scenario> {
  const { scenario, issues } = await loadScenarioFile(`${folder}${name}.yaml`);
  if (!scenario) throw new Error(issues.map((issue) => issue.message).join('\n'));
  return scenario;
}

/**
 * What a rejection or a recorded violation says, in English: its key and parameters rendered with
 * the catalogue, as the server and the screens do (the engine keeps keys, not sentences).
 */
export function text(said: Rejection | Violation): string {
  return 'code' in said
    ? translate(EN, EN, said.code, said.params)
    : translate(EN, EN, said.line.key, said.line.params);
}

export const DAY = 24 * 60;
export const HOUR = 60;

/** A session driven by a test: one state moved forward by commands at given game times. */
export class Play {
  readonly engine: Engine;
  readonly state: State;
  readonly log: Event[] = [];
  now = 0;

  constructor(scenario: Scenario) {
    this.engine = createEngine(scenario);
    this.state = this.engine.initialState();
  }

  at(time: number): this {
    this.now = time;
    this.log.push(...this.engine.catchUp(this.state, time));
    return this;
  }

  /** Runs a command that must be accepted; returns the events it caused. */
  do(actor: string, command: Command): Event[] {
    const result = this.engine.act(this.state, actor, command, this.now);
    this.log.push(...result.events);
    if (result.rejection) throw new Error(`rejected: ${result.rejection.code}: ${text(result.rejection)}`);
    return result.events;
  }

  /** Runs a command that must be rejected; returns the rejection. Nothing may change. */
  rejected(actor: string, command: Command): Rejection {
    this.log.push(...this.engine.catchUp(this.state, this.now));
    const before = JSON.stringify(this.state);
    const decision = this.engine.decide(this.state, actor, command, this.now);
    if (decision.ok)
      throw new Error(
        `expected a rejection of ${command.type}, got ${decision.events.map((e) => e.type).join(', ')}`,
      );
    expect(JSON.stringify(this.state)).toBe(before);
    return decision.rejection;
  }

  /** Ids created by the last events of a type. */
  lastId(
    type: 'CaseOpened' | 'RequestSent' | 'ConsultationOpened' | 'AgreementProposed' | 'MeasureTaken',
  ): string {
    for (let index = this.log.length - 1; index >= 0; index--) {
      const event = this.log[index];
      if (event?.type === 'CaseOpened' && type === 'CaseOpened') return event.case.id;
      if (event?.type === 'RequestSent' && type === 'RequestSent') return event.request.id;
      if (event?.type === 'ConsultationOpened' && type === 'ConsultationOpened') return event.consultation.id;
      if (event?.type === 'AgreementProposed' && type === 'AgreementProposed') return event.agreement.id;
      if (event?.type === 'MeasureTaken' && type === 'MeasureTaken') return event.measure.id;
    }
    throw new Error(`no ${type} yet`);
  }
}

export const SAFEGUARDS = {
  authorisedBy: 'Investigating judge Ames',
  grounds: 'Reasonable suspicion of computer fraud',
  scope: 'The records named in the order',
  duration: '30 days',
};

export const PRESERVATION_CONTENTS = {
  authority: 'National Cybercrime Centre of Aldoria, investigation 27/31',
  'offence-and-facts': 'Computer fraud: a phishing page stole bank credentials of 312 customers.',
  'data-and-link': 'Control-panel logs of the hosting account serving the phishing page.',
  'custodian-or-location': 'Northwind Hosting, established in Borealis.',
  necessity: 'The provider deletes these logs after 14 days.',
  'intent-to-request-mla': 'A request for disclosure of the logs will follow within days.',
};

export const MLA_CONTENTS = {
  'requesting-authority': 'Public Prosecutor of Port Aldo, cybercrime section',
  'nature-of-case': 'Criminal investigation into computer fraud led by the Port Aldo prosecutor.',
  'summary-of-facts': 'A phishing page hosted in Borealis stole credentials; EUR 410,000 was taken.',
  'assistance-sought': 'Disclosure of the preserved control-panel logs, with a certificate of authenticity.',
  'persons-concerned': 'The unknown holder of the hosting account, alias Kite.',
  purpose: 'To identify the person administering the phishing page and prove the fraud.',
  period: 'From 1 March to 31 March: the period the page was online.',
  property: 'The account holding the proceeds, described in the bank records attached.',
};
