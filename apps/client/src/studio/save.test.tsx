import type { ScenarioListEntry, UploadAnswer } from '@crossborder/protocol';
import { signal } from '@preact/signals';
import { act, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BROKEN, TEMPLATE } from './fixtures.js';
import { SaveForm, suggestedName } from './save.js';

const ENTRY: ScenarioListEntry = {
  file: 'uploaded/my-case.yaml',
  id: 'my-case',
  title: 'My case: a two-country draft',
  summary: null,
  countries: [],
  valid: true,
  issues: [],
  origin: 'uploaded',
};

/** The save route as the form calls it: one answer, the calls recorded. */
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

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The form as the studio shows it, its last save kept as the studio keeps it; `change` edits the draft. */
function Form({ text, onStart }: { text: string; onStart: (id: string) => void }) {
  let saved: { answer: UploadAnswer; text: string } | null = null;
  const draft = signal(text);
  const view = () => (
    <SaveForm
      apiKey="key"
      text={draft}
      saved={saved}
      onSaved={(answer, savedText) => {
        saved = { answer, text: savedText };
        rerender(view());
      }}
      onStart={onStart}
    />
  );
  const { rerender } = render(view());
  return {
    change: (next: string) =>
      act(() => {
        draft.value = next;
      }),
  };
}

describe('saving a draft and starting a session from it', () => {
  it('offers the draft’s id as its file name', () => {
    expect(suggestedName(TEMPLATE)).toBe('my-case.yaml');
    expect(suggestedName('title: no id yet\n')).toBe('my-case.yaml');
  });

  it('saves a draft with errors, says it cannot be played, and offers no session', async () => {
    const calls = serve(201, {
      kept: { ...ENTRY, valid: false, id: null },
      replaced: false,
      problems: [
        {
          line: 104,
          column: 15,
          path: 'case.evidence.hosting-logs.holder',
          severity: 'error',
          message: 'unknown provider',
        },
      ],
    });
    Form({ text: BROKEN, onStart: () => undefined });
    expect((screen.getByLabelText('File name') as HTMLInputElement).value).toBe('my-case.yaml');
    await userEvent.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(
      await screen.findByText(
        'Saved as uploaded/my-case.yaml, with 1 error: it is listed with its problems but cannot be played until they are fixed.',
      ),
    ).toBeTruthy();
    expect(calls[0]?.url).toBe('/api/studio/drafts/my-case.yaml');
    expect(calls[0]?.init.method).toBe('PUT');
    expect(calls[0]?.init.body).toBe(BROKEN);
    expect((calls[0]?.init.headers as Record<string, string> | undefined)?.authorization).toBe('Bearer key');
    expect(
      screen.getByRole('button', { name: 'Start a session from the saved draft' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('starts a session from a valid saved draft, until the draft changes again', async () => {
    const calls = serve(201, { kept: ENTRY, replaced: false, problems: [] });
    const onStart = vi.fn();
    const form = Form({ text: TEMPLATE, onStart });
    await userEvent.click(screen.getByRole('button', { name: 'Save the draft' }));
    await screen.findByText(
      'Saved as uploaded/my-case.yaml. It has no errors: you can start a session from it.',
    );
    const start = screen.getByRole('button', { name: 'Start a session from the saved draft' });
    expect(
      screen.getByText('Starts a session of “My case: a two-country draft” and opens its console.'),
    ).toBeTruthy();
    await userEvent.click(start);
    expect(onStart).toHaveBeenCalledWith('my-case');
    // Saved once, the next save replaces the file of the same name.
    expect((screen.getByLabelText('Replace the file of the same name') as HTMLInputElement).checked).toBe(
      true,
    );
    form.change(`${TEMPLATE}# changed\n`);
    expect(
      screen.getByRole('button', { name: 'Start a session from the saved draft' }).hasAttribute('disabled'),
    ).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('shows the server’s refusal in the catalogue’s words', async () => {
    serve(409, {
      error: { code: 'draft-exists', message: 'exists', params: { name: 'my-case.yaml' } },
    });
    Form({ text: TEMPLATE, onStart: () => undefined });
    await userEvent.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(
      await screen.findByText(
        /A scenario file named “my-case.yaml” is already in the server’s scenario folder/,
      ),
    ).toBeTruthy();
  });
});
