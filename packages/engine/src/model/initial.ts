import { initialExpiry } from '../law/legal.js';
import type { Ctx } from './context.js';
import type { CountryId, SuspectId } from './ids.js';
import type { Knowledge, State } from './state.js';

const atStart = (countries: readonly CountryId[]): Record<CountryId, Knowledge> =>
  Object.fromEntries(countries.map((country) => [country, { at: 0, source: { kind: 'start' } }]));

/** The state at game minute 0: what each country knows at the start, nothing yet done. */
export function initialState(ctx: Ctx): State {
  const { scenario } = ctx;
  const caseFile = scenario.case;
  return {
    scenarioId: scenario.id,
    now: 0,
    seq: 0,
    nextNumber: 1,
    emergency: caseFile.emergency,
    ended: false,
    facts: Object.fromEntries(
      Object.entries(caseFile.facts).map(([id, fact]) => [id, { knownBy: atStart(fact.knownBy) }]),
    ),
    evidence: Object.fromEntries(
      Object.entries(caseFile.evidence).map(([id, item]) => [
        id,
        {
          status: 'available',
          expiresAt: initialExpiry(scenario, id),
          lostAt: null,
          preservations: {},
          preservedBy: [],
          preservedAt: {},
          knownBy: atStart(item.knownBy),
          obtainedBy: {},
        },
      ]),
    ),
    suspects: Object.fromEntries(
      Object.entries(caseFile.suspects).map(([id, suspect]) => [
        id,
        {
          location: suspect.location,
          identityKnownBy: atStart(identifiedAtStart(ctx, id, suspect.identityKnownBy)),
          locationKnownBy: Object.fromEntries(
            suspect.locationKnownBy.map((country) => [
              country,
              { at: 0, source: { kind: 'start' }, location: suspect.location },
            ]),
          ),
          custody: null,
          surrenderedTo: null,
          surrenderedAt: null,
          arrestedBy: [],
          arrestedAt: {},
          tippedOff: null,
        },
      ]),
    ),
    assets: Object.fromEntries(
      Object.entries(caseFile.assets).map(([id, asset]) => [
        id,
        {
          holder: asset.holder,
          nextMovement: 0,
          frozen: null,
          confiscated: null,
          movedAt: [],
          knownBy: Object.fromEntries(
            asset.knownBy.map((country) => [
              country,
              { at: 0, source: { kind: 'start' }, holder: asset.holder },
            ]),
          ),
        },
      ]),
    ),
    cases: {},
    measures: {},
    claims: {},
    consultations: {},
    agreements: {},
    requests: {},
    shares: {},
    prosecutions: {},
    injects: Object.fromEntries(
      Object.entries(scenario.injects).map(([id, inject]) => [
        id,
        { status: 'pending', at: inject.at ?? null, firedAt: null },
      ]),
    ),
    objectives: Object.fromEntries(
      Object.keys(scenario.objectives).map((id) => [id, { metAt: null, metBy: [], missedAt: null }]),
    ),
    violations: {},
    awards: {},
    notes: {},
  };
}

/** Who knows a suspect's identity at the start: as declared, and whoever knows a fact naming him. */
function identifiedAtStart(ctx: Ctx, suspectId: SuspectId, declared: readonly CountryId[]): CountryId[] {
  const countries = new Set(declared);
  for (const [factId, fact] of Object.entries(ctx.scenario.case.facts)) {
    if (ctx.namedIn[factId]?.includes(suspectId)) for (const country of fact.knownBy) countries.add(country);
  }
  return [...countries];
}
