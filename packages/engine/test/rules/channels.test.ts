import { readFileSync } from 'node:fs';
import { citationText } from '@crossborder/i18n';
import { loadScenarioText, RULES } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.js';
import { DAY, HOUR } from '../support.js';
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

/** The fixture's YAML, to load a broken variant of it. */
function fixtureSource(): string {
  return readFileSync(new URL('../fixtures/rules.yaml', import.meta.url), 'utf8');
}

/** The fixture with Borealis's or Aldoria's law changed. */
function withLaw(
  country: 'aldoria' | 'borealis',
  change: (law: (typeof fixture)['countries'][string]['law']) => void,
) {
  const scenario = structuredClone(fixture);
  const found = scenario.countries[country];
  if (found) change(found.law);
  return scenario;
}

describe('rule request.territorial-link', () => {
  it('a request goes to the State where the data is', () => {
    const { play, request } = start();
    expectRule(
      play.rejected('aldoria', request({ to: 'caldera', channel: 'diplomatic', language: 'es' })),
      'request.territorial-link',
    );
    play.do('aldoria', request());
  });
});

describe('rule channel.competent', () => {
  it('stored data is asked through the central authority, not the police', () => {
    const { play, request } = start();
    expectRule(play.rejected('aldoria', request({ channel: 'police' })), 'channel.competent');
  });
});

describe('rule channel.diplomatic-required', () => {
  it('Caldera receives MLA requests only through diplomatic channels', () => {
    const { play, request } = start();
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    const toCaldera = { to: 'caldera', language: 'es', subject: { evidence: ['logs-c'] } };
    expectRule(
      play.rejected('aldoria', request({ ...toCaldera, channel: 'central-authority' })),
      'channel.diplomatic-required',
    );
    play.do('aldoria', request({ ...toCaldera, channel: 'diplomatic' }));
    // Two days in diplomatic transit before the central authority has it.
    expect(play.state.requests[play.lastId('RequestSent')]?.receivedAt).toBe(2 * DAY);
  });
});

describe('rule channel.24-7.scope', () => {
  it('the 24/7 network preserves, but cannot deliver stored data', () => {
    const { play, request, preservation } = start();
    expectRule(play.rejected('aldoria', request({ channel: '24-7-network' })), 'channel.24-7.scope');
    play.do('aldoria', preservation());
  });
});

describe('rule channel.24-7.emergency', () => {
  it('without an emergency there is no fast path', () => {
    const { play, request } = start();
    expectRule(
      play.rejected('aldoria', request({ channel: '24-7-network', emergency: true })),
      'channel.24-7.emergency',
    );
  });

  it('in an emergency the 24/7 point provides stored data within its response time', () => {
    const { play, request, send } = start();
    play.engine.evolve(play.state, { type: 'EmergencyDeclared', at: 0, visibleTo: [] });
    const id = send(request({ channel: '24-7-network', emergency: true }));
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(2 * HOUR);
    expect(play.state.evidence['logs-b']?.obtainedBy.aldoria).toBeDefined();
  });
});

describe('rule channel.24-7.emergency: an emergency the scenario declares in a fact', () => {
  /** The fixture where the breach threatens lives, the fact that says so known to `knownBy`. */
  function lifeAtRisk(knownBy: string[]) {
    const scenario = structuredClone(fixture);
    const breach = scenario.case.facts.breach;
    if (breach) {
      breach.emergency = true;
      breach.knownBy = knownBy;
    }
    return scenario;
  }
  const emergencyRequest = (request: (overrides?: Partial<Send>) => Send) =>
    request({ channel: '24-7-network', emergency: true, language: 'en' });

  it('the country that knows the fact may take the emergency path; one that does not, may not', () => {
    const knows = start(lifeAtRisk(['aldoria']));
    const id = knows.send(emergencyRequest(knows.request));
    expect(knows.play.state.requests[id]?.emergency).toBe(true);
    // The case as a whole is not an emergency: the path is Aldoria's because it knows.
    expect(knows.play.state.emergency).toBe(false);
    expect(knows.play.engine.view(knows.play.state, 'aldoria')).toMatchObject({ emergency: true });

    const unaware = start(lifeAtRisk(['borealis']));
    expectRule(unaware.play.rejected('aldoria', emergencyRequest(unaware.request)), 'channel.24-7.emergency');
    expect(unaware.play.engine.view(unaware.play.state, 'aldoria')).toMatchObject({ emergency: false });
    expect(unaware.play.engine.view(unaware.play.state, 'borealis')).toMatchObject({ emergency: true });
  });

  it('bots that know of the risk ask for stored data by the 24/7 network as an emergency', () => {
    const storedData = (scenario: typeof fixture) =>
      simulate(scenario).events.flatMap((event) =>
        event.type === 'RequestSent' && event.request.kind === 'stored-data' ? [event.request] : [],
      );
    const fromAldoria = storedData(lifeAtRisk(['aldoria'])).filter((sent) => sent.from === 'aldoria');
    expect(fromAldoria.length).toBeGreaterThan(0);
    for (const request of fromAldoria)
      expect(request).toMatchObject({ channel: '24-7-network', emergency: true });
    // Without the risk, the same bots go to the central authority.
    for (const request of storedData(fixture)) expect(request.emergency).toBe(false);
  });
});

describe('rule mla.stored-data.expedited', () => {
  it('volatile data flagged urgent is produced in half the time', () => {
    const { play, request, send } = start();
    const normal = send(request());
    const urgent = send(request({ urgent: true }));
    play.do('borealis', { type: 'executeRequest', requestId: normal });
    play.do('borealis', { type: 'executeRequest', requestId: urgent });
    expect(play.state.requests[normal]?.dueAt).toBe(3 * DAY);
    expect(play.state.requests[urgent]?.dueAt).toBe(36 * HOUR);
  });
});

