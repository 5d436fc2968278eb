import { computed, type ReadonlySignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { span } from '../time.js';

/** Where the time left goes in a phrase: a character no catalogue sentence contains. */
const LEFT = '\u0000';

/**
 * A phrase with the time left until `at` in it ("deleted in 2d 4h"). The phrase is drawn with the
 * component; the time left is a text node of its own, bound to the game time, so Preact writes
 * that node alone, and only when the text changes: once an hour ("2d 4h"), once a minute in the
 * last half hour, never while the clock is paused. `phrase` says the sentence around `left`.
 */
export function Countdown({
  minutes,
  at,
  phrase,
}: {
  minutes: ReadonlySignal<number>;
  at: number;
  phrase: (left: string) => string;
}) {
  const left = useMemo(() => computed(() => span(at - minutes.value)), [minutes, at]);
  const [before = '', after = ''] = phrase(LEFT).split(LEFT);
  return (
    <>
      {before}
      {left}
      {after}
    </>
  );
}
