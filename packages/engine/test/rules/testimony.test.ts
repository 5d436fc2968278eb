import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { citationText } from '@crossborder/i18n';
import { loadScenarioText, RULES, type Scenario } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { botCommands, type CountryView, type Event, type RequestOutcome } from '../../src/index.js';
import { DAY, MLA_CONTENTS, type Play } from '../support.js';
import {
  consult,
  expectRule,
  expectViolation,
  fixture,
  type Send,
  start,
  teach,
  violations,
} from './setup.js';

/**
 * Hearing a witness abroad (Art. 40, model UNTOC 18(10)-(12), (18)). The fixture gains Mole, a
 * co-offender Aldoria knows by name, in Borealis; heard as a witness, Mole names and places Vex.
 */
function withMole(consentsToTransfer = true): Scenario {
  const scenario = structuredClone(fixture);
  scenario.case.suspects.mole = {
    alias: 'Mole',
    name: 'Pia Lund',
    nationality: 'borealis',
    residence: 'borealis',
    location: 'borealis',
    identityKnownBy: ['aldoria'],
    locationKnownBy: ['aldoria'],
    testimony: {
      statement: 'Ivo Rask ran the intrusion from his flat in Nordhavn.',
      consentsToTransfer,
      identityOf: ['vex'],
      locationOf: ['vex'],
    },
  };
  return scenario;
}

const WHY_VIDEO = 'Mole will not travel to Aldoria, and cannot be compelled to.';
const TERMS = 'To identify the intruders at a hearing; ten days; escorted in custody both ways.';

function setUp(consents = true) {
  const setup = start(withMole(consents));
  const video = (overrides: Partial<Send> = {}) =>
    setup.request({
      kind: 'video-hearing',
      subject: { suspect: 'mole' },
      contents: { ...MLA_CONTENTS, 'why-not-in-person': WHY_VIDEO },
      ...overrides,
    });
  const transfer = (overrides: Partial<Send> = {}) =>
    setup.request({
      kind: 'detainee-transfer',
      subject: { suspect: 'mole' },
      contents: { ...MLA_CONTENTS, 'transfer-terms': TERMS },
      ...overrides,
    });
  return { ...setup, video, transfer };
}

/** Test shortcut: Borealis holds the person in custody (its own arrest, not played here). */
function detain(play: Play, suspectId: string): void {
  const event: Event = {
    type: 'SuspectArrested',
    at: play.now,
    visibleTo: ['borealis', 'aldoria'],
    suspectId,
    by: 'borealis',
    pendingExtraditionTo: null,
  };
  play.engine.evolve(play.state, event);
}

/** Borealis executes the request and the execution runs its course. */
function execute(play: Play, requestId: string): RequestOutcome | null | undefined {
  play.do('borealis', { type: 'executeRequest', requestId });
  play.at(play.now + 30 * DAY);
  expect(play.state.requests[requestId]?.status).toBe('executed');
  return play.state.requests[requestId]?.outcome;
}

const notes = (outcome: RequestOutcome | null | undefined) => outcome?.notes.map((note) => note.key);
const vexKnownTo = (play: Play) => ({
  identity: play.state.suspects.vex?.identityKnownBy.aldoria?.source,
  location: play.state.suspects.vex?.locationKnownBy.aldoria?.location,
});

describe('rule witness.video.person-present', () => {
  it('a witness in the requested State is heard by video, and says what they know', () => {
    const { play, video, send } = setUp();
    const id = send(video());
    const outcome = execute(play, id);
    expect(notes(outcome)).toEqual(['outcome.heard-by-video', 'outcome.testimony']);
    expect(outcome?.notes[1]?.params.statement).toMatch(/Ivo Rask/);
    // What Mole said identifies and places Vex for Aldoria.
    expect(vexKnownTo(play)).toEqual({
      identity: { kind: 'request', request: id },
      location: 'borealis',
    });
  });

  it('is asked of the State where the person is, not another', () => {
    const { play, video } = setUp();
    expectRule(
      play.rejected('aldoria', video({ to: 'caldera', channel: 'diplomatic', language: 'es' })),
      'witness.video.person-present',
    );
  });

  it('needs a person known by name: an alias cannot be summoned', () => {
    const { play, video } = setUp();
    teach(play, 'aldoria', { location: { vex: 'borealis' } });
    const rejection = play.rejected('aldoria', video({ subject: { suspect: 'vex' } }));
    expect(rejection.code).toBe('measure.identify-first');
    expect(rejection.ruleId).toBeNull();
  });

  it('a person who has left before the hearing is not heard', () => {
    const { play, video, send } = setUp();
    const id = send(video());
    play.engine.evolve(play.state, {
      type: 'SuspectMoved',
      at: play.now,
      visibleTo: [],
      suspectId: 'mole',
      from: 'borealis',
      to: 'caldera',
    });
    expect(notes(execute(play, id))).toEqual(['outcome.suspect-not-found']);
    expect(vexKnownTo(play).identity).toBeUndefined();
  });
});

describe('what a witness says', () => {
  it('identifies a suspect whose full name it holds, as a fact does', () => {
    const scenario = withMole();
    const testimony = scenario.case.suspects.mole?.testimony;
    if (testimony) Object.assign(testimony, { identityOf: [], locationOf: [] });
    const { play, request, send } = start(scenario);
    const id = send(
      request({
        kind: 'video-hearing',
        subject: { suspect: 'mole' },
        contents: { ...MLA_CONTENTS, 'why-not-in-person': WHY_VIDEO },
      }),
    );
    execute(play, id);
    expect(vexKnownTo(play)).toEqual({ identity: { kind: 'request', request: id }, location: undefined });
  });
});

