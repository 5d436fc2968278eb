import { fileURLToPath } from 'node:url';
import { citationText } from '@crossborder/i18n';
import { EN_WITH_RULES as EN } from '@crossborder/i18n/rules';
import { RULES, type RuleId, type Scenario } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { expect } from 'vitest';
import type { CommandOf, Event, Rejection, Violation } from '../../src/index.js';
import { MLA_CONTENTS, Play, text } from '../support.js';

/** The rules fixture: Aldoria investigates, Borealis holds the data and the suspect, Caldera is not a party. */
async function loadFixture(): Promise<Scenario> {
  const path = fileURLToPath(new URL('../fixtures/rules.yaml', import.meta.url));
  const { scenario, issues } = await loadScenarioFile(path);
  if (!scenario) throw new Error(issues.map((issue) => issue.message).join('\n'));
  return scenario;
}

export const fixture = await loadFixture();

export const PRESERVATION = {
  authority: 'National Cybercrime Centre of Aldoria',
  'offence-and-facts': 'Illegal access: the utility servers were entered and wiped.',
  'data-and-link': 'Connection logs showing the intruder logging in to the utility.',
  'custodian-or-location': 'Kestrel Net, an internet provider in Borealis.',
  necessity: 'Kestrel Net deletes traffic data after ten days.',
  'intent-to-request-mla': 'A request for the logs will follow this week.',
};

export type Send = CommandOf<'sendRequest'>;

/** The requested State's own authority, named when it executes a request (Arts 24, 40). */
export const JUDGE = 'Investigating judge of the Borealis District Court';

/** A session of the fixture (or a variant of it) with Aldoria's case open on every offence. */
export function start(scenario: Scenario = fixture) {
  const play = new Play(scenario);
  play.do('aldoria', {
    type: 'openCase',
    title: 'Kestrel',
    offences: ['intrusion', 'wiping', 'betting', 'blackmail'],
  });
  const caseId = play.lastId('CaseOpened');
  const request = (overrides: Partial<Send> = {}): Send => ({
    type: 'sendRequest',
    kind: 'stored-data',
    to: 'borealis',
    caseId,
    offence: 'intrusion',
    channel: 'central-authority',
    language: 'en',
    subject: { evidence: ['logs-b'] },
    contents: { ...MLA_CONTENTS },
    suggestedDeadline: play.now + 5 * 24 * 60,
    deadlineReason: 'The provider deletes the logs after ten days.',
    ...overrides,
  });
  const preservation = (overrides: Partial<Send> = {}): Send =>
    request({ kind: 'preservation', channel: '24-7-network', contents: { ...PRESERVATION }, ...overrides });
  /** Sends a request and returns its id. */
  const send = (command: Send, from = 'aldoria'): string => {
    play.do(from, command);
    return play.lastId('RequestSent');
  };
  return { play, caseId, request, preservation, send };
}

/** Test shortcut: a country learns something without playing the steps that would teach it. */
export function teach(
  play: Play,
  country: string,
  what: {
    evidence?: string[];
    identity?: string[];
    location?: Record<string, string>;
    /** Evidence the country holds a copy of, shared by another country. */
    obtained?: { evidence: string[]; from: string };
  },
) {
  const source = { kind: 'start' } as const;
  const { evidence: obtained = [], from = '' } = what.obtained ?? {};
  const events: Event[] = [
    ...obtained.map(
      (evidenceId): Event => ({
        type: 'EvidenceObtained',
        at: play.now,
        visibleTo: [country],
        evidenceId,
        country,
        copy: {
          at: play.now,
          via: { kind: 'shared', from },
          forCase: null,
          conditions: [],
          tainted: false,
        },
      }),
    ),
    ...(what.evidence ?? []).map(
      (evidenceId): Event => ({
        type: 'EvidenceDiscovered',
        at: play.now,
        visibleTo: [country],
        evidenceId,
        country,
        source,
      }),
    ),
    ...(what.identity ?? []).map(
      (suspectId): Event => ({
        type: 'SuspectIdentified',
        at: play.now,
        visibleTo: [country],
        suspectId,
        country,
        source,
      }),
    ),
    ...Object.entries(what.location ?? {}).map(
      ([suspectId, location]): Event => ({
        type: 'SuspectLocated',
        at: play.now,
        visibleTo: [country],
        suspectId,
        country,
        location,
        source,
      }),
    ),
  ];
  for (const event of events) play.engine.evolve(play.state, event);
}

/** The rejection cites the rule, with the article the catalogue gives it. */
export function expectRule(rejection: Rejection, ruleId: RuleId): void {
  expect(rejection.ruleId).toBe(ruleId);
  expect(rejection.article).toBe(citationText(RULES[ruleId].citations));
  expect(text(rejection).length).toBeGreaterThan(20);
  expect(text(rejection)).not.toMatch(/\{\w+\}/);
}

/** The violations recorded by these events. */
export function violations(events: readonly Event[]): Violation[] {
  return events.flatMap((event) => (event.type === 'ViolationRecorded' ? [event.violation] : []));
}

export function expectViolation(events: readonly Event[], ruleId: RuleId, country: string): Violation {
  const found = violations(events).find((violation) => violation.ruleId === ruleId);
  expect(found, `a violation of ${ruleId}`).toBeDefined();
  expect(found?.country).toBe(country);
  expect(found?.penalty).toBe(RULES[ruleId].penalty);
  // The catalogue key and parameters it is said with, in English as in any other language.
  expect(found && Object.hasOwn(EN, found.line.key)).toBe(true);
  expect(found && text(found)).not.toMatch(/\{\w+\}/);
  return found as Violation;
}

/** The requested State opens a consultation on a request; the requesting State answers. */
export function consult(play: Play, from: string, requestId: string, to: string): void {
  play.do(from, {
    type: 'openConsultation',
    with: [to],
    topic: 'request',
    request: requestId,
    message: 'Can we find a way?',
  });
  // The requesting State answers: consultation is an exchange (Art. 40).
  play.do(to, {
    type: 'sendConsultationMessage',
    consultationId: play.lastId('ConsultationOpened'),
    text: 'We hear you; here is what we need.',
  });
}

/** Aldoria and Borealis (or the two named) agree a joint investigation team (Art. 48). */
export function formJointTeam(play: Play, proposer = 'aldoria', other = 'borealis'): void {
  play.do(proposer, {
    type: 'openConsultation',
    with: [other],
    topic: 'joint-investigation',
    message: 'A team?',
  });
  play.do(proposer, {
    type: 'proposeAgreement',
    consultationId: play.lastId('ConsultationOpened'),
    kind: 'joint-investigation-team',
    members: [proposer, other],
    text: 'Team.',
  });
  play.do(other, { type: 'answerAgreement', agreementId: play.lastId('AgreementProposed'), accept: true });
}

/** A rule's words as the English catalogue says them (`rule.<id>.<part>`). */
export function ruleWords(id: RuleId): { title: string; summary: string; teaching: string } {
  const say = (part: string) => (EN as Readonly<Record<string, string>>)[`rule.${id}.${part}`] ?? '';
  return { title: say('title'), summary: say('summary'), teaching: say('teaching') };
}
