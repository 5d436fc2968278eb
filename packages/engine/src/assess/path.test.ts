import { readFileSync } from 'node:fs';
import { EN, translate } from '@crossborder/i18n';
import { CONDITION_KINDS, type Condition, loadScenarioText, type Scenario } from '@crossborder/scenario';
import { loadScenarioFile } from '@crossborder/scenario/node';
import { describe, expect, it } from 'vitest';
import { PRESERVATION_CONTENTS } from '../../test/support.js';
import { event } from '../decide/tools.js';
import { createEngine } from '../engine.js';
import { evolve } from '../evolve.js';
import type { Event } from '../model/events.js';
import type { Request, RequestStatus, Source, State } from '../model/state.js';
import { simulate } from '../simulate.js';
import { criticalPath, type Step } from './path.js';

const { scenario: tutorial } = await loadScenarioFile(
  new URL('../../../../scenarios/tutorial.yaml', import.meta.url).pathname,
);
if (!tutorial) throw new Error('the tutorial loads');

const HOUR = 60;
const DAY = 24 * HOUR;

/** A path as a reader sees it: each step's line and how it came about, "<- waited for" on the decisive one. */
function said(steps: Step[]): string[] {
  return steps.map(
    (step) =>
      `${translate(EN, EN, step.line.key, step.line.params)}${step.viaLine ? ` (${translate(EN, EN, step.viaLine.key, step.viaLine.params)})` : ''}${step.decisive ? ` <- ${translate(EN, EN, 'path.decisive')}` : ''}`,
  );
}

const base = readFileSync(new URL('../../../scenario/test/base.yaml', import.meta.url), 'utf8');

/**
 * The base scenario (Aldoria investigates Vex, who is in Borealis; Aldoria knows the command
 * server logs, which reveal the subscriber record, which identifies and locates Vex), with a
 * planned joint team and an inject that wipes the subscriber record once Vex is arrested.
 */
