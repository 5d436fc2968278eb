import { evidenceLocation, keptUntil } from '../law/legal.js';
import type { Ctx } from '../model/context.js';
import type { CountryId, EvidenceId, GameTime } from '../model/ids.js';
import type { State } from '../model/state.js';

/**
 * Data that its holder will delete (or has deleted), as the room's projector and the instructor
 * see it: what it is, where, and until when it is kept. A device is not listed: where it is
 * follows its owner, which is not the room's to know.
 */
export interface EvidenceAtRisk {
  title: string;
  country: CountryId | null;
  /** When it is deleted unless preserved (longer); null once lost, or while a preservation holds it with no end yet. */
  until: GameTime | null;
  preserved: boolean;
  lostAt: GameTime | null;
}

/**
 * Every item with a limited retention, or lost. `sharedOnly`: only what every country already
 * knows, so that the public projector tells no team what only another knows.
 */
export function evidenceAtRisk(
  ctx: Ctx,
  state: State,
  sharedOnly: boolean,
): Record<EvidenceId, EvidenceAtRisk> {
  const shown: Record<EvidenceId, EvidenceAtRisk> = {};
  for (const [id, item] of Object.entries(state.evidence)) {
    const declared = ctx.scenario.case.evidence[id];
    if (!declared || declared.kind === 'device') continue;
    if (item.expiresAt === null && item.status !== 'lost') continue;
    if (sharedOnly && !ctx.countries.every((country) => item.knownBy[country])) continue;
    shown[id] = {
      title: declared.title,
      country: evidenceLocation(ctx.scenario, state, id) ?? null,
      until: item.status === 'lost' ? null : keptUntil(item),
      preserved: Object.keys(item.preservations).length > 0,
      lostAt: item.lostAt,
    };
  }
  return shown;
}
