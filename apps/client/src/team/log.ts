import type { LogLine } from '@crossborder/protocol';
import { tDynamic } from '../i18n.js';
import { dayAndTime } from '../time.js';
import { h } from '../ui/dom.js';

/** The log of what the team has seen happen, newest first. */
export function logPanel(lines: readonly LogLine[], title: string): HTMLElement {
  return h(
    'section',
    { class: 'panel-body' },
    h('h2', {}, title),
    h(
      'ol',
      { class: 'log', reversed: true },
      [...lines].reverse().map((line) => {
        const { day, time } = dayAndTime(line.at);
        return h('li', {}, h('span', { class: 'when' }, `D${day} ${time} `), tDynamic(line.key, line.params));
      }),
    ),
  );
}
