import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ScenarioListEntry } from '@crossborder/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, ROOT, startTestServer } from './support.js';

const tutorial = readFileSync(join(ROOT, 'scenarios/tutorial.yaml'), 'utf8');
/** The tutorial under another id and title: a scenario of the instructor's own. */
const own = (id: string, title = 'Our own drill') =>
  tutorial.replace('id: tutorial\n', `id: ${id}\n`).replace(/^title: .*$/m, `title: "${title}"`);
const AUTH = { authorization: `Bearer ${KEY}` };

/** An answer's body, as the tests read it (the protocol's schemas are checked by the client's tests). */
// biome-ignore lint/suspicious/noExplicitAny: a test reads whatever field it asserts on.
type Answer = Record<string, any>;
type Server = Awaited<ReturnType<typeof startTestServer>>;
let servers: Server[] = [];
afterEach(async () => {
  for (const server of servers) await server.stop();
  servers = [];
});

async function start(database?: string, extra: string[] = []): Promise<Server> {
  const server = await startTestServer(database, extra);
  servers.push(server);
  return server;
}

async function upload(server: Server, name: string, body: string | Uint8Array, query = '') {
  const response = await fetch(`${server.url}/api/scenarios?name=${encodeURIComponent(name)}${query}`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/octet-stream' },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function list(server: Server): Promise<ScenarioListEntry[]> {
  return (await (
    await fetch(`${server.url}/api/scenarios`, { headers: AUTH })
  ).json()) as ScenarioListEntry[];
}

/** Asks for the list until `found` holds, a bounded number of times (the folder is re-read after a quiet spell). */
async function listUntil(server: Server, found: (entries: ScenarioListEntry[]) => boolean) {
  for (let asked = 0; asked < 400; asked++) {
    const entries = await list(server);
    if (found(entries)) return entries;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the list never showed the change, after 400 looks');
}

async function play(server: Server, scenario: string) {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ scenario }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

describe('scenarios uploaded from the console (POST /api/scenarios)', () => {
  it('keeps a valid upload, plays it at once, and still offers it after a restart', async () => {
    const server = await start();
    const kept = await upload(server, 'drill.yaml', own('our-drill'));
    expect(kept.status).toBe(201);
    expect(kept.body.kept).toMatchObject({
      id: 'our-drill',
      title: 'Our own drill',
      valid: true,
      origin: 'uploaded',
    });
    expect(kept.body.replaced).toBe(false);
    expect((await list(server)).map((entry) => entry.id)).toContain('our-drill');
    const session = await play(server, 'our-drill');
    expect(session.status).toBe(201);
    expect(session.body.session.title).toBe('Our own drill');

    await server.stop();
    servers = [];
    const again = await start(server.database);
    const entry = (await list(again)).find((found) => found.id === 'our-drill');
    expect(entry).toMatchObject({ file: 'uploaded/our-drill.yaml', valid: true, origin: 'uploaded' });
    expect((await play(again, 'our-drill')).status).toBe(201);
  });

  it('refuses an invalid file with every problem in parts (line, column, path, message), keeping nothing', async () => {
    const server = await start();
    const broken = own('broken-drill').replace('    deadline: 5d\n', '    deadline: soon\n');
    const refused = await upload(server, 'broken.yaml', broken);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('invalid-scenario');
    const line = broken.split('\n').indexOf('    deadline: soon') + 1;
    expect(refused.body.error.problems).toContainEqual(
      expect.objectContaining({
        line,
        column: 15,
        path: 'objectives.preserve-logs.deadline',
        severity: 'error',
      }),
    );
    expect(refused.body.error.issues[0]).toMatch(new RegExp(`^broken\\.yaml:${line}:15 `));
    expect((await list(server)).map((entry) => entry.id)).not.toContain('broken-drill');
    expect(readdirSync(server.config.uploads)).toEqual([]);
  });

  it('checks as the check command does: a scenario bots cannot win is refused at its objective', async () => {
    const server = await start();
    const impossible = own('impossible').replace('    deadline: 5d\n', '    deadline: 1h\n');
    const refused = await upload(server, 'impossible.yaml', impossible);
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues).toEqual([
      expect.stringMatching(
        /^impossible\.yaml:\d+:3 objectives\.preserve-logs: bots playing every country cannot meet this objective/,
      ),
    ]);
  });

  it('says what is wrong with a file that is no scenario at all: its name, its size, binary, not UTF-8, bad YAML, empty', async () => {
    const server = await start();
    const cases = [
      await upload(server, 'drill.txt', own('x')),
      await upload(server, 'huge.yaml', 'a'.repeat(1_000_001)),
      await upload(server, 'picture.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
      await upload(server, 'latin1.yaml', new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a])),
      await upload(server, 'bad.yaml', 'id: x\ntitle: [unclosed\n'),
      await upload(server, 'empty.yaml', ''),
      await upload(server, 'giant.yaml', 'a'.repeat(2_000_001)),
    ];
    expect(cases.map(({ status, body }) => [status, body.error.code])).toEqual([
      [422, 'upload-extension'],
      [413, 'upload-too-large'],
      [422, 'upload-binary'],
      [422, 'upload-not-utf8'],
      [422, 'invalid-scenario'],
      [422, 'upload-empty'],
      [413, 'upload-too-large'],
    ]);
    expect(cases[0]?.body.error.message).toContain('“drill.txt” is not a scenario file');
    expect(cases[1]?.body.error.message).toContain(
      'The file is 1,000,001 bytes; a scenario may have at most 1,000,000',
    );
    expect(cases[2]?.body.error.message).toContain('byte 4 is a zero byte');
    // Where the check command places it: the unclosed list runs to the end of the file.
    expect(cases[4]?.body.error.problems[0]).toMatchObject({
      line: 3,
      column: 1,
      message: expect.stringMatching(/^YAML syntax error/),
    });
    // Nothing broke: the server still answers and plays.
    expect((await play(server, 'tutorial')).status).toBe(201);
  });

  it('refuses a clash of ids clearly: a bundled id never, an earlier upload only when asked to replace it', async () => {
    const server = await start();
    const bundled = await upload(server, 'mine.yaml', own('tutorial', 'My tutorial'));
    expect(bundled.status).toBe(409);
    expect(bundled.body.error.code).toBe('upload-id-taken');
    expect(bundled.body.error.message).toContain('“tutorial” (line 6) is already used by tutorial.yaml');
    expect((await upload(server, 'a.yaml', own('drill', 'First'))).status).toBe(201);
    const clash = await upload(server, 'b.yaml', own('drill', 'Second'));
    expect([clash.status, clash.body.error.code]).toEqual([409, 'upload-id-uploaded']);
    const replaced = await upload(server, 'b.yaml', own('drill', 'Second'), '&replace=1');
    expect([replaced.status, replaced.body.replaced, replaced.body.kept.title]).toEqual([
      201,
      true,
      'Second',
    ]);
    expect((await list(server)).filter((entry) => entry.id === 'drill').map((entry) => entry.title)).toEqual([
      'Second',
    ]);
  });

  it('keeps an upload under its id in the uploads folder, whatever name it came with', async () => {
    const server = await start();
    const outside = join(dirname(server.config.uploads), 'escaped.yaml');
    for (const name of [
      '../escaped.yaml',
      '../../escaped.yaml',
      '/tmp/escaped.yaml',
      '..\\..\\escaped.yaml',
    ]) {
      const kept = await upload(server, name, own('travel'), '&replace=1');
      expect(kept.status).toBe(201);
      expect(kept.body.kept.file).toBe('uploaded/travel.yaml');
    }
    expect(readdirSync(server.config.uploads)).toEqual(['travel.yaml']);
    expect(() => readFileSync(outside)).toThrow();
    const refused = await upload(server, '../x.yaml', 'id: x\n');
    expect(refused.body.error.issues[0]).toMatch(/^x\.yaml:/);
  });

  it('needs the instructor key and a file name', async () => {
    const server = await start();
    const anonymous = await fetch(`${server.url}/api/scenarios?name=a.yaml`, {
      method: 'POST',
      body: own('x'),
    });
    expect(anonymous.status).toBe(401);
    const nameless = await upload(server, '', own('x'));
    expect([nameless.status, nameless.body.error.code]).toEqual([400, 'upload-no-name']);
  });
});

