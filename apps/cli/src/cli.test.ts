import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { main } from './cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  process.env.INIT_CWD = root;
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run scenario', () => {
  it('check passes the bundled scenarios', async () => {
    const { code, out, err } = await run(['check', 'scenarios']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/scenarios\/tutorial\.yaml: ok .*bots win it/);
    expect(out).toMatch(/files? checked: \d+ ok, 0 with errors/);
  });

  it('check reports every problem with its place and exits 1', async () => {
    const { code, err } = await run(['check', 'packages/scenario/test/broken/several-mistakes.yaml']);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      'packages/scenario/test/broken/several-mistakes.yaml:28:5 countries.borealis.colour: unknown field "colour" (did you mean "color"?)',
      'packages/scenario/test/broken/several-mistakes.yaml:64:15 case.evidence.c2-logs.holder: unknown provider "kestrel-isp" (known: kestrel-net, harbor-cloud)',
      "packages/scenario/test/broken/several-mistakes.yaml:93:15 objectives.identify.deadline: the deadline 45d is after the scenario's end (session.endsAfter: 30d): move it earlier or extend endsAfter",
    ]);
  });

  it('check explains a missing path and a missing argument with exit 2', async () => {
    expect((await run(['check', 'no/such/place.yaml'])).err).toMatch(
      /No such file or folder: .*no\/such\/place\.yaml/,
    );
    expect((await run(['check'])).code).toBe(2);
  });

  it('schema writes the JSON Schema where asked', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-schema-'));
    const target = join(folder, 'out.schema.json');
    const { code, out } = await run(['schema', '--out', target]);
    expect(code).toBe(0);
    expect(out).toContain(target);
    expect(await readFile(target, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('help lists the commands; an unknown command exits 2', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/check <file\|folder>/);
    expect(help.out).toMatch(/schema/);
    const unknown = await run(['simulat']);
    expect(help.out).toMatch(/simulate <file>/);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown command "simulat"/);
  });

  it('check on a folder with no scenarios says so', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-empty-'));
    await writeFile(join(folder, 'notes.txt'), 'not a scenario');
    const { code, err } = await run(['check', folder]);
    expect(code).toBe(1);
    expect(err).toMatch(/No \.yaml scenario files found/);
  });
});

describe('npm run scenario -- simulate', () => {
  it('plays the tutorial with bots and reports the outcome, slack and critical path', async () => {
    const { code, out } = await run(['simulate', 'scenarios/tutorial.yaml']);
    expect(code).toBe(0);
    expect(out).toMatch(/Outcome: WON: 4 of 4 objectives met/);
    expect(out).toMatch(/met {5}preserve-logs: day \d+, \d\d:\d\d, deadline day 5, 00:00, slack \w+/);
    expect(out).toMatch(/hosting-logs: deleted day 6, 00:00 unless preserved; preserved day \d/);
    expect(out).toMatch(/Critical path to the last objective met/);
  });

  it('refuses a file with errors and points at check', async () => {
    const { code, err } = await run(['simulate', 'packages/scenario/test/broken/unknown-provider.yaml']);
    expect(code).toBe(1);
    expect(err).toMatch(/unknown provider "kestrel-isp"/);
    expect(err).toMatch(/fix them first/);
  });
});

