import { EN, translate } from '@crossborder/i18n';
import { TREATY_CONTENTS, TREATY_REFUSAL_GROUNDS, type Treaty } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { requestContents } from '../../src/bots/texts.js';
import { botCommands, describeEvent, formProblems, REFUSAL_GROUNDS } from '../../src/index.js';
import { MLA_CONTENTS, Play } from '../support.js';
import { consult, expectRule, expectViolation, fixture, start, teach, violations } from './setup.js';

/** A treaty as the schema gives it: the convention's provisions wherever it says nothing. */
function treaty(terms: Partial<Treaty> & Pick<Treaty, 'kind' | 'with'>): Treaty {
  return {
    name: 'Aldoria-Borealis Treaty (1998)',
    conventionApplies: false,
    contents: { add: [], waive: [] },
    ...terms,
  };
}

/** The rules fixture with treaties declared under Aldoria, and Aldoria's case open. */
function bound(treaties: Record<string, Treaty>) {
  const scenario = structuredClone(fixture);
  const aldoria = scenario.countries.aldoria;
  if (aldoria) aldoria.treaties = treaties;
  return start(scenario);
}

const MLAT = { kind: 'mla', with: 'borealis' } as const;

describe('rule treaty.precedence', () => {
  it('a request for assistance between treaty partners goes under the treaty, decided when sent', () => {
    const { play, request, preservation, send } = bound({ 'ab-mlat': treaty(MLAT) });
    const id = send(request());
    expect(play.state.requests[id]?.governedBy).toEqual({
      regime: 'treaty',
      treaty: 'ab-mlat',
      reason: 'treaty',
    });
    expect(play.state.requests[id]?.underConvention).toBe(true);
    // Preservation is the convention's own (Art. 42): no MLA treaty governs it.
    const kept = send(preservation());
    expect(play.state.requests[kept]?.governedBy.regime).toBe('convention');
    // The log says which regime applied.
    const sent = play.log.find((event) => event.type === 'RequestSent' && event.request.id === id);
    const line = sent && describeEvent(play.engine.ctx, sent);
    expect(line?.key).toBe('log.request-sent-treaty');
    expect(line && translate(EN, EN, line.key, line.params)).toContain(
      'under the Aldoria-Borealis Treaty (1998)',
    );
    // The debrief says it on the request.
    const debrief = play.engine.assess(play.state, play.log);
    expect(debrief.requests[id]).toMatchObject({
      governedBy: { regime: 'treaty', treaty: 'ab-mlat', reason: 'treaty' },
      treaty: 'Aldoria-Borealis Treaty (1998)',
      regime: { key: 'regime.treaty' },
      ruleId: 'treaty.precedence',
      article: 'Art. 40 (model: UNTOC 18(6)-(7))',
    });
    expect(debrief.requests[kept]?.regime.key).toBe('regime.convention');
  });

  it('without a treaty the convention governs; a treaty declared under either party binds both', () => {
    const plain = start();
    const id = plain.send(plain.request());
    expect(plain.play.state.requests[id]?.governedBy).toEqual({
      regime: 'convention',
      treaty: null,
      reason: 'convention',
    });
    const scenario = structuredClone(fixture);
    const borealis = scenario.countries.borealis;
    if (borealis) borealis.treaties = { 'ba-mlat': treaty({ kind: 'mla', with: 'aldoria' }) };
    const other = start(scenario);
    const sent = other.send(other.request());
    expect(other.play.state.requests[sent]?.governedBy.treaty).toBe('ba-mlat');
  });

  it('binds a State the convention does not: it consults, and refuses only on the treaty’s grounds', () => {
    const { play, request, send } = bound({
      'ac-mlat': treaty({ kind: 'mla', with: 'caldera', name: 'Aldoria-Caldera Treaty (2001)' }),
    });
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    const id = send(
      request({ to: 'caldera', channel: 'diplomatic', language: 'es', subject: { evidence: ['logs-c'] } }),
    );
    const sent = play.state.requests[id];
    expect(sent?.governedBy).toEqual({
      regime: 'treaty',
      treaty: 'ac-mlat',
      reason: 'treaty-outside-convention',
    });
    expect(sent?.underConvention).toBe(false);
    play.at(sent?.receivedAt ?? 0);
    const refuse = {
      type: 'refuseRequest',
      requestId: id,
      reasons: 'We have no convention with you.',
    } as const;
    expectRule(
      play.rejected('caldera', { ...refuse, ground: 'essential-interests' }),
      'mla.consult-before-refusal',
    );
    consult(play, 'caldera', id, 'aldoria');
    expectRule(
      play.rejected('caldera', { ...refuse, ground: 'no-convention-relationship' }),
      'treaty.refusal-grounds',
    );
    play.do('caldera', { ...refuse, ground: 'essential-interests' });
    expect(play.engine.assess(play.state, play.log).requests[id]?.regime.key).toBe(
      'regime.treaty-outside-convention',
    );
  });
});

