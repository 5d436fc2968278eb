import type { CommandOf } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid } from '../model/decision.js';
import type { Actor, GameTime } from '../model/ids.js';
import type { State } from '../model/state.js';
import { event, Ids, isCountry } from './tools.js';

/**
 * A score on the rubric, by the instructor or a juror: recorded as the scorer's own (`by` is the
 * seat that acts, never a field of the command), so a juror can neither score as another nor
 * replace another's score. The country scored sees it, with its feedback.
 */
export function awardPoints(
  ctx: Ctx,
  state: State,
  by: Actor,
  command: CommandOf<'awardPoints'>,
  now: GameTime,
): Decision {
  const criterion = ctx.scenario.rubric[command.criterion];
  if (!criterion) return invalid('unknown.criterion', { criterion: command.criterion });
  if (!isCountry(ctx, command.country)) return invalid('unknown.country', { country: command.country });
  const level = criterion.levels[command.level];
  if (!level) return invalid('unknown.criterion', { criterion: command.criterion });
  const ids = new Ids(state);
  return accept([
    event('PointsAwarded', now, [command.country], {
      awardId: ids.take('award'),
      award: {
        country: command.country,
        criterion: command.criterion,
        level: command.level,
        points: level.points,
        feedback: command.feedback,
        at: now,
        by,
      },
    }),
  ]);
}
