/**
 * Messages are templates with named parameters: `Request {request} was not sent to {country}.`
 * Translators add a catalogue per language with the same keys; code never builds sentences.
 */
export type Params = Readonly<Record<string, string | number>>;
export type Catalogue = Readonly<Record<string, string>>;

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible so that a gap is noticed, not
 * hidden. A placeholder `{name:prefix}` holds ids, one or several joined by ", " (the engine
 * keeps keys, not words): each is said as the catalogue's `prefix.<id>` through `lookup`, so
 * `{kind:measure}` of "production-order" reads "production order"; an id with no entry stays as it is.
 */
export function fill(
  template: string,
  params: Params = {},
  lookup: (key: string) => string | undefined = () => undefined,
): string {
  return template.replace(/\{(\w+)(?::([\w-]+))?\}/g, (whole, name: string, prefix?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    if (!prefix || value === '') return value;
    return value
      .split(', ')
      .map((id) => lookup(`${prefix}.${id}`) ?? id)
      .join(', ');
  });
}

/** The message for `key` in `catalogue`, falling back to `fallback` (English), then to the key itself. */
export function translate(
  catalogue: Catalogue,
  fallback: Catalogue,
  key: string,
  params: Params = {},
): string {
  const template = catalogue[key] ?? fallback[key];
  return template === undefined ? key : fill(template, params, (id) => catalogue[id] ?? fallback[id]);
}

/**
 * As `translate`, but `otherwise` when neither catalogue has the key: texts that come with the
 * rules or a scenario (in English), which a translator may add to a catalogue without code.
 */
export function translateOr(
  catalogue: Catalogue,
  fallback: Catalogue,
  key: string,
  params: Params,
  otherwise: string,
): string {
  return catalogue[key] === undefined && fallback[key] === undefined
    ? otherwise
    : translate(catalogue, fallback, key, params);
}
