import { loadScenarioText, positionOf, type Scenario } from '@crossborder/scenario';

/**
 * The draft's outline, computed in the worker from the loaded scenario: its countries,
 * providers, evidence chains (what each item reveals), injects in the order they fire and
 * objectives, each with the line it is written on. Titles and names only: the ids are for
 * finding the line, never shown.
 */
export interface OutlineEntry {
  line: number;
  name: string;
  /** What it adds: a provider's country, an inject's time, the titles an evidence item reveals. */
  detail: { key: 'country' | 'at' | 'when' | 'reveals' | 'deadline' | 'none'; value: string | number };
}

/** A box of the evidence graph: an evidence item, or a fact an item reveals. */
export interface ChainNode {
  key: string;
  kind: 'evidence' | 'fact';
  name: string;
  line: number;
  /** How many items must be obtained before this one is revealed: its column in the graph. */
  depth: number;
}

/** The evidence chains as a graph: what reveals what, each arrow from an item to what it reveals. */
export interface Chains {
  nodes: ChainNode[];
  edges: { from: string; to: string }[];
}

export type Outline =
  | { ok: false; errors: number }
  | {
      ok: true;
      countries: OutlineEntry[];
      providers: OutlineEntry[];
      evidence: OutlineEntry[];
      chains: Chains;
      injects: OutlineEntry[];
      objectives: OutlineEntry[];
    };

/** When an inject fires, for the timeline's order: those on a condition last. */
const firesAt = (entry: OutlineEntry) =>
  entry.detail.key === 'at' ? Number(entry.detail.value) : Number.MAX_SAFE_INTEGER;

export function outlineDraft(source: string): Outline {
  const loaded = loadScenarioText(source, 'draft.yaml');
  const scenario = loaded.scenario;
  if (!scenario)
    return { ok: false, errors: loaded.issues.filter((issue) => issue.severity === 'error').length };
  const line = (...path: string[]) => positionOf(source, path).line;
  const none = { key: 'none', value: '' } as const;
  const country = (id: string) => scenario.countries[id]?.shortName ?? scenario.countries[id]?.name ?? id;
  const evidence = scenario.case.evidence;
  const facts = scenario.case.facts;
  return {
    ok: true,
    countries: Object.entries(scenario.countries).map(([id, found]) => ({
      line: line('countries', id),
      name: found.name,
      detail: none,
    })),
    providers: Object.entries(scenario.case.providers).map(([id, provider]) => ({
      line: line('case', 'providers', id),
      name: provider.name,
      detail: { key: 'country', value: country(provider.country) },
    })),
    evidence: Object.entries(evidence).map(([id, item]) => {
      const reveals = [
        ...item.reveals.evidence.map((next) => evidence[next]?.title ?? next),
        ...item.reveals.facts.map((fact) => facts[fact]?.text ?? fact),
      ];
      return {
        line: line('case', 'evidence', id),
        name: item.title,
        detail: reveals.length > 0 ? { key: 'reveals', value: reveals.join(' · ') } : none,
      };
    }),
    chains: chainsOf(scenario, line),
    injects: Object.entries(scenario.injects)
      .map(([id, inject]) => ({
        line: line('injects', id),
        name: inject.title,
        detail:
          inject.at !== undefined
            ? ({ key: 'at', value: inject.at } as const)
            : ({ key: 'when', value: '' } as const),
      }))
      .sort((a, b) => firesAt(a) - firesAt(b)),
    objectives: Object.entries(scenario.objectives).map(([id, objective]) => ({
      line: line('objectives', id),
      name: objective.title,
      detail: objective.deadline !== undefined ? { key: 'deadline', value: objective.deadline } : none,
    })),
  };
}

/**
 * The graph of what reveals what: items no other item reveals first (known at the start, or
 * found by other means), then, column by column, what obtaining them reveals. An item reached
 * by two routes sits at the shorter; a loop is followed once.
 */
function chainsOf(scenario: Scenario, line: (...path: string[]) => number): Chains {
  const evidence = scenario.case.evidence;
  const revealed = new Set(Object.values(evidence).flatMap((item) => item.reveals.evidence));
  const depth = new Map<string, number>();
  const queue = Object.keys(evidence).filter((id) => !revealed.has(id));
  for (const id of queue) depth.set(id, 0);
  // Breadth first: the queue grows as it is read, each item entering once.
  for (const id of queue) {
    for (const next of evidence[id]?.reveals.evidence ?? []) {
      if (depth.has(next) || !evidence[next]) continue;
      depth.set(next, (depth.get(id) ?? 0) + 1);
      queue.push(next);
    }
  }
  const nodes: ChainNode[] = Object.entries(evidence).map(([id, item]) => ({
    key: `evidence:${id}`,
    kind: 'evidence',
    name: item.title,
    line: line('case', 'evidence', id),
    // In a loop that nothing outside it starts: after everything else.
    depth: depth.get(id) ?? queue.length,
  }));
  const edges: Chains['edges'] = [];
  const facts = new Map<string, number>();
  for (const [id, item] of Object.entries(evidence)) {
    const from = depth.get(id) ?? queue.length;
    for (const next of item.reveals.evidence)
      if (evidence[next]) edges.push({ from: `evidence:${id}`, to: `evidence:${next}` });
    for (const fact of item.reveals.facts) {
      if (!scenario.case.facts[fact]) continue;
      edges.push({ from: `evidence:${id}`, to: `fact:${fact}` });
      facts.set(fact, Math.min(facts.get(fact) ?? Number.MAX_SAFE_INTEGER, from + 1));
    }
  }
  for (const [fact, at] of facts)
    nodes.push({
      key: `fact:${fact}`,
      kind: 'fact',
      name: scenario.case.facts[fact]?.text ?? fact,
      line: line('case', 'facts', fact),
      depth: at,
    });
  return { nodes, edges };
}
