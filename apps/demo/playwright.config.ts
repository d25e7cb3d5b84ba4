import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../tooling/chromium";
import { TEST_ORIGIN_VARIABLE } from "./tests/support/test-server";

export { TEST_WEBHOOK_TOKEN } from "./tests/support/test-server";

// The tests' demo server is started by tests/support/global-setup.ts on a port the system picks (PORT=0),
// once it printed its address: no fixed port to collide with another checkout running its tests. The setup
// puts the address in the environment, which the workers inherit; they load this file again, so `baseURL`
// is known there (the main process reads this file before the server exists and never uses it).
const origin = process.env[TEST_ORIGIN_VARIABLE];

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
    ...(origin ? { baseURL: origin } : {}),
    headless: true,
    browserName: "chromium",
    // The mock's hosted pages follow Accept-Language: Indonesian, like the shop's default.
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    launchOptions: chromiumLaunchOptions, // Debian's Chromium, see tooling/chromium.ts
    trace: "retain-on-failure",
  },
});
