/**
 * `npm run bench:client`: the size of what a browser downloads (gzip, as served over the wire if
 * compressed) and the time from navigation to the first board frame, in headless Chromium against
 * the real server on this machine. Prints figures; asserts nothing. Needs `npm run build` first
 * (the root script does it).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '../dist');
const RUNS = 7;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

// 1. Sizes: what index.html loads at once (its script and styles, and their static imports), and everything.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = readdirSync(join(dist, 'assets')).map((name) => join(dist, 'assets', name));
const initialNames = new Set<string>();
const queue = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((match) => match[1] ?? '');
while (queue.length > 0) {
  const name = queue.pop() ?? '';
  if (initialNames.has(name)) continue;
  initialNames.add(name);
  if (!name.endsWith('.js')) continue;
  // Static imports only (`import ... from "./x.js"`); dynamic `import()` chunks load later.
  const code = readFileSync(join(dist, 'assets', name), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g))
    queue.push(match[1] ?? '');
}
const initialJs = [...initialNames].filter((name) => name.endsWith('.js'));
const initialJsGzip = initialJs.reduce((sum, name) => sum + gz(join(dist, 'assets', name)), 0);
const totalGzip = assets.reduce((sum, file) => sum + gz(file), 0) + gz(join(dist, 'index.html'));
const totalRaw = assets.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`initial JavaScript: ${initialJs.join(', ')} = ${kb(initialJsGzip)} gzip (target ≤ 500 KB)`);
console.log(
  `all assets: ${assets.length} files, ${kb(totalRaw)} raw, ${kb(totalGzip)} gzip (Phaser is loaded on demand)`,
);

// 2. Time to the first board frame: a team page, reloaded (seat resumed), measured by the page itself.
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['e2e/serve.ts', String(port)], {
  cwd: join(here, '..'),
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
for (let tries = 0; tries < 100; tries++) {
  try {
    if ((await fetch(`${base}/ready`)).ok) break;
  } catch {}
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const { E2E_KEY } = await import('../e2e/key.ts');
const created = (await (
  await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${E2E_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ scenario: 'botnet' }),
  })
).json()) as { session: { code: string } };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto(`${base}/join/${created.session.code}/veldmark`);
await page.getByLabel('Team name').fill('Bench');
await page.getByRole('button', { name: 'Join' }).click();
await page.locator('#board[data-board-ready="true"]').waitFor();
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  await page.reload();
  await page.locator('#board[data-board-ready="true"]').waitFor();
  times.push(Number(await page.locator('#board').getAttribute('data-board-first-frame-ms')));
}
await browser.close();
server.kill('SIGTERM');
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
console.log(
  `navigation to first board frame (botnet, 6 countries, ${RUNS} reloads): median ${median} ms, min ${times[0]} ms, max ${times.at(-1)} ms (target < 2000 ms)`,
);
