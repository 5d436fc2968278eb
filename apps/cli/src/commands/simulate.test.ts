import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '@crossborder/engine';
import { loadScenarioText } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { botRun, causeLines, printSimulation } from './simulate.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  process.env.INIT_CWD = root;
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Ids the engine makes up during play: never in the report (scenario ids, the author's, may be). */
const ENGINE_ID = /\b(req|measure|case|agreement|consultation|prosecution|claim|share)-\d+/;

async function tutorial() {
  const source = await readFile(join(root, 'scenarios/tutorial.yaml'), 'utf8');
  const scenario = loadScenarioText(source, 'tutorial.yaml').scenario;
  if (!scenario) throw new Error('the tutorial loads');
  return scenario;
}

/** The tutorial with its hosting logs deleted after 20 hours: before anyone learns of them. */
async function tutorialWithLogsLost(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'crossborder-lost-'));
  const source = await readFile(join(root, 'scenarios/tutorial.yaml'), 'utf8');
  const lost = source.replace('      expiresAfter: 6d\n', '      expiresAfter: 20h\n');
  expect(lost).not.toBe(source);
  const path = join(folder, 'lost.yaml');
  await writeFile(path, lost);
  return path;
}

describe('simulate --help', () => {
  it('prints the usage and every option, and exits 0', async () => {
    for (const args of [
      ['simulate', '--help'],
      ['simulate', 'scenarios/tutorial.yaml', '-h'],
    ]) {
      const { code, out, err } = await run(args);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: npm run scenario -- simulate <file> \[--seeds N\]/);
      expect(out).toMatch(/--seeds N/);
      expect(out).toMatch(/--think <duration>/);
    }
  });

  it('explains a wrong option or count with exit 2', async () => {
    const unknown = await run(['simulate', 'scenarios/tutorial.yaml', '--seed', '3']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown option "--seed" \(options: --seeds, --think, --help\)/);
    const count = await run(['simulate', 'scenarios/tutorial.yaml', '--seeds', 'ten']);
    expect(count.code).toBe(2);
    expect(count.err).toMatch(/--seeds needs a whole number of runs from 1 to 1000/);
  });
});

