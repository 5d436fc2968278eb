import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { DAY, Play, text } from '../support.js';
import { consult, expectRule, fixture, ruleWords, start, teach } from './setup.js';

/** A copy of the fixture with one change, for rules that need a different law or case. */
function variant(change: (scenario: typeof fixture) => void) {
  const scenario = structuredClone(fixture);
  change(scenario);
  return scenario;
}

describe('rule offence.intent-and-without-right', () => {
  it('intentional conduct without right can be investigated', () => {
    const { play, request } = start();
    play.do('aldoria', request());
    expect(Object.keys(play.state.requests)).toHaveLength(1);
  });

  it('conduct that was not intentional is no offence: no request, no claim', () => {
    const scenario = variant((s) => {
      const intrusion = s.case.offences.intrusion;
      if (intrusion) intrusion.intentional = false;
    });
    const play = new Play(scenario);
    play.do('aldoria', { type: 'openCase', title: 'x', offences: ['intrusion'] });
    const caseId = play.lastId('CaseOpened');
    expectRule(
      play.rejected('aldoria', {
        type: 'claimJurisdiction',
        offence: 'intrusion',
        bases: ['territory'],
        reasoning: '',
      }),
      'offence.intent-and-without-right',
    );
    const rejection = play.rejected('aldoria', {
      type: 'sendRequest',
      kind: 'police-cooperation',
      to: 'borealis',
      caseId,
      offence: 'intrusion',
      channel: 'police',
      language: 'en',
      subject: { suspect: 'vex' },
      contents: {},
    });
    expectRule(rejection, 'offence.intent-and-without-right');
  });
});

describe('rule offence.authorised-testing', () => {
  it('authorised testing with hacking tools is not misuse of devices', () => {
    const { play } = start();
    const rejection = play.rejected('aldoria', {
      type: 'claimJurisdiction',
      offence: 'pentest',
      bases: ['territory'],
      reasoning: '',
    });
    expectRule(rejection, 'offence.authorised-testing');
  });
});

describe('rule offence.convention-offence', () => {
  it('a convention offence is covered whatever its penalty: Borealis punishes illegal access by 2 years and may still ask', () => {
    const { play } = start();
    play.do('borealis', { type: 'openCase', title: 'Kestrel', offences: ['intrusion'] });
    play.do('borealis', {
      type: 'sendRequest',
      kind: 'police-cooperation',
      to: 'aldoria',
      caseId: play.lastId('CaseOpened'),
      offence: 'intrusion',
      channel: 'police',
      language: 'en',
      subject: { suspect: 'vex' },
      contents: {
        'requesting-authority': 'Borealis federal police cyber unit',
        'summary-of-facts': 'Servers of an Aldorian utility were entered from Borealis.',
        'assistance-sought': 'Anything known of the person called Vex.',
      },
    });
    expect(play.state.requests[play.lastId('RequestSent')]?.status).toBe('received');
  });

  it('is covered within the limits of each form of cooperation, not "whatever the penalty"', () => {
    const { teaching } = ruleWords('offence.convention-offence');
    expect(teaching).not.toContain('whatever the penalty');
    expect(teaching).toContain('Arts 37, 45 and 46');
    // The intrusion is a convention offence, yet Borealis's law provides no interception.
    const { play, request } = start();
    expectRule(
      play.rejected('aldoria', request({ kind: 'interception', subject: { evidence: ['mailbox-b'] } })),
      'interception.serious-only',
    );
  });
});

