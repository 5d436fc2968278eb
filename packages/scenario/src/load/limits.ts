/**
 * The bounds of a scenario file. Instructors upload scenarios through the server's API, so each
 * bound is also a bound on the work one upload can cause. The largest bundled scenario
 * (botnet.yaml) has 1,769 nodes, 25 keys in its biggest map, maps and lists nested 6 deep and
 * no alias; every cap leaves at least ten times that.
 */

/** Scenario files are small; anything bigger is a mistake or an attack on an upload endpoint. */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** Nodes of the YAML tree: every key, value, map and list (botnet.yaml has 1,769). */
export const MAX_NODES = 20_000;

/** Keys in one map (botnet.yaml has 25 at most); bounds the work of a flood of unknown fields. */
export const MAX_MAP_KEYS = 1_000;

/**
 * Maps and lists inside one another (6 in every bundled scenario). Parts of the YAML library,
 * the schema and the reference checks recurse once per level: this keeps them far from the stack's end.
 */
export const MAX_DEPTH = 64;

/** Alias nodes (`*name`) in the file; the bundled scenarios use none. */
export const MAX_ALIASES = 100;

/**
 * How far aliases may expand when the YAML becomes data ("billion laughs"): the library's
 * `maxAliasCount`, which weighs each alias by the aliases inside what it repeats.
 */
export const MAX_ALIAS_EXPANSION = 200;

/**
 * Letter pairs compared to guess what unknown ids meant ("did you mean ...?"), over one check.
 * A real scenario spends a few thousand; a file of thousands of distinct unknown ids would
 * spend billions. Past this, unknown ids are reported without a guess.
 */
export const MAX_GUESS_WORK = 5_000_000;

/** Problems listed in one report; the rest are counted in one last line. */
export const MAX_ISSUES = 200;

/*
 * How an author is told: what was found, the cap, why there is one and what to do. The place
 * (line and column) is where the count passes the cap.
 */
const WHY = 'so that checking it stays fast and safe';

export function tooBigMessage(bytes: number): string {
  return `the file is ${bytes} bytes; a scenario may have at most ${MAX_SCENARIO_BYTES}`;
}

export function tooManyNodesMessage(): string {
  return `the file has more than ${MAX_NODES} fields and values (the count passes ${MAX_NODES} here); a scenario may have at most ${MAX_NODES} ${WHY}: remove fields and entries it does not need`;
}

export function tooManyKeysMessage(keys: number, topLevel: boolean): string {
  const map = topLevel ? 'the top-level map' : 'this map';
  return `${map} has ${keys} keys (the count passes ${MAX_MAP_KEYS} here); a map may have at most ${MAX_MAP_KEYS} ${WHY}: remove the keys it does not need`;
}

export function tooDeepMessage(): string {
  return `maps and lists are nested more than ${MAX_DEPTH} levels deep here; a scenario may nest them at most ${MAX_DEPTH} levels ${WHY}: remove the extra levels of brackets or indentation`;
}

export function tooManyAliasesMessage(): string {
  return `the file has more than ${MAX_ALIASES} aliases (*name; this is one too many); a scenario may have at most ${MAX_ALIASES} ${WHY}, since each alias repeats a part of the file: write the values out instead`;
}

export function moreIssuesMessage(more: number): string {
  return `and ${more} more problem${more === 1 ? '' : 's'} from here on, not listed: a check lists the first ${MAX_ISSUES} to keep its report short; fix these and check again`;
}
