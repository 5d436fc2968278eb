import type { Scenario } from '../schema/scenario.js';

/**
 * How fast a realtime session's main deadlines come in real time: what a team must do by when,
 * in wall-clock minutes at a given speed (game minutes per wall-clock minute). Scenario authors
 * choose `session.speed` with it, so that a first-time team has time to read before a deadline
 * passes; the scenario reference and the CLI's check state these figures.
 */
/**
 * The least a realtime scenario's earliest deadline should leave a team, in real minutes: time
 * to read a briefing, find the first step and send it (the tutorial, for first-timers, leaves
 * half as long again). The bundled scenarios are tested against it.
 */
export const READING_MINUTES = 10;

export interface Deadline {
  /** An objective's deadline, an evidence item's deletion, or the end of the scenario. */
  kind: 'objective' | 'evidence' | 'end';
  /** The objective's or the item's title; empty for the end. */
  title: string;
  /** Game minutes from the start. */
  gameMinutes: number;
  /** Wall-clock minutes from the start at the speed asked for. */
  realMinutes: number;
}

/**
 * The scenario's main deadlines, earliest first: every objective's deadline, every evidence
 * item's deletion date (`expiresAfter`) and the end (`endsAfter`), each in real minutes at
 * `speed` (the scenario's default unless another is given).
 */
export function mainDeadlines(scenario: Scenario, speed: number = scenario.session.speed): Deadline[] {
  const at = (kind: Deadline['kind'], title: string, gameMinutes: number): Deadline => ({
    kind,
    title,
    gameMinutes,
    realMinutes: gameMinutes / speed,
  });
  const deadlines: Deadline[] = [
    ...Object.values(scenario.objectives).flatMap((objective) =>
      objective.deadline === undefined ? [] : [at('objective', objective.title, objective.deadline)],
    ),
    ...Object.values(scenario.case.evidence).flatMap((item) =>
      item.expiresAfter === undefined ? [] : [at('evidence', item.title, item.expiresAfter)],
    ),
    at('end', '', scenario.session.endsAfter),
  ];
  // Stable: at the same minute, objectives before evidence before the end, in file order.
  return deadlines.sort((a, b) => a.gameMinutes - b.gameMinutes);
}

/** Real minutes as a reader says them: one decimal under ten minutes, whole minutes above. */
export function realMinutesText(minutes: number): string {
  const rounded = minutes < 10 ? Math.round(minutes * 10) / 10 : Math.round(minutes);
  return `${rounded} min`;
}
