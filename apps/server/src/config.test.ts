import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const ROOT = '/srv/crossborder';

describe('configuration (config.ts)', () => {
  it('offers the bundled scenarios, keeps uploads beside the database, and has no extra folder by default', () => {
    const config = loadConfig([], {}, ROOT);
    expect(config.scenarios).toBe('/srv/crossborder/scenarios');
    expect(config.extraScenarios).toEqual([]);
    expect(config.uploads).toBe('/srv/crossborder/data/uploaded-scenarios');
    expect(loadConfig(['--data', '/var/lib/cb/db.sqlite'], {}, ROOT).uploads).toBe(
      '/var/lib/cb/uploaded-scenarios',
    );
  });

  it('adds extra scenario folders, from the flag (repeated) or the environment (a list like PATH)', () => {
    const flags = loadConfig(['--scenarios', 'ours', '--scenarios', '/shared/drills'], {}, ROOT, '/home/me');
    expect(flags.extraScenarios).toEqual(['/home/me/ours', '/shared/drills']);
    expect(flags.scenarios).toBe('/srv/crossborder/scenarios');
    const env = loadConfig(
      [],
      { CROSSBORDER_SCENARIOS: ['ours', '', '/shared/drills'].join(delimiter) },
      ROOT,
      '/home/me',
    );
    expect(env.extraScenarios).toEqual(['/home/me/ours', '/shared/drills']);
    // The flag wins over the environment, as for every option.
    expect(
      loadConfig(['--scenarios', 'x'], { CROSSBORDER_SCENARIOS: 'y' }, ROOT, '/w').extraScenarios,
    ).toEqual(['/w/x']);
  });

  it('keeps sessions in SQLite unless told a PostgreSQL address, which needs the instructor key set', () => {
    expect(loadConfig([], {}, ROOT).store).toEqual({ kind: 'sqlite' });
    expect(loadConfig(['--store', 'sqlite'], {}, ROOT).store).toEqual({ kind: 'sqlite' });
    const url = 'postgres://cb:secret@db.example.org/crossborder';
    const key = ['--instructor-key', 'a-key-of-sixteen-chars'];
    expect(loadConfig([...key, '--store', url], {}, ROOT).store).toEqual({ kind: 'postgres', url });
    expect(loadConfig(key, { CROSSBORDER_STORE: url }, ROOT).store).toEqual({ kind: 'postgres', url });
    expect(() => loadConfig(['--store', url], {}, ROOT)).toThrow(
      'with a PostgreSQL store every node needs the same instructor key',
    );
    // The password never appears in the message.
    expect(() => loadConfig(['--store', 'mysql://cb:secret@db/x'], {}, ROOT)).toThrow(
      '--store / CROSSBORDER_STORE must be "sqlite" (the default: the file --data names) or a PostgreSQL address such as postgres://user:password@db.example.org/crossborder, got "mysql://cb:***@db/x"',
    );
  });

  it('names the node from the flag or the environment, else by its host and process', () => {
    expect(loadConfig(['--node-id', 'node-1'], { CROSSBORDER_NODE_ID: 'x' }, ROOT).nodeId).toBe('node-1');
    expect(loadConfig([], { CROSSBORDER_NODE_ID: 'eu-2' }, ROOT).nodeId).toBe('eu-2');
    expect(loadConfig([], {}, ROOT).nodeId).toMatch(new RegExp(`-${process.pid}$`));
    expect(() => loadConfig(['--node-id', 'a b'], {}, ROOT)).toThrow(
      '--node-id / CROSSBORDER_NODE_ID must be',
    );
  });

  it('gives bots of empty seats 30 game minutes to think by default, or the time the flag or environment says', () => {
    expect(loadConfig([], {}, ROOT).botThink).toBe(30);
    expect(loadConfig(['--bot-think', '2h'], { CROSSBORDER_BOT_THINK: '0m' }, ROOT).botThink).toBe(120);
    expect(loadConfig([], { CROSSBORDER_BOT_THINK: '0m' }, ROOT).botThink).toBe(0);
    expect(() => loadConfig(['--bot-think', '30'], {}, ROOT)).toThrow(
      '--bot-think / CROSSBORDER_BOT_THINK must be a game duration such as 30m, 2h or 1d (0m: bots answer at once; at most 1d), got "30"',
    );
  });
});
