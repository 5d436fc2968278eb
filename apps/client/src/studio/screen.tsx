import type { ScenarioListEntry, UploadAnswer } from '@crossborder/protocol';
import type { ScenarioIssue } from '@crossborder/scenario';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { createSession, listScenarios } from '../instructor/api.js';
import { useInstructorKey } from '../instructor/key-gate.js';
import { Field } from '../ui/parts.js';
import { type Analyst, workerAnalyst } from './analyst.js';
import { listTemplates, scenarioSource } from './api.js';
import type { PlayTest, Preview } from './draft.js';
import type { DraftEditor } from './editor.js';
import { IdIndex } from './id-completion.js';
import type { Outline } from './outline.js';
import { OutlinePanel } from './outline-panel.js';
import { PreviewPanel } from './preview.js';
import { type Checked, ProblemsList } from './problems.js';
import { PlayReport } from './report.js';
import { SaveForm } from './save.js';
import { t } from './words.js';

type Navigate = (path: string) => void;

/** What the studio starts a draft from: a template or a copy of a scenario the server offers. */
interface Origin {
  value: string;
  label: string;
  load: () => Promise<string | null>;
}

/**
 * The scenario studio (`/studio`), behind the instructor key: write a scenario in an editor that
 * checks it as the author types (in a worker, with the command line's messages), play-test it
 * with the bots, save it to the server's scenario folder and start a session from it.
 */
export function StudioPage({ navigate, analyst }: { navigate: Navigate; analyst?: () => Analyst }) {
  const key = useInstructorKey();
  return (
    key.gate ?? (
      <Studio
        apiKey={key.apiKey}
        navigate={navigate}
        onForget={key.forget}
        analyst={analyst ?? workerAnalyst}
      />
    )
  );
}

interface StudioProps {
  apiKey: string;
  navigate: Navigate;
  onForget: (refused: boolean) => void;
  analyst: () => Analyst;
}

