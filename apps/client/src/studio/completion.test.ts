import { describe, expect, it } from 'vitest';
import { describeField, fieldsAt, pathAt } from './completion.js';
import { lineOf, TEMPLATE } from './fixtures.js';

/** The names offered on a new line typed after the line ending with `after`, at `indent` spaces. */
function offeredAfter(after: string, indent: number): string[] {
  const line = lineOf(TEMPLATE, after);
  const lines = TEMPLATE.split('\n');
  lines.splice(line, 0, ' '.repeat(indent));
  return fieldsAt(lines.join('\n'), line + 1).map((field) => field.name);
}

describe('completion of field names from the scenario’s JSON Schema', () => {
  it('offers the top-level fields at the left margin, each with its description', () => {
    const fields = fieldsAt('id: my-case\n', 2);
    expect(fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(['id', 'title', 'countries', 'case', 'objectives']),
    );
    expect(fields.find((field) => field.name === 'title')?.description).toBe(
      'The title shown in the scenario list.',
    );
  });

  it('finds where the cursor is from the indentation of the lines above', () => {
    const line = lineOf(TEMPLATE, 'holder: eastgate-hosting');
    expect(pathAt(TEMPLATE, line).map((step) => step.key)).toEqual(['case', 'evidence', 'hosting-logs']);
  });

  it('offers a country’s fields inside a country, an evidence item’s inside an item, an objective’s inside one', () => {
    expect(offeredAfter('    shortName: Westland', 4)).toEqual(
      expect.arrayContaining(['name', 'law', 'contact247', 'briefing']),
    );
    expect(offeredAfter('      holder: eastgate-hosting', 6)).toEqual(
      expect.arrayContaining(['title', 'holder', 'expiresAfter', 'reveals']),
    );
    expect(offeredAfter('    deadline: 5d', 4)).toEqual(
      expect.arrayContaining(['when', 'deadline', 'points']),
    );
    expect(offeredAfter('    deadline: 5d', 4)).not.toContain('holder');
  });

  it('steps into a list item’s fields after "- "', () => {
    const text = 'rubric:\n  clarity:\n    levels:\n      - label: Beginning\n        ';
    expect(fieldsAt(text, 5).map((field) => field.name)).toEqual(
      expect.arrayContaining(['label', 'description', 'points']),
    );
  });
});

describe('hover descriptions from the scenario’s JSON Schema', () => {
  it('describes the field named on a line, in its place', () => {
    const line = lineOf(TEMPLATE, 'holder: eastgate-hosting');
    expect(describeField(TEMPLATE, line, 'holder')).toBe(
      'Who holds it: a provider id, or for a device, the id of the suspect who has it.',
    );
    // The same name means another thing elsewhere: the scenario's title, not an evidence item's.
    expect(describeField(TEMPLATE, lineOf(TEMPLATE, 'id: my-case') + 1, 'title')).toBe(
      'The title shown in the scenario list.',
    );
    expect(describeField(TEMPLATE, line, 'no-such-field')).toBeNull();
  });
});
