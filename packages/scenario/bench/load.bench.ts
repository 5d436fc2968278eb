import { readFileSync } from 'node:fs';
import { parseDocument, visit } from 'yaml';
import { loadScenarioText } from '../dist/index.js';
import { MAX_MAP_KEYS, MAX_NODES } from '../dist/load/limits.js';

/**
 * How long checking a scenario takes, printed, never asserted: the bundled scenarios, floods of
 * unknown keys, files at the node cap, and a megabyte of the shapes that cost the YAML library
 * most. Each figure is the median of several runs in one process; run it on a quiet machine,
 * after a build (it reads dist/).
 */
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const tutorial = read('../../../scenarios/tutorial.yaml');
const base = read('../test/base.yaml');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function nodeCount(source: string): number {
  let count = 0;
  visit(parseDocument(source), {
    Node: () => {
      count += 1;
    },
  });
  return count;
}

function unknownKeys(count: number): string {
  return tutorial + Array.from({ length: count }, (_, index) => `k${index}: ${index}\n`).join('');
}

/** base.yaml with facts up to the cap on keys in a map, padded to exactly MAX_NODES nodes. */
function atNodeCap(extraField: string): string {
  const withFacts = (padding: number) => {
    const facts = Array.from(
      { length: MAX_MAP_KEYS - 3 },
      (_, index) => `    f${index}: { text: Fact ${index}, knownBy: [aldoria]${extraField} }\n`,
    );
    facts.push(`    pad: { text: Padding, knownBy: [${Array(padding).fill('aldoria').join(', ')}] }\n`);
    return base.replace('  facts:\n', `  facts:\n${facts.join('')}`);
  };
  return withFacts(MAX_NODES - nodeCount(withFacts(1)) + 1);
}

const cases: [string, string][] = [
  ...['tutorial', 'emergency', 'ransomware', 'fraud-ring', 'botnet'].map((name): [string, string] => [
    `${name}.yaml`,
    read(`../../../scenarios/${name}.yaml`),
  ]),
  ['tutorial + 16,000 unknown keys', unknownKeys(16_000)],
  ['tutorial + 60,000 unknown keys', unknownKeys(60_000)],
  [`at the node cap (${MAX_NODES}), valid`, atNodeCap('')],
  [`at the node cap, ${MAX_MAP_KEYS - 3} unknown fields`, atNodeCap(', note: x')],
  ['1 MB of [', '['.repeat(1_000_000)],
  ['1 MB of [1,1,1...]', `[${'1,'.repeat(499_998)}1]`],
  ['1 MB of comments', '# c\n'.repeat(249_999)],
  ['1 MB of "-" lines', '-\n'.repeat(499_999)],
  ['1 MB of [,,,...] (a syntax error each)', `[${','.repeat(999_990)}]`],
];

console.log('loadScenarioText, median of 5 runs after one warm-up');
for (const [name, source] of cases) {
  let result = loadScenarioText(source, 'bench.yaml');
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    result = loadScenarioText(source, 'bench.yaml');
    times.push(performance.now() - start);
  }
  const outcome = result.scenario ? 'valid' : `${result.issues.length} issue(s)`;
  const first = result.issues[0]?.message.slice(0, 60) ?? '';
  console.log(
    `${name.padEnd(40)} ${`${Math.round(source.length / 1000)} kB`.padStart(8)} ${`${median(times).toFixed(1)} ms`.padStart(10)}  ${outcome}${first ? `: ${first}...` : ''}`,
  );
}
