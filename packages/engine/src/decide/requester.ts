import { REQUEST_KINDS } from '@crossborder/scenario';
import { missingContents } from '../law/contents.js';
import { treatyOfRequest } from '../law/legal.js';
import { PROGRESS_ANSWER_MINUTES } from '../law/timing.js';
import { type CommandOf, LIMITS } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid } from '../model/decision.js';
import type { CountryId, GameTime } from '../model/ids.js';
import { CLOSED_REQUEST_STATUSES, type Request, type State } from '../model/state.js';
import { releasePreservation } from './requested.js';
import { event } from './tools.js';

/** The requesting State's follow-up on its own requests. */

type Found = { ok: true; request: Request } | { ok: false; decision: Decision };

function sent(state: State, actor: CountryId, requestId: string): Found {
  const found = state.requests[requestId];
  if (!found || found.from !== actor)
    return { ok: false, decision: invalid('unknown.request', { requestId }) };
  return { ok: true, request: found };
}

const both = (request: Request) => [request.from, request.to];

export function provideInformation(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'provideInformation'>,
  now: GameTime,
): Decision {
  const found = sent(state, actor, command.requestId);
  if (!found.ok) return found.decision;
  const request = found.request;
  if (request.status !== 'more-information-requested') {
    return invalid('request.wrong-status', { requestId: request.id, status: request.status });
  }
  const contents = { ...request.contents, ...command.contents };
  const treaty = treatyOfRequest(ctx.scenario.countries, request)?.treaty;
  const missing = missingContents(request.kind, contents, treaty).map((item) => item.id);
  return accept([
    event('InformationProvided', now, both(request), {
      requestId: request.id,
      contents: command.contents,
      missing,
    }),
  ]);
}

export function answerConditions(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'answerConditions'>,
  now: GameTime,
): Decision {
  const found = sent(state, actor, command.requestId);
  if (!found.ok) return found.decision;
  if (!found.request.conditions || found.request.conditions.accepted !== null)
    return invalid('conditions.none-pending', {});
  return accept([
    event('ConditionsAnswered', now, both(found.request), {
      requestId: found.request.id,
      accepted: command.accept,
    }),
  ]);
}

export function queryProgress(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'queryProgress'>,
  now: GameTime,
): Decision {
  const found = sent(state, actor, command.requestId);
  if (!found.ok) return found.decision;
  if (CLOSED_REQUEST_STATUSES.includes(found.request.status)) {
    return invalid('request.wrong-status', { requestId: found.request.id, status: found.request.status });
  }
  if (found.request.progressQueries.some((query) => query.answeredAt === null))
    return invalid('progress.already-asked', {});
  if (found.request.progressQueries.length >= LIMITS.progressQueries)
    return invalid('progress.full', { max: LIMITS.progressQueries });
  return accept([
    event('ProgressQueried', now, both(found.request), {
      requestId: found.request.id,
      // The time to answer runs from when the requested State has the request in hand.
      dueAt: Math.max(now, found.request.receivedAt) + PROGRESS_ANSWER_MINUTES,
    }),
  ]);
}

export function withdrawRequest(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'withdrawRequest'>,
  now: GameTime,
): Decision {
  const found = sent(state, actor, command.requestId);
  if (!found.ok) return found.decision;
  if (CLOSED_REQUEST_STATUSES.includes(found.request.status) || found.request.status === 'executing') {
    return invalid('request.wrong-status', { requestId: found.request.id, status: found.request.status });
  }
  return accept([
    event('RequestWithdrawn', now, both(found.request), {
      requestId: found.request.id,
      reasons: command.reasons,
    }),
    ...releasePreservation(ctx, state, found.request, now),
  ]);
}

export function declareNoLongerNeeded(
  ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'declareNoLongerNeeded'>,
  now: GameTime,
): Decision {
  const found = sent(state, actor, command.requestId);
  if (!found.ok) return found.decision;
  if (CLOSED_REQUEST_STATUSES.includes(found.request.status) || found.request.status === 'executing') {
    return invalid('request.wrong-status', { requestId: found.request.id, status: found.request.status });
  }
  return accept([
    event('RequestNoLongerNeeded', now, both(found.request), { requestId: found.request.id }),
    ...releasePreservation(ctx, state, found.request, now),
  ]);
}

/** Confirms in writing an urgent request made orally (Art. 40, model UNTOC 18(14)). */
export function confirmInWriting(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'confirmInWriting'>,
  now: GameTime,
): Decision {
  const found = sent(state, actor, command.requestId);
  if (!found.ok) return found.decision;
  if (found.request.confirmInWritingBy === null) return invalid('request.not-oral', {});
  return accept([
    event('WrittenConfirmationSent', now, both(found.request), { requestId: found.request.id }),
  ]);
}

/** After a refusal solely on nationality, ask the requested State to prosecute instead (Art. 37). */
export function requestProsecution(
  _ctx: Ctx,
  state: State,
  actor: CountryId,
  command: CommandOf<'requestProsecution'>,
  now: GameTime,
): Decision {
  const found = sent(state, actor, command.requestId);
  if (!found.ok) return found.decision;
  const request = found.request;
  if (
    REQUEST_KINDS[request.kind].produces !== 'surrender' ||
    request.status !== 'refused' ||
    request.refusal?.ground !== 'national'
  ) {
    return invalid('prosecution.not-refused-on-nationality', {});
  }
  if (request.prosecutionRequestedAt !== null) return invalid('prosecution.already-requested', {});
  return accept([event('ProsecutionRequested', now, both(request), { requestId: request.id })]);
}
