import type { Command, InstructorView, View } from '@crossborder/engine';
import type { Ack, ClockState, Control } from '@crossborder/protocol';
import { computed, type ReadonlySignal } from '@preact/signals';
import type { ClientSignals } from '../state/client.js';
import { gameNow } from '../time.js';

/**
 * What the console's parts share: the client they act through, the instructor's view as a
 * signal, and the game time at the moment of a click.
 */

/** What the console needs of the GameClient: its signals, and the two ways the instructor acts. */
export interface ConsoleClient {
  readonly signals: ClientSignals;
  control(control: Control): Promise<Ack<{ clock: ClockState }>>;
  command(command: Command): Promise<Ack<{ events: number }>>;
}

/** The instructor's acts, each answered on the console's status line. */
export interface Acts {
  control(control: Control): void;
  command(command: Command): void;
}

export type ViewSignal = ReadonlySignal<InstructorView>;

/**
 * The instructor's view for the console's parts: the latest one, kept while a resync briefly has
 * none. `first` is the view the console had when it drew them.
 */
export function instructorView(view: ReadonlySignal<View | null>, first: InstructorView): ViewSignal {
  let last = first;
  return computed(() => {
    const current = view.value;
    if (current?.role === 'instructor') last = current;
    return last;
  });
}

/** The game time now, to the fraction of a minute, for an act that counts from now (read, not followed). */
export function gameTimeNow(signals: Pick<ClientSignals, 'clock' | 'serverOffset'>): number {
  const clock = signals.clock.peek();
  return clock ? gameNow(clock, Date.now(), signals.serverOffset.peek()) : 0;
}
