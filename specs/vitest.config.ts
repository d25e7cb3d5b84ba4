import { defineConfig } from "vitest/config";
import { HOOK_TIMEOUT_MS, TEST_TIMEOUT_MS, WAIT_TIMEOUT_MS } from "../tooling/test-timing";
import { VITEST_MAX_WORKERS } from "../tooling/test-workers";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Ceilings for a hung test on a busy 2-core machine (tooling/test-timing.ts), never speed assertions.
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: HOOK_TIMEOUT_MS,
    expect: { poll: { timeout: WAIT_TIMEOUT_MS } },
    maxWorkers: VITEST_MAX_WORKERS,
  },
});
