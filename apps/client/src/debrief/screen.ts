import {
  type CountryView,
  createEngine,
  type Event as GameEvent,
  INSTRUCTOR,
  isPreservable,
  upcast,
  type Viewer,
} from '@crossborder/engine';
import {
  analyse,
  type Category,
  EVERYONE,
  type SessionAnalysis,
  type TimelineItem,
  timelineModel,
} from '@crossborder/report';
import { formatCitations, loadScenarioText, RULES, type Scenario } from '@crossborder/scenario';
import type { BoardModel } from '../board/model.js';
import { boardModel } from '../board/model.js';
import { kindName, ruleText, t, tDynamic, violationMessage } from '../i18n.js';
import { api, storedKey } from '../instructor/api.js';
import { keyGate } from '../instructor/home.js';
import { statusText } from '../team/requests.js';
import { dayAndTime } from '../time.js';
import { fill, h, labelled, swatch } from '../ui/dom.js';
import { provenanceNote } from '../ui/forms.js';
import { Replay } from './replay.js';

/**
 * The debrief, for the instructor (during play too, to pause and teach): the timeline with a lane
 * per country, each item with its details (a violation with its rule, article and teaching note,
 * and a note where the rule's convention wording is recalled or taken from a model clause);
 * objectives met or missed and why, against the bots' model answer; scorecards and the jury's
 * scores; and a replay of the session from any seat at any game time.
 */
interface SessionExport {
  session: { id: string; code: string; title: string };
  scenarioSource: string;
  /** The schema of the events (none said: 1); older ones are upcast to today's as they are read. */
  eventSchema?: number;
  events: unknown[];
}

const SYMBOL: Record<Category, string> = {
  request: '●',
  ruling: '✕',
  evidence: '■',
  jurisdiction: '◆',
  news: '▲',
  objective: '✓',
};

function when(minutes: number | null): string {
  if (minutes === null) return '—';
  const { day, time } = dayAndTime(minutes);
  return t('ui.time.day-time', { day, time });
}

export async function startDebrief(
  root: HTMLElement,
  code: string,
  navigate: (path: string) => void,
  board: (host: HTMLElement, model: () => BoardModel | null) => void,
): Promise<void> {
  const key = storedKey();
  if (!key) {
    keyGate(root, () => void startDebrief(root, code, navigate, board));
    return;
  }
  const status = h('p', { role: 'status', class: 'status-line' }, t('ui.instructor.loading'));
  root.replaceChildren(
    h(
      'div',
      { class: 'screen debrief-screen' },
      h('header', { class: 'topbar' }, h('h1', {}, t('ui.debrief.title'))),
      status,
    ),
  );
  const sessions = await api<{ id: string; code: string }[]>(key, '/sessions');
  const found = sessions.ok ? sessions.body.find((session) => session.code === code) : undefined;
  if (!found) {
    status.textContent = sessions.ok ? t('ui.debrief.unknown', { code }) : sessions.message;
    return;
  }
  const exported = await api<SessionExport>(key, `/sessions/${found.id}/export`);
  if (!exported.ok) {
    status.textContent = exported.message;
    return;
  }
  const { scenario } = loadScenarioText(exported.body.scenarioSource, `${code}.yaml`);
  if (!scenario) {
    status.textContent = t('ui.debrief.broken');
    return;
  }
  // The server serving this page wrote the export: its schema is never newer than this engine's.
  const events = upcast(exported.body.events, exported.body.eventSchema ?? 1);
  render(
    root,
    {
      key,
      id: found.id,
      code,
      scenario,
      events,
      analysis: analyse(scenario, events),
    },
    navigate,
    board,
  );
}

interface Loaded {
  key: string;
  id: string;
  code: string;
  scenario: Scenario;
  events: GameEvent[];
  analysis: SessionAnalysis;
}