describe('rule treaty.convention-in-lieu', () => {
  it('partners that agreed to apply the convention instead send under it; the treaty’s terms are set aside', () => {
    const { play, request, send } = bound({
      'ab-mlat': treaty({
        ...MLAT,
        conventionApplies: true,
        channels: ['diplomatic'],
        contents: { add: ['applicable-law'], waive: [] },
      }),
    });
    const events = play.do('aldoria', request());
    const id = play.lastId('RequestSent');
    expect(play.state.requests[id]?.governedBy).toEqual({
      regime: 'convention',
      treaty: 'ab-mlat',
      reason: 'convention-in-lieu',
    });
    // The convention's channel and contents: no treaty channel, no treaty item.
    expect(violations(events)).toEqual([]);
    const sent = events.find((event) => event.type === 'RequestSent');
    expect(sent && describeEvent(play.engine.ctx, sent)?.key).toBe('log.request-sent-convention-in-lieu');
    expect(play.engine.assess(play.state, play.log).requests[id]?.ruleId).toBe('treaty.convention-in-lieu');
    expect(send(request())).toBeDefined();
  });

  it('needs both States bound by the convention: with a signatory the treaty governs', () => {
    const { play, request, send } = bound({
      'ac-mlat': treaty({ kind: 'mla', with: 'caldera', conventionApplies: true }),
    });
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    const id = send(
      request({ to: 'caldera', channel: 'diplomatic', language: 'es', subject: { evidence: ['logs-c'] } }),
    );
    expect(play.state.requests[id]?.governedBy.reason).toBe('treaty-outside-convention');
  });
});

describe('rule treaty.channel', () => {
  it('a request under a treaty takes the channel it designates', () => {
    const { play, request } = bound({ 'ab-mlat': treaty({ ...MLAT, channels: ['diplomatic'] }) });
    const rejection = play.rejected('aldoria', request());
    expectRule(rejection, 'treaty.channel');
    expect(translate(EN, EN, rejection.code, rejection.params)).toContain(EN['channel.diplomatic']);
    play.do('aldoria', request({ channel: 'diplomatic' }));
  });

  it("direct transmission under a treaty sets aside the requested State's requirement of the diplomatic channel", () => {
    const convention = start();
    teach(convention.play, 'aldoria', { evidence: ['logs-c'] });
    const toCaldera = { to: 'caldera', language: 'es', subject: { evidence: ['logs-c'] } };
    expectRule(
      convention.play.rejected('aldoria', convention.request(toCaldera)),
      'channel.diplomatic-required',
    );
    const { play, request } = bound({
      'ac-mlat': treaty({ kind: 'mla', with: 'caldera', channels: ['central-authority'] }),
    });
    teach(play, 'aldoria', { evidence: ['logs-c'] });
    play.do('aldoria', request(toCaldera));
    // The composer's check, from the same function.
    const form = {
      kind: 'stored-data',
      to: 'caldera',
      channel: 'central-authority',
      language: 'es',
    } as const;
    expect(formProblems(fixture.countries, form, false).map((problem) => problem.ruleId)).toEqual([
      'channel.diplomatic-required',
    ]);
    expect(
      formProblems(fixture.countries, form, false, { name: 'T', channels: ['central-authority'] }),
    ).toEqual([]);
  });
});

