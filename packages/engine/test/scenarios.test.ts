import { describe, expect, it } from 'vitest';
import { createEngine, criminalConductsIn, offenceCriminalIn, simulate } from '../src/index.js';
import { bundled, DAY, HOUR, Play } from './support.js';

const NAMES = ['tutorial', 'emergency', 'ransomware', 'fraud-ring', 'botnet'] as const;

describe.each(NAMES)('%s played by bots', (name) => {
  it('is won, lawfully: no bot command is ruled unlawful and no violation is recorded', async () => {
    const simulation = simulate(await bundled(name));
    expect(
      Object.entries(simulation.state.objectives)
        .filter(([, objective]) => objective.metAt === null)
        .map(([id]) => id),
    ).toEqual([]);
    expect(simulation.won).toBe(true);
    expect(simulation.rejections.filter((rejected) => rejected.rejection.ruleId !== null)).toEqual([]);
    expect(Object.values(simulation.state.violations)).toEqual([]);
  });
});

describe('ransomware: the teaching moments', () => {
  it('Orvalho refuses to extradite its national, and prosecutes him when asked', async () => {
    const { state, events } = simulate(await bundled('ransomware'));
    const refused = Object.values(state.requests).find(
      (request) =>
        request.kind === 'extradition' &&
        request.subject.suspect === 'quillon' &&
        request.refusal?.ground === 'national',
    );
    expect(refused?.to).toBe('orvalho');
    expect(refused?.prosecutionRequestedAt).not.toBeNull();
    const prosecution = Object.values(state.prosecutions).find((found) => found.onRequest === refused?.id);
    expect(prosecution?.country).toBe('orvalho');
    const order = events.map((event) => event.type);
    expect(order.indexOf('RequestRefused')).toBeLessThan(order.indexOf('ProsecutionOpened'));
  });

  it('a late preservation loses the portal logs for good', async () => {
    const play = new Play(await bundled('ransomware'));
    play.at(5 * DAY + 1);
    expect(play.state.evidence['portal-logs']?.status).toBe('lost');
    expect(play.state.objectives['preserve-portal-logs']?.missedAt).toBe(5 * DAY + 1);
  });
});

describe('emergency: the teaching moments', () => {
  it("the hostage is found through the 24/7 network's emergency path, within hours", async () => {
    const { state, won } = simulate(await bundled('emergency'));
    expect(won).toBe(true);
    const storedData = Object.values(state.requests).filter((request) => request.kind === 'stored-data');
    expect(storedData.map((request) => [request.to, request.channel, request.emergency])).toEqual([
      ['kelmora', '24-7-network', true],
      ['tavren', '24-7-network', true],
    ]);
    for (const request of storedData) expect(request.status).toBe('executed');
    expect(state.objectives['free-nadia']?.metAt).toBeLessThan(DAY);
  });

  it('without the fact that makes it an emergency, ordinary MLA takes days and the hostage is not found', async () => {
    const scenario = await bundled('emergency');
    const demand = scenario.case.facts['ransom-demand'];
    if (!demand?.emergency) throw new Error('emergency.yaml changed');
    const ordinary = {
      ...scenario,
      case: {
        ...scenario.case,
        facts: { ...scenario.case.facts, 'ransom-demand': { ...demand, emergency: false } },
      },
    };
    const { state, won } = simulate(ordinary);
    expect(won).toBe(false);
    const toKelmora = Object.values(state.requests).find(
      (request) => request.kind === 'stored-data' && request.to === 'kelmora',
    );
    expect([toKelmora?.channel, toKelmora?.emergency]).toEqual(['central-authority', false]);
    expect(state.objectives['free-nadia']?.metAt).toBeNull();
    expect(state.objectives['free-nadia']?.missedAt).not.toBeNull();
  });
});

