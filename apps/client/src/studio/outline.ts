import { loadScenarioText, positionOf } from '@crossborder/scenario';

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

export type Outline =
  | { ok: false; errors: number }
  | {
      ok: true;
      countries: OutlineEntry[];
      providers: OutlineEntry[];
      evidence: OutlineEntry[];
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
