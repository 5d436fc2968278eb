/**
 * To the instructor only: what the console's progress view needs that the instructor's view of
 * the game does not hold. The scenario's objectives (titles, for whom, deadlines), the model
 * answer (when the bots, playing every country, met each objective: computed once per session,
 * null until ready), and the game time of each country's last accepted command (its idle time).
 */
export interface Progress {
  objectives: Record<string, ProgressObjective>;
  /** Game minute at which the bots' model path met each objective (null: never); null while computing. */
  model: Record<string, number | null> | null;
  /** Game minute of each country's last accepted command from its seat (absent: none yet). */
  lastCommandAt: Record<string, number>;
}

export interface ProgressObjective {
  title: string;
  for: string[] | 'all';
  deadline: number | null;
}