describe('rule treaty.contents', () => {
  it('a request under a treaty that asks for more goes without it, recorded, and may be completed', () => {
    const { play, request } = bound({
      'ab-mlat': treaty({ ...MLAT, contents: { add: ['applicable-law'], waive: ['purpose'] } }),
    });
    const { purpose: _purpose, ...withoutPurpose } = MLA_CONTENTS;
    const events = play.do('aldoria', request({ contents: withoutPurpose }));
    // The purpose is waived; the text of the law is the treaty's own item.
    expect(violations(events)).toHaveLength(1);
    expectViolation(events, 'treaty.contents', 'aldoria');
    const id = play.lastId('RequestSent');
    expect(play.state.requests[id]?.missing).toEqual(['applicable-law']);
    play.do('borealis', { type: 'askMoreInformation', requestId: id, questions: 'The text of your law?' });
    play.do('aldoria', {
      type: 'provideInformation',
      requestId: id,
      contents: { 'applicable-law': 'Section 12 of the Computer Misuse Act, up to five years.' },
    });
    expect(play.state.requests[id]?.missing).toEqual([]);
  });

  it('the bots word every item a treaty may add', () => {
    const { play } = start();
    const view = play.engine.view(play.state, 'aldoria');
    if (view.role !== 'country') throw new Error('a country view');
    const texts = requestContents(view, 'stored-data', 'intrusion', 'the logs');
    for (const item of TREATY_CONTENTS) expect(texts[item.id]?.split(' ').length).toBeGreaterThan(3);
  });
});

describe('rule treaty.refusal-grounds', () => {
  it('under a treaty, refusal only on its grounds, which may include one the convention lacks', () => {
    const { play, request, send } = bound({
      'ab-mlat': treaty({ ...MLAT, refusalGrounds: ['political-offence', 'essential-interests'] }),
    });
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    const refuse = { type: 'refuseRequest', requestId: id, reasons: 'The offence is political.' } as const;
    const rejection = play.rejected('borealis', { ...refuse, ground: 'discriminatory-purpose' });
    expectRule(rejection, 'treaty.refusal-grounds');
    // The grounds in words a trainee reads, never their ids.
    const message = translate(EN, EN, rejection.code, rejection.params);
    // Listed as the reader's language lists ("A and B"), not joined by the engine.
    expect(message).toContain(`${EN['ground.political-offence']} and ${EN['ground.essential-interests']}`);
    expect(message).not.toContain('political-offence');
    play.do('borealis', { ...refuse, ground: 'political-offence' });
    expect(play.state.requests[id]?.refusal?.ground).toBe('political-offence');
  });

  it('under the convention there is no political-offence exception', () => {
    const { play, request, send } = start();
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    expectRule(
      play.rejected('borealis', {
        type: 'refuseRequest',
        requestId: id,
        ground: 'political-offence',
        reasons: 'The offence is political.',
      }),
      'mla.refusal.closed-list',
    );
  });

  it('an MLA treaty may keep fiscal matters as a ground; bank secrecy stays out', () => {
    const { play, request, send } = bound({
      'ab-mlat': treaty({ ...MLAT, refusalGrounds: ['fiscal-matter'] }),
    });
    const id = send(request());
    consult(play, 'borealis', id, 'aldoria');
    const refuse = {
      type: 'refuseRequest',
      requestId: id,
      reasons: 'A tax matter, say our courts.',
    } as const;
    expectRule(play.rejected('borealis', { ...refuse, ground: 'bank-secrecy' }), 'mla.refusal.bank-secrecy');
    play.do('borealis', { ...refuse, ground: 'fiscal-matter' });
  });

  it('every ground a treaty may name is a ground a State may invoke', () => {
    for (const ground of TREATY_REFUSAL_GROUNDS) expect(REFUSAL_GROUNDS).toContain(ground);
  });
});

