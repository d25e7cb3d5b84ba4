import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // npm test runs every package at once on 2 cores: next start, Chromium and (when no build is there)
    // next build get room. Nothing here asserts a duration.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