describe('check fails a scenario that bots cannot win', () => {
  it('reports the objective that cannot be met, at its line', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-unwinnable-'));
    const source = await readFile(join(root, 'scenarios/tutorial.yaml'), 'utf8');
    // Nobody can preserve the logs within an hour of the start: the fraud reports come first.
    const impossible = source.replace('    deadline: 5d\n', '    deadline: 1h\n');
    expect(impossible).not.toBe(source);
    await writeFile(join(folder, 'impossible.yaml'), impossible);
    const { code, err } = await run(['check', join(folder, 'impossible.yaml')]);
    expect(code).toBe(1);
    expect(err).toMatch(
      /impossible\.yaml:\d+:\d+ objectives\.preserve-logs: bots playing every country cannot meet this objective/,
    );
  });

  it('reports, as a warning with the reason, an objective the author lets bots miss, and passes', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-may-miss-'));
    const source = await readFile(join(root, 'scenarios/tutorial.yaml'), 'utf8');
    const allowed = source.replace(
      '    deadline: 5d\n',
      '    deadline: 1h\n    botsMayMiss: Teams are meant to spot the hint in the briefing.\n',
    );
    await writeFile(join(folder, 'hint.yaml'), allowed);
    const { code, out, err } = await run(['check', join(folder, 'hint.yaml')]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /hint\.yaml:\d+:\d+ objectives\.preserve-logs\.botsMayMiss: warning: bots playing every country do not meet this objective; allowed, because: Teams are meant to spot the hint in the briefing\./,
    );
    expect(out).toMatch(/hint\.yaml: ok — .*bots meet \d of 4 objectives, the others allowed to be missed/);
    expect(out).toMatch(/1 file checked: 1 ok, 0 with errors \(0 errors, 1 warning\)/);
    expect(err).not.toMatch(/cannot meet/);
  });

  it('report turns a session export into a self-contained HTML report', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-report-'));
    const scenarioSource = await readFile(join(root, 'scenarios/tutorial.yaml'), 'utf8');
    const { loadScenarioText } = await import('@crossborder/scenario');
    const { simulate } = await import('@crossborder/engine');
    const loaded = loadScenarioText(scenarioSource, 'tutorial.yaml');
    if (!loaded.scenario) throw new Error('tutorial');
    const { events } = simulate(loaded.scenario);
    const input = join(folder, 'crossborder-T3ST01.json');
    await writeFile(
      input,
      JSON.stringify({
        format: 'crossborder-session/1',
        session: { code: 'T3ST01' },
        scenarioSource,
        events,
      }),
    );
    const { code, out } = await run(['report', input]);
    expect(code).toBe(0);
    expect(out).toContain('crossborder-T3ST01.html');
    const html = await readFile(join(folder, 'crossborder-T3ST01.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Session T3ST01');
    expect(html).toContain('Preserve the hosting logs');

    await writeFile(join(folder, 'bad.json'), '{"hello": 1}');
    const bad = await run(['report', join(folder, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not a Crossborder session export/);
    const none = await run(['report']);
    expect(none.code).toBe(2);
  });

  it('report reads an export of an older event schema, and refuses one of a newer', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-report-'));
    const scenarioSource = await readFile(join(root, 'scenarios/ransomware.yaml'), 'utf8');
    const { loadScenarioText } = await import('@crossborder/scenario');
    const { EVENT_SCHEMA, simulate } = await import('@crossborder/engine');
    const loaded = loadScenarioText(scenarioSource, 'ransomware.yaml');
    if (!loaded.scenario) throw new Error('ransomware');
    const { events } = simulate(loaded.scenario);
    // As exports were before they said their event schema: preservation events name no country,
    // a violation is English text.
    const old: unknown[] = events.map((event) => {
      if (event.type !== 'PreservationEnded' && event.type !== 'PreservationReleased') return event;
      const { by: _by, ...unnamed } = event;
      return unnamed;
    });
    expect(events.some((event) => event.type === 'PreservationEnded')).toBe(true);
    const at = events.at(-1)?.at ?? 0;
    old.push({
      type: 'ViolationRecorded',
      at,
      visibleTo: ['veltria'],
      violation: {
        id: 'viol-900',
        ruleId: 'mla.contents.summary-of-facts',
        country: 'veltria',
        at,
        message: 'Request req-900 does not state a summary of the relevant facts.',
        penalty: 2,
        refs: {},
      },
    });
    const exported = {
      format: 'crossborder-session/1',
      session: { code: 'OLD001' },
      scenarioSource,
      events: old,
    };
    const input = join(folder, 'crossborder-OLD001.json');
    await writeFile(input, JSON.stringify(exported));
    const { code, err } = await run(['report', input]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const html = await readFile(join(folder, 'crossborder-OLD001.html'), 'utf8');
    expect(html).toContain('Session OLD001');
    expect(html).toContain('Request req-900 does not state a summary of the relevant facts.');

    const newer = join(folder, 'newer.json');
    await writeFile(newer, JSON.stringify({ ...exported, eventSchema: EVENT_SCHEMA + 1 }));
    const refused = await run(['report', newer]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /events of schema \d+, which this Crossborder cannot read.*update Crossborder/,
    );
  });
});
