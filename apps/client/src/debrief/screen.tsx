import { type Event as GameEvent, upcast } from '@crossborder/engine';
import { ForkOrigin } from '@crossborder/protocol';
import { analyse, type SessionAnalysis, timelineModel } from '@crossborder/report';
import { loadScenarioText, type Scenario, translateScenario } from '@crossborder/scenario';
import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { BoardModel } from '../board/model.js';
import { withCitation } from '../citations.js';
import { currentLocale, namedParams, t, tDynamic } from '../i18n.js';
import { api, listSessions } from '../instructor/api.js';
import { ForkForm } from '../instructor/fork.js';
import { useInstructorKey } from '../instructor/key-gate.js';
import { inLanguage } from '../ui/download.js';
import { type Branches, BranchesSection } from './branch-comparison.js';
import { debriefNamer } from './common.js';
import { ReplaySection } from './replay-section.js';
import { Jury, ObjectivesTable, Scorecards, Violations } from './results.js';
import { type Chosen, ItemDetails, Timeline } from './timeline.js';

/**
 * The debrief, for the instructor (during play too, to pause and teach): the timeline with a lane
 * per country, each item with its details (a violation with its rule, article and teaching note,
 * and a note where the rule's convention wording is recalled or taken from a model clause);
 * objectives met or missed and why, against the bots' model answer; scorecards and the jury's
 * scores; and a replay of the session from any seat at any game time. It is loaded on demand
 * (main.ts), with the report's analysis, the scenario parser and the engine it replays with.
 */
interface SessionExport {
  session: { id: string; code: string; title: string };
  scenarioSource: string;
  /** The schema of the events (none said: 1); older ones are upcast to today's as they are read. */
  eventSchema?: number;
  events: unknown[];
  /** A moot court's jurors' names by juror id (`@juror-1`), for the jury's scores. */
  jurors?: Record<string, string>;
  /** How the session was set up; a fork's origin under `fork`. */
  settings?: { fork?: unknown };
}

export interface Loaded {
  /** The instructor's key, for the downloads. */
  key: string;
  id: string;
  code: string;
  scenario: Scenario;
  events: GameEvent[];
  analysis: SessionAnalysis;
  /** The jurors' names by juror id (none outside a moot court). */
  jurors?: Record<string, string>;
  /** For a fork: its origin, and the original's log to compare with (or why it cannot be had). */
  branches?: Branches;
}

type Loading = { ok: true; loaded: Loaded } | { ok: false; problem: string; refused?: boolean };

/** The session's log and scenario from the server, analysed as the report analyses them. */
export async function loadDebrief(key: string, code: string): Promise<Loading> {
  const sessions = await listSessions(key);
  if (!sessions.ok) return { ok: false, problem: sessions.message, refused: sessions.status === 401 };
  const found = sessions.body.find((session) => session.code === code);
  if (!found) return { ok: false, problem: t('ui.debrief.unknown', { code }) };
  const exported = await api<SessionExport>(key, `/sessions/${found.id}/export`);
  if (!exported.ok) return { ok: false, problem: exported.message, refused: exported.status === 401 };
  const written = loadScenarioText(exported.body.scenarioSource, `${code}.yaml`).scenario;
  if (!written) return { ok: false, problem: t('ui.debrief.broken') };
  // The scenario's own words in the screens' language, where the scenario translates them.
  const scenario = translateScenario(written, currentLocale());
  // The server serving this page wrote the export: its schema is never newer than this engine's.
  const events = upcast(exported.body.events, exported.body.eventSchema ?? 1);
  const loaded: Loaded = {
    key,
    id: found.id,
    code,
    scenario,
    events,
    analysis: analyse(scenario, events),
    jurors: exported.body.jurors ?? {},
  };
  const origin = ForkOrigin.safeParse(exported.body.settings?.fork);
  if (origin.success) loaded.branches = await loadOriginal(key, found.id, origin.data);
  return { ok: true, loaded };
}

/** A fork's original log, for comparing the branches; if it is gone, the reason, said. */
async function loadOriginal(key: string, id: string, origin: ForkOrigin): Promise<Branches> {
  const answer = await api<{ eventSchema?: number; events: unknown[] }>(key, `/sessions/${id}/original`);
  if (!answer.ok) return { origin, problem: answer.message };
  return { origin, original: upcast(answer.body.events, answer.body.eventSchema ?? 1) };
}

type Status = { kind: 'busy' } | { kind: 'problem'; text: string } | { kind: 'idle' };

interface PageProps {
  code: string;
  navigate: (path: string) => void;
  board: (host: HTMLElement, model: () => BoardModel | null) => () => void;
  /** How the session is loaded: from the server, unless a test says otherwise. */
  load?: (key: string, code: string) => Promise<Loading>;
}

/**
 * `/debrief/CODE`: the instructor's key first (kept for the tab), then the debrief. A key the
 * server refuses is forgotten and asked for again, saying so.
 */
export function DebriefPage(props: PageProps) {
  const key = useInstructorKey();
  return key.gate ?? <DebriefScreen {...props} apiKey={key.apiKey} onRefused={() => key.forget(true)} />;
}

interface DebriefScreenProps extends PageProps {
  apiKey: string;
  /** The server refused the key. */
  onRefused: () => void;
}