function render(
  root: HTMLElement,
  loaded: Loaded,
  navigate: (path: string) => void,
  board: (host: HTMLElement, model: () => BoardModel | null) => void,
): void {
  const { scenario, analysis, events, code } = loaded;
  const { debrief } = analysis;
  const name = (id: string) => scenario.countries[id]?.shortName ?? scenario.countries[id]?.name ?? id;
  const details = h(
    'aside',
    { class: 'card item-details', 'aria-live': 'polite', id: 'item-details' },
    h('p', { class: 'hint' }, t('ui.debrief.choose-item')),
  );
  const model = timelineModel(debrief, events, analysis.lanes, t('report.everyone'), (entry) =>
    tDynamic(entry.line.key, entry.line.params),
  );

  const showItem = (item: TimelineItem) => {
    fill(
      details,
      h('h3', {}, `${SYMBOL[item.category]} ${when(item.at)}`),
      h('p', {}, item.text),
      item.violation
        ? h(
            'div',
            { class: 'violation', 'data-violation': item.violation.ruleId },
            h(
              'p',
              {},
              h('strong', {}, ruleText(item.violation.ruleId, 'title', item.violation.title)),
              ` — ${item.violation.article}`,
            ),
            h('p', {}, ruleText(item.violation.ruleId, 'summary', item.violation.summary)),
            provenanceNote(item.violation.ruleId),
            h(
              'p',
              { class: 'teaching' },
              ruleText(item.violation.ruleId, 'teaching', item.violation.teaching),
            ),
            h('p', { class: 'hint' }, t('ui.form.rule', { rule: item.violation.ruleId })),
          )
        : null,
      whyLost(scenario, events[item.seq]),
    );
  };

  const timeline = h(
    'div',
    { class: 'timeline', role: 'list', 'aria-label': t('report.timeline') },
    model.lanes.map((lane) =>
      h(
        'div',
        { class: 'lane', role: 'listitem', 'data-lane': lane.id },
        h(
          'span',
          { class: 'lane-name' },
          swatch(lane.color),
          lane.id === EVERYONE ? t('report.everyone') : lane.name,
        ),
        h(
          'div',
          { class: 'lane-track' },
          spread(
            model.items.filter((item) => item.lane === lane.id),
            model.end,
          ).map(({ item, left }) => {
            const button = h(
              'button',
              {
                type: 'button',
                class: `mark ${item.category}`,
                'aria-label': `${when(item.at)}: ${item.text}`,
                title: item.text,
                'data-category': item.category,
                onclick: () => showItem(item),
              },
              SYMBOL[item.category],
            );
            button.style.left = left;
            return button;
          }),
        ),
      ),
    ),
  );

  const objectives = h(
    'table',
    { class: 'objectives-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('report.objective')),
        h('th', { scope: 'col' }, t('report.outcome')),
        h('th', { scope: 'col' }, t('report.model-answer')),
      ),
    ),
    h(
      'tbody',
      {},
      Object.entries(debrief.objectives).map(([id, objective]) => {
        const compared = analysis.comparison.find((row) => row.objective === id);
        return h(
          'tr',
          { 'data-objective': id },
          h('th', { scope: 'row' }, objective.title),
          h(
            'td',
            {},
            objective.metAt !== null
              ? `✔ ${t('report.met')} ${when(objective.metAt)}`
              : `✖ ${t('report.missed')}`,
            h('br', {}),
            h('span', { class: 'hint' }, tDynamic(objective.why.key, objective.why.params)),
          ),
          h(
            'td',
            {},
            compared?.bots === null || compared?.bots === undefined
              ? t('report.bots-missed')
              : compared.behind === null
                ? t('report.bots-met', { when: when(compared.bots) })
                : compared.behind > 0
                  ? t('report.behind', {
                      days: (compared.behind / 1440).toFixed(1),
                      when: when(compared.bots),
                    })
                  : t('report.ahead', {
                      days: (-compared.behind / 1440).toFixed(1),
                      when: when(compared.bots),
                    }),
          ),
        );
      }),
    ),
  );

  const scorecards = h(
    'table',
    { class: 'scorecards' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          'report.country',
          'report.total',
          'report.from-objectives',
          'report.from-jury',
          'report.penalties',
          'report.requests-complete',
          'report.requests-answered',
          'report.obtained',
          'report.lost',
          'report.violations',
        ].map((key) => h('th', { scope: 'col' }, tDynamic(key))),
      ),
    ),
    h(
      'tbody',
      {},
      Object.entries(debrief.scorecards).map(([id, card]) =>
        h(
          'tr',
          { 'data-scorecard': id },
          h('th', { scope: 'row' }, name(id)),
          h('td', {}, String(card.score.total)),
          h('td', {}, String(card.score.objectives)),
          h('td', {}, String(card.score.rubric)),
          h('td', {}, String(card.score.penalties)),
          h('td', {}, `${card.requestsComplete}/${card.requestsSent}`),
          h('td', {}, `${card.requestsAnswered}/${card.requestsReceived}`),
          h('td', {}, String(card.evidenceObtained)),
          h('td', {}, String(card.evidenceLost)),
          h('td', {}, String(card.violations)),
        ),
      ),
    ),
  );

  const awards = Object.values(analysis.state.awards);
  const jury = awards.length
    ? h(
        'ul',
        { class: 'jury' },
        awards.map((award) =>
          h(
            'li',
            { 'data-award': `${award.country}:${award.criterion}` },
            h(
              'strong',
              {},
              `${name(award.country)} — ${scenario.rubric[award.criterion]?.title ?? award.criterion}: `,
            ),
            `${scenario.rubric[award.criterion]?.levels[award.level]?.label ?? award.level} (${award.points}). `,
            award.feedback,
          ),
        ),
      )
    : h('p', { class: 'hint' }, t('report.no-jury'));

  const violations = debrief.violations.length
    ? h(
        'ol',
        { class: 'violations' },
        debrief.violations.map((violation) =>
          h(
            'li',
            { 'data-violation': violation.ruleId },
            h(
              'p',
              {},
              h('strong', {}, name(violation.country)),
              `, ${when(violation.at)} — ${violationMessage(violation)} (${violation.article})`,
            ),
            provenanceNote(violation.ruleId),
            h('p', { class: 'teaching' }, ruleText(violation.ruleId, 'teaching', violation.teaching)),
          ),
        ),
      )
    : h('p', { class: 'hint' }, t('report.no-violations'));

  root.replaceChildren(
    h(
      'div',
      { class: 'screen debrief-screen' },
      h(
        'header',
        { class: 'topbar' },
        h('h1', {}, t('ui.debrief.heading', { title: scenario.title, code })),
        h('p', {}, debrief.won ? `✔ ${t('report.won')}` : `✖ ${t('report.not-won')}`),
        h(
          'button',
          { type: 'button', 'data-action': 'report', onclick: () => void download(loaded, 'report') },
          t('ui.debrief.download-report'),
        ),
        h(
          'button',
          { type: 'button', onclick: () => void download(loaded, 'export') },
          t('ui.console.export'),
        ),
        h('button', { type: 'button', onclick: () => location.reload() }, t('ui.debrief.refresh')),
        h(
          'a',
          {
            href: `/instructor/${code}`,
            onclick: (event: Event) => {
              event.preventDefault();
              navigate(`/instructor/${code}`);
            },
          },
          t('ui.debrief.console'),
        ),
      ),
      h(
        'main',
        { class: 'debrief' },
        h(
          'section',
          { class: 'card timeline-card', 'aria-labelledby': 'timeline-title' },
          h('h2', { id: 'timeline-title' }, t('report.timeline')),
          h('p', { class: 'hint' }, t('report.legend')),
          timeline,
        ),
        details,
        h('section', { class: 'card' }, h('h2', {}, t('report.objectives')), objectives),
        h(
          'section',
          { class: 'card' },
          h('h2', {}, t('report.scorecards')),
          scorecards,
          h('h3', {}, t('report.jury')),
          jury,
        ),
        h('section', { class: 'card' }, h('h2', {}, t('report.violations-title')), violations),
        replaySection(loaded, board),
      ),
    ),
  );
}

