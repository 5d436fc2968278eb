import type { InstructorView, ScenarioNames } from '@crossborder/engine';
import type { CONDITION_KINDS, ConditionOf, Effect } from '@crossborder/scenario';
import { kindName, t, tDynamic } from '../i18n.js';
import { dayTime, span } from '../time.js';

/**
 * What the exercise timeline says of an inject, in words and names, never ids: when it fires
 * (a time, or a condition of the scenario), to whom, and what else it does.
 */
/**
 * What things are named from: the scenario's names and the countries' (the public directory's).
 * The instructor's view has both; the studio's play-test builds them from the draft.
 */
export interface Words {
  names: ScenarioNames;
  briefing: { directory: Readonly<Record<string, { name: string } | undefined>> };
}
type Inject = InstructorView['injects'][string];
type Condition = ConditionOf<number>;

const country = (words: Words, id: string) => words.briefing.directory[id]?.name ?? id;

/** The scenario's own kinds of condition, each said with the name of what it is about. */
const LEAVES = {
  evidencePreserved: (words: Words, id: string) => words.names.evidence[id],
  evidenceObtained: (words: Words, id: string) => words.names.evidence[id],
  evidenceLost: (words: Words, id: string) => words.names.evidence[id],
  suspectIdentified: (words: Words, id: string) => words.names.suspects[id],
  suspectLocated: (words: Words, id: string) => words.names.suspects[id],
  suspectArrested: (words: Words, id: string) => words.names.suspects[id],
  suspectSurrendered: (words: Words, id: string) => words.names.suspects[id],
  prosecutionOpened: (words: Words, id: string) => words.names.suspects[id],
  suspectTippedOff: (words: Words, id: string) => words.names.suspects[id],
  assetFrozen: (words: Words, id: string) => words.names.assets[id],
  assetMoved: (words: Words, id: string) => words.names.assets[id],
  agreementReached: (_words: Words, id: string) => tDynamic(`agreement.${id}`, {}, id),
  requestSent: (_words: Words, id: string) => kindName(id),
  injectFired: (words: Words, id: string) => words.names.injects[id],
  informationShared: (words: Words, id: string) => country(words, id),
  agreementSigned: (words: Words, id: string) => words.names.agreements[id],
} as const satisfies Record<
  (typeof CONDITION_KINDS)[number],
  (words: Words, id: string) => string | undefined
>;

/** A condition in words: "“Northwind logs” is preserved, by Aldoria"; compounds say their parts. */
export function conditionWords(words: Words, condition: Condition): string {
  let said: string | null = null;
  for (const [kind, name] of Object.entries(LEAVES) as [
    keyof typeof LEAVES,
    (typeof LEAVES)[keyof typeof LEAVES],
  ][]) {
    const id = condition[kind];
    if (id !== undefined) said = tDynamic(`ui.condition.${kind}`, { name: name(words, id) ?? id });
  }
  if (said !== null && condition.by !== undefined)
    said = t('ui.condition.by', { condition: said, country: country(words, condition.by) });
  const list = (items: Condition[]) => items.map((inner) => conditionWords(words, inner)).join('; ');
  if (condition.all) said = t('ui.condition.all', { conditions: list(condition.all) });
  else if (condition.any) said = t('ui.condition.any', { conditions: list(condition.any) });
  else if (condition.not) said = t('ui.condition.not', { condition: conditionWords(words, condition.not) });
  said ??= t('ui.condition.unknown');
  if (condition.within !== undefined && condition.of)
    said = t('ui.condition.within', {
      condition: said,
      span: span(condition.within),
      of: conditionWords(words, condition.of),
    });
  return said;
}

/** When an inject fires or fired: its time, or the condition it waits for (and the delay after it). */
export function whenWords(words: Words, inject: Inject): string {
  if (inject.status === 'fired' && inject.firedAt !== null) return dayTime(inject.firedAt);
  if (inject.at !== null) return dayTime(inject.at);
  const declared = inject.inject as { when?: Condition; after?: number };
  if (!declared.when) return t('ui.condition.unknown');
  const condition = conditionWords(words, declared.when);
  return declared.after
    ? t('ui.timeline.after-condition', { span: span(declared.after), condition })
    : t('ui.timeline.on-condition', { condition });
}

/** "Every team", or the countries by name. */
export function audienceWords(words: Words, audience: 'all' | readonly string[]): string {
  return audience === 'all' ? t('ui.timeline.everyone') : audience.map((id) => country(words, id)).join(', ');
}

/** What an inject's effects do, in words ("reveals the fact …; Kite travels to Borealis"). */
export function effectWords(words: Words, effects: readonly Effect[]): string {
  return effects
    .map((effect) => {
      if (effect.revealFact)
        return t('ui.effect.revealFact', { name: words.names.facts[effect.revealFact] ?? '' });
      if (effect.revealEvidence)
        return t('ui.effect.revealEvidence', { name: words.names.evidence[effect.revealEvidence] ?? '' });
      if (effect.deleteEvidence)
        return t('ui.effect.deleteEvidence', { name: words.names.evidence[effect.deleteEvidence] ?? '' });
      if (effect.moveSuspect)
        return t('ui.effect.moveSuspect', {
          name: words.names.suspects[effect.moveSuspect.suspect] ?? '',
          to: country(words, effect.moveSuspect.to),
        });
      if (effect.moveAsset)
        return t('ui.effect.moveAsset', {
          name: words.names.assets[effect.moveAsset.asset] ?? '',
          to: words.names.providers[effect.moveAsset.to] ?? '',
        });
      return t('ui.effect.declareEmergency');
    })
    .join('; ');
}