describe('rule scope.serious-crime', () => {
  it('outside the convention list, only serious crime (4 years or more) is covered', () => {
    const { play, request } = start();
    // Extortion: 3 years in Aldoria, so Aldoria cannot ask for the logs; 5 in Borealis, so Borealis can.
    expectRule(play.rejected('aldoria', request({ offence: 'blackmail' })), 'scope.serious-crime');
    play.do('borealis', { type: 'openCase', title: 'Blackmail', offences: ['blackmail'] });
    teach(play, 'borealis', { evidence: ['home-logs'] });
    play.do(
      'borealis',
      request({
        caseId: play.lastId('CaseOpened'),
        to: 'aldoria',
        offence: 'blackmail',
        subject: { evidence: ['home-logs'] },
      }),
    );
    expect(play.state.requests[play.lastId('RequestSent')]?.from).toBe('borealis');
  });

  it('electronic evidence of a serious crime cannot be refused as outside the scope, and the ruling says so', () => {
    const { play, request, send } = start();
    // Unlicensed betting: 5 years in Aldoria, a serious crime; the logs are electronic evidence.
    const id = send(request({ offence: 'betting' }));
    consult(play, 'borealis', id, 'aldoria');
    const rejection = play.rejected('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'not-serious-crime',
      reasons: 'Betting is not a convention offence.',
    });
    expectRule(rejection, 'scope.serious-crime');
    expect(text(rejection)).toContain('cannot be refused as outside');
  });
});

/** Aldoria asks Borealis to freeze the ransom account, about an offence of its case. */
function freeze(offence: string) {
  const setup = start();
  return {
    ...setup,
    command: setup.request({ kind: 'asset-freeze', offence, subject: { asset: 'wallet' } }),
  };
}

describe('rule scope.proceeds', () => {
  it('freezing and confiscation reach the proceeds of convention offences only, not of any serious crime', () => {
    // Unlicensed betting: 5 years in Aldoria, a serious crime, but no convention offence.
    const betting = freeze('betting');
    expectRule(betting.play.rejected('aldoria', betting.command), 'scope.proceeds');
    expectRule(
      betting.play.rejected('aldoria', { ...betting.command, kind: 'confiscation' }),
      'scope.proceeds',
    );
    // The intrusion is a convention offence: its proceeds may be frozen.
    const intrusion = freeze('intrusion');
    intrusion.play.do('aldoria', intrusion.command);
  });

  it('electronic evidence of the same serious crime is still covered', () => {
    const { play, request } = start();
    play.do('aldoria', request({ offence: 'betting' }));
    expect(play.state.requests[play.lastId('RequestSent')]?.offence).toBe('betting');
  });
});

