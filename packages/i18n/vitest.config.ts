import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Generous: on a cold CI run every package's suite shares two cores; time is not what is tested.
    testTimeout: 60_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
