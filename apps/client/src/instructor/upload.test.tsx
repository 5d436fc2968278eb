import type { ScenarioListEntry, ScenarioProblem, UploadAnswer } from '@crossborder/protocol';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n.js';
import { ScenarioUpload } from './upload.js';

const KEPT: ScenarioListEntry = {
  file: 'uploaded/our-drill.yaml',
  id: 'our-drill',
  title: 'Our own drill',
  summary: null,
  countries: [{ id: 'aldoria', name: 'Republic of Aldoria' }],
  valid: true,
  issues: [],
  origin: 'uploaded',
};

const PROBLEMS: ScenarioProblem[] = [
  {
    line: 12,
    column: 5,
    path: 'objectives.preserve-logs.deadline',
    severity: 'error',
    message: '"soon" is not a duration: write a number and a unit, e.g. 36h or 14d',
  },
  { line: 3, column: 1, path: '', severity: 'warning', message: 'this scenario has no summary' },
];

/** The server's upload route as the form calls it: one answer, the calls recorded. */
function serve(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Response.json(body, { status });
    }),
  );
  return calls;
}

function mount() {
  const onKept = vi.fn();
  const onPlay = vi.fn();
  render(<ScenarioUpload apiKey="secret-key" onKept={onKept} onPlay={onPlay} creating={false} />);
  return { onKept, onPlay };
}

const yaml = (name: string, text = 'id: our-drill\n') => new File([text], name, { type: 'application/yaml' });

async function send(file: File, replace = false) {
  const user = userEvent.setup();
  const input = screen.getByLabelText(t('ui.upload.file'), { selector: 'input' });
  await user.upload(input, file);
  if (replace) await user.click(screen.getByRole('checkbox', { name: t('ui.upload.replace') }));
  await user.click(screen.getByRole('button', { name: t('ui.upload.submit') }));
}

describe('the scenario upload form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a labelled form: a file field for YAML files with its hint, a replace box, a submit button', () => {
    mount();
    const section = screen.getByRole('region', { name: t('ui.upload.title') });
    const input = within(section).getByLabelText(t('ui.upload.file'), {
      selector: 'input',
    }) as HTMLInputElement;
    expect([input.type, input.accept, input.required]).toEqual(['file', '.yaml,.yml', true]);
    expect(screen.getByText(t('ui.upload.hint')).id).toBe(input.getAttribute('aria-describedby'));
    expect(within(section).getByRole('checkbox', { name: t('ui.upload.replace') })).toBeTruthy();
  });

  it('sends the file’s bytes with its name and the key, then offers to play the kept scenario at once', async () => {
    const answer: UploadAnswer = { kept: KEPT, replaced: false, problems: [] };
    const calls = serve(201, answer);
    const { onKept, onPlay } = mount();
    const file = yaml('our drill.yaml');
    await send(file);
    expect(await screen.findByText(`✔ ${t('ui.upload.kept', { title: 'Our own drill' })}`)).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/scenarios?name=our%20drill.yaml');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe(file);
    expect((calls[0]?.init.headers as Record<string, string> | undefined)?.authorization).toBe(
      'Bearer secret-key',
    );
    expect(onKept).toHaveBeenCalledOnce();
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: t('ui.upload.play', { title: 'Our own drill' }) }));
    expect(onPlay).toHaveBeenCalledWith('our-drill');
  });

  it('asks to replace an earlier upload only when the box is ticked, and says it replaced it', async () => {
    const calls = serve(201, {
      kept: KEPT,
      replaced: true,
      problems: PROBLEMS.slice(1),
    } satisfies UploadAnswer);
    mount();
    await send(yaml('drill.yml'), true);
    expect(await screen.findByText(`✔ ${t('ui.upload.replaced', { title: 'Our own drill' })}`)).toBeTruthy();
    expect(calls[0]?.url).toBe('/api/scenarios?name=drill.yml&replace=1');
    // A warning does not stop it; it is shown, in words, not only in colour.
    expect(screen.getByText(t('ui.upload.warnings'))).toBeTruthy();
    expect(screen.getByText('this scenario has no summary')).toBeTruthy();
    expect(screen.getByText(t('ui.upload.warning'))).toBeTruthy();
  });

  it('lists every problem of a refused file with its line, column, place and message, and moves the focus there', async () => {
    serve(422, {
      error: {
        code: 'invalid-scenario',
        message: 'The scenario has errors.',
        issues: [],
        problems: PROBLEMS,
      },
    });
    const { onKept } = mount();
    await send(yaml('broken.yaml'));
    const heading = await screen.findByRole('heading', {
      name: t('ui.upload.problems-title', { name: 'broken.yaml' }),
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(`✖ ${t('ui.upload.problems', { name: 'broken.yaml', count: 2 })}`)).toBeTruthy();
    const items = within(
      screen.getByRole('list', { name: t('ui.upload.problems-title', { name: 'broken.yaml' }) }),
    )
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      `${t('ui.upload.error')} · ${t('ui.upload.place', { line: 12, column: 5 })} · ${t('ui.upload.path', { path: 'objectives.preserve-logs.deadline' })}${PROBLEMS[0]?.message}`,
      `${t('ui.upload.warning')} · ${t('ui.upload.place', { line: 3, column: 1 })}${PROBLEMS[1]?.message}`,
    ]);
    expect(onKept).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /Play/ })).toBeNull();
  });

  it('says in the reader’s words why a file that is no scenario was refused', async () => {
    serve(422, {
      error: { code: 'upload-binary', message: 'x', params: { name: 'photo.yaml', offset: 4 } },
    });
    mount();
    await send(yaml('photo.yaml'));
    expect(
      await screen.findByText(`✖ ${t('server.http.upload-binary', { name: 'photo.yaml', offset: 4 })}`),
    ).toBeTruthy();
  });

  it('refuses a file over the size cap without sending it', async () => {
    const calls = serve(201, {});
    mount();
    const huge = yaml('huge.yaml', 'a'.repeat(1_000_001));
    await send(huge);
    expect(
      await screen.findByText(`✖ ${t('server.http.upload-too-large', { bytes: 1_000_001, max: 1_000_000 })}`),
    ).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