const LOST_RULE = 'data.lost-after-retention';

/**
 * Why evidence was lost, beside the timeline's line that says how: data deleted at the end of
 * its retention period, with no preservation holding it, under the rule that explains it, with
 * its article and teaching note (what would have kept it). Nothing for other events.
 */
function whyLost(scenario: Scenario, event: GameEvent | undefined): HTMLElement | null {
  if (event?.type !== 'EvidenceLost' || event.reason !== 'retention') return null;
  const kind = scenario.case.evidence[event.evidenceId]?.kind;
  if (kind === undefined || !isPreservable(kind)) return null;
  const entry = RULES[LOST_RULE];
  return h(
    'div',
    { class: 'explanation', 'data-rule': LOST_RULE },
    h(
      'p',
      {},
      h('strong', {}, ruleText(LOST_RULE, 'title', entry.title)),
      ` — ${formatCitations(entry.citations)}`,
    ),
    h('p', {}, ruleText(LOST_RULE, 'summary', entry.summary)),
    provenanceNote(LOST_RULE),
    h('p', { class: 'teaching' }, ruleText(LOST_RULE, 'teaching', entry.teaching)),
    h('p', { class: 'hint' }, t('ui.form.rule', { rule: LOST_RULE })),
  );
}

/**
 * Where each mark sits on its lane: at its time, and marks that would overlap (the same moment,
 * within 1% of the lane) side by side, so that every one can be pointed at and clicked.
 */
