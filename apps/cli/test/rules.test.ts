import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EN_WITH_RULES as EN } from '@crossborder/i18n/rules';
import { escapeHtml } from '@crossborder/report';
import { RULE_IDS } from '@crossborder/scenario';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { rules } from '../src/commands/rules.js';
import { findRules } from '../src/commands/rules-where.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

async function run(args: string[], checkout?: string) {
  const { io, out, err } = capture();
  process.env.INIT_CWD = root;
  const code = checkout ? await rules(args.slice(1), io, checkout) : await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** One rule's part of the Markdown document: from its heading to the next. */
function section(markdown: string, id: string): string {
  const start = markdown.indexOf(`### \`${id}\``);
  const end = markdown.indexOf('\n### ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('npm run scenario -- rules', () => {
  it('is listed by --help', async () => {
    const help = await run(['--help']);
    expect(help.out).toMatch(/rules \[--format md\|html\] \[--out <file>\]/);
  });

  it('writes the catalogue as Markdown and as HTML, every rule with its chapter, file and test', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crossborder-rules-'));
    const markdownFile = join(folder, 'rules.md');
    const htmlFile = join(folder, 'rules.html');
    const md = await run(['rules', '--format', 'md', '--out', markdownFile]);
    expect(md).toMatchObject({ code: 0, err: '' });
    expect(md.out).toContain(markdownFile);
    // The format follows the extension when none is given.
    const html = await run(['rules', '--out', htmlFile]);
    expect(html).toMatchObject({ code: 0, err: '' });
    const markdown = await readFile(markdownFile, 'utf8');
    const page = await readFile(htmlFile, 'utf8');
    expect(markdown).toMatch(/^# Crossborder rules catalogue/);
    expect(markdown).toContain(
      'edit one data file: the rule’s chapter file in packages/scenario/src/rules/chapters/',
    );
    expect(page).toMatch(/^<!doctype html>/);

    const { where } = await findRules(root, RULE_IDS);
    for (const id of RULE_IDS) {
      const found = where[id];
      const part = section(markdown, id);
      expect(part, id).toContain(`### \`${id}\``);
      expect(page, id).toContain(`data-rule="${id}"`);
      expect(found?.chapter, id).toMatch(/^packages\/scenario\/src\/rules\/chapters\/\w+\.ts$/);
      expect(part, id).toContain(`**Edit in:** \`${found?.chapter}\``);
      // Every file named really names the rule; what was not found is said to be.
      for (const file of found?.engine ?? []) {
        expect(await readFile(join(root, file), 'utf8'), `${id} in ${file}`).toContain(`'${id}'`);
        expect(part).toContain(`\`${file}\``);
      }
      if (found?.engine.length === 0 && found.data.length === 0)
        expect(part, id).toContain('**Applied in:** not found');
      for (const file of found?.tests ?? []) {
        expect(await readFile(join(root, file), 'utf8'), `${id} in ${file}`).toMatch(
          new RegExp(`describe\\('rule ${id.replace(/\./g, '\\.')}'|'${id.replace(/\./g, '\\.')}'\\],`),
        );
        expect(part).toContain(`\`${file}\``);
      }
      if (found?.tests.length === 0) expect(part, id).toContain("**Test:** not found: no describe('rule");
    }
    // Known places: a rule applied by name, and one applied through the request contents.
    expect(where['mla.form.language']?.engine).toContain('packages/engine/src/law/form.ts');
    expect(where['mla.form.language']?.tests).toEqual(['packages/engine/test/rules/mla.test.ts']);
    expect(where['preservation.contents.authority']).toMatchObject({
      chapter: 'packages/scenario/src/rules/chapters/preservation.ts',
      data: ['packages/scenario/src/law/request-contents.ts'],
      tests: ['packages/engine/test/rules/preservation.test.ts'],
    });
  });

  it('writes self-contained HTML: no script, nothing from elsewhere, every text escaped', async () => {
    const { code, out } = await run(['rules', '--format', 'html']);
    expect(code).toBe(0);
    expect(out).not.toMatch(/<script|<img|<iframe|<link|<[^>]*\ssrc=|href="http|@import|url\(/);
    // A teaching note with quotes in it appears escaped, never as written.
    const quoted = RULE_IDS.map((id) => EN[`rule.${id}.teaching` as keyof typeof EN]).find((text) =>
      text.includes('"'),
    );
    expect(quoted).toBeDefined();
    expect(out).toContain(escapeHtml(quoted ?? ''));
    expect(out).not.toContain(quoted);
  });

  it('says honestly what it cannot find in a checkout', async () => {
    const checkout = await mkdtemp(join(tmpdir(), 'crossborder-checkout-'));
    await mkdir(join(checkout, 'packages/scenario/src/rules/chapters'), { recursive: true });
    await mkdir(join(checkout, 'packages/engine/src/decide'), { recursive: true });
    await writeFile(
      join(checkout, 'packages/scenario/src/rules/chapters/mla.ts'),
      "/** Mutual legal assistance (Art. 40). More words. */\nexport const MLA_RULES = [{ id: 'mla.form.language' }];\n",
    );
    await writeFile(
      join(checkout, 'packages/engine/src/decide/send.ts'),
      "return rule('mla.form.language', 'request.language', {});\n",
    );
    const { code, out } = await run(['rules'], checkout);
    expect(code).toBe(0);
    expect(out).toContain('## Mutual legal assistance (Art. 40)\n');
    const language = section(out, 'mla.form.language');
    expect(language).toContain('**Applied in:** `packages/engine/src/decide/send.ts`');
    expect(language).toContain("**Test:** not found: no describe('rule mla.form.language')");
    const other = section(out, 'mla.form.urgent-oral');
    expect(other).toContain('**Applied in:** not found');
    expect(other).toContain('**Edit in:** not found');
    expect(out).toContain('## Rules whose chapter file was not found');
  });

  it('explains a usage mistake and a missing checkout with exit 2', async () => {
    for (const args of [
      ['rules', '--format', 'pdf'],
      ['rules', '--out'],
      ['rules', '--colour', 'md'],
    ]) {
      const { code, err } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(/rules takes --format md\|html and --out <file>/);
    }
    const empty = await mkdtemp(join(tmpdir(), 'crossborder-nothing-'));
    const { code, err } = await run(['rules'], empty);
    expect(code).toBe(2);
    expect(err).toMatch(/reads the repository it runs in/);
  });
});