describe('rule witness.video.why-not-in-person', () => {
  it('a request that says why the person cannot come records no violation', () => {
    const { play, video } = setUp();
    const events = play.do('aldoria', video());
    expect(violations(events).map((violation) => violation.ruleId)).toEqual([]);
  });

  it('one that does not is recorded, and may be refused as not conforming', () => {
    const { play, video } = setUp();
    const events = play.do('aldoria', video({ contents: { ...MLA_CONTENTS } }));
    expectViolation(events, 'witness.video.why-not-in-person', 'aldoria');
    const id = play.lastId('RequestSent');
    expect(play.state.requests[id]?.missing).toEqual(['why-not-in-person']);
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'not-conforming',
      reasons: 'The request does not say why the witness cannot appear in person.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

describe('rule witness.transfer.detained', () => {
  it('a person held in custody in the requested State may be asked for', () => {
    const { play, transfer } = setUp();
    detain(play, 'mole');
    play.do('aldoria', transfer());
  });

  it('a person who is free is not transferred: hear them by video instead', () => {
    const { play, transfer } = setUp();
    expectRule(play.rejected('aldoria', transfer()), 'witness.transfer.detained');
  });

  it('a person released before execution is not transferred', () => {
    const { play, transfer, send } = setUp();
    detain(play, 'mole');
    const id = send(transfer());
    play.engine.evolve(play.state, {
      type: 'SuspectReleased',
      at: play.now,
      visibleTo: ['borealis'],
      suspectId: 'mole',
      by: 'borealis',
    });
    expect(notes(execute(play, id))).toEqual(['outcome.not-detained']);
    expect(vexKnownTo(play).identity).toBeUndefined();
  });
});

describe('rule witness.transfer.terms', () => {
  it('a request that proposes the terms records no violation', () => {
    const { play, transfer } = setUp();
    detain(play, 'mole');
    expect(violations(play.do('aldoria', transfer())).map((violation) => violation.ruleId)).toEqual([]);
  });

  it('one that does not is recorded', () => {
    const { play, transfer } = setUp();
    detain(play, 'mole');
    const events = play.do('aldoria', transfer({ contents: { ...MLA_CONTENTS } }));
    expectViolation(events, 'witness.transfer.terms', 'aldoria');
    expect(play.state.requests[play.lastId('RequestSent')]?.missing).toEqual(['transfer-terms']);
  });
});

describe('rule witness.transfer.consent', () => {
  it('a detained person who consents is transferred and testifies', () => {
    const { play, transfer, send } = setUp(true);
    detain(play, 'mole');
    const id = send(transfer());
    expect(notes(execute(play, id))).toEqual(['outcome.transferred-and-returned', 'outcome.testimony']);
    expect(vexKnownTo(play).identity).toEqual({ kind: 'request', request: id });
  });

  it('without the person’s consent no transfer takes place, whatever the States agree', () => {
    const { play, transfer, send } = setUp(false);
    detain(play, 'mole');
    const id = send(transfer());
    expect(notes(execute(play, id))).toEqual(['outcome.transfer-no-consent']);
    expect(vexKnownTo(play)).toEqual({ identity: undefined, location: undefined });
    expect(citationText(RULES['witness.transfer.consent'].citations)).toBe('Art. 40 (model: UNTOC 18(10))');
  });
});

describe('rule witness.transfer.custody-and-return', () => {
  it('the person is back in the custody of the sending State: no surrender, no extradition', () => {
    const { play, transfer, send } = setUp();
    detain(play, 'mole');
    const id = send(transfer());
    const outcome = execute(play, id);
    expect(outcome?.notes[0]).toEqual({
      key: 'outcome.transferred-and-returned',
      params: { alias: 'Mole', to: 'Republic of Aldoria', from: 'Federation of Borealis' },
    });
    const mole = play.state.suspects.mole;
    expect(mole?.location).toBe('borealis');
    expect(mole?.custody?.by).toBe('borealis');
    expect(mole?.surrenderedTo).toBeNull();
    expect(mole?.arrestedBy).toEqual(['borealis']);
    expect(play.log.some((event) => event.type === 'SuspectSurrendered')).toBe(false);
  });
});

describe('the bots, asked to hear a witness', () => {
  it('execute a lawful request for a hearing by video or a transfer', () => {
    const { play, video, transfer, send } = setUp();
    detain(play, 'mole');
    const ids = [send(video()), send(transfer())];
    play.at(play.now + 1);
    const commands = botCommands(play.engine.view(play.state, 'borealis') as CountryView, play.now);
    for (const requestId of ids)
      expect(commands).toContainEqual(expect.objectContaining({ type: 'executeRequest', requestId }));
  });
});

describe('a testimony in the scenario', () => {
  it('names suspects of the case file, or the author is told where', () => {
    const path = fileURLToPath(new URL('../fixtures/rules.yaml', import.meta.url));
    const source = readFileSync(path, 'utf8').replace(
      'location: borealis }',
      'location: borealis, testimony: { statement: I saw it all., identityOf: [vexx] } }',
    );
    const { issues } = loadScenarioText(source, 'rules.yaml');
    expect(issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
      'case.suspects.vex.testimony.identityOf.0',
      'unknown suspect "vexx" (known: vex)',
    ]);
  });
});