function Studio({ apiKey, navigate, onForget, analyst }: StudioProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<DraftEditor | null>(null);
  const worker = useRef<Analyst | null>(null);
  const text = useSignal('');
  const ids = useRef(new IdIndex());
  const checked = useSignal<Checked>({ state: 'checking' });
  const origins = useSignal<Origin[]>([]);
  const chosen = useSignal('');
  const report = useSignal<PlayTest | null>(null);
  const playing = useSignal(false);
  const previewed = useSignal<Preview | null>(null);
  const outline = useSignal<Outline | null>(null);
  /** Whether the editor is there (its code loads after the page's): until then there is no draft to play. */
  const ready = useSignal(false);
  const status = useSignal('');
  const saved = useSignal<{ answer: UploadAnswer; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    const running = analyst();
    worker.current = running;
    void Promise.all([import('./editor.js'), listTemplates(apiKey), listScenarios(apiKey)]).then(
      ([{ startEditor }, templates, scenarios]) => {
        if (!live || !host.current) return;
        // The draft starts as the first template, so that there is something to change at once.
        const first = templates.ok ? (templates.body.templates[0]?.source ?? '') : '';
        text.value = first;
        editor.current = startEditor(host.current, {
          text: first,
          label: t('ui.studio.editor'),
          hint: t('ui.studio.editor-hint'),
          ids: ids.current,
          idWords: {
            kind: (kind) => t(`ui.studio.id.${kind}`),
            named: (kind, declared) =>
              declared.name
                ? t('ui.studio.id-named', { kind: t(`ui.studio.id.${kind}`), name: declared.name })
                : t(`ui.studio.id.${kind}`),
          },
          // The last problems stay listed while the next check runs: the list (a live region)
          // speaks only when what it says changes, not at every pause in typing.
          // Each check carries the outline of the text it checked: one question to the worker a pause.
          check: async (source) => {
            const answer = await running.check(source);
            if (live) outline.value = answer.outline;
            ids.current.update(answer.ids);
            return answer.issues;
          },
          onProblems: (issues: ScenarioIssue[]) => {
            if (live) checked.value = { state: 'done', issues };
          },
          onChange: (now) => {
            text.value = now;
          },
        });
        ready.value = true;
        const refused = (failed: { status: number; message: string }) => {
          if (failed.status === 401) onForget(true);
          else status.value = failed.message;
        };
        if (!templates.ok) return refused(templates);
        if (!scenarios.ok) return refused(scenarios);
        origins.value = [
          ...templates.body.templates.map(
            (template): Origin => ({
              value: `template:${template.name}`,
              label: t('ui.studio.from-template', { name: template.name }),
              load: async () => template.source,
            }),
          ),
          ...scenarios.body.map(
            (entry: ScenarioListEntry): Origin => ({
              value: `copy:${entry.file}`,
              label: t('ui.studio.from-copy', { title: entry.title ?? entry.file }),
              load: async () => {
                const answer = await scenarioSource(apiKey, entry.file);
                if (answer.ok) return answer.body.source;
                status.value = answer.message;
                return null;
              },
            }),
          ),
        ];
        chosen.value = origins.value[0]?.value ?? '';
      },
    );
    return () => {
      live = false;
      editor.current?.destroy();
      running.stop();
    };
  }, [apiKey]);

  const goTo = (line: number, column = 1) => editor.current?.goTo(line, column);

  const open = async () => {
    const origin = origins.value.find((found) => found.value === chosen.value);
    const source = origin ? await origin.load() : null;
    if (source === null || !editor.current) return;
    editor.current.replace(source);
    report.value = null;
    saved.value = null;
    status.value = t('ui.studio.opened', { what: origin?.label ?? '' });
  };

  const play = async () => {
    if (!worker.current) return;
    playing.value = true;
    report.value = await worker.current.play(editor.current?.text() ?? text.value);
    playing.value = false;
  };

  const showPreview = async (country: string | null) => {
    if (!worker.current) return;
    previewed.value = await worker.current.preview(editor.current?.text() ?? text.value, country);
  };

  const start = async (id: string) => {
    status.value = t('ui.instructor.creating');
    const created = await createSession(apiKey, { scenario: id });
    if (created.ok) navigate(`/instructor/${created.body.session.code}`);
    else status.value = created.message;
  };

  return (
    <div class="screen studio">
      <header class="topbar">
        <h1>{t('ui.studio.title')}</h1>
        <a href="/instructor">{t('ui.studio.to-console')}</a>
        <button type="button" onClick={() => onForget(false)}>
          {t('ui.instructor.forget-key')}
        </button>
      </header>
      <main class="studio-main">
        <div role="status" aria-live="polite">
          {status}
        </div>
        <section class="card" aria-labelledby="studio-start-title">
          <h2 id="studio-start-title">{t('ui.studio.start-title')}</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void open();
            }}
          >
            <Field label={t('ui.studio.start-from')} hint={t('ui.studio.start-hint')}>
              {(control) => (
                <select
                  {...control}
                  value={chosen.value}
                  onChange={(event) => {
                    chosen.value = event.currentTarget.value;
                  }}
                >
                  {origins.value.map((origin) => (
                    <option key={origin.value} value={origin.value}>
                      {origin.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" disabled={origins.value.length === 0}>
              {t('ui.studio.open')}
            </button>
          </form>
        </section>
        <div class="studio-workbench">
          <section class="card studio-draft" aria-labelledby="studio-draft-title">
            <h2 id="studio-draft-title">{t('ui.studio.draft-title')}</h2>
            <p class="hint">{t('ui.studio.editor-hint')}</p>
            <div class="studio-editor" ref={host} />
          </section>
          <div class="studio-side">
            <section class="card" aria-labelledby="studio-problems-title">
              <h2 id="studio-problems-title">{t('ui.studio.problems-title')}</h2>
              <ProblemsList checked={checked.value} onGo={goTo} />
            </section>
            <section class="card" aria-labelledby="studio-outline-title">
              <h2 id="studio-outline-title">{t('ui.studio.outline-title')}</h2>
              {outline.value ? <OutlinePanel outline={outline.value} onGo={(line) => goTo(line)} /> : null}
            </section>
          </div>
        </div>
        <section class="card" aria-labelledby="studio-play-title">
          <h2 id="studio-play-title">{t('ui.studio.play-title')}</h2>
          <p class="hint">{t('ui.studio.play-hint')}</p>
          <button type="button" onClick={() => void play()} disabled={playing.value || !ready.value}>
            {t('ui.studio.play')}
          </button>
          {playing.value ? <p role="status">{t('ui.studio.playing')}</p> : null}
          {report.value ? <PlayReport report={report.value} onGo={(line) => goTo(line)} /> : null}
        </section>
        <section class="card" aria-labelledby="studio-preview-title">
          <h2 id="studio-preview-title">{t('ui.studio.preview-title')}</h2>
          <p class="hint">{t('ui.studio.preview-hint')}</p>
          <button
            type="button"
            disabled={!ready.value}
            onClick={() => void showPreview(previewed.value?.ok ? previewed.value.country : null)}
          >
            {t('ui.studio.preview')}
          </button>
          {previewed.value ? (
            <PreviewPanel preview={previewed.value} onCountry={(country) => void showPreview(country)} />
          ) : null}
        </section>
        <SaveForm
          apiKey={apiKey}
          text={text}
          saved={saved.value}
          onSaved={(answer, savedText) => {
            saved.value = { answer, text: savedText };
          }}
          onStart={(id) => void start(id)}
        />
      </main>
    </div>
  );
}
