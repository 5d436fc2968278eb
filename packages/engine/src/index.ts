export { advance, catchUp, nextDue } from './advance.js';
export {
  assess,
  type Debrief,
  type EvidenceOutcome,
  type ObjectiveOutcome,
  type RequestEntry,
  type Scorecard,
  type TimelineEntry,
  type ViolationEntry,
} from './assess/assess.js';
export { describeEvent, type Line } from './assess/describe.js';
export { criticalPath, type Step } from './assess/path.js';
export { botCommands, commandKey } from './bots/index.js';
export { conditionHolds } from './conditions.js';
export { decide } from './decide.js';
export { type ActResult, createEngine, type Engine } from './engine.js';
export { cloneState, evolve } from './evolve.js';
export { awardedBy, type CriterionScores, type JurorScore, juryScores } from './jury.js';
export { isGiven, missingContents } from './law/contents.js';
export * from './law/form.js';
export { type GovernanceNote, governanceNote } from './law/governance.js';
export * from './law/legal.js';
export {
  missingSafeguards,
  SAFEGUARD_MIN_LENGTH,
  SAFEGUARDS_NEEDED,
  SAFEGUARDS_RULE,
} from './law/measure-safeguards.js';
export { isMoot, needsReasoning } from './law/moot.js';
export {
  type KnownProvider,
  type LawNote,
  lawNotes,
  providerNotes,
  reservationNotes,
  type TreatyNotes,
  treatyNotes,
} from './law/notes.js';
export { lackingPower } from './law/powers.js';
export * from './law/timing.js';
export * from './model/changes.js';
export * from './model/commands.js';
export { type Ctx, createContext } from './model/context.js';
export type { Decision, MessageKey, Rejection } from './model/decision.js';
export { type RequestDefaults, requestDefaults } from './model/defaults.js';
export type { Event, EventOf, EventType } from './model/events.js';
export * from './model/ids.js';
export { initialState } from './model/initial.js';
export { type InjectOrigin, injectOf, originOf } from './model/injects.js';
export type { MessageParams } from './model/message.js';
export * from './model/state.js';
export { EVENT_SCHEMA, upcast } from './model/upcast.js';
export { type BotOutcome, type BotRounds, playBotRounds } from './play-bots.js';
export { type Score, scoreOf } from './score.js';
export {
  type BotCommand,
  type BotRejection,
  DEFAULT_THINK_MINUTES,
  type SimulateOptions,
  type Simulation,
  simulate,
} from './simulate.js';
export { checkScenarioText, missedObjectiveIssues } from './simulation/check.js';
export { type EffectRun, type InjectRun, injectRuns } from './simulation/injects.js';
export { type TeamLoad, teamLoad } from './simulation/load.js';
export { type Cause, type Revealer, whyNotMet } from './simulation/missing.js';
export { deepFreeze } from './util/freeze.js';
export type { EvidenceAtRisk } from './view/evidence-at-risk.js';
export { type ScenarioNames, scenarioNames } from './view/names.js';
export {
  applyPatch,
  PatchError,
  type PatchOp,
  TEMPLATES,
  type TemplateName,
} from './view/patch.js';
export { createViewStream, touches, type ViewStream } from './view/stream.js';
export type * from './view/types.js';
export { view, viewBase } from './view/view.js';
