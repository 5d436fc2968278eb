import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

/**
 * Set-up of the component tests (`*.test.tsx`, run in happy-dom): what a test rendered is
 * unmounted after it, its effects and timers with it.
 */
afterEach(() => cleanup());
