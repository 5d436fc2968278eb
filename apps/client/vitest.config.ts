import { defineConfig } from 'vitest/config';

/** Unit tests of the client's logic (no browser: the browser tests are Playwright's, in e2e/). */
export default defineConfig({ test: { include: ['src/**/*.test.ts'] } });
