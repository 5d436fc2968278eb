import type { InstructorView } from '@crossborder/engine';
import type { Progress } from '@crossborder/protocol';
import type { MovesView } from '../team/moves.js';

/**
 * A country's part of the whole state, shaped as the team screen's "your move" and deadlines read
 * the team's own view (team/moves.ts, team/notifications.ts), so that the console says what waits
 * for each team exactly as the team reads it: the requests it sent or received, the consultations
 * and agreements it is party to, the data at risk it knows of (with its own preservation and
 * copy), and the objectives it scores.
 */
export function seatOf(view: InstructorView, objectives: Progress['objectives'], country: string): MovesView {
  const { state } = view;
  const evidence: MovesView['evidence'] = {};
  for (const [id, risk] of Object.entries(view.atRisk)) {
    const item = state.evidence[id];
    if (!item?.knownBy[country]) continue;
    evidence[id] = {
      title: risk.title,
      status: item.status,
      expiresAt: item.expiresAt,
      preservation: item.preservations[country] ?? null,
      copy: item.obtainedBy[country] ?? null,
    };
  }
  const theirs: MovesView['objectives'] = {};
  for (const [id, objective] of Object.entries(objectives)) {
    if (objective.for !== 'all' && !objective.for.includes(country)) continue;
    const current = state.objectives[id];
    theirs[id] = {
      title: objective.title,
      deadline: objective.deadline,
      metAt: current?.metAt ?? null,
      missedAt: current?.missedAt ?? null,
    };
  }
  return {
    viewer: country,
    briefing: { directory: view.briefing.directory, coordinationBody: view.briefing.coordinationBody },
    requests: pick(state.requests, (request) => request.from === country || request.to === country),
    consultations: pick(state.consultations, (consultation) => consultation.participants.includes(country)),
    agreements: pick(state.agreements, (agreement) => agreement.parties.includes(country)),
    evidence,
    objectives: theirs,
  };
}

function pick<T>(items: Record<string, T>, keep: (item: T) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(items).filter(([, item]) => keep(item)));
}
