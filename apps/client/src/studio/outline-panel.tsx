import { dayTime } from '../time.js';
import { EvidenceGraph } from './evidence-graph.js';
import type { Outline, OutlineEntry } from './outline.js';
import { t } from './words.js';

type Key = 'countries' | 'providers' | 'evidence' | 'injects' | 'objectives';

const SECTIONS: { key: Key; title: Parameters<typeof t>[0] }[] = [
  { key: 'countries', title: 'ui.studio.outline.countries' },
  { key: 'providers', title: 'ui.studio.outline.providers' },
  { key: 'evidence', title: 'ui.studio.outline.evidence' },
  { key: 'injects', title: 'ui.studio.outline.injects' },
  { key: 'objectives', title: 'ui.studio.outline.objectives' },
];

/** What an entry adds to its name, in words. */
function detailText({ detail }: OutlineEntry): string | null {
  switch (detail.key) {
    case 'country':
      return t('ui.studio.outline.in', { country: detail.value });
    case 'at':
      return t('ui.studio.outline.at', { at: dayTime(Number(detail.value)) });
    case 'when':
      return t('ui.studio.outline.when');
    case 'reveals':
      return t('ui.studio.outline.reveals', { what: detail.value });
    case 'deadline':
      return t('ui.studio.outline.deadline', { at: dayTime(Number(detail.value)) });
    case 'none':
      return null;
  }
}

/** An entry as a button that puts the cursor at its line. */
function GoTo({ entry, onGo }: { entry: OutlineEntry; onGo: (line: number) => void }) {
  return (
    <button type="button" class="link" onClick={() => onGo(entry.line)}>
      {entry.name}
    </button>
  );
}

/** The injects on a timeline: each at its time, in the order they fire, those on a condition last. */
function Timeline({ entries, onGo }: { entries: readonly OutlineEntry[]; onGo: (line: number) => void }) {
  return (
    <ol class="studio-timeline" aria-labelledby="studio-outline-injects">
      {entries.map((entry) => (
        <li key={`${entry.line}:${entry.name}`}>
          <span class="studio-timeline-when">{detailText(entry)}</span>
          <GoTo entry={entry} onGo={onGo} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The draft's outline beside the editor: each entry a button that puts the cursor at its line.
 * The evidence chains are drawn as a graph, with the list of what each item reveals beside it;
 * the injects are on a timeline.
 */
export function OutlinePanel({ outline, onGo }: { outline: Outline; onGo: (line: number) => void }) {
  if (!outline.ok) return <p>{t('ui.studio.outline-has-errors', { errors: outline.errors })}</p>;
  return (
    <div class="studio-outline">
      {SECTIONS.filter(({ key }) => outline[key].length > 0).map(({ key, title }) => (
        <div key={key}>
          <h3 id={`studio-outline-${key}`}>{t(title)}</h3>
          {key === 'evidence' ? <EvidenceGraph chains={outline.chains} onGo={onGo} /> : null}
          {key === 'injects' ? (
            <Timeline entries={outline.injects} onGo={onGo} />
          ) : (
            <ul aria-labelledby={`studio-outline-${key}`}>
              {outline[key].map((entry) => {
                const detail = detailText(entry);
                return (
                  <li key={`${entry.line}:${entry.name}`}>
                    <GoTo entry={entry} onGo={onGo} />
                    {detail ? ` — ${detail}` : null}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
