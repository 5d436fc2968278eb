import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RuleWhere } from '@crossborder/report';

/**
 * Where each rule lives in a checkout, found by reading it as it is now: the chapter file that
 * holds the rule's entry, the engine files that name its id, the data files the engine reads that
 * name it, and the tests that name it. Nothing is kept by hand, so the document cannot drift from
 * the code; what is not found is reported as not found.
 */
export const CHAPTERS_FOLDER = 'packages/scenario/src/rules/chapters';
const ENGINE_SOURCE = 'packages/engine/src';
const ENGINE_TESTS = 'packages/engine/test';
/** The vocabularies the engine applies rules through (a request's contents cite a rule per item). */
const LAW_DATA = 'packages/scenario/src/law';

export interface Checkout {
  chapters: { file: string; title: string }[];
  where: Record<string, RuleWhere>;
}

interface SourceFile {
  path: string;
  text: string;
}

export async function findRules(root: string, ids: readonly string[]): Promise<Checkout> {
  const [chapterFiles, engine, tests, data] = await Promise.all([
    sources(root, CHAPTERS_FOLDER, (name) => isSource(name)),
    sources(root, ENGINE_SOURCE, (name) => isSource(name)),
    sources(root, ENGINE_TESTS, (name) => name.endsWith('.test.ts')),
    sources(root, LAW_DATA, (name) => isSource(name)),
  ]);
  const where: Record<string, RuleWhere> = {};
  for (const id of ids) {
    where[id] = {
      chapter: chapterFiles.find((file) => holdsEntry(file.text, id))?.path ?? null,
      engine: engine.filter((file) => namesId(file.text, id)).map((file) => file.path),
      data: data.filter((file) => namesId(file.text, id)).map((file) => file.path),
      tests: tests.filter((file) => testNames(file.text, id)).map((file) => file.path),
    };
  }
  // Chapters in the catalogue's order: the order of the ids, which the catalogue gives by chapter.
  const order = (file: SourceFile) => {
    const first = ids.findIndex((id) => where[id]?.chapter === file.path);
    return first === -1 ? ids.length : first;
  };
  const chapters = [...chapterFiles]
    .sort((a, b) => order(a) - order(b))
    .map((file) => ({ file: file.path, title: chapterTitle(file) }));
  return { chapters, where };
}

const isSource = (name: string) =>
  name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts');

/** An id named as a string in code (quoted), so that `mla.refusal.fiscal` is not found inside `extradition.refusal.fiscal`. */
function namesId(text: string, id: string): boolean {
  return text.includes(`'${id}'`) || text.includes(`"${id}"`) || text.includes(`\`${id}\``);
}

function holdsEntry(text: string, id: string): boolean {
  return text.includes(`id: '${id}'`) || text.includes(`id: "${id}"`);
}

/**
 * A test names a rule as the engine's coverage test reads it (packages/engine/test/rules/coverage.test.ts):
 * `describe('rule <id>'`, or the id in a table of cases (`'<id>'],`) that a loop turns into
 * `describe(\`rule ${ruleId}\``.
 */
function testNames(text: string, id: string): boolean {
  return (
    text.includes(`describe('rule ${id}'`) ||
    (text.includes(`'${id}'],`) && text.includes('describe(`rule ${'))
  );
}

/**
 * A chapter's title: the first sentence of the last doc comment before its list of rules (the
 * chapter's own comment, even with a helper between them), else the file's name.
 */
function chapterTitle(file: SourceFile): string {
  const list = /export const \w+_RULES\b/.exec(file.text);
  const before = list ? file.text.slice(0, list.index) : '';
  const opening = before.lastIndexOf('/**');
  const comment = opening === -1 ? '' : before.slice(opening + 3, before.indexOf('*/', opening));
  const words = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
  // A sentence ends at a full stop before a capital or the end ("Art. 40" goes on).
  const title = /^(.*?)\.(\s+[A-Z]|$)/.exec(words)?.[1] ?? words;
  return title || file.path.split('/').at(-1) || file.path;
}

/** Every file under `folder` (relative to the checkout) that `wanted` accepts, by path, sorted. */
async function sources(
  root: string,
  folder: string,
  wanted: (name: string) => boolean,
): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = await readdir(join(root, folder), { recursive: true });
  } catch {
    return [];
  }
  const paths = names
    .filter((name) => wanted(name) && !name.split(sep).includes('node_modules'))
    .map((name) =>
      relative(root, join(root, folder, name))
        .split(sep)
        .join('/'),
    )
    .sort();
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })));
}
