import { defineConfig } from 'vitest/config';

/** Unit tests of the client's logic (no browser: the browser tests are Playwright's, in e2e/). */
export default defineConfig({
  test: {
    // Generous: on a cold CI run every package's suite shares two cores; time is not what is tested.
    testTimeout: 60_000,
    include: ['src/**/*.test.ts'],
  },
});
