import type { Command, JurorView } from '@crossborder/engine';
import type { Ack, JoinResult, JoinSeat } from '@crossborder/protocol';
import { computed, type ReadonlySignal, useComputed, useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { errorText, t } from '../i18n.js';
import type { ClientSignals } from '../state/client.js';
import { LanguagePicker } from '../ui/language-picker.js';
import { NameField } from '../ui/name-field.js';
import { ReasoningByCountry } from './reasoning.js';
import { ScoreSheet } from './score-sheet.js';

/** What the jury's page needs of the GameClient: its signals, taking the juror's seat, scoring. */
export interface JuryClient {
  readonly signals: ClientSignals;
  resume(code: string, seat: JoinSeat): Promise<Ack<JoinResult> | null>;
  join(code: string, seat: JoinSeat, name: string, key?: string): Promise<Ack<JoinResult>>;
  command(command: Command): Promise<Ack<{ events: number }>>;
}

const JUROR: JoinSeat = { kind: 'juror' };

type Seating =
  | { state: 'resuming' }
  | { state: 'asking'; problem: string | null; busy: boolean }
  | { state: 'seated' };

/**
 * `/jury/CODE#KEY`: a juror's seat in a moot court. The link the console shows carries the jury's
 * key after `#` (a fragment: it never leaves the browser but in the join itself). The juror gives
 * a name and gets a seat of their own; a reload takes it back. Then the jury's screen.
 */
export function JuryPage({ client, code, juryKey }: { client: JuryClient; code: string; juryKey: string }) {
  const seating = useSignal<Seating>({ state: 'resuming' });
  useEffect(() => {
    let live = true;
    void client.resume(code, JUROR).then((resumed) => {
      if (live)
        seating.value = resumed?.ok ? { state: 'seated' } : { state: 'asking', problem: null, busy: false };
    });
    return () => {
      live = false;
    };
  }, [client, code]);
  const now = seating.value;
  if (now.state === 'seated')
    return <JurorScreen signals={client.signals} send={(command) => client.command(command)} />;
  return (
    <div class="screen landing">
      <header class="topbar">
        <h1>{t('ui.app')}</h1>
        <LanguagePicker />
      </header>
      <main>
        {now.state === 'resuming' ? (
          <p role="status">{t('ui.join.resuming')}</p>
        ) : (
          <JurorNameForm
            busy={now.busy}
            problem={now.problem}
            onName={(name) => {
              seating.value = { state: 'asking', problem: null, busy: true };
              void client.join(code, JUROR, name, juryKey).then((answer) => {
                seating.value = answer.ok
                  ? { state: 'seated' }
                  : { state: 'asking', problem: errorText(answer.error), busy: false };
              });
            }}
          />
        )}
      </main>
    </div>
  );
}

function JurorNameForm({
  busy,
  problem,
  onName,
}: {
  busy: boolean;
  problem: string | null;
  onName: (name: string) => void;
}) {
  const name = useSignal('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="card join"
      aria-labelledby="juror-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy || name.value.trim() === '') return;
        onName(name.value.trim());
      }}
    >
      <h2 id="juror-title">{t('ui.jury.join-title')}</h2>
      <p>{t('ui.jury.join-intro')}</p>
      <NameField
        label={t('ui.jury.your-name')}
        hint={t('ui.jury.your-name-hint')}
        name="juror"
        autocomplete="name"
        value={name}
        input={input}
        submit={t('ui.jury.join')}
        busy={busy}
        problem={problem}
      />
    </form>
  );
}

/**
 * A juror's screen: the rubric, the written reasoning each team gave for the decisions a moot
 * court argues (with what the public board shows of them), and a form per country and criterion
 * to score. The view is the engine's juror view: this juror's own scores, no one else's.
 */
export function JurorScreen({
  signals,
  send,
}: {
  signals: Pick<ClientSignals, 'view'>;
  send: (command: Command) => Promise<Ack<{ events: number }>>;
}) {
  const view = useMemo(() => jurorView(signals.view), [signals.view]);
  const status = useSignal('');
  const current = view.value;
  if (!current) return <p role="status">{t('ui.join.resuming')}</p>;
  return (
    <div class="screen jury-screen">
      <header class="topbar">
        <h1>{t('ui.jury.title', { title: current.briefing.title })}</h1>
        <LanguagePicker />
      </header>
      <main class="jury-main">
        <p class="hint">{t('ui.jury.intro')}</p>
        <Rubric view={view as ReadonlySignal<JurorView>} />
        <ReasoningByCountry view={view as ReadonlySignal<JurorView>} />
        <Scores
          view={view as ReadonlySignal<JurorView>}
          send={(command) => {
            status.value = '';
            void send(command).then((answer) => {
              status.value = answer.ok ? t('ui.jury.scored') : errorText(answer.error);
            });
          }}
        />
        <p role="status" class="status-line">
          {status.value}
        </p>
      </main>
    </div>
  );
}

/** The juror's view, the last one while a resync briefly has none. */
function jurorView(view: ReadonlySignal<unknown>): ReadonlySignal<JurorView | null> {
  let last: JurorView | null = null;
  return computed(() => {
    const now = view.value as { role?: string } | null;
    if (now?.role === 'juror') last = now as JurorView;
    return last;
  });
}

function Rubric({ view }: { view: ReadonlySignal<JurorView> }) {
  const rubric = useComputed(() => view.value.rubric);
  return (
    <section class="card rubric" aria-labelledby="rubric-title">
      <h2 id="rubric-title">{t('ui.jury.rubric')}</h2>
      {Object.entries(rubric.value).map(([id, criterion]) => (
        <section key={id} aria-label={criterion.title}>
          <h3>{criterion.title}</h3>
          <p>{criterion.description}</p>
          <ol class="levels">
            {criterion.levels.map((level) => (
              <li key={level.label}>
                <strong>{t('ui.jury.level', { level: level.label, points: level.points })}</strong>{' '}
                {level.description}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function Scores({ view, send }: { view: ReadonlySignal<JurorView>; send: (command: Command) => void }) {
  const rubric = useComputed(() => view.value.rubric);
  const directory = useComputed(() => view.value.briefing.directory);
  const awards = useComputed(() => view.value.awards);
  return (
    <section class="card jury" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('ui.jury.scores')}</h2>
      <p class="hint">{t('ui.jury.scores-hint')}</p>
      <ScoreSheet rubric={rubric} directory={directory} awards={awards} send={send} />
    </section>
  );
}