describe('rule scope.other-assistance', () => {
  /** Aldoria asks Borealis for the bank statements (financial records: not electronic evidence). */
  function records(offence: string) {
    const setup = start();
    const id = setup.send(setup.request({ kind: 'mla', offence, subject: { evidence: ['bank-b'] } }));
    consult(setup.play, 'borealis', id, 'aldoria');
    const refusal = {
      type: 'refuseRequest' as const,
      requestId: id,
      ground: 'not-serious-crime' as const,
      reasons: 'The offence is outside the convention.',
    };
    return { ...setup, id, refusal };
  }

  it('other assistance for a non-convention offence may be sent, and refused as outside the convention', () => {
    // Blackmail: 3 years in Aldoria, no serious crime; betting: 5 years, a serious crime. Neither
    // is a convention offence, and bank records are not electronic evidence.
    for (const offence of ['blackmail', 'betting']) {
      const { play, id, refusal } = records(offence);
      play.do('borealis', refusal);
      expect(play.state.requests[id]?.refusal?.ground).toBe('not-serious-crime');
    }
  });

  it('for a convention offence, "outside the convention" is no ground', () => {
    const { play, refusal } = records('intrusion');
    const rejection = play.rejected('borealis', refusal);
    expectRule(rejection, 'scope.other-assistance');
    expect(text(rejection)).toContain('convention offence');
  });

  it('police cooperation on a non-convention offence may be sent, and refused', () => {
    const { play, request, send } = start();
    const id = send(
      request({
        kind: 'police-cooperation',
        channel: 'police',
        offence: 'blackmail',
        subject: { suspect: 'vex' },
        suggestedDeadline: undefined,
        deadlineReason: undefined,
      }),
    );
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'not-serious-crime',
      reasons: 'Blackmail is not a convention offence.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

describe('rule treaty.in-force', () => {
  it('Caldera, not a party, may decline a request without a convention ground; a party may not', () => {
    const { play, request, send } = start();
    const id = send(request());
    expect(play.state.requests[id]?.underConvention).toBe(true);
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'no-convention-relationship',
        reasons: 'We do not feel like it today.',
      }),
      'treaty.in-force',
    );
  });

  it('a request to a signatory is not under the convention, and may be refused at discretion without consulting', () => {
    const { play, request } = start();
    expect(createEngine(fixture).ctx.scenario.countries.caldera?.convention.status).toBe('signatory');
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    play.do(
      'aldoria',
      request({ to: 'caldera', channel: 'diplomatic', language: 'es', subject: { evidence: ['logs-c'] } }),
    );
    const id = play.lastId('RequestSent');
    expect(play.state.requests[id]?.underConvention).toBe(false);
    play.at(3 * DAY);
    play.do('caldera', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'no-convention-relationship',
      reasons: 'Caldera is not bound and declines.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});

describe('rule sovereignty.no-action-abroad', () => {
  it('a country acts on its own territory, never on another', () => {
    const { play, caseId } = start();
    const safeguards = {
      authorisedBy: 'Judge Ames',
      grounds: 'Suspicion of intrusion',
      scope: 'The logs',
      duration: '30 days',
    };
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'home-logs' },
      safeguards,
    });
    expectRule(
      play.rejected('aldoria', {
        type: 'takeMeasure',
        caseId,
        kind: 'production-order',
        target: { evidence: 'logs-b' },
        safeguards,
      }),
      'sovereignty.no-action-abroad',
    );
  });

  it('says the convention gives no right to act abroad, and spares an order to a provider offering its services here', () => {
    const { summary, teaching } = ruleWords('sovereignty.no-action-abroad');
    expect(summary).toContain('gives no State the right');
    expect(teaching).toContain('measures.production-order');
    const scenario = variant((s) => {
      const kestrel = s.case.providers['kestrel-net'];
      if (kestrel) kestrel.offersServicesIn = ['aldoria'];
    });
    const { play, caseId } = start(scenario);
    teach(play, 'aldoria', { evidence: ['subscriber-b'] });
    play.do('aldoria', {
      type: 'takeMeasure',
      caseId,
      kind: 'production-order',
      target: { evidence: 'subscriber-b' },
      safeguards: {
        authorisedBy: 'Judge Ames',
        grounds: 'Intrusion',
        scope: 'The record',
        duration: '1 day',
      },
    });
  });
});

describe('rule human-rights.respect', () => {
  it('a refusal for a discriminatory purpose is a lawful ground, with reasons', () => {
    const { play, request, send } = start();
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'discriminatory-purpose',
      reasons: 'We have substantial grounds to believe the person is targeted for his political opinions.',
    });
    expect(play.state.requests[id]?.refusal?.ground).toBe('discriminatory-purpose');
  });
});

describe('rule dual-criminality.by-conduct', () => {
  it('Borealis calls it "intrusion into a data system": the conduct is criminal there, so dual criminality holds', () => {
    const { play, request, send } = start();
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    const rejection = play.rejected('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'no-dual-criminality',
      reasons: 'Our law has no offence called computer trespass.',
    });
    expectRule(rejection, 'mla.refusal.no-dual-criminality');
    expect(text(rejection)).toContain('Intrusion into a data system');
  });

  it('wiping data is not a crime in Borealis under any name: it may refuse', () => {
    const { play, request, send } = start();
    const id = send(request({ offence: 'wiping' }));
    consult(play, 'borealis', id, 'aldoria');
    play.do('borealis', {
      type: 'refuseRequest',
      requestId: id,
      ground: 'no-dual-criminality',
      reasons: 'Deleting data is not an offence in Borealis.',
    });
    expect(play.state.requests[id]?.status).toBe('refused');
  });
});
