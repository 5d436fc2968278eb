import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../test/support.js';
import { ScenarioChecker } from './checker.js';
import { ScenarioLibrary, scenarioFiles } from './library.js';
import { createLogger } from './log.js';

const template = readFileSync(join(ROOT, 'scenarios/templates/minimal.yaml'), 'utf8');

let folder = '';
let checker: ScenarioChecker | undefined;
afterEach(async () => {
  await checker?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('the uploads folder, written by console uploads and studio drafts', () => {
  it('takes one write at a time: a draft saved while an upload of its file is checked waits, and is told it is taken', async () => {
    folder = mkdtempSync(join(tmpdir(), 'crossborder-library-'));
    const uploads = join(folder, 'uploaded');
    checker = new ScenarioChecker();
    const real = checker;
    // The upload's check waits until the draft has been asked for.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    const held = {
      check: async (...args: Parameters<ScenarioChecker['check']>) => {
        if (first) {
          first = false;
          await gate;
        }
        return real.check(...args);
      },
    } as unknown as ScenarioChecker;
    const library = new ScenarioLibrary(
      [{ path: uploads, origin: 'uploaded' }],
      held,
      createLogger('silent'),
    );
    await library.reload();
    const upload = library.keep('my-case.yaml', Buffer.from(template), false);
    const draft = library.saveDraft('my-case', Buffer.from(`${template}# a draft\n`), false);
    const order: string[] = [];
    void upload.then(() => order.push('upload'));
    void draft.then(() => order.push('draft'));
    release();
    const [uploaded, drafted] = await Promise.all([upload, draft]);
    expect(uploaded).toMatchObject({ ok: true, replaced: false });
    expect(drafted).toMatchObject({ ok: false, status: 409, code: 'http.draft-exists' });
    expect(order).toEqual(['upload', 'draft']);
    expect(readFileSync(join(uploads, 'my-case.yaml'), 'utf8')).toBe(template);
    // Written beside and renamed: no temporary file is left.
    expect(readdirSync(uploads)).toEqual(['my-case.yaml']);
  });
});

describe('the scenario files of a folder', () => {
  it('are its YAML files, sorted, without hidden ones; none when it does not exist', async () => {
    folder = mkdtempSync(join(tmpdir(), 'crossborder-library-'));
    for (const name of ['b.yaml', 'a.yml', '.hidden.yaml', 'notes.txt'])
      writeFileSync(join(folder, name), '');
    expect(await scenarioFiles(folder)).toEqual(['a.yml', 'b.yaml']);
    expect(await scenarioFiles(join(folder, 'absent'))).toEqual([]);
  });
});
