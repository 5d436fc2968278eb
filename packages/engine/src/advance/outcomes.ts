import { REQUEST_KINDS, type RequestProduct } from '@crossborder/scenario';
import { releasePreservation } from '../decide/requested.js';
import { revealsOf, type Told } from '../decide/reveal.js';
import { concernedWith, countryName, event } from '../decide/tools.js';
import { evidenceLocation, holdsPersonalData, productionOrderReaches } from '../law/legal.js';
import { FOREIGN_PRESERVATION_MINUTES } from '../law/timing.js';
import type { Ctx } from '../model/context.js';
import type { MessageKey } from '../model/decision.js';
import type { Event } from '../model/events.js';
import type { GameTime } from '../model/ids.js';
import type { Copy, Measure, OutcomeNote, Request, RequestOutcome, State } from '../model/state.js';

/** What executing a request, or completing a domestic measure, does to the world. */

const note = (key: MessageKey, params: OutcomeNote['params']): OutcomeNote => ({ key, params });

function available(ctx: Ctx, state: State, evidence: string, country: string): boolean {
  return (
    state.evidence[evidence]?.status === 'available' &&
    evidenceLocation(ctx.scenario, state, evidence) === country
  );
}

/**
 * Preserving traffic data reveals the next providers in the chain and their countries (Arts 26,
 * 43): the next items held elsewhere become known to both States.
 */
function chainHop(ctx: Ctx, state: State, evidence: string, request: Request, at: GameTime): Event[] {
  const item = ctx.scenario.case.evidence[evidence];
  if (item?.kind !== 'traffic') return [];
  const events: Event[] = [];
  for (const next of item.reveals.evidence) {
    const location = evidenceLocation(ctx.scenario, state, next);
    if (location === undefined || location === request.to) continue;
    for (const country of [request.from, request.to]) {
      if (!state.evidence[next]?.knownBy[country]) {
        events.push(
          event('EvidenceDiscovered', at, [country], {
            evidenceId: next,
            country,
            source: { kind: 'chain-hop', evidence },
          }),
        );
      }
    }
  }
  return events;
}

/** One execution under way: the request, the outcome being written, and when. */
interface Execution {
  ctx: Ctx;
  state: State;
  request: Request;
  at: GameTime;
  outcome: RequestOutcome;
}

/** Writes into the outcome what it finds and returns the events of what it did. */
type Executor = (execution: Execution) => Event[];

/** The evidence the request names (or the part the requested State agreed to execute). */
const targetsOf = (request: Request) => request.partOnly ?? request.subject.evidence;

/** Preservation: the data is kept at the provider for the requesting State (Art. 42). */
const preserveEvidence: Executor = ({ ctx, state, request, at, outcome }) => {
  const effects: Event[] = [];
  for (const id of targetsOf(request)) {
    if (!available(ctx, state, id, request.to)) {
      outcome.unavailable.push(id);
      continue;
    }
    outcome.preserved.push(id);
    const current = state.evidence[id]?.preservations[request.from];
    if (!current || current.until !== null) {
      const until = Math.max(at + FOREIGN_PRESERVATION_MINUTES, current?.until ?? 0);
      effects.push(
        event('EvidencePreserved', at, [request.from, request.to], {
          evidenceId: id,
          preservation: {
            by: request.from,
            via: { kind: 'request', request: request.id },
            since: at,
            until,
          },
        }),
      );
    }
    effects.push(...chainHop(ctx, state, id, request, at));
  }
  return effects;
};

/** The evidence named is handed to the requesting State, with what it reveals. */
const obtainEvidence: Executor = ({ ctx, state, request, at, outcome }) => {
  const targets = targetsOf(request);
  if (targets.length === 0) return [];
  const effects: Event[] = [];
  const conditions = [
    ...(request.conditions?.accepted ? request.conditions.offered : []),
    ...(ctx.scenario.countries[request.to]?.law.dataProtection.conditions ?? []),
  ];
  // Items obtained together may reveal the same lead: the requester is told it once.
  const told: Told = new Set();
  for (const id of targets) {
    if (!available(ctx, state, id, request.to)) {
      outcome.unavailable.push(id);
      continue;
    }
    outcome.obtained.push(id);
    const copy: Copy = {
      at,
      via: { kind: 'request', request: request.id },
      forCase: request.caseId,
      conditions: holdsPersonalData(ctx.scenario, id) ? conditions : [],
      tainted: false,
    };
    effects.push(
      event('EvidenceObtained', at, [request.from, request.to], {
        evidenceId: id,
        country: request.from,
        copy,
      }),
    );
    effects.push(...revealsOf(ctx, state, id, request.from, at, told));
  }
  // Decided: data held for this request is released, unless another follow-up still waits (Art. 42).
  effects.push(...releasePreservation(ctx, state, request, at));
  return effects;
};

