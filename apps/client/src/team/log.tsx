import type { CountryView } from '@crossborder/engine';
import type { LogLine } from '@crossborder/protocol';
import type { ReadonlySignal } from '@preact/signals';
import { withCitation } from '../citations.js';
import { namedParams, t, tDynamic } from '../i18n.js';
import { dayTime } from '../time.js';
import { requestNamer } from './about.js';

/**
 * Each line's key: a line is the same object for as long as the log holds it (lines are added
 * at the end and the oldest dropped), so the object is its identity, whatever its place.
 */
const keys = new WeakMap<LogLine, number>();
let made = 0;
function keyOf(line: LogLine): number {
  let key = keys.get(line);
  if (key === undefined) {
    made += 1;
    key = made;
    keys.set(line, key);
  }
  return key;
}

/** The log of what the team has seen happen, newest first: a new line adds one item at the top. */
export function LogPanel({
  log,
  view,
}: {
  log: ReadonlySignal<readonly LogLine[]>;
  view: ReadonlySignal<CountryView>;
}) {
  const lines = log.value;
  const name = requestNamer(view.value);
  return (
    <section class="panel-body">
      <h2>{t('ui.log.title')}</h2>
      <ol class="log" reversed>
        {lines
          .map((line) => (
            <li key={keyOf(line)}>
              <span class="when">{`${dayTime(line.at)} `}</span>
              {tDynamic(line.key, withCitation(namedParams(line.params, name)))}
            </li>
          ))
          .reverse()}
      </ol>
    </section>
  );
}
