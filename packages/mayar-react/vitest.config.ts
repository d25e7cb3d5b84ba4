import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "../../tooling/chromium";
import {
  HOOK_TIMEOUT_MS,
  SCREENSHOT_STABLE_TIMEOUT_MS,
  SLOW_TEST_TIMEOUT_MS,
  TEST_TIMEOUT_MS,
  WAIT_TIMEOUT_MS,
} from "../../tooling/test-timing";
import { VITEST_MAX_WORKERS } from "../../tooling/test-workers";

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    // Ceilings for a hung test on a busy 2-core machine (tooling/test-timing.ts), never speed assertions.
    maxWorkers: VITEST_MAX_WORKERS,
    projects: [
      {
        plugins: [react()],
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["test/**/*.test.{ts,tsx}"],
          setupFiles: ["test/setup.ts"],
          testTimeout: TEST_TIMEOUT_MS,
          hookTimeout: HOOK_TIMEOUT_MS,
          expect: { poll: { timeout: WAIT_TIMEOUT_MS } },
        },
      },
      {
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        test: {
          name: "storybook",
          // Every story is also a screenshot test against visual/<story id>.png (see the file).
          setupFiles: [".storybook/vitest.setup.ts"],
          // A story test is its play function, then its screenshots (several widths, hover, focus).
          testTimeout: SLOW_TEST_TIMEOUT_MS,
          hookTimeout: HOOK_TIMEOUT_MS,
          expect: { poll: { timeout: WAIT_TIMEOUT_MS } },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              // Vitest shrinks the test iframe to fit the window: a window larger than any story's viewport
              // (1280 px wide, up to 3000 px tall for a full-page layout) keeps screenshots at 1:1.
              contextOptions: { viewport: { width: 1440, height: 3200 } },
            }),
            instances: [{ browser: "chromium" }],
            // Starting Chromium and its first page on a busy machine (vitest's default is 30 s).
            connectTimeout: HOOK_TIMEOUT_MS,
            // Screenshots of failed stories, for debugging (not committed).
            screenshotDirectory: "visual/__failures__",
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                comparatorOptions: {
                  // pixelmatch's default colour tolerance per pixel (anti-aliased edges are ignored anyway),
                  threshold: 0.1,
                  // and at most 0.1% of the pixels may differ: a changed colour, size or word in any
                  // button still fails, sub-pixel text rendering noise does not.
                  allowedMismatchedPixelRatio: 0.001,
                },
                // The spinner is photographed at its first frame, transitions at their end.
                screenshotOptions: { animations: "disabled", caret: "hide", scale: "css" },
                resolveScreenshotPath: ({ root, arg, ext }) => path.join(root, "visual", `${arg}${ext}`),
                resolveDiffPath: ({ root, arg, ext }) => path.join(root, "visual/__diffs__", `${arg}${ext}`),
                // Two equal captures in a row make a stable screenshot; on a busy machine that takes longer
                // than vitest's 5 s default (read at run time, absent from the config's type).
                ...{ timeout: SCREENSHOT_STABLE_TIMEOUT_MS },
              },
            },
          },
        },
      },
    ],
  },
});
