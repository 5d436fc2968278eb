/**
 * What every package's Vitest run shares. Time is never what a test tests: these bounds only say
 * when a test that hangs is declared failed, and are generous enough that a machine running two
 * whole test suites at once on two cores never reaches them (tests bound their work by count).
 */
export const TEST_TIMEOUTS = { testTimeout: 600_000, hookTimeout: 600_000 } as const;
