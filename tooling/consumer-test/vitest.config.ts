import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing three packages and an npm install (from npm's cache, or the registry on a first run) on a
    // busy 2-core machine: room for 10x slower than usual. Nothing here asserts a duration.
    hookTimeout: 600_000,
    testTimeout: 120_000,
  },
});
