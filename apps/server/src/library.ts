import { randomUUID } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EN, translate } from '@crossborder/i18n';
import { MAX_SCENARIO_BYTES, positionOf, type ScenarioIssue } from '@crossborder/scenario';
import { CheckFailed, type ScenarioChecker } from './checker.js';
import type { ServerErrorCode } from './errors.js';
import type { Logger } from './log.js';
import { entryOf, type ScenarioEntry, type ScenarioOrigin } from './scenarios.js';
import { SCENARIO_FILE, scenarioText, temporaryPath, uploadPath } from './upload.js';

/** A folder of scenario files the server offers. */
export interface ScenarioFolder {
  path: string;
  origin: ScenarioOrigin;
}

/** What became of an upload: kept (and whether it replaced one), or why not. */
export type Kept =
  | { ok: true; entry: ScenarioEntry; replaced: boolean }
  | {
      ok: false;
      status: number;
      code: ServerErrorCode;
      params: Record<string, string | number>;
      /** The checked file, when it has problems. */
      entry?: ScenarioEntry;
    };

/**
 * The scenarios the server offers: the files of its folders in order (the bundled scenarios, the
 * extra folders as given, the uploaded ones), each checked on the checker's worker thread as the
 * check command checks it. The folders are watched: a file added, changed or removed is read
 * again, after a short quiet spell, without a restart. Two files with the same id: the first
 * found is offered, the other is listed with a problem that says so.
 */
