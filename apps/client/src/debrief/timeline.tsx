import { type Event as GameEvent, isPreservable } from '@crossborder/engine';
import { type Category, EVERYONE, type TimelineItem, type TimelineModel } from '@crossborder/report';
import type { Scenario } from '@crossborder/scenario';
import type { Signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { ruleCitation } from '../citations.js';
import { t } from '../i18n.js';
import { colon } from '../punctuation.js';
import { ruleText } from '../rule-text.js';
import { ProvenanceNote } from '../ui/forms.js';
import { Swatch } from '../ui/parts.js';
import { rich } from '../ui/rich.js';
import { when } from './common.js';

/** The symbol of each kind of event, on its mark and in the legend (report.legend). */
const SYMBOL: Record<Category, string> = {
  request: '●',
  ruling: '✕',
  evidence: '■',
  jurisdiction: '◆',
  news: '▲',
  objective: '✓',
};

/** Which mark is chosen: its lane and its event, which stay the same when the timeline is refreshed. */
export interface Chosen {
  lane: string;
  seq: number;
}

/**
 * The timeline: a lane per country (and one for what everyone saw), each event a mark at its
 * time; choosing a mark shows what it was beside the timeline (a violation with its rule,
 * article, provenance and teaching note; evidence lost with why). Lanes and marks are keyed
 * lists: a refresh adds the new marks and leaves the others where they are.
 */
export function Timeline({ model, chosen }: { model: TimelineModel; chosen: Signal<Chosen | null> }) {
  const byLane = useMemo(() => {
    const lanes = new Map<string, TimelineItem[]>();
    for (const item of model.items) lanes.set(item.lane, [...(lanes.get(item.lane) ?? []), item]);
    return lanes;
  }, [model]);
  return (
    <ul class="timeline" aria-label={t('report.timeline')}>
      {model.lanes.map((lane) => (
        <li key={lane.id} class="lane" data-lane={lane.id}>
          <span class="lane-name">
            <Swatch color={lane.color} />
            {lane.id === EVERYONE ? t('report.everyone') : lane.name}
          </span>
          <div class="lane-track">
            {spread(byLane.get(lane.id) ?? [], model.end).map(({ item, left }) => (
              <Mark key={item.seq} item={item} left={left} chosen={chosen} />
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

function Mark({ item, left, chosen }: { item: TimelineItem; left: string; chosen: Signal<Chosen | null> }) {
  const current = chosen.value;
  const isChosen = current?.lane === item.lane && current.seq === item.seq;
  return (
    <button
      type="button"
      class={`mark ${item.category}${isChosen ? ' chosen' : ''}`}
      aria-label={colon(when(item.at), item.text)}
      aria-controls="item-details"
      aria-pressed={isChosen}
      title={item.text}
      data-category={item.category}
      data-seq={item.seq}
      style={{ insetInlineStart: left }}
      onClick={() => {
        chosen.value = { lane: item.lane, seq: item.seq };
      }}
    >
      {SYMBOL[item.category]}
    </button>
  );
}

/**
 * Where each mark sits on its lane: at its time, and marks that would overlap (the same moment,
 * within 1% of the lane) side by side, so that every one can be pointed at and clicked.
 */
export function spread(items: TimelineItem[], end: number): { item: TimelineItem; left: string }[] {
  const clusters = new Map<number, TimelineItem[]>();
  for (const item of items) {
    const bucket = Math.round((100 * item.at) / end);
    clusters.set(bucket, [...(clusters.get(bucket) ?? []), item]);
  }
  return [...clusters].flatMap(([bucket, members]) =>
    members.map((item, index) => {
      // Clusters at the right end grow leftwards, so that they stay on the lane.
      const offset =
        bucket > 90 ? index - (members.length - 1) : bucket < 10 ? index : index - (members.length - 1) / 2;
      return { item, left: `calc(${bucket}% + ${(offset * 1.45).toFixed(2)}rem)` };
    }),
  );
}

/** What the chosen mark was, beside the timeline (a live region: it is read when it changes). */
export function ItemDetails({
  model,
  chosen,
  scenario,
  events,
}: {
  model: TimelineModel;
  chosen: Signal<Chosen | null>;
  scenario: Scenario;
  events: readonly GameEvent[];
}) {
  const current = chosen.value;
  const item = current
    ? model.items.find((candidate) => candidate.lane === current.lane && candidate.seq === current.seq)
    : undefined;
  return (
    <aside class="card item-details" aria-live="polite" id="item-details">
      {item ? (
        <>
          <div class="details-head">
            <h3>{`${SYMBOL[item.category]} ${when(item.at)}`}</h3>
            <button
              type="button"
              class="close"
              onClick={() => {
                const mark = document.querySelector<HTMLElement>(
                  `.lane[data-lane="${CSS.escape(item.lane)}"] .mark[data-seq="${item.seq}"]`,
                );
                chosen.value = null;
                // Back where the reader was: the mark they had chosen.
                mark?.focus();
              }}
            >
              {t('ui.debrief.close-details')}
            </button>
          </div>
          <p>{item.text}</p>
          {item.violation ? (
            <div class="violation" data-violation={item.violation.ruleId}>
              <RuleHeading ruleId={item.violation.ruleId} />
              <p>{ruleText(item.violation.ruleId, 'summary')}</p>
              <ProvenanceNote ruleId={item.violation.ruleId} />
              <p class="teaching">{ruleText(item.violation.ruleId, 'teaching')}</p>
              <p class="hint">{t('ui.form.rule', { rule: ruleText(item.violation.ruleId, 'title') })}</p>
            </div>
          ) : null}
          <WhyLost scenario={scenario} event={events[item.seq]} />
        </>
      ) : (
        <p class="hint">{t('ui.debrief.choose-item')}</p>
      )}
    </aside>
  );
}

const LOST_RULE = 'data.lost-after-retention';

/**
 * Why evidence was lost, beside the timeline's line that says how: data deleted at the end of
 * its retention period, with no preservation holding it, under the rule that explains it, with
 * its article and teaching note (what would have kept it). Nothing for other events.
 */
function WhyLost({ scenario, event }: { scenario: Scenario; event: GameEvent | undefined }) {
  if (event?.type !== 'EvidenceLost' || event.reason !== 'retention') return null;
  const kind = scenario.case.evidence[event.evidenceId]?.kind;
  if (kind === undefined || !isPreservable(kind)) return null;
  return (
    <div class="explanation" data-rule={LOST_RULE}>
      <RuleHeading ruleId={LOST_RULE} />
      <p>{ruleText(LOST_RULE, 'summary')}</p>
      <ProvenanceNote ruleId={LOST_RULE} />
      <p class="teaching">{ruleText(LOST_RULE, 'teaching')}</p>
      <p class="hint">{t('ui.form.rule', { rule: ruleText(LOST_RULE, 'title') })}</p>
    </div>
  );
}

/** A rule's title, in bold, and its citation, as the catalogue's sentence puts them. */
function RuleHeading({ ruleId }: { ruleId: string }) {
  return (
    <p>
      {rich((slots) => t('ui.debrief.rule-heading', { ...slots, article: ruleCitation(ruleId) }), {
        title: <strong>{ruleText(ruleId, 'title')}</strong>,
      })}
    </p>
  );
}