describe('simulate: the report of one run', () => {
  // The botnet takes seconds to play: played once for the tests that read its report.
  let botnet: ReturnType<typeof run> | undefined;
  const playBotnet = () => {
    botnet ??= run(['simulate', 'scenarios/botnet.yaml']);
    return botnet;
  };

  it('gives slack in game time and in real workshop minutes at the default speed', async () => {
    const { code, out } = await run(['simulate', 'scenarios/tutorial.yaml']);
    expect(code).toBe(0);
    expect(out).toMatch(/default speed \(×480\)/);
    // 5d deadline: the logs preserved on day 1 at 02:00 leave 3d22h, 11.8 real minutes at ×480.
    expect(out).toMatch(
      /met {5}preserve-logs: day 1, 02:00, deadline day 5, 00:00, slack 3d22h \(12 min real\)/,
    );
  });

  it('lists which injects fired, when, and what they did', async () => {
    const { out } = await playBotnet();
    // The bots know of the hospital emergency from day 2 and ask by the 24/7 network: the workstation is
    // obtained within the hour of the arrests, so the wipe never comes, and the C2 data is theirs before it goes.
    expect(out).toMatch(/never {3}workstation-wiped: did not fire/);
    expect(out).toMatch(
      /fired {3}c2-migration: day 14, 00:00 \(42 min into the workshop\): deleted c2-server/,
    );
    expect(out).toMatch(/fired {3}c2-lost: day 14, 00:00 .*: a message only/);
    expect(out).toMatch(/fired {3}mako-travels: day 30, 00:00 .*: moved mako to Sendara/);
  });

  it("gives each team's load and flags a team idle for over an hour of the workshop", async () => {
    const { out } = await playBotnet();
    expect(out).toMatch(/Load per team/);
    expect(out).toMatch(/ {2}Veldmark: \d+ commands, 0 rejected; longest idle .* \(\d+ min real\), day \d+/);
    // Flagged exactly when the idle stretch reaches an hour of the workshop (which team that is
    // depends on how the bots play the botnet: some team waits for the extradition).
    const loads = out.slice(out.indexOf('Load per team')).split('\n\n')[0]?.split('\n').slice(1) ?? [];
    expect(loads).toHaveLength(6);
    for (const load of loads) {
      const real = Number(/longest idle \S+ \(([\d.]+) min real\)/.exec(load)?.[1]);
      expect(load.endsWith('IDLE OVER AN HOUR'), load).toBe(real >= 60);
    }
    // The loop above holds as well if no team is ever flagged: this line alone checks that the
    // botnet run flags some team, so that the flag is seen, not only its absence.
    expect(out).toMatch(/IDLE OVER AN HOUR/);
  });

  it('explains a missed objective back along the chain of leads', async () => {
    const path = await tutorialWithLogsLost();
    const { code, out } = await run(['simulate', path]);
    expect(code).toBe(1);
    expect(out).toMatch(/Outcome: NOT WON: 0 of 4 objectives met/);
    const identify = out.slice(out.indexOf('MISSED  identify-kite'), out.indexOf('MISSED  arrest-kite'));
    expect(identify.split('\n').map((line) => line.trim())).toEqual([
      'MISSED  identify-kite: no deadline',
      'why:',
      '- suspectIdentified: kite (by aldoria) never became true',
      '- lead never revealed: nobody who needed it learned of kite; it is revealed by aldonet-subscriber',
      '- evidenceObtained: aldonet-subscriber never became true',
      '- lead never revealed: nobody who needed it learned of aldonet-subscriber; it is revealed by hosting-logs',
      '- evidenceObtained: hosting-logs never became true',
      '- hosting-logs was lost day 0, 20:00 (its retention period ran out before anyone preserved it)',
      '',
    ]);
  });

  it('says the critical path in words and marks what a compound objective waited for', async () => {
    // The tutorial's logs objective made compound: the logs in Aldoria's hands and Kite arrested.
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-all-'));
    const source = await readFile(join(root, 'scenarios/tutorial.yaml'), 'utf8');
    const compound = source.replace(
      '    when: { evidenceObtained: hosting-logs, by: aldoria }\n',
      '    when: { all: [{ evidenceObtained: hosting-logs, by: aldoria }, { suspectArrested: kite }] }\n',
    );
    expect(compound).not.toBe(source);
    const path = join(folder, 'compound.yaml');
    await writeFile(path, compound);
    const { code, out } = await run(['simulate', path]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    const start = lines.indexOf('Critical path to the last objective met (obtain-logs):');
    expect(start).toBeGreaterThan(-1);
    const steps = lines.slice(start + 1, lines.indexOf('', start));
    for (const step of steps) expect(step).toMatch(/^ {2}day \d+, \d\d:\d\d {2}\S/);
    // Both parts' paths, each step by titles and names; the later part is what it waited for.
    expect(steps).toContainEqual(
      expect.stringMatching(/ {2}Aldoria knew of "Harbourline's fraud reports" from the start$/),
    );
    expect(steps).toContainEqual(expect.stringMatching(/ {2}\w+ arrested Kite/));
    expect(steps.filter((step) => step.endsWith('<- what it waited for'))).toEqual([
      expect.stringMatching(
        /^ {2}day \d+, \d\d:\d\d {2}Aldoria obtained "Northwind Hosting control-panel logs" \(by request to Borealis: .+\) {2}<- what it waited for$/,
      ),
    ]);
    expect(steps.join('\n')).not.toMatch(/hosting-logs|fraud-reports|kite\b|aldoria|borealis|via /);
    expect(out).not.toMatch(ENGINE_ID);
  });

  it('prints no id the engine made up (requests, measures, cases, agreements)', async () => {
    const { out } = await playBotnet();
    expect(out).toMatch(/Critical path to the last objective met/);
    expect(out).not.toMatch(ENGINE_ID);
  });

  it('names a request a ruling or a cause is about by its kind, countries and time', async () => {
    const scenario = await tutorial();
    const played = botRun(scenario);
    const { events } = played.simulation;
    const done = events.findIndex((event) => event.type === 'RequestExecuted');
    const engine = createEngine(scenario);
    // The game as it was when the bots' first request was executed (the run's end is closed to commands).
    const state = engine.replay(events.slice(0, done + 1));
    const executed = Object.values(state.requests).find((request) => request.status === 'executed');
    if (!executed) throw new Error('the bots have a request executed');
    // A real ruling naming the request by id: its sender cannot add information to an executed request.
    const command = { type: 'provideInformation', requestId: executed.id, contents: {} } as const;
    const decision = engine.decide(state, executed.from, command, state.now);
    if (decision.ok) throw new Error('the command is rejected');
    expect(decision.rejection.params.requestId).toBe(executed.id);
    played.simulation.commands.push({
      at: 60,
      country: executed.from,
      command,
      rejection: decision.rejection,
    });
    const out: string[] = [];
    printSimulation(scenario, played, { out: (line) => out.push(line), err: () => {} });
    const ruling = out.find((line) => line.includes('provideInformation'));
    expect(ruling).toMatch(
      /: Request [A-Z].+, Aldoria → Borealis, day \d+, \d\d:\d\d is executed: that is not possible now\./,
    );
    expect(out.join('\n')).not.toMatch(ENGINE_ID);

    expect(
      causeLines(
        scenario,
        [
          {
            kind: 'request',
            requestKind: 'stored-data',
            from: 'aldoria',
            to: 'borealis',
            status: 'refused',
            ground: 'no-dual-criminality',
            sentAt: 90,
            dueAt: null,
          },
        ],
        2,
      ),
    ).toEqual([
      '  - a request (Mutual legal assistance: access to stored data, Aldoria → Borealis, day 0, 01:30): refused (ground: No dual criminality)',
    ]);
  });

  it('lists every command the rules rejected, with its rule', async () => {
    const scenario = await tutorial();
    const played = botRun(scenario);
    // A real ruling: Borealis cannot answer a request that does not exist.
    const engine = createEngine(scenario);
    const command = { type: 'acknowledgeRequest', requestId: 'req-999' } as const;
    const rejection = engine.decide(engine.initialState(), 'borealis', command, 0);
    if (rejection.ok) throw new Error('the command is rejected');
    for (const at of [60, 120])
      played.simulation.commands.push({ at, country: 'borealis', command, rejection: rejection.rejection });
    const out: string[] = [];
    printSimulation(scenario, played, { out: (line) => out.push(line), err: () => {} });
    const text = out.join('\n');
    expect(text).toMatch(/Commands rejected by the rules/);
    expect(text).toMatch(/ {2}2× Borealis acknowledgeRequest \(first day 0, 01:00\): .+ \[game mechanics\]/);
  });
});

describe('simulate --seeds', () => {
  it('plays each seed and prints how often it is won and the spread of slack', async () => {
    const { code, out } = await run(['simulate', 'scenarios/tutorial.yaml', '--seeds', '3', '--think', '2h']);
    expect(code).toBe(0);
    expect(out).toMatch(/thinking time of 0 to 2h after each decision; the engine itself is deterministic/);
    const rows = out.split('\n').filter((line) => /^ {2}\d+ +(WON|NOT WON) /.test(line));
    expect(rows.map((row) => row.trim().split(/\s+/)[0])).toEqual(['1', '2', '3']);
    expect(out).toMatch(/Won in 3 of 3 runs\./);
    expect(out).toMatch(
      / {2}preserve-logs: \S+ \([\d.]+ min real\) \/ \S+ \([\d.]+ min real\) \/ \S+ \([\d.]+ min real\)/,
    );
  });
});

describe('check explains why bots cannot win', () => {
  it('prints the missing link under the objective it fails', async () => {
    const path = await tutorialWithLogsLost();
    const { code, err } = await run(['check', path]);
    expect(code).toBe(1);
    const lines = err.split('\n');
    const at = lines.findIndex((line) =>
      /objectives\.preserve-logs: bots playing every country cannot meet/.test(line),
    );
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '  - evidencePreserved: hosting-logs never became true',
      '    - hosting-logs was lost day 0, 20:00 (its retention period ran out before anyone preserved it)',
    ]);
  });
});