function spread(items: TimelineItem[], end: number): { item: TimelineItem; left: string }[] {
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

/** The replay: a seat, a game time, and what that seat saw then. */
function replaySection(
  loaded: Loaded,
  board: (host: HTMLElement, model: () => BoardModel | null) => void,
): HTMLElement {
  const { scenario, events } = loaded;
  const replay = new Replay(createEngine(scenario), events);
  const seats: { value: Viewer; label: string }[] = [
    ...Object.entries(scenario.countries).map(([id, country]) => ({
      value: id,
      label: country.shortName ?? country.name,
    })),
    { value: INSTRUCTOR, label: t('ui.debrief.everything') },
  ];
  const seat = h(
    'select',
    { name: 'seat', id: 'replay-seat' },
    ...seats.map((option) => h('option', { value: option.value }, option.label)),
  );
  const end = Math.max(1, replay.end);
  const slider = h('input', {
    type: 'range',
    name: 'at',
    id: 'replay-at',
    min: 0,
    max: end,
    step: 1,
    value: end,
  });
  const play = h('button', { type: 'button' }, `▶ ${t('ui.debrief.play')}`);
  const clock = h('output', { for: 'replay-at', id: 'replay-clock' });
  const seen = h('div', { class: 'replay-view', 'data-replay': '' });
  const boardHost = h('div', {
    class: 'board',
    id: 'replay-board',
    role: 'img',
    'aria-label': t('ui.board.label'),
  });
  // Playback speed: game hours per second of replay.
  const speed = h(
    'select',
    { name: 'speed', id: 'replay-speed' },
    ...[1, 6, 24, 96].map((hours) =>
      h('option', { value: hours * 60, selected: hours === 24 }, t('ui.debrief.speed', { hours })),
    ),
  );
  let timer: number | undefined;

  const current = () => replay.viewAt(Number(slider.value), seat.value);
  const update = () => {
    const at = Number(slider.value);
    clock.textContent = when(at);
    const view = current();
    seen.dataset.replaySeat = seat.value;
    seen.dataset.replayAt = String(at);
    fill(seen, view.role === 'country' ? countrySummary(view) : h('p', {}, t('ui.debrief.everything-hint')));
  };
  seat.addEventListener('change', update);
  slider.addEventListener('input', update);
  play.addEventListener('click', () => {
    if (timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
      play.textContent = `▶ ${t('ui.debrief.play')}`;
      return;
    }
    if (Number(slider.value) >= end) slider.value = '0';
    play.textContent = `‖ ${t('ui.debrief.pause')}`;
    timer = window.setInterval(() => {
      slider.value = String(Math.min(end, Number(slider.value) + Number(speed.value) / 10));
      update();
      if (Number(slider.value) >= end) play.click();
    }, 100);
  });
  const section = h(
    'section',
    { class: 'card replay', 'aria-labelledby': 'replay-title' },
    h('h2', { id: 'replay-title' }, t('ui.debrief.replay')),
    h('p', { class: 'hint' }, t('ui.debrief.replay-hint')),
    h(
      'div',
      { class: 'inline' },
      labelled(t('ui.debrief.seat'), seat),
      labelled(t('ui.debrief.time'), slider),
      labelled(t('ui.debrief.speed-label'), speed),
      clock,
      play,
    ),
    h('div', { class: 'replay-body' }, boardHost, seen),
  );
  update();
  board(boardHost, () => boardModel(current(), Number(slider.value)));
  return section;
}

function countrySummary(view: CountryView): HTMLElement {
  const name = (id: string) => view.briefing.directory[id]?.shortName ?? id;
  return h(
    'div',
    {},
    h('h3', {}, t('ui.debrief.knew', { country: name(view.viewer) })),
    h(
      'ul',
      { class: 'facts' },
      Object.values(view.facts).map((fact) => h('li', {}, fact.text)),
    ),
    h('h4', {}, t('ui.casefile.evidence')),
    h(
      'ul',
      {},
      Object.values(view.evidence).map((item) =>
        h(
          'li',
          {},
          `${item.title}: ${item.copy ? t('ui.evidence.obtained') : item.status === 'lost' ? t('ui.evidence.lost') : item.preservation ? t('ui.evidence.held') : t('ui.evidence.available')}`,
        ),
      ),
    ),
    h('h4', {}, t('ui.requests.title')),
    h(
      'ul',
      {},
      Object.values(view.requests).map((request) =>
        h(
          'li',
          {},
          `${request.id}: ${kindName(request.kind)}, ${name(request.from)} → ${name(request.to)} — ${statusText(request.status)}`,
        ),
      ),
    ),
    h('h4', {}, t('ui.casefile.suspects')),
    h(
      'ul',
      {},
      Object.values(view.suspects).map((suspect) =>
        h('li', {}, suspect.name ? `${suspect.alias} (${suspect.name})` : suspect.alias),
      ),
    ),
  );
}

async function download(loaded: Loaded, what: 'report' | 'export'): Promise<void> {
  const response = await fetch(`/api/sessions/${loaded.id}/${what}`, {
    headers: { authorization: `Bearer ${loaded.key}` },
  });
  const blob = await response.blob();
  const link = h('a', {
    href: URL.createObjectURL(blob),
    download: `crossborder-${loaded.code}.${what === 'report' ? 'html' : 'json'}`,
  });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
