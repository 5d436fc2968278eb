import base from './playwright.config.js';

/**
 * The README's screenshots (docs/screenshots/), taken by hand, never by `npm test`:
 * `npx playwright test -c screenshots.config.ts` from apps/client after `turbo run build`.
 */
export default { ...base, testDir: 'screenshots' };