describe('rule real-time.domestic-law', () => {
  it('real-time collection cannot be asked of a State whose law does not provide it', () => {
    const { play, request } = start();
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    expectRule(
      play.rejected(
        'aldoria',
        request({
          kind: 'real-time-traffic',
          to: 'caldera',
          channel: 'diplomatic',
          language: 'es',
          subject: { evidence: ['logs-c'] },
        }),
      ),
      'real-time.domestic-law',
    );
    play.do('aldoria', request({ kind: 'real-time-traffic' }));
  });
});

describe('rule real-time.contents.period', () => {
  it('a real-time request without its period is recorded', () => {
    const { play, request } = start();
    const { period: _period, ...contents } = request().contents;
    const events = play.do('aldoria', request({ kind: 'real-time-traffic', contents }));
    expectViolation(events, 'real-time.contents.period', 'aldoria');
    expect(violations(play.do('aldoria', request({ kind: 'real-time-traffic' })))).toEqual([]);
  });

  it('an interception request without its period is recorded too, under Arts 45 and 46', () => {
    const { play, request } = start(
      withLaw('borealis', (law) => {
        law.powers = { ...law.powers, interception: true, interceptionFor: ['illegal-access'] };
      }),
    );
    const { period: _period, ...contents } = request().contents;
    const events = play.do(
      'aldoria',
      request({ kind: 'interception', subject: { evidence: ['mailbox-b'] }, contents }),
    );
    expectViolation(events, 'real-time.contents.period', 'aldoria');
    expect(citationText(RULES['real-time.contents.period'].citations)).toBe('Arts 45, 46');
  });
});

describe('rule interception.serious-only', () => {
  const intercept = (): Partial<Send> => ({ kind: 'interception', subject: { evidence: ['mailbox-b'] } });

  it('Borealis has no interception power: it cannot be asked to intercept', () => {
    const { play, request } = start();
    expectRule(play.rejected('aldoria', request(intercept())), 'interception.serious-only');
  });

  it("follows the requested State's own list of offences, not the four-year threshold", () => {
    // Borealis punishes intrusion by 2 years only, but lists it for interception.
    const listed = start(
      withLaw('borealis', (law) => {
        law.powers = { ...law.powers, interception: true, interceptionFor: ['illegal-access'] };
      }),
    );
    listed.play.do('aldoria', listed.request(intercept()));
    // Extortion (5 years in Borealis) is serious, but not on its list: no interception for it.
    const unlisted = start(
      withLaw('borealis', (law) => {
        law.powers = { ...law.powers, interception: true, interceptionFor: ['extortion'] };
      }),
    );
    expectRule(unlisted.play.rejected('aldoria', unlisted.request(intercept())), 'interception.serious-only');
    // Without a list, the default is every conduct it punishes by four years or more.
    const byDefault = start(
      withLaw('borealis', (law) => {
        law.powers = { ...law.powers, interception: true };
      }),
    );
    expectRule(
      byDefault.play.rejected('aldoria', byDefault.request(intercept())),
      'interception.serious-only',
    );
  });

  it('limits domestic interception to the same list, and cites Arts 30 and 46', () => {
    // Aldoria lists only unlicensed betting: its own mailbox of the intruder is out of reach.
    const { play, caseId } = start(
      withLaw('aldoria', (law) => {
        law.powers = { ...law.powers, interceptionFor: ['gambling'] };
      }),
    );
    const rejection = play.rejected('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'interception',
      target: { evidence: 'mailbox-a' },
      safeguards: { authorisedBy: 'Judge Ames', grounds: 'Intrusion', scope: 'Mailbox', duration: '30 days' },
    });
    expectRule(rejection, 'interception.serious-only');
    expect(RULES['interception.serious-only'].citations.map((citation) => citation.article)).toEqual([
      '30',
      '46',
    ]);
  });

  it('a listed conduct must be one the country criminalises', () => {
    const source = fixtureSource().replace(
      'powers: { realTimeCollection: true, interception: false }',
      'powers: { realTimeCollection: true, interception: true, interceptionFor: [fraud, illegal-access] }',
    );
    const { issues } = loadScenarioText(source, 'rules.yaml');
    expect(issues.map((issue) => issue.message)).toContain(
      '"fraud" is not criminalised by this country (law.criminalises): interception serves its criminal law, so add the conduct there or remove it here',
    );
  });
});

describe('rule data-protection.transfer', () => {
  it('Borealis may refuse personal data only to a State its law forbids transfers to', () => {
    const { play, request, send } = start();
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'data-protection',
        reasons: 'Personal data is sensitive.',
      }),
      'data-protection.transfer',
    );
  });
});

describe('rule data-protection.onward-transfer', () => {
  it("passing on personal data another State provided is recorded; sharing one's own is not", () => {
    const { play, request, send, caseId } = start();
    const id = send(request());
    play.do('borealis', { type: 'executeRequest', requestId: id });
    play.at(3 * DAY);
    const onward = play.do('aldoria', {
      type: 'shareInformation',
      to: 'caldera',
      facts: [],
      evidence: ['logs-b'],
      conditions: [],
    });
    expectViolation(onward, 'data-protection.onward-transfer', 'aldoria');
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'home-logs' },
      safeguards: { authorisedBy: 'Judge Ames', grounds: 'Intrusion', scope: 'Logs', duration: '30 days' },
    });
    play.at(4 * DAY);
    expect(
      violations(
        play.do('aldoria', {
          type: 'shareInformation',
          to: 'caldera',
          facts: [],
          evidence: ['home-logs'],
          conditions: [],
        }),
      ),
    ).toEqual([]);
  });
});
