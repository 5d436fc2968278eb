import { REQUEST_KIND_IDS, REQUEST_KINDS, type RequestKind, type Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { requestContents } from '../src/bots/texts.js';
import { type CountryView, missingContents, type RequestOutcome } from '../src/index.js';
import { fixture, PRESERVATION, type Send, start, teach } from './rules/setup.js';
import { DAY, MLA_CONTENTS } from './support.js';

/**
 * Every kind of request, sent lawfully and executed, produces what its spec says it does. The
 * cases are a record by kind: a new kind does not compile until it has its case here.
 */

/** The rules fixture, with a Borealis that may intercept, extradite its nationals, and punishes intrusion seriously. */
function willing(): Scenario {
  const scenario = structuredClone(fixture);
  const borealis = scenario.countries.borealis;
  if (borealis) {
    borealis.law.powers.interception = true;
    borealis.law.extraditesNationals = true;
    borealis.law.criminalises['illegal-access'] = {
      name: 'Intrusion into a data system',
      maxPenaltyYears: 5,
    };
  }
  const vex = scenario.case.suspects.vex;
  if (vex) {
    vex.testimony = {
      statement: 'I wiped the servers for a client who paid in bitcoin.',
      consentsToTransfer: true,
      identityOf: [],
      locationOf: [],
    };
  }
  return scenario;
}

type Setup = ReturnType<typeof start>;

interface KindCase {
  /** What the lawful request says beyond the fixture's stored-data request to Borealis. */
  send: Partial<Send>;
  /** What Aldoria must know or have obtained before it may send it. */
  before?: (setup: Setup) => void;
  /** The parts of the outcome executing it writes. */
  produces: Partial<Pick<RequestOutcome, 'obtained' | 'preserved'>> & { notes?: string[] };
}

const knowsVex = ({ play }: Setup) =>
  teach(play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });

/** Aldoria knows Vex, whom Borealis holds in custody (a shortcut for Borealis's own arrest). */
const vexDetained = (setup: Setup) => {
  knowsVex(setup);
  const { play } = setup;
  play.engine.evolve(play.state, {
    type: 'SuspectArrested',
    at: play.now,
    visibleTo: ['borealis', 'aldoria'],
    suspectId: 'vex',
    by: 'borealis',
    pendingExtraditionTo: null,
  });
};

const CASES: Record<RequestKind, KindCase> = {
  preservation: {
    send: { kind: 'preservation', channel: '24-7-network', contents: { ...PRESERVATION } },
    produces: { preserved: ['logs-b'] },
  },
  'traffic-disclosure': { send: { kind: 'traffic-disclosure' }, produces: { obtained: ['logs-b'] } },
  'stored-data': { send: { kind: 'stored-data' }, produces: { obtained: ['logs-b'] } },
  'real-time-traffic': { send: { kind: 'real-time-traffic' }, produces: { obtained: ['logs-b'] } },
  interception: {
    send: { kind: 'interception', subject: { evidence: ['mailbox-b'] } },
    produces: { obtained: ['mailbox-b'] },
  },
  mla: { send: { kind: 'mla', subject: { evidence: ['bank-b'] } }, produces: { obtained: ['bank-b'] } },
  extradition: {
    send: { kind: 'extradition', subject: { suspect: 'vex' } },
    before: knowsVex,
    produces: { notes: ['outcome.suspect-surrendered'] },
  },
  'provisional-arrest': {
    send: { kind: 'provisional-arrest', channel: 'police', subject: { suspect: 'vex' } },
    before: knowsVex,
    produces: { notes: ['outcome.suspect-arrested'] },
  },
  'asset-freeze': {
    send: { kind: 'asset-freeze', subject: { asset: 'wallet' } },
    produces: { notes: ['outcome.asset-frozen'] },
  },
  confiscation: {
    send: { kind: 'confiscation', subject: { asset: 'wallet' } },
    before: ({ play, request, send }) => {
      const freeze = send(request({ kind: 'asset-freeze', subject: { asset: 'wallet' } }));
      play.do('borealis', { type: 'executeRequest', requestId: freeze });
      play.at(play.now + 4 * DAY);
    },
    produces: { notes: ['outcome.asset-confiscated'] },
  },
  'video-hearing': {
    send: {
      kind: 'video-hearing',
      subject: { suspect: 'vex' },
      contents: { ...MLA_CONTENTS, 'why-not-in-person': 'Vex will not travel to Aldoria.' },
    },
    before: knowsVex,
    produces: { notes: ['outcome.heard-by-video', 'outcome.testimony'] },
  },
  'detainee-transfer': {
    send: {
      kind: 'detainee-transfer',
      subject: { suspect: 'vex' },
      contents: { ...MLA_CONTENTS, 'transfer-terms': 'To testify at trial; ten days; escorted both ways.' },
    },
    before: vexDetained,
    produces: { notes: ['outcome.transferred-and-returned', 'outcome.testimony'] },
  },
  'police-cooperation': {
    send: { kind: 'police-cooperation', channel: 'police', subject: { suspect: 'vex' } },
    produces: { notes: ['outcome.suspect-found'] },
  },
};

describe.each(REQUEST_KIND_IDS)('a request for %s', (kind) => {
  const spec = REQUEST_KINDS[kind];
  const { send: overrides, before, produces } = CASES[kind];

  it(`is lawful to send and, executed, produces its ${spec.produces}`, () => {
    const setup = start(willing());
    before?.(setup);
    const id = setup.send(setup.request({ ...overrides, suggestedDeadline: setup.play.now + 90 * DAY }));
    setup.play.do('borealis', { type: 'executeRequest', requestId: id });
    setup.play.at(setup.play.now + 61 * DAY);
    const request = setup.play.state.requests[id];
    expect(request?.status).toBe('executed');
    const outcome = request?.outcome;
    expect(outcome?.obtained).toEqual(produces.obtained ?? []);
    expect(outcome?.preserved).toEqual(produces.preserved ?? []);
    expect(outcome?.notes.map((note) => note.key)).toEqual(produces.notes ?? []);
  });

  it("is worded in full by the bots, so that a bot's request of this kind is complete", () => {
    const { play } = start();
    const view = play.engine.view(play.state, 'aldoria') as CountryView;
    const contents = requestContents(view, kind, 'intrusion', 'the connection logs');
    expect(missingContents(kind, contents)).toEqual([]);
    const unworded = spec.contents.filter((item) => contents[item.id] === undefined).map((item) => item.id);
    expect(unworded).toEqual([]);
  });
});
