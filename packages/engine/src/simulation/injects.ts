import type { Scenario } from '@crossborder/scenario';
import type { Event } from '../model/events.js';
import type { CountryId, GameTime } from '../model/ids.js';
import type { Source } from '../model/state.js';

/** What one of an inject's effects did when it fired. */
export type EffectRun =
  | { kind: 'revealFact'; fact: string; countries: CountryId[] }
  | { kind: 'revealEvidence'; evidence: string; countries: CountryId[] }
  | { kind: 'deleteEvidence'; evidence: string; done: boolean }
  | { kind: 'moveSuspect'; suspect: string; to: string; done: boolean }
  | { kind: 'moveAsset'; asset: string; to: string; done: boolean }
  | { kind: 'declareEmergency'; done: boolean };

export interface InjectRun {
  inject: string;
  /** null: it never fired. */
  firedAt: GameTime | null;
  effects: EffectRun[];
}

/**
 * Which injects fired, when, and what each effect did: the events that came with its firing (an
 * effect does nothing when the world has moved on: a preserved item is not deleted, a frozen
 * asset does not move, a fact already known is not told again).
 */
export function injectRuns(scenario: Scenario, events: readonly Event[]): InjectRun[] {
  return Object.entries(scenario.injects).map(([inject, declared]) => {
    const index = events.findIndex((event) => event.type === 'InjectFired' && event.injectId === inject);
    const fired = events[index];
    if (!fired) return { inject, firedAt: null, effects: [] };
    // The effects' events follow the notice, at the same minute, up to the next thing that fires.
    const batch: Event[] = [];
    for (const event of events.slice(index + 1)) {
      if (event.at !== fired.at || event.type === 'InjectFired' || event.type === 'ObjectiveMet') break;
      batch.push(event);
    }
    const fromThis = (source: Source) => source.kind === 'inject' && source.inject === inject;
    const effects = declared.effects.map((effect): EffectRun => {
      if (effect.revealFact) {
        const countries = batch.flatMap((event) =>
          event.type === 'FactLearned' && event.factId === effect.revealFact && fromThis(event.source)
            ? [event.country]
            : [],
        );
        return { kind: 'revealFact', fact: effect.revealFact, countries };
      }
      if (effect.revealEvidence) {
        const countries = batch.flatMap((event) =>
          event.type === 'EvidenceDiscovered' &&
          event.evidenceId === effect.revealEvidence &&
          fromThis(event.source)
            ? [event.country]
            : [],
        );
        return { kind: 'revealEvidence', evidence: effect.revealEvidence, countries };
      }
      if (effect.deleteEvidence) {
        const id = effect.deleteEvidence;
        const done = batch.some((event) => event.type === 'EvidenceLost' && event.evidenceId === id);
        return { kind: 'deleteEvidence', evidence: id, done };
      }
      if (effect.moveSuspect) {
        const { suspect, to } = effect.moveSuspect;
        const done = batch.some((event) => event.type === 'SuspectMoved' && event.suspectId === suspect);
        return { kind: 'moveSuspect', suspect, to, done };
      }
      if (effect.moveAsset) {
        const { asset, to } = effect.moveAsset;
        const done = batch.some((event) => event.type === 'AssetMoved' && event.assetId === asset);
        return { kind: 'moveAsset', asset, to, done };
      }
      return { kind: 'declareEmergency', done: batch.some((event) => event.type === 'EmergencyDeclared') };
    });
    return { inject, firedAt: fired.at, effects };
  });
}
