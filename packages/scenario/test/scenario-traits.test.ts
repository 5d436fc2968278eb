import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../src/index.js';
import { loadScenarioFile } from '../src/node.js';

/**
 * What each bundled scenario must teach (DESIGN.md §5, issue #2): enough countries, laws that
 * differ where it matters, chains of evidence at least three hops long, injects and objectives.
 */
const folder = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

async function load(name: string): Promise<Scenario> {
  const { scenario, issues } = await loadScenarioFile(`${folder}${name}`);
  if (!scenario) throw new Error(`${name} does not load: ${issues.map((issue) => issue.message).join('; ')}`);
  return scenario;
}

/** Longest chain of evidence items, counted in hops, starting from an item someone knows. */
export function longestChain(scenario: Scenario): number {
  const evidence = scenario.case.evidence;
  const depth = (id: string, seen: Set<string>): number => {
    const next = (evidence[id]?.reveals.evidence ?? []).filter((other) => !seen.has(other));
    return next.length === 0
      ? 0
      : 1 + Math.max(...next.map((other) => depth(other, new Set([...seen, other]))));
  };
  const starts = Object.entries(evidence).filter(([, item]) => item.knownBy.length > 0);
  return Math.max(0, ...starts.map(([id]) => depth(id, new Set([id]))));
}

function utcOffsetSpreadHours(scenario: Scenario): number {
  const offsets = Object.values(scenario.countries).map((country) => {
    const [hours = 0, minutes = 0] = country.utcOffset.slice(1).split(':').map(Number);
    return (country.utcOffset.startsWith('-') ? -1 : 1) * (hours + minutes / 60);
  });
  return Math.max(...offsets) - Math.min(...offsets);
}

function lawTraits(scenario: Scenario) {
  const countries = Object.values(scenario.countries);
  return {
    protectsNationals: countries.some((country) => !country.law.extraditesNationals),
    requiresDualCriminality: countries.some((country) => country.law.dualCriminality.required),
    shortTrafficRetention: countries.some((country) => country.law.retention.traffic <= 30 * 24 * 60),
    nonParty: countries.some((country) => country.convention.status !== 'party'),
  };
}

const LARGE = [
  ['ransomware.yaml', 4],
  ['fraud-ring.yaml', 5],
  ['botnet.yaml', 6],
] as const;

describe('every bundled scenario', () => {
  it.each(['tutorial.yaml', 'emergency.yaml', ...LARGE.map(([name]) => name)])(
    '%s has a chain of at least three hops',
    async (name) => {
      const scenario = await load(name);
      expect(longestChain(scenario)).toBeGreaterThanOrEqual(3);
      expect(Object.keys(scenario.injects).length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(scenario.objectives).length).toBeGreaterThanOrEqual(3);
      expect(Object.keys(scenario.rubric).length).toBeGreaterThanOrEqual(1);
    },
  );

  it('the tutorial has two countries, fits in half an hour, and waits on its briefing', async () => {
    const tutorial = await load('tutorial.yaml');
    expect(Object.keys(tutorial.countries)).toHaveLength(2);
    expect(tutorial.session.expectedDuration).toBe(30);
    expect(tutorial.session.startPaused).toBe(true);
  });
});

describe.each(LARGE)('%s', (name, countryCount) => {
  it(`has ${countryCount} countries whose laws differ where it matters`, async () => {
    const scenario = await load(name);
    expect(Object.keys(scenario.countries)).toHaveLength(countryCount);
    expect(lawTraits(scenario)).toEqual({
      protectsNationals: true,
      requiresDualCriminality: true,
      shortTrafficRetention: true,
      nonParty: true,
    });
    expect(utcOffsetSpreadHours(scenario)).toBeGreaterThanOrEqual(8);
  });
});

