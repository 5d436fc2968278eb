import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real built server (which serves the built client), on Debian's
 * Chromium (Playwright cannot download its own browser here). Each run gets a fresh database.
 */
// A port of its own for each run (workers inherit it through the environment), so that a run
// never meets another run's server or something a developer left on a common port.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const port = Number(process.env.E2E_PORT);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Time is not what is tested: these bounds only say when a hung test is declared failed, and
  // stay out of reach of a machine running two whole test suites at once on two cores.
  timeout: 600_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromium, args: ['--disable-gpu', '--no-sandbox'] },
    screenshot: 'only-on-failure',
    // No trace: recording one costs every test a great deal on a busy machine (80 MB for the
    // debrief test), and CI keeps only the text of a run; a failure's screenshot and error context stay.
    trace: 'off',
  },
  webServer: {
    command: `node e2e/serve.ts ${port}`,
    // The runner's own process id: the test server and the game server it starts exit once the
    // runner is gone, however the run was stopped (see e2e/serve.ts).
    env: { CROSSBORDER_PARENT_PID: String(process.pid) },
    url: `http://127.0.0.1:${port}/ready`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
