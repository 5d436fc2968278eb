import template from '../../../../scenarios/templates/minimal.yaml?raw';

/** The studio's template, as the server offers it, for the studio's tests. */
export const TEMPLATE: string = template;

/** The template with a broken reference: its evidence held by a provider that does not exist. */
export const BROKEN = TEMPLATE.replace('holder: eastgate-hosting', 'holder: eastgate-hostin');

/** The template with Eastland's stored-data requests left at the default ten days: too slow to win. */
export const SLOW = TEMPLATE.replace(
  'processingTime: { preservation: 12h, stored-data: 3d }',
  'processingTime: { preservation: 12h }',
);

/** The 1-based line of the first line of `text` that ends with `end`. */
export function lineOf(text: string, end: string): number {
  return text.split('\n').findIndex((line) => line.endsWith(end)) + 1;
}
