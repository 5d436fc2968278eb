import { fileURLToPath } from 'node:url';
import {
  botCommands,
  type Command,
  type CountryView,
  cloneState,
  createEngine,
  type Event,
  type State,
} from '@crossborder/engine';
import { loadScenarioFile } from '@crossborder/scenario/node';

/**
 * The engine's speed, printed, never asserted: decide + evolve throughput on the largest bundled
 * scenario with 500+ requests in the state, and the time to replay a 10,000-event log. Each
 * figure is the median of several runs in one process; run it on a quiet machine.
 */
const scenarioPath = fileURLToPath(new URL('../../../scenarios/botnet.yaml', import.meta.url));
const { scenario } = await loadScenarioFile(scenarioPath);
if (!scenario) throw new Error('botnet.yaml does not load');
const engine = createEngine(scenario);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A state deep into the case (bots played 20 days), then filled past 500 requests. */
function busyState(): { state: State; log: Event[] } {
  const state = engine.initialState();
  const log: Event[] = [];
  let now = 0;
  while (now < 20 * 1440) {
    log.push(...engine.catchUp(state, now));
    for (const country of engine.ctx.countries) {
      for (const command of botCommands(engine.view(state, country) as CountryView, now)) {
        const result = engine.act(state, country, command, now);
        log.push(...result.events);
      }
    }
    now += 360;
  }
  const filler = policeRequest(state);
  while (Object.keys(state.requests).length < 520) {
    const result = engine.act(state, 'veldmark', filler, now);
    if (result.rejection)
      throw new Error(`${result.rejection.code} ${JSON.stringify(result.rejection.params)}`);
    log.push(...result.events);
  }
  return { state, log };
}

function policeRequest(state: State): Command {
  const caseId = Object.values(state.cases).find((found) => found.country === 'veldmark')?.id ?? '';
  return {
    type: 'sendRequest',
    kind: 'police-cooperation',
    to: 'ostmere',
    caseId,
    offence: Object.values(state.cases).find((found) => found.country === 'veldmark')?.offences[0] ?? '',
    channel: 'police',
    language: 'en',
    subject: { suspect: 'mako' },
    contents: {
      'requesting-authority': 'Veldmark national cybercrime unit',
      'summary-of-facts': 'The Nightjar botnet attacked a hospital group in Veldmark.',
      'assistance-sought': 'Whatever is known of the seller called Mako.',
    },
  };
}

/** The mix a busy session sees: new requests, executions, progress queries, consultations, rejected attempts. */
function workload(state: State): { actor: string; command: Command }[] {
  const received = Object.values(state.requests).filter(
    (request) => request.to === 'ostmere' && request.status === 'received',
  );
  const sent = Object.values(state.requests).filter((request) => request.from === 'veldmark');
  const mix: { actor: string; command: Command }[] = [];
  for (let i = 0; i < 200; i++) {
    const target = received[i % Math.max(1, received.length)];
    const mine = sent[i % Math.max(1, sent.length)];
    mix.push({ actor: 'veldmark', command: policeRequest(state) });
    if (target) mix.push({ actor: 'ostmere', command: { type: 'executeRequest', requestId: target.id } });
    if (mine) mix.push({ actor: 'veldmark', command: { type: 'queryProgress', requestId: mine.id } });
    mix.push({
      actor: 'ostmere',
      command: {
        type: 'refuseRequest',
        requestId: target?.id ?? 'x',
        ground: 'bank-secrecy',
        reasons: 'Our banks are secret.',
      },
    });
    mix.push({
      actor: 'veldmark',
      command: {
        type: 'openConsultation',
        with: ['ostmere'],
        topic: 'other',
        message: 'Coordination on the action day.',
      },
    });
  }
  return mix;
}

const { state: busy, log: busyLog } = busyState();
const requests = Object.keys(busy.requests).length;
const now = busy.now;

const throughput: number[] = [];
const acceptedThroughput: number[] = [];
let accepted = 0;
let rejected = 0;
for (let run = 0; run < 7; run++) {
  const state = cloneState(busy);
  const mix = workload(state);
  const started = performance.now();
  let commands = 0;
  const acceptedBefore = accepted;
  while (commands < 20_000) {
    for (const { actor, command } of mix) {
      const decision = engine.decide(state, actor, command, now);
      if (decision.ok) {
        for (const event of decision.events) engine.evolve(state, event);
        accepted++;
      } else rejected++;
      commands++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  throughput.push(commands / seconds);
  acceptedThroughput.push((accepted - acceptedBefore) / seconds);
}

/** A 10,000-event log: the busy session's log, extended with more of the same. */
function longLog(): Event[] {
  const state = cloneState(busy);
  const log = [...busyLog];
  const mix = workload(state);
  while (log.length < 10_000) {
    for (const { actor, command } of mix) {
      const decision = engine.decide(state, actor, command, now);
      if (!decision.ok) continue;
      for (const event of decision.events) engine.evolve(state, event);
      log.push(...decision.events);
      if (log.length >= 10_000) break;
    }
  }
  return log.slice(0, 10_000);
}
const log = longLog();
const replays: number[] = [];
for (let run = 0; run < 9; run++) {
  const started = performance.now();
  engine.replay(log);
  replays.push(performance.now() - started);
}

const viewTimes: number[] = [];
for (let run = 0; run < 9; run++) {
  const started = performance.now();
  for (const country of engine.ctx.countries) engine.view(busy, country);
  viewTimes.push((performance.now() - started) / engine.ctx.countries.length);
}

const format = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(
  `Engine benchmark on ${scenario.id} (${engine.ctx.countries.length} countries), Node ${process.version}`,
);
console.log(
  `  state: ${requests} requests, ${Object.keys(busy.evidence).length} evidence items, ${format(JSON.stringify(busy).length / 1024)} KB as JSON`,
);
console.log(
  `  decide + evolve: median ${format(median(throughput))} commands/s over 7 runs of 20,000 (min ${format(Math.min(...throughput))}, max ${format(Math.max(...throughput))}); ${format((accepted / (accepted + rejected)) * 100)}% accepted`,
);
console.log(`  of which accepted (events applied): median ${format(median(acceptedThroughput))} commands/s`);
console.log(
  `  replay of a ${format(log.length)}-event log: median ${format(median(replays), 1)} ms over 9 runs (min ${format(Math.min(...replays), 1)} ms)`,
);
console.log(`  one country's view of that state: median ${format(median(viewTimes), 2)} ms`);
