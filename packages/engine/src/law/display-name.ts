/** How a country is named to a reader: its short name, else its name, else (never in a valid scenario) its id. */
export function displayName(
  countries: Readonly<Record<string, { name: string; shortName?: string | undefined } | undefined>>,
  id: string,
): string {
  const found = countries[id];
  return found?.shortName ?? found?.name ?? id;
}