describe('rule treaty.extradition-conditions', () => {
  /** Aldoria knows who Vex is and that he is in Borealis. */
  function located(treaties: Record<string, Treaty>) {
    const setup = bound(treaties);
    teach(setup.play, 'aldoria', { identity: ['vex'], location: { vex: 'borealis' } });
    const extradition = () => setup.request({ kind: 'extradition', subject: { suspect: 'vex' } });
    return { ...setup, extradition };
  }
  const EXTRADITION = {
    kind: 'extradition',
    with: 'borealis',
    name: 'Aldoria-Borealis Extradition Treaty (1985)',
  } as const;

  it("the treaty's minimum penalty applies in place of the requested State's law", () => {
    // Intrusion: 2 years in Borealis, whose law asks 1; the treaty asks 3.
    const plain = located({});
    plain.play.do('aldoria', plain.extradition());
    const { play, extradition } = located({ 'ab-ext': treaty({ ...EXTRADITION, minPenaltyYears: 3 }) });
    const rejection = play.rejected('aldoria', extradition());
    expectRule(rejection, 'treaty.extradition-conditions');
    expect(translate(EN, EN, rejection.code, rejection.params)).toContain('at least 3 years');
  });

  it("the treaty's grounds govern; the bar on extraditing nationals is the requested State's own law", () => {
    const { play, extradition, send } = located({
      'ab-ext': treaty({ ...EXTRADITION, refusalGrounds: ['political-offence'] }),
    });
    const id = send(extradition());
    expect(play.state.requests[id]?.governedBy).toEqual({
      regime: 'treaty',
      treaty: 'ab-ext',
      reason: 'treaty',
    });
    expect(play.engine.assess(play.state, play.log).requests[id]?.ruleId).toBe(
      'treaty.extradition-conditions',
    );
    consult(play, 'borealis', id, 'aldoria');
    const refuse = { type: 'refuseRequest', requestId: id, reasons: 'Our reasons, stated.' } as const;
    expectRule(
      play.rejected('borealis', { ...refuse, ground: 'essential-interests' }),
      'treaty.refusal-grounds',
    );
    // Fiscal matters are never a ground to refuse extradition (model UNTOC 16(15)).
    expectRule(
      play.rejected('borealis', { ...refuse, ground: 'fiscal-matter' }),
      'extradition.refusal.fiscal',
    );
    play.do('borealis', { ...refuse, ground: 'national' });
    // Aut dedere aut judicare stays the convention's between parties (model UNTOC 16(10)).
    play.do('aldoria', { type: 'requestProsecution', requestId: id });
  });
});

describe('the bots under a treaty', () => {
  it('send by the channel the treaty designates, with its contents', () => {
    const scenario = structuredClone(fixture);
    const aldoria = scenario.countries.aldoria;
    if (aldoria)
      aldoria.treaties = {
        'ab-mlat': treaty({
          ...MLAT,
          channels: ['diplomatic'],
          contents: { add: ['applicable-law'], waive: [] },
        }),
      };
    const play = new Play(scenario);
    // The bank records are not volatile: once its cases are open, the bot asks for them, under the treaty.
    const next = () => {
      const view = play.engine.view(play.state, 'aldoria');
      if (view.role !== 'country') throw new Error('a country view');
      return botCommands(view, play.now);
    };
    for (let opened = next(); opened.some((command) => command.type === 'openCase'); opened = next())
      for (const command of opened.filter((each) => each.type === 'openCase')) play.do('aldoria', command);
    const asked = next().find(
      (command) => command.type === 'sendRequest' && command.subject.evidence?.includes('bank-b'),
    );
    if (asked?.type !== 'sendRequest') throw new Error('no request for the bank records');
    expect(asked.channel).toBe('diplomatic');
    expect(violations(play.do('aldoria', asked))).toEqual([]);
    const sent = play.state.requests[play.lastId('RequestSent')];
    expect(sent?.governedBy.regime).toBe('treaty');
    expect(sent?.missing).toEqual([]);
  });
});
