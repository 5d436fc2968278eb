import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesDocument, rulesHtml, rulesMarkdown } from '@crossborder/report';
import { RULE_IDS } from '@crossborder/scenario';
import { type Output, userDirectory } from '../io.js';
import { CHAPTERS_FOLDER, findRules } from './rules-where.js';

/**
 * `rules [--format md|html] [--out <file>]`: the rules catalogue as one document a legal reviewer
 * can annotate. Where each rule is applied and tested is read from the checkout this command runs
 * in (apps/cli/{src,dist}/commands/ -> the repository's root), so the command needs the checkout.
 */
const CHECKOUT = fileURLToPath(new URL('../../../../', import.meta.url));

const USAGE =
  'rules takes --format md|html and --out <file>, both optional. Example: npm run scenario -- rules --format html --out rules.html';

export async function rules(args: readonly string[], io: Output, root = CHECKOUT): Promise<number> {
  const options = parse(args);
  if (!options) {
    io.err(USAGE);
    return 2;
  }
  if (!existsSync(join(root, CHAPTERS_FOLDER))) {
    io.err(`rules reads the repository it runs in, and ${join(root, CHAPTERS_FOLDER)} is not there.`);
    return 2;
  }
  const found = await findRules(root, RULE_IDS);
  const document = rulesDocument({ ...found, chaptersFolder: `${CHAPTERS_FOLDER}/` });
  const text = options.format === 'html' ? rulesHtml(document) : rulesMarkdown(document);
  if (!options.out) {
    io.out(text.trimEnd());
    return 0;
  }
  const target = resolve(userDirectory(), options.out);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  io.out(`Wrote ${target}`);
  return 0;
}

/** The options, or undefined for a usage mistake. The format follows --out's extension unless given. */
function parse(args: readonly string[]): { format: 'md' | 'html'; out?: string } | undefined {
  let format: string | undefined;
  let out: string | undefined;
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value] = [args[index], args[index + 1]];
    if (value === undefined || value === '') return undefined;
    if (flag === '--format' && format === undefined) format = value;
    else if (flag === '--out' && out === undefined) out = value;
    else return undefined;
  }
  format ??= out && /\.html?$/i.test(out) ? 'html' : 'md';
  if (format !== 'md' && format !== 'html') return undefined;
  return out === undefined ? { format } : { format, out };
}
