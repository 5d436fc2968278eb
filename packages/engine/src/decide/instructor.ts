import { type InstructorCommand, LIMITS } from '../model/commands.js';
import type { Ctx } from '../model/context.js';
import { accept, type Decision, invalid } from '../model/decision.js';
import { type GameTime, INSTRUCTOR } from '../model/ids.js';
import type { State } from '../model/state.js';
import { fireInject } from './injects.js';
import { awardPoints } from './jury.js';
import { decideSendMessage, decideWriteInject } from './live-injects.js';
import { event, Ids, isCountry } from './tools.js';

/** The instructor's commands: injects, rubric points, notes on the timeline, ending the session. */
export function decideInstructor(
  ctx: Ctx,
  state: State,
  command: InstructorCommand,
  now: GameTime,
): Decision {
  switch (command.type) {
    case 'fireInject':
    case 'holdInject':
    case 'releaseInject':
    case 'cancelInject':
    case 'scheduleInject': {
      const inject = state.injects[command.injectId];
      if (!inject) return invalid('unknown.inject', { injectId: command.injectId });
      const open = inject.status === 'pending' || inject.status === 'held';
      if (!open) return invalid('inject.done', { injectId: command.injectId, status: inject.status });
      if (command.type === 'fireInject') return accept(fireInject(ctx, state, command.injectId, now));
      if (command.type === 'holdInject') {
        return inject.status === 'held'
          ? invalid('inject.done', { injectId: command.injectId, status: 'held' })
          : accept([event('InjectHeld', now, [], { injectId: command.injectId })]);
      }
      if (command.type === 'releaseInject') {
        return inject.status !== 'held'
          ? invalid('inject.not-held', { injectId: command.injectId })
          : accept([event('InjectReleased', now, [], { injectId: command.injectId })]);
      }
      if (command.type === 'cancelInject')
        return accept([event('InjectCancelled', now, [], { injectId: command.injectId })]);
      if (command.at < now) return invalid('request.deadline-past', {});
      return accept([
        event('InjectScheduled', now, [], { injectId: command.injectId, scheduledAt: command.at }),
      ]);
    }
    case 'awardPoints':
      return awardPoints(ctx, state, INSTRUCTOR, command, now);
    case 'writeInject':
      return decideWriteInject(ctx, state, command, now);
    case 'sendMessage':
      return decideSendMessage(ctx, state, command, now);
    case 'addNote': {
      if (command.country !== undefined && !isCountry(ctx, command.country)) {
        return invalid('unknown.country', { country: command.country });
      }
      if (Object.keys(state.notes).length >= LIMITS.notes) return invalid('note.full', { max: LIMITS.notes });
      const ids = new Ids(state);
      // Seen by no team, even the one it is about: a note is for the debrief (its lane is the
      // note's country, see assess), never a team's log.
      return accept([
        event('NoteAdded', now, [], {
          noteId: ids.take('note'),
          note: { at: now, text: command.text, country: command.country ?? null },
        }),
      ]);
    }
    case 'endSession':
      return accept([event('SessionEnded', now, ctx.countries, {})]);
  }
}
