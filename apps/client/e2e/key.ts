/** The instructor key the browser tests' server is started with. */
export const E2E_KEY = 'e2e-instructor-key-0123456789';
