import { defineConfig } from 'vitest/config';
import { TEST_TIMEOUTS } from '../../vitest.shared.js';

/** Unit tests of the client's logic (no browser: the browser tests are Playwright's, in e2e/). */
export default defineConfig({
  test: {
    ...TEST_TIMEOUTS,
    include: ['src/**/*.test.ts'],
  },
});
