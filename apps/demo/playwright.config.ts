import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../tooling/chromium";

/** The port the tests' demo server listens on (fixed so the config, the tests and a failure report agree). */
export const TEST_PORT = 4319;
export const TEST_ORIGIN = `http://127.0.0.1:${TEST_PORT}`;
/** The webhook token of the tests' server, so a test can send a delivery with the right one (or a wrong one). */
export const TEST_WEBHOOK_TOKEN = "demo-test-webhook-token-7f3a9c2e51";

export default defineConfig({
  testDir: "tests",
  globalSetup: "./tests/support/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? "list" : [["list"]],
  timeout: 30_000,
  expect: {
    timeout: 10_000,
    // Visual regression (tests/visual.spec.ts): baselines in tests/visual.spec.ts-snapshots/, rendered by
    // Debian's Chromium and fonts. `pnpm --filter demo test:update` rewrites the ones that changed.
    toHaveScreenshot: { maxDiffPixelRatio: 0.001, animations: "disabled", caret: "hide", scale: "css" },
  },
  updateSnapshots: process.env.UPDATE_SNAPSHOTS ? "changed" : "missing",
  use: {
    baseURL: TEST_ORIGIN,
    headless: true,
    browserName: "chromium",
    // The mock's hosted pages follow Accept-Language: Indonesian, like the shop's default.
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
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
      MAYAR_WEBHOOK_TOKEN: TEST_WEBHOOK_TOKEN,
      MAYAR_CREDIT_PRODUCT_ID: "",
    },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM exercises the server's own shutdown; Playwright kills it if it has not exited in time.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
