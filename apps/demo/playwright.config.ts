import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../tooling/chromium";

/** The port the tests' demo server listens on (fixed so the config, the tests and a failure report agree). */
export const TEST_PORT = 4319;
export const TEST_ORIGIN = `http://127.0.0.1:${TEST_PORT}`;

export default defineConfig({
  testDir: "tests",
  globalSetup: "./tests/support/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? "list" : [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: TEST_ORIGIN,
    headless: true,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions, // Debian's Chromium, see tooling/chromium.ts
    trace: "retain-on-failure",
  },
  webServer: {
    command: "node server/main.js",
    url: `${TEST_ORIGIN}/healthz`,
    // Mock mode whatever the caller's shell has: an empty value counts as unset.
    env: {
      PORT: String(TEST_PORT),
      HOST: "127.0.0.1",
      MAYAR_API_KEY: "",
      MAYAR_ENVIRONMENT: "",
      MAYAR_BASE_URL: "",
      PUBLIC_ORIGIN: "",
    },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM exercises the server's own shutdown; Playwright kills it if it has not exited in time.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