describe('ransomware: the emergency belongs to the States that know of it', () => {
  it('Veltria learns of the risk to life from the inject and asks by the 24/7 network as an emergency; others only once told', async () => {
    const { state } = simulate(await bundled('ransomware'));
    expect(state.emergency).toBe(false);
    const known = state.facts['icu-emergency']?.knownBy ?? {};
    expect(known.veltria).toEqual({ at: 10 * HOUR, source: { kind: 'inject', inject: 'icu-failure' } });
    for (const [country, knowledge] of Object.entries(known))
      if (country !== 'veltria') expect(knowledge.source.kind, country).toBe('shared');
    const fromVeltria = Object.values(state.requests).filter(
      (request) => request.kind === 'stored-data' && request.from === 'veltria',
    );
    expect(fromVeltria.length).toBeGreaterThan(0);
    for (const request of fromVeltria)
      expect([request.channel, request.emergency]).toEqual(['24-7-network', true]);
    // Whoever asked as an emergency knew of the risk when it asked.
    for (const request of Object.values(state.requests).filter((each) => each.emergency))
      expect(known[request.from]?.at, request.id).toBeLessThanOrEqual(request.sentAt);
  });
});

describe('fraud ring: the teaching moments', () => {
  it('competing claims are settled by consultation, and proceedings concentrate where the ringleader is', async () => {
    const { state } = simulate(await bundled('fraud-ring'));
    const claimants = new Set(
      Object.values(state.claims)
        .filter((claim) => claim.offence === 'investment-fraud')
        .map((claim) => claim.country),
    );
    expect(claimants.size).toBeGreaterThanOrEqual(3);
    const transfer = Object.values(state.agreements).find(
      (agreement) => agreement.kind === 'transfer-of-proceedings' && agreement.concludedAt !== null,
    );
    expect(transfer?.terms.lead).toBe('tarsenia');
    expect(
      Object.values(state.prosecutions).some(
        (prosecution) => prosecution.suspect === 'orchid' && prosecution.country === 'tarsenia',
      ),
    ).toBe(true);
  });

  it('funds not frozen in time move on', async () => {
    const play = new Play(await bundled('fraud-ring'));
    play.at(27 * DAY);
    expect(play.state.assets['quillon-wallet']?.movedAt).toEqual([26 * DAY]);
  });

  it("Lumeria's requests for assistance to Orrevia go under their treaty, straight to its central authority", async () => {
    const { state, events } = simulate(await bundled('fraud-ring'));
    const toOrrevia = Object.values(state.requests).filter((request) => request.to === 'orrevia');
    const fromLumeria = toOrrevia.filter(
      (request) => request.from === 'lumeria' && request.kind !== 'preservation',
    );
    expect(fromLumeria.length).toBeGreaterThan(0);
    for (const request of fromLumeria) {
      expect(request.governedBy).toEqual({
        regime: 'treaty',
        treaty: 'lumeria-orrevia-mlat',
        reason: 'treaty-outside-convention',
      });
      expect(request.channel).toBe('central-authority');
      expect(request.contents['applicable-law']).toBeDefined();
    }
    // Preservation is the convention's own, and another State has no treaty: Orrevia's discretion.
    for (const request of toOrrevia.filter((each) => !fromLumeria.includes(each)))
      expect(request.governedBy.regime).toBe('none');
    const debrief = createEngine(await bundled('fraud-ring')).assess(state, events);
    expect(debrief.requests[fromLumeria[0]?.id ?? '']?.treaty).toBe(
      'Treaty between Lumeria and Orrevia on Mutual Legal Assistance in Criminal Matters (2009)',
    );
  });

  it('Castavia took the Art. 7(2) option: only the fraud, not the access, is a crime there', async () => {
    const scenario = await bundled('fraud-ring');
    const castavia = scenario.countries.castavia;
    const fraud = scenario.case.offences['investment-fraud'];
    if (!castavia || !fraud) throw new Error('fraud-ring changed');
    expect(criminalConductsIn(castavia, fraud)).toEqual(['fraud']);
    expect(offenceCriminalIn(castavia, fraud)).toBe(true);
  });
});

describe('botnet: the teaching moments', () => {
  it('the chain of providers is followed hop by hop to the command server, with a joint team', async () => {
    const { state } = simulate(await bundled('botnet'));
    for (const hop of ['ferrox-proxy-logs', 'silverline-vpn-logs', 'blackreef-netflow']) {
      expect(state.evidence[hop]?.preservedBy.length, hop).toBeGreaterThan(0);
    }
    expect(state.evidence['c2-server']?.obtainedBy.veldmark).toBeDefined();
    expect(
      Object.values(state.agreements).some(
        (agreement) => agreement.kind === 'joint-investigation-team' && agreement.concludedAt !== null,
      ),
    ).toBe(true);
  });
});
