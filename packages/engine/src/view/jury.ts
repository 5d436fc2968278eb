import type { Scenario } from '@crossborder/scenario';
import type { Ctx } from '../model/context.js';
import type { JurorId } from '../model/ids.js';
import type { Award, JurisdictionClaim, Prosecution, Request, State } from '../model/state.js';
import { copy } from '../util/copy.js';
import type { Section } from './sections.js';
import { derived, sharedCopy } from './shared.js';
import type { Briefing } from './types.js';

/**
 * A request as a juror sees it: the public board's row (who asked whom for what, how it stands)
 * and the written reasoning of the decisions taken on it, which is what a moot court scores: why
 * it was sent, and why it was refused, postponed or (an extradition) granted. Not what it asks
 * for in detail, nor the evidence it concerns: those are the teams' case files.
 */
export interface JurorRequest
  extends Pick<Request, 'id' | 'kind' | 'from' | 'to' | 'status' | 'sentAt' | 'statusAt' | 'channel'> {
  reasoning: string | null;
  refusal: { ground: string; reasons: string } | null;
  postponement: { until: number; reasons: string } | null;
  executionReasoning: string | null;
}

/**
 * A juror of a moot court: the public side of the game, the written reasoning the teams gave,
 * the rubric, and this juror's own scores. Never another juror's scores, nor the scores the
 * teams stand at (they hold the other jurors' marks): each juror scores independently.
 */
export interface JurorView {
  role: 'juror';
  viewer: JurorId;
  ended: boolean;
  briefing: Briefing;
  rubric: Scenario['rubric'];
  requests: Record<string, JurorRequest>;
  /** Jurisdiction claims with their reasoning (public: every country sees them whole). */
  claims: Record<string, JurisdictionClaim>;
  /** Prosecutions opened, with their reasoning (public on the projector too). */
  prosecutions: Record<string, Prosecution>;
  /** This juror's awards, and no one else's. */
  awards: Record<string, Award>;
}

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

function jurorRequest(request: Request): JurorRequest {
  return derived(request, 'juror', () => {
    const { id, kind, from, to, status, sentAt, statusAt, channel } = request;
    return {
      id,
      kind,
      from,
      to,
      status,
      sentAt,
      statusAt,
      channel,
      reasoning: request.reasoning ?? null,
      refusal: request.refusal ? { ...request.refusal } : null,
      postponement: request.postponement ? { ...request.postponement } : null,
      executionReasoning: request.executionReasoning ?? null,
    };
  });
}

const JUROR_SECTIONS = new Map<JurorId, Section[]>();

/** A juror's sections; the same objects for the same juror (see `sectionsOf`). */
export function jurorSections(viewer: JurorId): Section[] {
  let sections = JUROR_SECTIONS.get(viewer);
  if (!sections) {
    const show =
      <T extends object>(visible: (entity: T) => boolean) =>
      (entity: object) =>
        visible(entity as T) ? sharedCopy(entity) : undefined;
    sections = [
      { path: ['requests'], collection: 'requests', show: (entity) => jurorRequest(entity as Request) },
      { path: ['claims'], collection: 'claims', show: show(() => true) },
      { path: ['prosecutions'], collection: 'prosecutions', show: show(() => true) },
      { path: ['awards'], collection: 'awards', show: show<Award>((award) => award.by === viewer) },
    ];
    JUROR_SECTIONS.set(viewer, sections);
  }
  return sections;
}