/** The debrief: loads the session, then shows it; Refresh loads it again and patches the page in place. */
function DebriefScreen({ code, apiKey, navigate, board, load = loadDebrief, onRefused }: DebriefScreenProps) {
  const loaded = useSignal<Loaded | null>(null);
  const status = useSignal<Status>({ kind: 'busy' });
  // Only the latest load may land, and none once the screen is gone.
  const generation = useRef(0);
  const refused = useRef(onRefused);
  refused.current = onRefused;
  const refresh = useMemo(
    () => () => {
      const mine = ++generation.current;
      status.value = { kind: 'busy' };
      void load(apiKey, code).then(
        (answer) => {
          if (mine !== generation.current) return;
          if (answer.ok) {
            loaded.value = answer.loaded;
            status.value = { kind: 'idle' };
          } else if (answer.refused) refused.current();
          else status.value = { kind: 'problem', text: answer.problem };
        },
        (error: unknown) => {
          if (mine === generation.current)
            status.value = { kind: 'problem', text: error instanceof Error ? error.message : String(error) };
        },
      );
    },
    [load, apiKey, code, loaded, status],
  );
  useEffect(() => {
    refresh();
    return () => {
      generation.current += 1;
    };
  }, [refresh]);

  const session = loaded.value;
  return (
    <div class="screen debrief-screen">
      <header class="topbar">
        <h1>
          {session
            ? t('ui.debrief.heading', { title: session.scenario.title, code: session.code })
            : t('ui.debrief.title')}
        </h1>
        {session ? (
          <>
            <p>{session.analysis.debrief.won ? `✔ ${t('report.won')}` : `✖ ${t('report.not-won')}`}</p>
            <button
              type="button"
              data-action="report"
              onClick={() => void download(session, 'report', status)}
            >
              {t('ui.debrief.download-report')}
            </button>
            <button
              type="button"
              data-action="export"
              onClick={() => void download(session, 'export', status)}
            >
              {t('ui.console.export')}
            </button>
            <button type="button" data-action="refresh" onClick={refresh}>
              {t('ui.debrief.refresh')}
            </button>
          </>
        ) : null}
        <a
          href={`/instructor/${code}`}
          onClick={(event) => {
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
              return;
            event.preventDefault();
            navigate(`/instructor/${code}`);
          }}
        >
          {t('ui.debrief.console')}
        </a>
      </header>
      <StatusLine status={status} />
      {session ? <Debrief loaded={session} board={board} navigate={navigate} /> : null}
    </div>
  );
}

function StatusLine({ status }: { status: Signal<Status> }) {
  const now = status.value;
  return (
    <>
      <p role="status" class="status-line">
        {now.kind === 'busy' ? t('ui.app.loading') : ''}
      </p>
      {now.kind === 'problem' ? (
        <p role="alert" class="status-line warning">
          {now.text}
        </p>
      ) : null}
    </>
  );
}

function Debrief({
  loaded,
  board,
  navigate,
}: {
  loaded: Loaded;
  board: DebriefScreenProps['board'];
  navigate: (path: string) => void;
}) {
  const { scenario, analysis, events } = loaded;
  // The replay's time is where a fork starts from: the replay shows that moment.
  const at = useSignal(events.at(-1)?.at ?? 0);
  const model = useMemo(
    () =>
      timelineModel(analysis.debrief, events, analysis.lanes, t('report.everyone'), (entry) =>
        tDynamic(
          entry.line.key,
          withCitation(namedParams(entry.line.params, debriefNamer(scenario, analysis))),
        ),
      ),
    [scenario, analysis, events],
  );
  const chosen = useSignal<Chosen | null>(null);
  return (
    <main class="debrief">
      <section class="card timeline-card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('report.timeline')}</h2>
        <p class="hint">{t('report.legend')}</p>
        <Timeline model={model} chosen={chosen} />
      </section>
      <ItemDetails model={model} chosen={chosen} scenario={scenario} events={events} />
      <section class="card" aria-labelledby="objectives-title">
        <h2 id="objectives-title">{t('report.objectives')}</h2>
        <ObjectivesTable analysis={analysis} />
      </section>
      {loaded.branches ? (
        <BranchesSection scenario={scenario} events={events} branches={loaded.branches} />
      ) : null}
      <section class="card" aria-labelledby="scorecards-title">
        <h2 id="scorecards-title">{t('report.scorecards')}</h2>
        <Scorecards scenario={scenario} analysis={analysis} />
        <h3>{t('report.jury')}</h3>
        <Jury scenario={scenario} analysis={analysis} jurors={loaded.jurors ?? {}} />
      </section>
      <section class="card" aria-labelledby="violations-title">
        <h2 id="violations-title">{t('report.violations-title')}</h2>
        <Violations scenario={scenario} analysis={analysis} />
      </section>
      <ReplaySection scenario={scenario} events={events} board={board} time={at} />
      <section class="card">
        <ForkForm apiKey={loaded.key} sessionId={loaded.id} at={at} navigate={navigate} />
      </section>
    </main>
  );
}

/** Downloads the HTML report or the JSON export (the key goes in a header, so not by a plain link). */
async function download(loaded: Loaded, what: 'report' | 'export', status: Signal<Status>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(inLanguage(`/api/sessions/${loaded.id}/${what}`), {
      headers: { authorization: `Bearer ${loaded.key}` },
    });
  } catch (error) {
    status.value = {
      kind: 'problem',
      text: t('ui.debrief.download-failed', {
        problem: error instanceof Error ? error.message : String(error),
      }),
    };
    return;
  }
  if (!response.ok) {
    status.value = {
      kind: 'problem',
      text: t('ui.debrief.download-failed', { problem: `${response.status} ${response.statusText}` }),
    };
    return;
  }
  if (status.peek().kind === 'problem') status.value = { kind: 'idle' };
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `crossborder-${loaded.code}.${what === 'report' ? 'html' : 'json'}`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