describe('the scenario folders', () => {
  it('adds extra folders to the bundled scenarios, and lists a duplicate id with the rule that keeps the first', async () => {
    const first = mkdtempSync(join(tmpdir(), 'crossborder-extra-'));
    const second = mkdtempSync(join(tmpdir(), 'crossborder-more-'));
    writeFileSync(join(first, 'drill.yaml'), own('drill', 'Drill from the first folder'));
    writeFileSync(join(second, 'drill.yaml'), own('drill', 'Drill from the second folder'));
    writeFileSync(join(second, 'copy.yaml'), own('tutorial', 'A copy of the tutorial'));
    const server = await start(undefined, ['--scenarios', first, '--scenarios', second]);
    const entries = await list(server);
    expect(entries.filter((entry) => entry.origin === 'bundled').map((entry) => entry.id)).toEqual([
      'botnet',
      'emergency',
      'fraud-ring',
      'ransomware',
      'tutorial',
    ]);
    const offered = entries.filter((entry) => entry.valid).map((entry) => entry.title);
    expect(offered).toContain('Drill from the first folder');
    expect(offered).toContain('Tutorial: the Harbourline phishing kit');
    const duplicate = entries.find((entry) => entry.title === 'Drill from the second folder');
    expect(duplicate?.valid).toBe(false);
    expect(duplicate?.issues[0]).toContain(
      `${second.split('/').pop()}/drill.yaml:6:1 id: the id "drill" is already used by ${first.split('/').pop()}/drill.yaml, which is the one offered`,
    );
    expect(entries.find((entry) => entry.title === 'A copy of the tutorial')?.valid).toBe(false);
    expect((await play(server, 'drill')).body.session.title).toBe('Drill from the first folder');
  });

  it('reads a folder again when a file is added, changed or removed, without a restart', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'crossborder-watched-'));
    const server = await start(undefined, ['--scenarios', folder]);
    expect((await list(server)).some((entry) => entry.id === 'watched')).toBe(false);
    writeFileSync(join(folder, 'watched.yaml'), own('watched', 'Watched, first draft'));
    await listUntil(server, (entries) => entries.some((entry) => entry.title === 'Watched, first draft'));
    writeFileSync(join(folder, 'watched.yaml'), own('watched', 'Watched, second draft'));
    await listUntil(server, (entries) => entries.some((entry) => entry.title === 'Watched, second draft'));
    expect((await play(server, 'watched')).body.session.title).toBe('Watched, second draft');
    writeFileSync(join(folder, 'watched.yaml'), 'id: watched\n');
    const broken = await listUntil(server, (entries) =>
      entries.some((entry) => entry.file.endsWith('watched.yaml') && !entry.valid),
    );
    expect(broken.find((entry) => entry.file.endsWith('watched.yaml'))?.issues.length).toBeGreaterThan(0);
    rmSync(join(folder, 'watched.yaml'));
    await listUntil(server, (entries) => !entries.some((entry) => entry.file.endsWith('watched.yaml')));
    expect((await play(server, 'watched')).status).toBe(404);
  });
});
