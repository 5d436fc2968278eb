import { defineConfig, mergeConfig } from 'vitest/config';
import { TEST_TIMEOUTS } from '../../vitest.shared.js';
import vite from './vite.config.js';

/**
 * The client's tests (no real browser: the browser tests are Playwright's, in e2e/). Two kinds,
 * told apart by the file's name:
 * - `*.test.ts`: logic, in Node (models, the clock, updates, notifications);
 * - `*.test.tsx`: components, rendered in a DOM (happy-dom) and asserted as a person sees and
 *   uses them, with Testing Library (src/test/dom.ts unmounts what each test rendered).
 */
export default mergeConfig(
  vite,
  defineConfig({
    test: {
      ...TEST_TIMEOUTS,
      projects: [
        { extends: true, test: { name: 'logic', include: ['src/**/*.test.ts'], environment: 'node' } },
        {
          extends: true,
          test: {
            name: 'components',
            include: ['src/**/*.test.tsx'],
            environment: 'happy-dom',
            setupFiles: ['src/test/dom.ts'],
          },
        },
      ],
    },
  }),
);
