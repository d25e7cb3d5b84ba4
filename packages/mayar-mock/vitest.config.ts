import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    // npm test runs every package at once on 2 cores: tests that start servers, processes or browsers get
    // room to do so. Deadlines a test asserts are set in the test itself.
    testTimeout: 20_000,
    include: ["test/**/*.test.ts"],
  },
});
