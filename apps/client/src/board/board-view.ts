import type { BoardView, View } from '@crossborder/engine';

/** The view a board and the projector's panels are drawn from: none for a juror, who has no board. */
export function boardView(view: View | null): BoardView | null {
  return view === null || view.role === 'juror' ? null : view;
}