export class ScenarioLibrary {
  private entries: ScenarioEntry[] = [];
  /** The last check of each file, by path, kept while its text is unchanged. */
  private checked = new Map<string, ScenarioEntry>();
  private queue: Promise<void> = Promise.resolve();
  private keeping: Promise<unknown> = Promise.resolve();
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly folders: readonly ScenarioFolder[],
    private readonly checker: ScenarioChecker,
    private readonly log: Logger,
    /** How long the folders must be quiet before they are read again (an editor saves in bursts). */
    private readonly quietMs = 200,
  ) {}

  /** Every file, as the list shows it. */
  list(): readonly ScenarioEntry[] {
    return this.entries;
  }

  /** The scenario offered under an id (a valid one, the first found). */
  find(id: string): ScenarioEntry | undefined {
    return this.entries.find((entry) => entry.valid && entry.id === id);
  }

  /** Reads every folder again; reads run one after the other, so the last one wins. */
  reload(): Promise<void> {
    this.queue = this.queue
      .then(() => this.readAll())
      .catch((cause: unknown) => {
        this.log.error({ err: cause }, 'could not read the scenario folders');
      });
    return this.queue;
  }

  /** Watches every folder that exists; a change reads them again once they have been quiet a moment. */
  watch(): void {
    for (const folder of this.folders) {
      try {
        const watcher = watch(folder.path, { persistent: false }, () => this.changed());
        // A folder removed or unreadable stops being watched; the server goes on.
        watcher.on('error', (cause) => {
          this.log.warn({ err: cause, folder: folder.path }, 'stopped watching a scenario folder');
          watcher.close();
        });
        this.watchers.push(watcher);
      } catch (cause) {
        this.log.warn({ err: cause, folder: folder.path }, 'cannot watch a scenario folder');
      }
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }

  private changed(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), this.quietMs);
    this.timer.unref();
  }

  /**
   * Keeps a valid uploaded scenario in the uploads folder as `<id>.yaml`, unless its id is taken:
   * by a folder's scenario (never replaced from the console) or by an earlier upload (replaced
   * only when asked).
   */
  keep(name: string, bytes: Uint8Array, replace: boolean): Promise<Kept> {
    return this.inTurn(() => this.keepNow(name, bytes, replace));
  }

  /**
   * Saves a studio draft in the uploads folder as `<stem>.yaml`, whatever its problems (the list
   * then shows them, and offers it for play only if it has none), unless that file is there and
   * not to be replaced.
   */
  saveDraft(stem: string, bytes: Uint8Array, replace: boolean): Promise<Kept> {
    return this.inTurn(() => this.saveDraftNow(stem, bytes, replace));
  }

  /**
   * Uploads and drafts write to the uploads folder one at a time: two writes of one file cannot
   * both find it free, and each finds the file as the one before left it.
   */
  private inTurn(work: () => Promise<Kept>): Promise<Kept> {
    const kept = this.keeping.then(work);
    this.keeping = kept.catch(() => undefined);
    return kept;
  }

  private async saveDraftNow(stem: string, bytes: Uint8Array, replace: boolean): Promise<Kept> {
    const name = `${stem}.yaml`;
    const text = scenarioText(name, bytes);
    if (!('text' in text))
      return { ok: false, status: text.code === 'http.upload-too-large' ? 413 : 422, ...text };
    const folder = this.uploads();
    if (!folder)
      return { ok: false, status: 500, code: 'http.draft-not-kept', params: { reason: 'no uploads folder' } };
    const existed = await stat(uploadPath(folder.path, stem)).then(
      () => true,
      () => false,
    );
    if (existed && !replace) return { ok: false, status: 409, code: 'http.draft-exists', params: { name } };
    try {
      await writeBeside(folder.path, stem, text.text);
    } catch (cause) {
      this.log.error({ err: cause }, 'could not save a studio draft');
      return {
        ok: false,
        status: 500,
        code: 'http.draft-not-kept',
        params: { reason: (cause as NodeJS.ErrnoException).code ?? 'error' },
      };
    }
    await this.reload();
    const entry = this.entries.find(
      (found) => found.origin === 'uploaded' && found.file === `uploaded/${name}`,
    );
    if (!entry)
      return {
        ok: false,
        status: 500,
        code: 'http.draft-not-kept',
        params: { reason: 'not found after saving' },
      };
    return { ok: true, entry, replaced: existed };
  }

  private uploads(): ScenarioFolder | undefined {
    return this.folders.find((found) => found.origin === 'uploaded');
  }

  private async keepNow(name: string, bytes: Uint8Array, replace: boolean): Promise<Kept> {
    const folder = this.uploads();
    const text = scenarioText(name, bytes);
    if (!('text' in text))
      return { ok: false, status: text.code === 'http.upload-too-large' ? 413 : 422, ...text };
    let entry: ScenarioEntry;
    try {
      entry = await this.checker.check(name, text.text, 'uploaded');
    } catch (cause) {
      if (!(cause instanceof CheckFailed)) throw cause;
      return { ok: false, status: 422, code: 'http.check-failed', params: { reason: cause.message } };
    }
    if (!entry.scenario || !entry.id)
      return { ok: false, status: 422, code: 'http.invalid-scenario', params: {}, entry };
    const id = entry.id;
    const line = positionOf(text.text, ['id']).line;
    await this.queue;
    const holder = this.entries.find((other) => other.valid && other.id === id);
    if (holder && holder.origin !== 'uploaded')
      return {
        ok: false,
        status: 409,
        code: 'http.upload-id-taken',
        params: { id, line, file: holder.file },
      };
    if (holder && !replace)
      return {
        ok: false,
        status: 409,
        code: 'http.upload-id-uploaded',
        params: { id, line, file: holder.file },
      };
    if (!folder)
      return {
        ok: false,
        status: 500,
        code: 'http.upload-not-kept',
        params: { reason: 'no uploads folder' },
      };
    try {
      await writeBeside(folder.path, id, text.text);
    } catch (cause) {
      this.log.error({ err: cause }, 'could not keep an uploaded scenario');
      return {
        ok: false,
        status: 500,
        code: 'http.upload-not-kept',
        params: { reason: (cause as NodeJS.ErrnoException).code ?? 'error' },
      };
    }
    await this.reload();
    const kept = this.find(id);
    if (!kept)
      return {
        ok: false,
        status: 500,
        code: 'http.upload-not-kept',
        params: { reason: 'not found after saving' },
      };
    return { ok: true, entry: kept, replaced: holder !== undefined };
  }

  private async readAll(): Promise<void> {
    const entries: ScenarioEntry[] = [];
    const checked = new Map<string, ScenarioEntry>();
    for (const folder of this.folders) {
      for (const name of await scenarioFiles(folder.path)) {
        const path = join(folder.path, name);
        const entry = await this.readOne(path, shownAs(folder, name), folder.origin);
        if (!entry) continue;
        checked.set(path, entry);
        entries.push(entry);
      }
    }
    this.checked = checked;
    this.entries = withoutDuplicates(entries);
  }

  /** One file, checked again only if its text changed; `undefined` when it is gone already. */
  private async readOne(
    path: string,
    file: string,
    origin: ScenarioOrigin,
  ): Promise<ScenarioEntry | undefined> {
    let bytes: Uint8Array;
    try {
      const info = await stat(path);
      if (!info.isFile()) return undefined;
      // A huge file is judged by its size, never read whole.
      if (info.size > MAX_SCENARIO_BYTES)
        return unreadable(file, origin, 'server.http.upload-too-large', {
          bytes: info.size,
          max: MAX_SCENARIO_BYTES,
        });
      bytes = await readFile(path);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      return unreadable(file, origin, 'server.scenario-unreadable', { reason: code ?? String(cause) });
    }
    const text = scenarioText(file, bytes);
    if (!('text' in text)) return unreadable(file, origin, `server.${text.code}`, text.params);
    const before = this.checked.get(path);
    if (before && before.source === text.text && before.file === file) return before;
    try {
      return await this.checker.check(file, text.text, origin);
    } catch (cause) {
      if (!(cause instanceof CheckFailed)) throw cause;
      return unreadable(file, origin, 'server.scenario-unchecked', { reason: cause.message });
    }
  }
}