/** The person the request is about, as the world has them now; undefined when it names none. */
function personOf({ ctx, state, request }: Execution) {
  const suspectId = request.subject.suspect;
  const suspect = suspectId ? state.suspects[suspectId] : undefined;
  if (!suspectId || !suspect) return undefined;
  const alias = ctx.scenario.case.suspects[suspectId]?.alias ?? suspectId;
  return { suspectId, suspect, alias, here: suspect.location === request.to };
}

/** Police cooperation: the requested State says whether the person is there and who they are (Art. 47). */
const locateSuspect: Executor = (execution) => {
  const { ctx, request, at, outcome } = execution;
  const person = personOf(execution);
  if (!person) return [];
  const { suspectId, suspect, alias } = person;
  if (!person.here) {
    outcome.notes.push(note('outcome.suspect-not-found', { alias, country: countryName(ctx, request.to) }));
    return [];
  }
  outcome.notes.push(note('outcome.suspect-found', { alias, country: countryName(ctx, request.to) }));
  const effects: Event[] = [
    event('SuspectLocated', at, [request.from], {
      suspectId,
      country: request.from,
      location: request.to,
      source: { kind: 'request', request: request.id },
    }),
  ];
  if (suspect.identityKnownBy[request.to] && !suspect.identityKnownBy[request.from]) {
    effects.push(
      event('SuspectIdentified', at, [request.from], {
        suspectId,
        country: request.from,
        source: { kind: 'request', request: request.id },
      }),
    );
  }
  return effects;
};

/** Provisional arrest: the person is held pending the extradition request (Art. 37). */
const arrestSuspect: Executor = (execution) => {
  const { ctx, state, request, at, outcome } = execution;
  const person = personOf(execution);
  if (!person) return [];
  const { suspectId, suspect, alias } = person;
  if (!person.here || suspect.custody !== null) {
    outcome.notes.push(
      person.here
        ? note('outcome.suspect-in-custody', { alias })
        : note('outcome.suspect-not-found', { alias, country: countryName(ctx, request.to) }),
    );
    return [];
  }
  outcome.notes.push(note('outcome.suspect-arrested', { alias }));
  return [
    event('SuspectArrested', at, concernedWith(state, suspectId, request.from, request.to), {
      suspectId,
      by: request.to,
      pendingExtraditionTo: request.from,
    }),
  ];
};

/** Extradition: the person is surrendered to the requesting State (Art. 37). */
const surrenderSuspect: Executor = (execution) => {
  const { ctx, state, request, at, outcome } = execution;
  const person = personOf(execution);
  if (!person) return [];
  const { suspectId, alias } = person;
  if (!person.here) {
    outcome.notes.push(note('outcome.suspect-not-found', { alias, country: countryName(ctx, request.to) }));
    return [];
  }
  outcome.notes.push(note('outcome.suspect-surrendered', { alias, country: countryName(ctx, request.from) }));
  return [
    event('SuspectSurrendered', at, concernedWith(state, suspectId, request.from, request.to), {
      suspectId,
      from: request.to,
      to: request.from,
    }),
  ];
};

type Person = NonNullable<ReturnType<typeof personOf>>;

