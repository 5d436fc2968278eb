import { describe, expect, it } from 'vitest';
import type { CountryView } from '../../src/index.js';
import { DAY } from '../support.js';
import { expectRule, expectViolation, fixture, formJointTeam, start, teach, violations } from './setup.js';

describe('rule police.cooperation', () => {
  it('the police of the State where the suspect is locate him, and say who he is', () => {
    const { play, request, send } = start();
    const id = send(
      request({
        kind: 'police-cooperation',
        channel: 'police',
        subject: { suspect: 'vex' },
        suggestedDeadline: undefined,
        deadlineReason: undefined,
      }),
    );
    teach(play, 'borealis', { identity: ['vex'] });
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(2 * DAY);
    expect(play.state.suspects.vex?.locationKnownBy.aldoria?.location).toBe('borealis');
    expect(play.state.suspects.vex?.identityKnownBy.aldoria?.source).toEqual({
      kind: 'request',
      request: id,
    });
  });
});

function team() {
  const setup = start();
  formJointTeam(setup.play);
  return setup;
}

describe('rule jit.agreement', () => {
  it('a joint investigation team exists once every member agrees', () => {
    const { play } = team();
    const agreement = Object.values(play.state.agreements)[0];
    expect(agreement?.concludedAt).toBe(0);
    expect(agreement?.terms.members).toEqual(['aldoria', 'borealis']);
  });
});

describe('rule jit.territorial-sovereignty', () => {
  it("even in a team, a member does not act on another member's territory", () => {
    const { play, caseId } = team();
    const rejection = play.rejected('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'logs-b' },
      safeguards: { authorisedBy: 'Judge Ames', grounds: 'Intrusion', scope: 'Logs', duration: '30 days' },
    });
    expectRule(rejection, 'jit.territorial-sovereignty');
  });
});

describe('rule assets.request-contents', () => {
  it('a freezing request without a description of the property is recorded', () => {
    const { play, request } = start();
    const { property: _property, ...contents } = request().contents;
    const events = play.do(
      'aldoria',
      request({ kind: 'asset-freeze', subject: { asset: 'wallet' }, contents }),
    );
    expectViolation(events, 'assets.request-contents', 'aldoria');
    expect(
      violations(play.do('aldoria', request({ kind: 'asset-freeze', subject: { asset: 'wallet' } }))),
    ).toEqual([]);
  });
});

describe('rule assets.frozen-stay', () => {
  it('frozen funds stay; unfrozen ones move on day 20', () => {
    const frozen = start();
    const id = frozen.send(frozen.request({ kind: 'asset-freeze', subject: { asset: 'wallet' } }));
    frozen.play.do('borealis', { type: 'executeRequest', requestId: id });
    frozen.play.at(25 * DAY);
    expect(frozen.play.state.assets.wallet?.holder).toBe('north-bank');
    const free = start();
    free.play.at(25 * DAY);
    expect(free.play.state.assets.wallet?.holder).toBe('kestrel-net');
  });
});

describe('a freeze, in the views', () => {
  it('is known to the State that asked for it and to the State holding the funds, not to a third', () => {
    // Caldera knows where the funds are too, but was told nothing of the freeze.
    const scenario = structuredClone(fixture);
    const wallet = scenario.case.assets.wallet;
    if (wallet) wallet.knownBy = ['aldoria', 'borealis', 'caldera'];
    const { play, request, send } = start(scenario);
    const id = send(request({ kind: 'asset-freeze', subject: { asset: 'wallet' } }));
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(3 * DAY);
    expect(play.state.assets.wallet?.frozen).not.toBeNull();
    const frozen = (country: string) =>
      (play.engine.view(play.state, country) as CountryView).assets.wallet?.frozen;
    expect(frozen('aldoria')).toBe(true);
    expect(frozen('borealis')).toBe(true);
    expect(frozen('caldera')).toBe(false);
  });
});

describe('rule assets.return-priority', () => {
  it('funds confiscated at a request are returned to the requesting State', () => {
    const { play, request, send } = start();
    const freeze = send(request({ kind: 'asset-freeze', subject: { asset: 'wallet' } }));
    play.do('borealis', { type: 'executeRequest', requestId: freeze });
    play.at(3 * DAY);
    const confiscate = send(
      request({ kind: 'confiscation', subject: { asset: 'wallet' }, suggestedDeadline: 100 * DAY }),
    );
    play.do('borealis', { type: 'executeRequest', requestId: confiscate });
    play.at(70 * DAY);
    expect(play.state.assets.wallet?.confiscated).toEqual({
      by: 'borealis',
      at: 63 * DAY,
      returnedTo: 'aldoria',
    });
  });
});
