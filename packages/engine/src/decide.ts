import { claimJurisdiction, openCase, openProsecution, takeMeasure } from './decide/cases.js';
import {
  answerAgreement,
  openConsultation,
  proposeAgreement,
  sendConsultationMessage,
} from './decide/consult.js';
import { decideInstructor } from './decide/instructor.js';
import { awardPoints } from './decide/jury.js';
import {
  acknowledgeRequest,
  answerProgress,
  askMoreInformation,
  executeInPart,
  executeRequest,
  notifyConfidentiality,
  offerConditions,
  postponeRequest,
  refuseRequest,
  warnRequester,
} from './decide/requested.js';
import {
  answerConditions,
  confirmInWriting,
  declareNoLongerNeeded,
  provideInformation,
  queryProgress,
  requestProsecution,
  withdrawRequest,
} from './decide/requester.js';
import { sendRequest } from './decide/send.js';
import { shareInformation } from './decide/share.js';
import {
  type Command,
  type CountryCommand,
  INSTRUCTOR_COMMAND_TYPES,
  type InstructorCommand,
} from './model/commands.js';
import type { Ctx } from './model/context.js';
import { type Decision, invalid } from './model/decision.js';
import { type Actor, type GameTime, INSTRUCTOR, isJuror } from './model/ids.js';
import type { State } from './model/state.js';

/**
 * Decides what a command does: a rejection (unlawful or invalid: nothing changes) or the events
 * it causes. Pure: reads the state, never changes it. `now` is the game time, which must not be
 * earlier than the state's; call `advance` first so that whatever fell due has happened.
 */
export function decide(ctx: Ctx, state: State, actor: Actor, command: Command, now: GameTime): Decision {
  if (state.ended) return invalid('session.ended', {});
  if (now < state.now) return invalid('session.time-went-back', {});
  const isInstructorCommand = (INSTRUCTOR_COMMAND_TYPES as readonly string[]).includes(command.type);
  if (actor === INSTRUCTOR) {
    return isInstructorCommand
      ? decideInstructor(ctx, state, command as InstructorCommand, now)
      : invalid('actor.instructor-cannot', {});
  }
  // A juror scores, as themself, and does nothing else.
  if (isJuror(actor)) {
    return command.type === 'awardPoints'
      ? awardPoints(ctx, state, actor, command, now)
      : invalid('actor.juror-only-scores', {});
  }
  if (!Object.hasOwn(ctx.scenario.countries, actor)) return invalid('unknown.country', { country: actor });
  if (isInstructorCommand) return invalid('actor.instructor-only', {});
  return decideCountry(ctx, state, actor, command as CountryCommand, now);
}

function decideCountry(
  ctx: Ctx,
  state: State,
  actor: string,
  command: CountryCommand,
  now: GameTime,
): Decision {
  switch (command.type) {
    case 'openCase':
      return openCase(ctx, state, actor, command, now);
    case 'takeMeasure':
      return takeMeasure(ctx, state, actor, command, now);
    case 'claimJurisdiction':
      return claimJurisdiction(ctx, state, actor, command, now);
    case 'openConsultation':
      return openConsultation(ctx, state, actor, command, now);
    case 'sendConsultationMessage':
      return sendConsultationMessage(ctx, state, actor, command, now);
    case 'proposeAgreement':
      return proposeAgreement(ctx, state, actor, command, now);
    case 'answerAgreement':
      return answerAgreement(ctx, state, actor, command, now);
    case 'sendRequest':
      return sendRequest(ctx, state, actor, command, now);
    case 'provideInformation':
      return provideInformation(ctx, state, actor, command, now);
    case 'answerConditions':
      return answerConditions(ctx, state, actor, command, now);
    case 'queryProgress':
      return queryProgress(ctx, state, actor, command, now);
    case 'confirmInWriting':
      return confirmInWriting(ctx, state, actor, command, now);
    case 'withdrawRequest':
      return withdrawRequest(ctx, state, actor, command, now);
    case 'declareNoLongerNeeded':
      return declareNoLongerNeeded(ctx, state, actor, command, now);
    case 'requestProsecution':
      return requestProsecution(ctx, state, actor, command, now);
    case 'acknowledgeRequest':
      return acknowledgeRequest(ctx, state, actor, command, now);
    case 'askMoreInformation':
      return askMoreInformation(ctx, state, actor, command, now);
    case 'offerConditions':
      return offerConditions(ctx, state, actor, command, now);
    case 'executeRequest':
      return executeRequest(ctx, state, actor, command, now);
    case 'executeInPart':
      return executeInPart(ctx, state, actor, command, now);
    case 'postponeRequest':
      return postponeRequest(ctx, state, actor, command, now);
    case 'refuseRequest':
      return refuseRequest(ctx, state, actor, command, now);
    case 'answerProgress':
      return answerProgress(ctx, state, actor, command, now);
    case 'warnRequester':
      return warnRequester(ctx, state, actor, command, now);
    case 'notifyConfidentiality':
      return notifyConfidentiality(ctx, state, actor, command, now);
    case 'openProsecution':
      return openProsecution(ctx, state, actor, command, now);
    case 'shareInformation':
      return shareInformation(ctx, state, actor, command, now);
  }
}