/** Whether a text holds a full name, as a whole ("Ivo Rask" is not in "Ivo Raskov"), as facts do. */
function holdsName(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return name.trim() !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * What the person says when heard (Art. 40): the scenario's statement, and the identities and
 * whereabouts it gives away to the requesting State, as they are now. A statement that holds a
 * suspect's full name identifies them, as a fact does. Nothing is learned twice.
 */
function testify(execution: Execution, { suspectId, alias }: Person): Event[] {
  const { ctx, state, request, at, outcome } = execution;
  const testimony = ctx.scenario.case.suspects[suspectId]?.testimony;
  if (!testimony) {
    outcome.notes.push(note('outcome.no-testimony', { alias }));
    return [];
  }
  outcome.notes.push(note('outcome.testimony', { alias, statement: testimony.statement }));
  const country = request.from;
  const source = { kind: 'request', request: request.id } as const;
  const effects: Event[] = [];
  const inStatement = Object.entries(ctx.scenario.case.suspects)
    .filter(([, suspect]) => holdsName(testimony.statement, suspect.name))
    .map(([id]) => id);
  for (const named of new Set([...testimony.identityOf, ...inStatement])) {
    if (state.suspects[named] && !state.suspects[named].identityKnownBy[country]) {
      effects.push(event('SuspectIdentified', at, [country], { suspectId: named, country, source }));
    }
  }
  for (const named of new Set(testimony.locationOf)) {
    const location = state.suspects[named]?.location;
    if (location && state.suspects[named]?.locationKnownBy[country]?.location !== location) {
      effects.push(event('SuspectLocated', at, [country], { suspectId: named, country, location, source }));
    }
  }
  return effects;
}

/**
 * Hearing by video conference: the requested State lets the requesting State's judicial
 * authorities hear the person where they are (model UNTOC 18(18)), if they are still there.
 */
const hearByVideo: Executor = (execution) => {
  const { ctx, request, outcome } = execution;
  const person = personOf(execution);
  if (!person) return [];
  const country = countryName(ctx, request.to);
  if (!person.here) {
    outcome.notes.push(note('outcome.suspect-not-found', { alias: person.alias, country }));
    return [];
  }
  outcome.notes.push(note('outcome.heard-by-video', { alias: person.alias, country }));
  return testify(execution, person);
};

/**
 * Temporary transfer (model UNTOC 18(10)-(12)): a person still detained by the requested State,
 * who freely consents, is taken in custody to the requesting State to give evidence and returned
 * without delay and without extradition. The stay happens within the execution time, so custody
 * never changes hands in the game, and no arrest or surrender can come of a transfer (18(12)).
 */
const transferDetainee: Executor = (execution) => {
  const { ctx, request, outcome } = execution;
  const person = personOf(execution);
  if (!person) return [];
  const { alias } = person;
  if (!person.here || person.suspect.custody?.by !== request.to) {
    outcome.notes.push(note('outcome.not-detained', { alias, country: countryName(ctx, request.to) }));
    return [];
  }
  // Both States agree by sending and executing; the person's own consent is asked here (18(10)(a)).
  if (ctx.scenario.case.suspects[person.suspectId]?.testimony?.consentsToTransfer !== true) {
    outcome.notes.push(note('outcome.transfer-no-consent', { alias }));
    return [];
  }
  outcome.notes.push(
    note('outcome.transferred-and-returned', {
      alias,
      to: countryName(ctx, request.from),
      from: countryName(ctx, request.to),
    }),
  );
  return testify(execution, person);
};

/** The asset the request is about, as the world has it now; undefined when it names none. */
function assetOf({ ctx, state, request }: Execution) {
  const assetId = request.subject.asset;
  const asset = assetId ? state.assets[assetId] : undefined;
  if (!assetId || !asset) return undefined;
  return { assetId, asset, there: ctx.scenario.case.providers[asset.holder]?.country === request.to };
}

/** Freezing: the funds stay where they are, or the requesting State learns where they went (Art. 50). */
const freezeAsset: Executor = (execution) => {
  const { request, at, outcome } = execution;
  const found = assetOf(execution);
  if (!found) return [];
  const { assetId, asset, there } = found;
  if (there && asset.frozen === null && asset.confiscated === null) {
    outcome.notes.push(note('outcome.asset-frozen', {}));
    return [
      event('AssetFrozen', at, [request.from, request.to], { assetId, by: request.from, via: request.id }),
    ];
  }
  if (there) {
    outcome.notes.push(note('outcome.asset-already-frozen', {}));
    return [];
  }
  outcome.notes.push(note('outcome.asset-moved', {}));
  return [
    event('AssetDiscovered', at, [request.from], {
      assetId,
      country: request.from,
      holder: asset.holder,
      source: { kind: 'request', request: request.id },
    }),
  ];
};

/** Confiscation: frozen funds are confiscated and returned to the requesting State (Art. 50). */
const confiscateAsset: Executor = (execution) => {
  const { request, at, outcome } = execution;
  const found = assetOf(execution);
  if (!found) return [];
  const { assetId, asset, there } = found;
  if (there && asset.frozen !== null && asset.confiscated === null) {
    outcome.notes.push(note('outcome.asset-confiscated', {}));
    return [
      event('AssetConfiscated', at, [request.from, request.to], {
        assetId,
        by: request.to,
        returnedTo: request.from,
      }),
    ];
  }
  outcome.notes.push(there ? note('outcome.asset-not-frozen', {}) : note('outcome.asset-gone', {}));
  return [];
};

/**
 * What executing a request produces, by its kind's `produces` (`REQUEST_KINDS` in the scenario
 * package), in the order the effects happen. A request about a person or an asset may still name
 * evidence (sending checks the evidence of evidence kinds only), and that evidence is obtained too.
 */
const EXECUTORS: Record<RequestProduct, readonly Executor[]> = {
  preservation: [preserveEvidence],
  evidence: [obtainEvidence],
  whereabouts: [obtainEvidence, locateSuspect],
  arrest: [obtainEvidence, arrestSuspect],
  surrender: [obtainEvidence, surrenderSuspect],
  freeze: [obtainEvidence, freezeAsset],
  confiscation: [obtainEvidence, confiscateAsset],
  testimony: [obtainEvidence, hearByVideo],
  transfer: [obtainEvidence, transferDetainee],
};

export function executeOutcome(ctx: Ctx, state: State, request: Request, at: GameTime): Event[] {
  const outcome: RequestOutcome = { obtained: [], preserved: [], unavailable: [], notes: [] };
  const execution: Execution = { ctx, state, request, at, outcome };
  const effects = EXECUTORS[REQUEST_KINDS[request.kind].produces].flatMap((execute) => execute(execution));
  const partial = request.partOnly !== null && request.partOnly.length < request.subject.evidence.length;
  return [
    event('RequestExecuted', at, [request.from, request.to], { requestId: request.id, partial, outcome }),
    ...effects,
  ];
}

export function measureOutcome(ctx: Ctx, state: State, measure: Measure, at: GameTime): Event[] {
  const to = [measure.country];
  const done = (outcome: string, effects: Event[] = []) => [
    event('MeasureCompleted', at, to, { measureId: measure.id, outcome }),
    ...effects,
  ];
  const tainted = Object.values(measure.safeguards).some((text) => text.trim().length < 3);
  const target = measure.target;
  if ('evidence' in target) {
    const id = target.evidence;
    // A production order also reaches subscriber information that a provider offering its
    // services here holds abroad (Art. 27, model BC 18(1)(b)); every other measure, data here only.
    const reached =
      available(ctx, state, id, measure.country) ||
      (measure.kind === 'production-order' &&
        state.evidence[id]?.status === 'available' &&
        productionOrderReaches(ctx.scenario, id, measure.country));
    if (!reached) return done('lost');
    if (measure.kind === 'preservation-order') {
      const current = state.evidence[id]?.preservations[measure.country];
      // Never cut short a longer preservation, nor one held for a pending request (Arts 25, 42).
      if (current && (current.until === null || current.until >= at + (measure.durationMinutes ?? 0)))
        return done('preserved');
      const until = at + (measure.durationMinutes ?? 0);
      return done('preserved', [
        event('EvidencePreserved', at, to, {
          evidenceId: id,
          preservation: {
            by: measure.country,
            via: { kind: 'measure', measure: measure.id },
            since: at,
            until,
          },
        }),
      ]);
    }
    const copy: Copy = {
      at,
      via: { kind: 'measure', measure: measure.id },
      forCase: measure.caseId,
      conditions: [],
      tainted,
    };
    return done('obtained', [
      event('EvidenceObtained', at, to, { evidenceId: id, country: measure.country, copy }),
      ...revealsOf(ctx, state, id, measure.country, at),
    ]);
  }
  if ('suspect' in target) {
    const suspect = state.suspects[target.suspect];
    if (!suspect || suspect.location !== measure.country || suspect.custody !== null)
      return done('not-found');
    return done('arrested', [
      event('SuspectArrested', at, concernedWith(state, target.suspect, measure.country), {
        suspectId: target.suspect,
        by: measure.country,
        pendingExtraditionTo: null,
      }),
    ]);
  }
  const asset = state.assets[target.asset];
  if (!asset) return done('not-found');
  if (ctx.scenario.case.providers[asset.holder]?.country !== measure.country || asset.confiscated !== null) {
    return done('moved', [
      event('AssetDiscovered', at, to, {
        assetId: target.asset,
        country: measure.country,
        holder: asset.holder,
        source: { kind: 'measure', measure: measure.id },
      }),
    ]);
  }
  if (asset.frozen !== null) return done('already-frozen');
  return done('frozen', [
    event('AssetFrozen', at, to, { assetId: target.asset, by: measure.country, via: measure.id }),
  ]);
}
