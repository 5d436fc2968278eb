import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema.js';

const committedPath = new URL('../../schema/scenario.schema.json', import.meta.url);

describe('the JSON Schema for scenario files', () => {
  it('is committed and up to date (regenerate with: npm run scenario -- schema)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes what authors write: durations as text, ids as slugs, strict objects', () => {
    interface Node {
      type?: string;
      pattern?: string;
      properties?: Record<string, Node>;
      additionalProperties?: unknown;
      required?: string[];
    }
    const schema = scenarioJsonSchema() as unknown as Node & { properties: Record<string, Node> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'countries', 'case', 'objectives', 'session']),
    );
    expect(schema.properties.session?.properties?.endsAfter?.type).toBe('string');
    expect(schema.properties.session?.properties?.endsAfter?.pattern).toBeDefined();
    expect(schema.properties.id?.pattern).toBeDefined();
  });
});