function story(): Scenario {
  const head = base.slice(0, base.indexOf('injects:'));
  const source = `${head.replace(
    '  assets:\n',
    '  agreements:\n    team:\n      kind: joint-investigation-team\n      title: Joint team Kestrel\n      members: [aldoria, borealis]\n  assets:\n',
  )}injects:
  wipe:
    title: The accomplice wipes the records
    message: Word of the arrest spread.
    when: { suspectArrested: vex }
    effects:
      - deleteEvidence: subscriber
objectives:
  identify:
    title: Identify Vex
    when: { suspectIdentified: vex, by: aldoria }
    points: 50
`;
  const { scenario, issues } = loadScenarioText(source, 'story.yaml');
  if (!scenario)
    throw new Error(issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`).join('\n'));
  return scenario;
}

const fromLogs: Source = { kind: 'evidence', evidence: 'c2-logs' };
const fromSubscriber: Source = { kind: 'evidence', evidence: 'subscriber' };
const sharedBy = (from: string) => ({
  at: 0,
  via: { kind: 'shared', from } as const,
  forCase: null,
  conditions: [],
  tainted: false,
});

/** A session moved by events at chosen minutes, the engine catching up (injects) in between. */
class World {
  readonly engine;
  readonly state: State;
  readonly scenario: Scenario;
  constructor(scenario = story()) {
    this.scenario = scenario;
    this.engine = createEngine(scenario);
    this.state = this.engine.initialState();
  }
  happen(happened: Event): this {
    this.engine.catchUp(this.state, happened.at);
    evolve(this.state, happened);
    this.engine.catchUp(this.state, happened.at);
    return this;
  }
  until(at: number): this {
    this.engine.catchUp(this.state, at);
    return this;
  }
  /** Aldoria obtains the logs (day 1), learns of and obtains the subscriber record and identifies Vex at `subscriberAt`. */
  leads(subscriberAt: number): this {
    const copy = (at: number) => ({ ...sharedBy('borealis'), at });
    return this.happen(
      event('EvidenceObtained', DAY, [], { evidenceId: 'c2-logs', country: 'aldoria', copy: copy(DAY) }),
    )
      .happen(
        event('EvidenceDiscovered', DAY, [], {
          evidenceId: 'subscriber',
          country: 'aldoria',
          source: fromLogs,
        }),
      )
      .happen(
        event('EvidenceObtained', subscriberAt, [], {
          evidenceId: 'subscriber',
          country: 'aldoria',
          copy: copy(subscriberAt),
        }),
      )
      .happen(
        event('SuspectIdentified', subscriberAt, [], {
          suspectId: 'vex',
          country: 'aldoria',
          source: fromSubscriber,
        }),
      );
  }
  arrest(at: number): this {
    return this.happen(
      event('SuspectArrested', at, [], { suspectId: 'vex', by: 'borealis', pendingExtraditionTo: null }),
    );
  }
  path(condition: Condition): string[] {
    return said(criticalPath(this.engine.ctx, this.state, condition, condition.by));
  }
}

/** A real request: Aldoria opens its case and asks Borealis to preserve the logs; its id. */
function preservationRequest(world: World): string {
  world.engine.act(world.state, 'aldoria', { type: 'openCase', title: 'Kestrel', offences: ['wiper'] }, 0);
  const caseId = Object.keys(world.state.cases)[0] ?? '';
  const sent = world.engine.act(
    world.state,
    'aldoria',
    {
      type: 'sendRequest',
      kind: 'preservation',
      to: 'borealis',
      caseId,
      offence: 'wiper',
      channel: '24-7-network',
      language: 'en',
      subject: { evidence: ['c2-logs'] },
      contents: { ...PRESERVATION_CONTENTS },
      suggestedDeadline: 2 * DAY,
      deadlineReason: 'The provider deletes its logs.',
    },
    0,
  );
  expect(sent.rejection).toBeNull();
  return Object.keys(world.state.requests)[0] ?? '';
}

const SUBSCRIBER_CHAIN = [
  'Republic of Aldoria knew of "Command server logs" from the start',
  'Republic of Aldoria obtained "Command server logs" (shared by Federation of Borealis)',
  'Republic of Aldoria learned of "Subscriber record" (from "Command server logs")',
  'Republic of Aldoria obtained "Subscriber record" (shared by Federation of Borealis)',
];

describe('criticalPath', () => {
  it('says each step with titles and names, and how it came about, never an id', () => {
    const { events } = simulate(tutorial);
    const engine = createEngine(tutorial);
    const state = engine.replay(events);
    const steps = criticalPath(engine.ctx, state, { evidenceObtained: 'hosting-logs' }, 'aldoria');
    expect(said(steps)).toEqual(
      expect.arrayContaining([
        'Aldoria knew of "Harbourline\'s fraud reports" from the start',
        'Aldoria learned of "Northwind Hosting control-panel logs" (from "Harbourline\'s fraud reports")',
        'Aldoria obtained "Harbourline\'s fraud reports" (by a domestic production order)',
        expect.stringMatching(
          /^Aldoria obtained "Northwind Hosting control-panel logs" \(by request to Borealis: Mutual legal assistance: access to stored data\)$/,
        ),
      ]),
    );
    expect(said(steps).join('\n')).not.toMatch(
      /hosting-logs|fraud-reports|production-order|measure-\d|req-\d/,
    );
    // What the debrief's other readers use is kept as it was.
    expect(steps.find((step) => step.what === 'started-with')?.subject).toBe('fraud-reports');
  });

  it('all: follows every part, and marks the one that became true last as what it waited for', () => {
    const condition = {
      all: [{ suspectArrested: 'vex' }, { evidenceObtained: 'subscriber', by: 'aldoria' }],
    };
    const arrestLast = new World().leads(2 * DAY).arrest(3 * DAY);
    expect(arrestLast.path(condition)).toEqual([
      ...SUBSCRIBER_CHAIN,
      'Federation of Borealis arrested Vex <- what it waited for',
    ]);
    // The other way round: the arrest came first; the subscriber record was what it waited for.
    const arrestFirst = new World().arrest(DAY / 2).leads(2 * DAY);
    expect(arrestFirst.path(condition)).toEqual([
      'Republic of Aldoria knew of "Command server logs" from the start',
      'Federation of Borealis arrested Vex',
      'Republic of Aldoria obtained "Command server logs" (shared by Federation of Borealis)',
      'Republic of Aldoria learned of "Subscriber record" (from "Command server logs")',
      'Republic of Aldoria obtained "Subscriber record" (shared by Federation of Borealis) <- what it waited for',
    ]);
  });

  it('any: follows only the part that became true first', () => {
    const world = new World().leads(2 * DAY).arrest(3 * DAY);
    expect(world.path({ any: [{ suspectArrested: 'vex' }, { suspectIdentified: 'vex' }] })).toEqual([
      ...SUBSCRIBER_CHAIN,
      'Republic of Aldoria identified Vex (from "Subscriber record") <- what it waited for',
    ]);
    const arrestFirst = new World().arrest(DAY / 2).leads(2 * DAY);
    expect(arrestFirst.path({ any: [{ suspectIdentified: 'vex' }, { suspectArrested: 'vex' }] })).toEqual([
      'Federation of Borealis arrested Vex <- what it waited for',
    ]);
  });

  it('not: has no path of its own; in a time window, the path is that of what the window starts from', () => {
    const world = new World()
      .leads(2 * DAY)
      .arrest(3 * DAY)
      .until(4 * DAY);
    expect(world.path({ not: { suspectTippedOff: 'vex' } })).toEqual([]);
    // The action day missed: the record came two days after the arrest. Its steps did not make this true.
    const late = new World().arrest(DAY).leads(3 * DAY);
    const missed = {
      evidenceObtained: 'subscriber',
      by: 'aldoria',
      within: HOUR,
      of: { suspectArrested: 'vex' },
    };
    expect(late.path({ not: missed })).toEqual([]);
    expect(
      world.path({ not: { suspectTippedOff: 'vex' }, within: HOUR, of: { suspectArrested: 'vex' } }),
    ).toEqual(['Federation of Borealis arrested Vex <- what it waited for']);
  });

  it('within/of: follows both the condition and what its window starts from', () => {
    const world = new World().leads(2 * DAY).arrest(3 * DAY);
    // The record obtained a day before the arrest counts: the window's start is what it waited for.
    const condition = {
      evidenceObtained: 'subscriber',
      by: 'aldoria',
      within: HOUR,
      of: { suspectArrested: 'vex' },
    };
    expect(world.path(condition)).toEqual([
      ...SUBSCRIBER_CHAIN,
      'Federation of Borealis arrested Vex <- what it waited for',
    ]);
    const later = new World().arrest(DAY).leads(DAY + HOUR / 2);
    expect(later.path(condition).at(-1)).toBe(
      'Republic of Aldoria obtained "Subscriber record" (shared by Federation of Borealis) <- what it waited for',
    );
  });

  it('says the request an arrest answered, never one that was refused', () => {
    /** Aldoria's request for Vex's arrest, as the engine keeps it once answered. */
    const arrestRequest = (world: World, status: RequestStatus): World => {
      const sent = world.state.requests[preservationRequest(world)];
      if (!sent) throw new Error('the request was sent');
      const request: Request = {
        ...structuredClone(sent),
        id: 'req-arrest',
        kind: 'provisional-arrest',
        subject: { evidence: [], suspect: 'vex', asset: null },
        status,
        statusAt: DAY,
      };
      return world.happen(event('RequestSent', DAY, [], { request })).arrest(2 * DAY);
    };
    expect(arrestRequest(new World(), 'refused').path({ suspectArrested: 'vex' })).toEqual([
      'Federation of Borealis arrested Vex',
    ]);
    expect(arrestRequest(new World(), 'executed').path({ suspectArrested: 'vex' })).toEqual([
      'Federation of Borealis arrested Vex (on request of Republic of Aldoria: Provisional arrest pending extradition)',
    ]);
  });

  it('has a path for every kind of condition the format has, in words and never by id', () => {
    const world = new World();
    const ctx = world.engine.ctx;
    const request = preservationRequest(world);
    const caseId = Object.keys(world.state.cases)[0] ?? '';
    const agreement = {
      id: 'agreement-1',
      kind: 'joint-investigation-team' as const,
      consultation: 'consultation-1',
      proposedBy: 'aldoria',
      parties: ['aldoria', 'borealis'],
      terms: { lead: null, offence: null, members: ['aldoria', 'borealis'], text: 'Team Kestrel' },
      acceptedBy: ['aldoria', 'borealis'],
      rejectedBy: [],
      proposedAt: HOUR,
      concludedAt: null,
    };
    const preservation = {
      by: 'aldoria',
      via: { kind: 'request', request } as const,
      since: HOUR,
      until: 30 * DAY,
    };
    const tipOff = {
      at: 2 * HOUR,
      by: 'aldoria',
      provider: 'harbor-cloud',
      evidence: 'c2-logs',
      via: { kind: 'request', request } as const,
      cause: 'provider' as const,
    };
    const share = {
      from: 'borealis',
      to: 'aldoria',
      at: 3 * HOUR,
      facts: [],
      evidence: ['c2-logs'],
      suspects: [],
      conditions: [],
    };
    world
      .happen(event('AgreementProposed', HOUR, [], { agreement }))
      .happen(event('AgreementConcluded', HOUR, [], { agreementId: 'agreement-1' }))
      .happen(event('EvidencePreserved', HOUR, [], { evidenceId: 'c2-logs', preservation }))
      .happen(event('SuspectTippedOff', 2 * HOUR, [], { suspectId: 'vex', tipOff }))
      .happen(event('InformationShared', 3 * HOUR, [], { shareId: 'share-1', share }))
      .leads(2 * DAY)
      .happen(
        event('SuspectLocated', 2 * DAY, [], {
          suspectId: 'vex',
          country: 'aldoria',
          location: 'borealis',
          source: fromSubscriber,
        }),
      )
      .arrest(3 * DAY)
      .happen(event('SuspectSurrendered', 4 * DAY, [], { suspectId: 'vex', from: 'borealis', to: 'aldoria' }))
      .happen(
        event('ProsecutionOpened', 5 * DAY, [], {
          prosecution: {
            id: 'prosecution-1',
            country: 'aldoria',
            suspect: 'vex',
            caseId,
            evidence: [],
            reasoning: 'Enough.',
            at: 5 * DAY,
            onRequest: null,
          },
        }),
      )
      .until(6 * DAY)
      .happen(event('AssetFrozen', 6 * DAY, [], { assetId: 'wallet', by: 'aldoria', via: 'measure-1' }));

    // The step that made each kind of condition true, as a reader sees it (the compiler asks for every kind).
    const expected = {
      evidencePreserved: [
        'c2-logs',
        'Republic of Aldoria preserved "Command server logs" (by request to Federation of Borealis: Expedited preservation of stored data)',
      ],
      evidenceObtained: ['subscriber', SUBSCRIBER_CHAIN[3]],
      evidenceLost: [
        'subscriber',
        '"Subscriber record" was lost (from the news: The accomplice wipes the records)',
      ],
      suspectIdentified: ['vex', 'Republic of Aldoria identified Vex (from "Subscriber record")'],
      // Aldoria holds him by then: it knows where he is from his surrender.
      suspectLocated: ['vex', 'Vex was surrendered to Republic of Aldoria'],
      suspectArrested: ['vex', 'Federation of Borealis arrested Vex'],
      suspectSurrendered: ['vex', 'Vex was surrendered to Republic of Aldoria'],
      prosecutionOpened: ['vex', 'Republic of Aldoria opened a prosecution of Vex'],
      assetFrozen: ['wallet', 'Republic of Aldoria froze "Ransom wallet"'],
      assetMoved: ['wallet', '"Ransom wallet" was moved'],
      agreementReached: [
        'joint-investigation-team',
        'An agreement proposed by Republic of Aldoria was concluded: joint investigation team',
      ],
      // By its title: the case planned it.
      agreementSigned: [
        'team',
        'An agreement proposed by Republic of Aldoria was concluded: Joint team Kestrel',
      ],
      requestSent: [
        'preservation',
        'Republic of Aldoria sent a request to Federation of Borealis: Expedited preservation of stored data',
      ],
      injectFired: ['wipe', 'News: The accomplice wipes the records'],
      suspectTippedOff: [
        'vex',
        'Harbor Cloud told Vex of what Republic of Aldoria asked for (by request to Federation of Borealis: Expedited preservation of stored data)',
      ],
      informationShared: ['aldoria', 'Federation of Borealis shared information with Republic of Aldoria'],
    } satisfies Record<(typeof CONDITION_KINDS)[number], [string, string | undefined]>;

    for (const kind of CONDITION_KINDS) {
      const [target, line] = expected[kind];
      const steps = criticalPath(ctx, world.state, { [kind]: target }, undefined);
      expect(said(steps), kind).toContain(line);
      // Never an id: not the scenario's, nor the engine's (request, case, agreement, measure).
      expect(said(steps).join('\n'), kind).not.toMatch(
        /c2-logs|subscriber\b|\bvex\b|(?<!Ransom )wallet|harbor-cloud|req-|case-|agreement-|measure-|consultation-|\{/,
      );
    }
    // Before the arrest, where he was found.
    const located = new World().leads(2 * DAY).happen(
      event('SuspectLocated', 2 * DAY, [], {
        suspectId: 'vex',
        country: 'aldoria',
        location: 'borealis',
        source: fromSubscriber,
      }),
    );
    expect(located.path({ suspectLocated: 'vex' })).toContain(
      'Republic of Aldoria located Vex (from "Subscriber record")',
    );
    // News that made something happen leads back to what made the news: the wipe to the arrest.
    expect(said(criticalPath(ctx, world.state, { evidenceLost: 'subscriber' }, undefined))).toContain(
      'Federation of Borealis arrested Vex',
    );
  });
});