describe('scenario-specific teaching moments', () => {
  it('ransomware: a hospital emergency and a suspect who is a national of a State that does not extradite nationals', async () => {
    const scenario = await load('ransomware.yaml');
    // The emergency is a fact revealed to the victim State alone, not declared for every country.
    expect(scenario.case.emergency).toBe(false);
    const declared = Object.values(scenario.injects).some((inject) =>
      inject.effects.some((effect) => effect.declareEmergency),
    );
    expect(declared).toBe(false);
    const emergencyFacts = Object.entries(scenario.case.facts).filter(([, fact]) => fact.emergency);
    expect(emergencyFacts.map(([id]) => id)).toEqual(['icu-emergency']);
    const revealing = Object.values(scenario.injects).filter((inject) =>
      inject.effects.some((effect) => effect.revealFact === 'icu-emergency'),
    );
    expect(revealing.map((inject) => inject.audience)).toEqual([['veltria']]);
    const protectedSuspect = Object.values(scenario.case.suspects).some((suspect) => {
      const home = scenario.countries[suspect.nationality];
      return home !== undefined && !home.law.extraditesNationals && suspect.location === suspect.nationality;
    });
    expect(protectedSuspect).toBe(true);
  });

  it('emergency: a risk to life known to one State, a provider far away, and ordinary MLA that takes days', async () => {
    const scenario = await load('emergency.yaml');
    expect(Object.keys(scenario.countries)).toHaveLength(3);
    expect(scenario.case.emergency).toBe(false);
    const emergencyFacts = Object.values(scenario.case.facts).filter((fact) => fact.emergency);
    expect(emergencyFacts.map((fact) => fact.knownBy)).toEqual([['ardessa']]);
    // Every State asked for stored data takes eight days or more by the ordinary route.
    const DAY = 24 * 60;
    const asked = new Set(
      Object.values(scenario.case.evidence)
        .flatMap((item) => scenario.case.providers[item.holder]?.country ?? [])
        .filter((country) => country !== 'ardessa'),
    );
    expect([...asked].sort()).toEqual(['kelmora', 'tavren']);
    for (const country of asked) {
      expect(scenario.countries[country]?.law.processingTime['stored-data']).toBeGreaterThanOrEqual(8 * DAY);
    }
    expect(utcOffsetSpreadHours(scenario)).toBeGreaterThanOrEqual(12);
  });

  it('fraud ring: victims in many countries, competing claims and assets that move unless frozen', async () => {
    const scenario = await load('fraud-ring.yaml');
    const victimCountries = new Set(Object.values(scenario.case.victims).map((victim) => victim.location));
    expect(victimCountries.size).toBeGreaterThanOrEqual(4);
    const territorial = new Set(
      Object.values(scenario.case.offences).flatMap((offence) => offence.committedIn),
    );
    expect(territorial.size).toBeGreaterThanOrEqual(3);
    expect(Object.values(scenario.case.assets).some((asset) => asset.movements.length > 0)).toBe(true);
    expect(Object.values(scenario.objectives).some((objective) => objective.when.agreementReached)).toBe(
      true,
    );
  });

  it('botnet: a chain of providers, a named joint team, a coordination body and an action day', async () => {
    const scenario = await load('botnet.yaml');
    expect(longestChain(scenario)).toBeGreaterThanOrEqual(4);
    const providerCountries = new Set(
      Object.values(scenario.case.providers).map((provider) => provider.country),
    );
    expect(providerCountries.size).toBeGreaterThanOrEqual(4);
    const plans = Object.entries(scenario.case.agreements);
    const team = plans.find(([, plan]) => plan.kind === 'joint-investigation-team');
    expect(team?.[1].members.length).toBeGreaterThanOrEqual(3);
    // The team is not formed on nothing: the case calls for it once evidence is in.
    expect(team?.[1].when).toBeDefined();
    expect(
      Object.values(scenario.objectives).some((objective) => objective.when.agreementSigned === team?.[0]),
    ).toBe(true);
    expect(plans.some(([, plan]) => plan.kind === 'action-day')).toBe(true);
    expect(scenario.case.coordinationBody?.members.length).toBeGreaterThanOrEqual(3);
  });
});
