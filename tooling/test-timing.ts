// The ceilings every test runner in the repository uses. `npm test` runs on 2 shared cores, often beside a
// second run, and every test must pass on a machine 10x slower than usual. These are limits for a test that
// hangs, never speed assertions: a passing test ends as soon as its condition holds. Speed is measured by the
// packages' bench/ scripts (`npm run bench`), never by a test.

/** One test: starts servers, processes or pages and talks to them over loopback. */
export const TEST_TIMEOUT_MS = 20_000;

/**
 * One test that drives a real browser (a story's play function and its screenshots at several widths) or
 * runs a compiler over the whole spec (generation, docgen): seconds when idle, ten times that when busy.
 */
export const SLOW_TEST_TIMEOUT_MS = 60_000;

/** beforeAll/afterAll: launching Chromium, starting redis-server or a CLI, building a page. */
export const HOOK_TIMEOUT_MS = 60_000;

/** waitFor / findBy* / expect.poll / expect.element: how long a condition may take to come true. */
export const WAIT_TIMEOUT_MS = 10_000;

/** How long a screenshot may take to stop changing between two captures. */
export const SCREENSHOT_STABLE_TIMEOUT_MS = 20_000;