/** The scenario files of a folder, sorted; none when it does not exist. Hidden files are not read. */
export async function scenarioFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => SCENARIO_FILE.test(name) && !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

/** How a file is named in the list and in its problems: bundled by name, others by folder. */
function shownAs(folder: ScenarioFolder, name: string): string {
  if (folder.origin === 'bundled') return name;
  if (folder.origin === 'uploaded') return `uploaded/${name}`;
  return `${basename(folder.path)}/${name}`;
}

/** A file that could not be checked at all, with why as its one problem. */
function unreadable(
  file: string,
  origin: ScenarioOrigin,
  key: Parameters<typeof translate>[2],
  params: Record<string, string | number>,
): ScenarioEntry {
  const issue: ScenarioIssue = {
    file,
    line: 1,
    column: 1,
    path: [],
    severity: 'error',
    message: translate(EN, EN, key, params),
  };
  return entryOf(file, '', undefined, [issue], origin);
}

/** The first file with an id is offered; a later one with the same id is listed with the problem. */
function withoutDuplicates(entries: ScenarioEntry[]): ScenarioEntry[] {
  const first = new Map<string, ScenarioEntry>();
  return entries.map((entry) => {
    if (!entry.valid || !entry.id) return entry;
    const holder = first.get(entry.id);
    if (!holder) {
      first.set(entry.id, entry);
      return entry;
    }
    const issue: ScenarioIssue = {
      file: entry.file,
      ...positionOf(entry.source, ['id']),
      path: ['id'],
      severity: 'error',
      message: translate(EN, EN, 'server.scenario-duplicate-id', { id: entry.id, file: holder.file }),
    };
    return {
      ...entryOf(entry.file, entry.source, undefined, [issue], entry.origin),
      id: entry.id,
      title: entry.title,
    };
  });
}

/**
 * Writes `<stem>.yaml` in `folder` beside, then renames it: the library's watcher and any reader
 * never see half a file. Throws what failed, leaving no temporary file behind.
 */
async function writeBeside(folder: string, stem: string, text: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  // Unique to this write (a time in milliseconds is not: two writes come in the same one).
  const temporary = temporaryPath(folder, stem, `${process.pid}-${randomUUID()}`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, uploadPath(folder, stem));
  } catch (cause) {
    await rm(temporary, { force: true });
    throw cause;
  }
}
