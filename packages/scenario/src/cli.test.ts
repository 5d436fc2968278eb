import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { scenarioJsonSchemaText } from './schema/json-schema.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  process.env.INIT_CWD = root;
  const code = await main(
    args,
    (line: string) => out.push(line),
    (line: string) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run scenario', () => {
  it('check passes the bundled scenarios', async () => {
    const { code, out, err } = await run(['check', 'scenarios']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/scenarios\/tutorial\.yaml: ok/);
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
