import type { Ctx } from '../model/context.js';
import type { JurorId } from '../model/ids.js';
import type { State } from '../model/state.js';
import { copy } from '../util/copy.js';
import { derived } from './shared.js';
import type { Briefing, JurorView } from './types.js';

export function jurorBase(ctx: Ctx, state: State, viewer: JurorId, briefing: Briefing): JurorView {
  return {
    role: 'juror',
    viewer,
    ended: state.ended,
    briefing,
    rubric: derived(ctx, 'rubric', () => copy(ctx.scenario.rubric)),
    requests: {},
    claims: {},
    prosecutions: {},
    awards: {},
  };
}
