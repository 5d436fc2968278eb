import { z } from 'zod';
import { Scenario } from './scenario.js';

/**
 * The JSON Schema of scenario files, generated from the zod schema so the two never disagree.
 * Draft 7 because it is what YAML editors (yaml-language-server) support best. It describes
 * what an author writes (`io: input`): durations as text, defaults optional.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Scenario, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://crossborder.invalid/schema/scenario.schema.json',
    title: 'Crossborder scenario',
    description:
      'A Crossborder training scenario: countries and their law, the case, injects, objectives and rubric. See scenarios/README.md.',
  };
}

/** The committed file's exact text: stable key order, two-space indent, final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
